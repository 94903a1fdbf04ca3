// @ts-check
/**
 * The unit tests with the clock two years ahead, to catch a date bomb (a fixed date in a test
 * that the code or a fake compares with the real clock) before its day. `npm run test:future`;
 * `.ci/run` runs it too.
 *
 *   node scripts/test-future.mjs [jest arguments...]
 *
 * Needs `faketime` (libfaketime; Debian and Ubuntu: `apt-get install faketime`). It moves only
 * the wall clock (Date.now, new Date(), file times) by FUTURE_CLOCK, `+2y` unless set (`+Ny` or
 * `+Nd`), for jest and its workers alike. The monotonic clock stays real
 * (FAKETIME_DONT_FAKE_MONOTONIC): timers, jest's timeouts and performance.now() measure real time.
 * The end-to-end tests are left out: they run dist/index.js with an environment of their own,
 * which libfaketime's variables do not reach. __tests__/scripts/future-clock.test.ts checks, in
 * a jest worker, that the clock did move.
 */
import { spawnSync } from 'node:child_process'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const JEST = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js')
const DAY_MS = 86_400_000

const offset = process.env.FUTURE_CLOCK || '+2y'
const match = /^\+(\d+)([dy])$/.exec(offset)
if (!match) {
  console.error(
    `FUTURE_CLOCK is \`${offset}\`: expected an offset into the future such as +2y or +90d.`
  )
  process.exit(2)
}
// libfaketime's year is 365 days.
const offsetMs = Number(match[1]) * (match[2] === 'y' ? 365 : 1) * DAY_MS

const env = {
  ...process.env,
  FAKETIME_DONT_FAKE_MONOTONIC: '1',
  // For future-clock.test.ts: the real time now, and how far ahead the tests should see it.
  PIN_ACTION_REAL_NOW_MS: String(Date.now()),
  PIN_ACTION_FUTURE_OFFSET_MS: String(offsetMs)
}

/** @param {string[]} args */
const faketime = args =>
  spawnSync('faketime', ['-f', offset, ...args], { cwd: ROOT, env, stdio: 'inherit' })

// Whether faketime is there, and moves Node's clock at all (it cannot for a static binary).
const probe = spawnSync(
  'faketime',
  ['-f', offset, process.execPath, '-e', 'process.stdout.write(String(Date.now()))'],
  { env, encoding: 'utf8' }
)
if (probe.error) {
  console.error(
    'faketime (libfaketime) is not installed, so the tests cannot run with the clock moved ahead.\n' +
      'Install it (Debian/Ubuntu: sudo apt-get install faketime), then run npm run test:future again.'
  )
  process.exit(2)
}
const ahead = Number(probe.stdout) - Date.now()
if (probe.status !== 0 || !(Math.abs(ahead - offsetMs) < DAY_MS)) {
  console.error(
    `faketime -f ${offset} did not move Node's clock by ${offset} (status ${probe.status}, ` +
      `Date.now() ${probe.stdout || '(nothing)'}; ${probe.stderr.trim()}).`
  )
  process.exit(2)
}
console.log(
  `Unit tests with the clock at ${new Date(Date.now() + offsetMs).toISOString()} (${offset}):`
)

const jest = faketime([
  process.execPath,
  '--experimental-vm-modules',
  JEST,
  // Before the array option, which would take any test path that follows it for one more pattern.
  ...process.argv.slice(2),
  '--testPathIgnorePatterns=/node_modules/',
  '--testPathIgnorePatterns=/__tests__/e2e/'
])
if (jest.error) throw jest.error
process.exit(jest.status ?? 1)
