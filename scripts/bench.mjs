// @ts-check
/**
 * Performance benchmark of the bundled action (issue "benchmark"): `dist/index.js` runs as its
 * own Node 24 process (test-support/run-action.mjs, as a GitHub runner starts it) against the
 * fake Pinarkive server, itself a separate Node 24 process on 127.0.0.1
 * (test-support/fake-pinarkive-cli.mjs), so that neither the server's CPU nor this driver's
 * timers share an event loop with the action.
 *
 *   npm run bench                 full run, the issue's figures and targets (3-5 minutes)
 *   npm run bench -- --quick      reduced counts for CI (well under a minute): same scenarios,
 *                                 same correctness checks, loose targets that only catch a broken
 *                                 script or a gross regression
 *   npm run bench -- --only a,b   only the scenarios with these ids (see SCENARIOS)
 *   npm run bench -- --json FILE  where to write the results (default .bench/results.json,
 *                                 .bench/results-quick.json with --quick)
 *   npm run bench -- --root DIR   measure DIR's dist/ instead (another checkout or a candidate
 *                                 build with test-support/run-action.mjs and action.yml)
 *
 * Scenarios (full / quick counts):
 *   1  throughput   1,000 / 100 files of 4 KiB, files mode, concurrency 8, 20 ms server latency.
 *                   Target: wall time ≤ 1.3 × ideal, ideal = files × 20 ms / 8 + start-up (the
 *                   median of scenario 4, measured in the same run). Quick: ≤ 4 × ideal.
 *   2a rate-headers 300 / 60 files, server allows 10 requests/s (fixed 1 s window, 429 beyond)
 *                   and sends X-RateLimit-Limit/Remaining/Reset; concurrency 8, 20 ms latency.
 *                   Targets: wall time ≤ 1.15 × files / 10 s, fewer than 5% of requests
 *                   answered 429. Quick: ≤ 1.5 ×, under 20%.
 *   2b rate-429     the same with only 429 + Retry-After (no X-RateLimit-* headers).
 *   3a memory-file  one 2 GiB / 64 MiB sparse file: peak RSS of the action < 150 MB (quick:
 *                   < 225 MB, 1.5 × as a gross-regression limit, like 3b's). Then, not
 *                   judged, the same upload with `verify: off` (no local hashing): the difference
 *                   is what hashing costs in memory.
 *   3b memory-site  a 20,000 / 2,000-file directory (nested folders, 0-64 KiB files) uploaded
 *                   in directory mode: peak RSS < 200 MB (quick: < 300 MB); then the same with
 *                   `verify: off`.
 *   4  startup      `node dist/index.js` with invalid inputs (no path, no cids): median exit
 *                   time of 15 / 3 runs (after one warm-up), each next to a bare `node -e 0`
 *                   started the same way; target: at most 150 ms more than the bare start's
 *                   median (issue 21). Quick: 300 ms more.
 *   5  baseline     the 2a job done as the official TS SDK does it (scripts/bench/baseline-sdk.mjs:
 *                   a plain fetch loop, one request at a time, no pacing, no retry). Reported, not
 *                   judged: its wall time, files lost to 429, and pin-action time ÷ its time.
 *   6a hash-site    CID hashing alone: the action with `dry-run: true` (no server) on 3b's site,
 *                   default profile. Target: peak RSS < 200 MB (3b's). Reported: wall time and
 *                   CPU of the process, hashing time, MB/s over the files' bytes, and hashing
 *                   time ÷ `sha256sum` on the same files (`xargs -0 sha256sum`; why not
 *                   `cat | sha256sum`: see hashSite).
 *   6b hash-file    the same for 3a's sparse file, under unixfs-v1-2025 then unixfs-v0-2015.
 *                   Target: peak RSS < 150 MB (3a's). Reference: `sha256sum big.bin`, both on
 *                   a warm page cache (after one untimed read). Each reference is the best of a
 *                   run before the action's and one after (see hashingRows).
 *                   The hashing time is the action's own `Hashed N files in X.` line (computing
 *                   the CIDs, loading the importer and building the directory; not finding the
 *                   files), at its resolution: 1 ms below 1 s, 0.1 s to 10 s, then 1 s.
 *                   Checks: exit code 0, `cid` is a CID of the profile's version, the Hashed line
 *                   counts every file, `results` has the byte count; 6a's root CID equals the one
 *                   the fake built in 3b from the bytes it received, 6b's v1 CID equals 3a's
 *                   `local-cid` (when 3a/3b ran: the same bytes).
 *   R1-R3 reuse-*   re-runs that send nothing Pinarkive already holds, and what asking costs a
 *                   first run: see scripts/bench/reuse.mjs.
 *   V1 verify       what `wait-for: verified` adds: see scripts/bench/verify.mjs.
 *   S1 scale        a 100,000-file directory: peak RSS < 250 MB and bytes per file; full runs
 *                   only: see scripts/bench/scale.mjs.
 * The action runs with action.yml's defaults (so `verify: warn` and its local CID hashing are
 * included, as users get them) plus the inputs named above. Every upload scenario also checks
 * correctness: exit code 0, the `cids`/`results` outputs (the fake derives each file's CID from
 * the bytes it received), and the server's counters (each file received successfully exactly
 * once). The CPU time of the action and of the fake server is recorded too: on a small machine
 * it tells a slow client from a starved one.
 *
 * Which CIDs the fake answers with: its placeholders (a file: CIDv1 raw over the sha256 of the
 * bytes received; a directory: a hash of its listing, not UnixFS), except in 3b, where it runs
 * with `--cid-profile unixfs-v1-2025` and imports what it receives as Kubo would:
 *   - 1, 2a, 2b, 5 send 4 KiB files, whose placeholder is their real v1 CID anyway. Real
 *     hashing would change no CID and only put the importer's per-file CPU on the server, which
 *     shares the 2 cores with the action in these timed scenarios.
 *   - 3a keeps the placeholder: the fake's import of a 2 to 4 GiB part gets a wrong CID (see
 *     fake-pinarkive.mjs, "Real UnixFS CIDs"). Its check is the sha256 of the bytes received;
 *     `verify: warn` then logs a CID mismatch, as expected, which costs nothing measurable.
 *   - 3b gets a real directory CID, so `verify` takes the path users get (a match) and the
 *     check `cid` (the fake's import of the bytes received) = `local-cid` (the action's) holds.
 *     The fake's hashing slows the upload, whose time 3b does not judge; the action's memory
 *     is bounded by backpressure either way.
 *
 * Output: one table (scenario, measured, target, ratio, result) with the machine, Node versions
 * and date, on stdout; progress on stderr; the same as JSON in .bench/. Exit code 1 when a target
 * or a correctness check is missed or a scenario crashed; skipped scenarios (not enough disk
 * space) do not fail the run. MB means 10^6 bytes.
 *
 * To add a scenario, write an async function `(ctx) => Row[]` and list it in SCENARIOS.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import os, { tmpdir } from 'node:os'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import * as runActionModule from '../test-support/run-action.mjs'
import { requireNode24 } from '../test-support/node24.mjs'
import {
  GiB,
  KiB,
  MB,
  MiB,
  cidVersion,
  cleanupAll,
  describeMachine,
  freeBytes,
  listFiles,
  makeSparseFile,
  median,
  megabytes,
  newerSources,
  percent,
  renderTable,
  seconds,
  size,
  startFake,
  tempDir,
  timeCommand,
  withCpu,
  writeFlatFiles,
  writeSiteTree,
  writeSparseFile
} from './bench/support.mjs'
import { REUSE_FULL, REUSE_QUICK, reuseScenarios } from './bench/reuse.mjs'
import { verifyScenarios } from './bench/verify.mjs'
import { scaleScenarios } from './bench/scale.mjs'

/** @typedef {import('./bench/support.mjs').Row} Row */
/** @typedef {import('./bench/support.mjs').FakeStats} FakeStats */
/** @typedef {import('../test-support/run-action.mjs').RunResult} RunResult */
/** @typedef {import('../test-support/run-action.mjs').RunOptions} RunOptions */
/** @typedef {import('./bench/support.mjs').FakeProcess} FakeProcess */
/** @typedef {RunResult & { actionCpuMs: number, serverCpuMs: number }} MeasuredRun */

const { ROOT } = runActionModule
const BASELINE_SCRIPT = path.join(ROOT, 'scripts', 'bench', 'baseline-sdk.mjs')
/** action.yml's default `cid-profile`. */
const DEFAULT_PROFILE = 'unixfs-v1-2025'

/**
 * Counts and targets per mode. Quick keeps every scenario and check; its time targets only
 * catch gross regressions, since CI machines are slow and noisy and small counts are dominated
 * by fixed costs.
 */
const FULL = {
  startup: { runs: 15, overMs: 150 },
  throughput: { files: 1000, size: 4 * KiB, latencyMs: 20, concurrency: 8, factor: 1.3 },
  rateLimit: {
    files: 300,
    size: 4 * KiB,
    perSecond: 10,
    latencyMs: 20,
    concurrency: 8,
    factor: 1.15,
    max429Share: 0.05
  },
  bigFile: { size: 2 * GiB, maxRss: 150 * MB },
  site: { files: 20_000, maxRss: 200 * MB },
  hashing: { fileProfiles: ['unixfs-v1-2025', 'unixfs-v0-2015'] },
  reuse: REUSE_FULL
}

const MODES = {
  full: FULL,
  quick: {
    startup: { ...FULL.startup, runs: 3, overMs: 2 * FULL.startup.overMs },
    throughput: { ...FULL.throughput, files: 100, factor: 4 },
    rateLimit: { ...FULL.rateLimit, files: 60, factor: 1.5, max429Share: 0.2 },
    // Gross-regression limits: 1.5 × the full targets, as a shared CI machine is noisy.
    bigFile: { size: 64 * MiB, maxRss: 1.5 * FULL.bigFile.maxRss },
    site: { files: 2000, maxRss: 1.5 * FULL.site.maxRss },
    hashing: FULL.hashing,
    reuse: REUSE_QUICK
  }
}

/**
 * @typedef {typeof MODES.full} Config
 *
 * @typedef {object} Context
 * @property {boolean} quick
 * @property {typeof runActionModule.runAction} runAction from the checkout being measured
 * @property {string} entry its dist/index.js
 * @property {Config} config
 * @property {number | undefined} startupMs median start-up, once measured
 * @property {number[]} startupRuns
 * @property {number | undefined} bareStartMs median bare `node -e 0`, measured with start-up
 * @property {Record<string, { durationMs: number, delivered: number, files: number }>} rateRuns
 * @property {string[]} notes printed under the table
 * @property {Record<string, unknown>} details extra figures for the JSON file
 * @property {string | undefined} [siteCid] the directory CID of 3b, from the fake's UnixFS import
 * @property {string | undefined} [bigFileLocalCid] the `local-cid` output of 3a (default profile)
 *
 * @typedef {object} Scenario
 * @property {string} id for --only
 * @property {string} title
 * @property {(ctx: Context) => Promise<Row[]>} run
 */

// ---------------------------------------------------------------------------------------------
// Scenarios

/** @type {Scenario[]} */
const SCENARIOS = [
  { id: 'throughput', title: '1. Throughput, files mode', run: throughput },
  { id: 'rate-headers', title: '2a. Rate limit, X-RateLimit headers', run: ctx => rate(ctx, true) },
  { id: 'rate-429', title: '2b. Rate limit, 429 + Retry-After only', run: ctx => rate(ctx, false) },
  { id: 'memory-file', title: '3a. Memory, one big file', run: memoryFile },
  { id: 'memory-site', title: '3b. Memory, directory mode', run: memorySite },
  { id: 'startup', title: '4. Start-up, invalid inputs', run: startup },
  { id: 'baseline', title: '5. Baseline, SDK-style fetch loop', run: baseline },
  { id: 'hash-site', title: '6a. CID hashing, site (dry run)', run: hashSite },
  { id: 'hash-file', title: '6b. CID hashing, one big file (dry run)', run: hashFile },
  ...reuseScenarios({ runMeasured, tail, skipped }),
  ...verifyScenarios({ runMeasured, tail }),
  ...scaleScenarios({ runMeasured, tail, skipped })
]

/**
 * 4: the action with no `path` and no `cids` must fail fast. Also feeds scenario 1's ideal.
 * @param {Context} ctx
 * @returns {Promise<number>} the median in ms
 */
async function measureStartup(ctx) {
  if (ctx.startupMs !== undefined) return ctx.startupMs
  const { dir } = await tempDir('pin-bench-startup-')
  const inputs = { 'api-key': 'unused', 'api-url': 'http://127.0.0.1:9/api/v3' }
  /** @type {number[]} */
  const times = []
  /** @type {number[]} */
  const bare = []
  for (let i = 0; i <= ctx.config.startup.runs; i++) {
    // A bare start right before each run, so both see the same load on this noisy machine.
    const bareMs = await bareStart()
    if (i > 0) bare.push(bareMs)
    const result = await ctx.runAction({ workspace: dir, inputs, timeoutMs: 30_000 })
    if (result.code !== 1 || !/^::error::/m.test(result.stdout)) {
      throw new Error(
        `expected exit code 1 and an ::error:: line, got ${result.code}: ${tail(result)}`
      )
    }
    if (i > 0) times.push(result.durationMs) // the first run warms the disk cache
  }
  ctx.startupRuns = times
  ctx.startupMs = median(times)
  ctx.bareStartMs = median(bare)
  return ctx.startupMs
}

/** Milliseconds from spawning `node -e 0` (Node 24) to its exit. */
async function bareStart() {
  const started = performance.now()
  const child = spawn(requireNode24(), ['-e', '0'], { stdio: 'ignore' })
  await once(child, 'exit')
  return performance.now() - started
}

/**
 * @param {Context} ctx
 * @returns {Promise<Row[]>}
 */
async function startup(ctx) {
  const { overMs, runs } = ctx.config.startup
  const ms = await measureStartup(ctx)
  const bare = ctx.bareStartMs ?? 0
  const over = ms - bare
  const bundle = await bundleSize(ctx.entry)
  const lazy = bundle.lazy > 0 ? ` + ${size(bundle.lazy)} lazy` : ''
  return [
    {
      scenario: `4. Start-up to the end of input validation (median of ${runs}), over a bare \`node -e 0\``,
      measured: `+${Math.round(over)} ms: ${Math.round(ms)} ms (${Math.round(Math.min(...ctx.startupRuns))}-${Math.round(Math.max(...ctx.startupRuns))}) vs ${Math.round(bare)} ms bare; bundle ${size(bundle.main)}${lazy}`,
      target: `≤ +${overMs} ms`,
      ratio: (over / overMs).toFixed(2),
      verdict: over <= overMs ? 'pass' : 'FAIL',
      value: over,
      limit: overMs
    }
  ]
}

/**
 * dist/index.js, and the chunks ncc splits off for dynamic imports (loaded only when used).
 * @param {string} entry
 */
async function bundleSize(entry) {
  const dir = path.dirname(entry)
  let lazy = 0
  for (const name of await readdir(dir)) {
    if (name !== path.basename(entry) && name.endsWith('.js')) {
      lazy += (await stat(path.join(dir, name))).size
    }
  }
  return { main: (await stat(entry)).size, lazy }
}

/**
 * 1: many small files, files mode, against a slow server.
 * @param {Context} ctx
 * @returns {Promise<Row[]>}
 */
async function throughput(ctx) {
  const { files, size: fileSize, latencyMs, concurrency, factor } = ctx.config.throughput
  const startupMs = await measureStartup(ctx)
  const { dir, remove } = await tempDir('pin-bench-throughput-')
  const cids = await writeFlatFiles(path.join(dir, 'files'), files, fileSize)
  const fake = await startFake(['--latency-ms', String(latencyMs)])
  try {
    const result = await runMeasured(ctx, fake, {
      workspace: dir,
      inputs: {
        'api-key': fake.apiKey,
        'api-url': fake.url,
        path: 'files',
        'upload-as': 'files',
        concurrency: String(concurrency)
      },
      timeoutMs: 300_000
    })
    const stats = await fake.stats()
    const delivery = checkFiles(result, stats, cids)
    const ideal = (files * latencyMs) / concurrency + startupMs
    const ratio = result.durationMs / ideal
    ctx.details.throughput = { ...runDetails(result, stats), idealMs: ideal }
    return [
      {
        scenario: `1. Throughput: ${files} × ${size(fileSize)}, ${latencyMs} ms latency, c=${concurrency}`,
        measured: `${seconds(result.durationMs)} (${cpuFigures(result)})`,
        target: `≤ ${factor} × ideal ${seconds(ideal)} (${seconds((files * latencyMs) / concurrency)} + start-up)`,
        ratio: ratio.toFixed(2),
        verdict: ratio <= factor ? 'pass' : 'FAIL',
        value: result.durationMs,
        limit: factor * ideal
      },
      deliveryRow('1. Throughput: every file once', delivery, ctx, result)
    ]
  } finally {
    await fake.stop()
    await remove()
  }
}

/**
 * 2a/2b: a rate-limited server, with or without X-RateLimit-* headers.
 * @param {Context} ctx
 * @param {boolean} headers
 * @returns {Promise<Row[]>}
 */
async function rate(ctx, headers) {
  const c = ctx.config.rateLimit
  const label = headers ? '2a' : '2b'
  const variant = headers ? 'X-RateLimit-* headers' : '429 + Retry-After only'
  const { dir, remove } = await tempDir('pin-bench-rate-')
  const cids = await writeFlatFiles(path.join(dir, 'files'), c.files, c.size)
  const fake = await startFake(rateFlags(c, headers))
  try {
    const result = await runMeasured(ctx, fake, {
      workspace: dir,
      inputs: {
        'api-key': fake.apiKey,
        'api-url': fake.url,
        path: 'files',
        'upload-as': 'files',
        concurrency: String(c.concurrency)
      },
      timeoutMs: 600_000
    })
    const stats = await fake.stats()
    const delivery = checkFiles(result, stats, cids)
    const idealMs = (c.files / c.perSecond) * 1000
    const ratio = result.durationMs / idealMs
    const share = stats.total === 0 ? 0 : stats.rateLimited / stats.total
    const retries = (result.stdout.match(/HTTP 429/g) ?? []).length
    ctx.rateRuns[label] = {
      durationMs: result.durationMs,
      delivered: delivery.delivered,
      files: c.files
    }
    ctx.details[`rate-${label}`] = { ...runDetails(result, stats), retryLines: retries }
    const name = `${label}. Rate limit ${c.perSecond}/s, ${variant}, ${c.files} files`
    return [
      {
        scenario: `${name}: wall time`,
        measured: seconds(result.durationMs),
        target: `≤ ${c.factor} × ${seconds(idealMs)} = ${seconds(c.factor * idealMs)}`,
        ratio: ratio.toFixed(2),
        verdict: ratio <= c.factor ? 'pass' : 'FAIL',
        value: result.durationMs,
        limit: c.factor * idealMs
      },
      {
        scenario: `${name}: 429 answers`,
        measured: `${percent(share)} (${stats.rateLimited} of ${stats.total} requests)`,
        target: `< ${percent(c.max429Share)}`,
        ratio: (share / c.max429Share).toFixed(2),
        verdict: share < c.max429Share ? 'pass' : 'FAIL',
        value: share,
        limit: c.max429Share
      },
      deliveryRow(`${name}: every file once`, delivery, ctx, result)
    ]
  } finally {
    await fake.stop()
    await remove()
  }
}

/**
 * @param {Config['rateLimit']} c
 * @param {boolean} headers
 */
function rateFlags(c, headers) {
  return [
    '--latency-ms',
    String(c.latencyMs),
    '--rate-per-second',
    String(c.perSecond),
    ...(headers ? ['--rate-headers'] : [])
  ]
}

/**
 * 3a: one big sparse file, files mode; the action must stream it. Then the same upload with
 * `verify: off`, to show what the local hashing of `verify: warn` costs in memory.
 * @param {Context} ctx
 * @returns {Promise<Row[]>}
 */
async function memoryFile(ctx) {
  const { size: fileSize, maxRss } = ctx.config.bigFile
  const scenario = `3a. Memory: one ${size(fileSize)} file (sparse), peak RSS`
  const free = await freeBytes(tmpdir())
  // Sparse files need no room, but a filesystem without holes would write every byte.
  if (free < fileSize + 256 * MiB) return [skipped(scenario, `${size(free)} free in ${tmpdir()}`)]
  const { dir, remove } = await tempDir('pin-bench-bigfile-')
  // Placeholder CIDs (see the header): the fake's UnixFS CID of a 2 to 4 GiB part is wrong.
  const fake = await startFake(['--max-file-size', String(fileSize)])
  try {
    const expected = await writeSparseFile(path.join(dir, 'big.bin'), fileSize)
    /** @param {string} verify */
    const upload = async verify => {
      await fake.reset()
      const result = await runMeasured(ctx, fake, {
        workspace: dir,
        inputs: {
          'api-key': fake.apiKey,
          'api-url': fake.url,
          path: 'big.bin',
          'upload-as': 'files',
          verify
        },
        measureMemory: true,
        timeoutMs: 900_000
      })
      const stats = await fake.stats()
      return { result, stats, delivery: checkFiles(result, stats, [expected]) }
    }
    const warn = await upload('warn')
    const { result, stats, delivery } = warn
    if (cidVersion(result.outputs['local-cid']) === 1) {
      ctx.bigFileLocalCid = result.outputs['local-cid']
    } else {
      delivery.problems.push(`local-cid output is ${JSON.stringify(result.outputs['local-cid'])}`)
    }
    const rss = result.peakRssBytes ?? 0
    const rate = fileSize / MiB / (result.durationMs / 1000)
    ctx.details['memory-file'] = runDetails(result, stats)
    const off = await upload('off')
    ctx.details['memory-file-verify-off'] = runDetails(off.result, off.stats)
    return [
      peakRssRow(
        scenario,
        rss,
        `hashed, then sent, in ${seconds(result.durationMs)}, ${rate.toFixed(0)} MiB/s`,
        maxRss
      ),
      verifyOffRow('3a. Memory: the same with verify: off', warn.result, off, maxRss, ctx),
      deliveryRow('3a. Memory: file arrived intact (CID)', delivery, ctx, result)
    ]
  } finally {
    await fake.stop()
    await remove()
  }
}

/**
 * 3b: a site of many small files in one directory-mode request, then the same with `verify: off`.
 * The fake computes the real UnixFS directory CID, which must equal the action's `local-cid`.
 * @param {Context} ctx
 * @returns {Promise<Row[]>}
 */
async function memorySite(ctx) {
  const { files, maxRss } = ctx.config.site
  const scenario = `3b. Memory: ${files.toLocaleString('en')}-file directory, peak RSS`
  const free = await freeBytes(tmpdir())
  // At most 64 KiB per file plus a block of slack each.
  const need = files * 68 * KiB + 256 * MiB
  if (free < need) return [skipped(scenario, `${size(free)} free in ${tmpdir()}`)]
  const { dir, remove } = await tempDir('pin-bench-site-')
  const fake = await startFake(['--cid-profile', DEFAULT_PROFILE])
  try {
    const total = await writeSiteTree(path.join(dir, 'site'), files)
    /** @param {string} verify */
    const upload = async verify => {
      await fake.reset()
      const result = await runMeasured(ctx, fake, {
        workspace: dir,
        inputs: {
          'api-key': fake.apiKey,
          'api-url': fake.url,
          path: 'site',
          'upload-as': 'directory',
          verify
        },
        measureMemory: true,
        timeoutMs: 900_000
      })
      const stats = await fake.stats()
      return { result, stats, delivery: checkDirectory(result, stats, files, total) }
    }
    const warn = await upload('warn')
    const { result, stats, delivery } = warn
    const { cid, 'local-cid': localCid } = result.outputs
    if (cidVersion(cid) !== 1 || cid !== localCid) {
      delivery.problems.push(`cid ${cid} (from the fake's UnixFS import) ≠ local-cid ${localCid}`)
    } else {
      ctx.siteCid = cid
    }
    const rss = result.peakRssBytes ?? 0
    ctx.details['memory-site'] = runDetails(result, stats)
    const off = await upload('off')
    ctx.details['memory-site-verify-off'] = runDetails(off.result, off.stats)
    return [
      peakRssRow(
        scenario,
        rss,
        `${size(total)} hashed, then sent, in ${seconds(result.durationMs)}`,
        maxRss
      ),
      verifyOffRow('3b. Memory: the same with verify: off', warn.result, off, maxRss, ctx),
      deliveryRow('3b. Memory: directory complete, cid = local-cid', delivery, ctx, result)
    ]
  } finally {
    await fake.stop()
    await remove()
  }
}

/**
 * A judged peak-RSS row: passes under `maxRss` (and fails when nothing was sampled).
 * @param {string} scenario
 * @param {number} rss bytes
 * @param {string} detail what ran, in parentheses after the figure
 * @param {number} maxRss
 * @param {string} [targetNote] after the limit
 * @returns {Row}
 */
function peakRssRow(scenario, rss, detail, maxRss, targetNote = '') {
  return {
    scenario,
    measured: `${megabytes(rss)} (${detail})`,
    target: `< ${megabytes(maxRss)}${targetNote}`,
    ratio: (rss / maxRss).toFixed(2),
    verdict: rss > 0 && rss < maxRss ? 'pass' : 'FAIL',
    value: rss,
    limit: maxRss
  }
}

/**
 * The informational row of a 3a/3b run with `verify: off`: its peak RSS, and how much the
 * `verify: warn` run above it adds. Fails only when the run itself went wrong.
 * @param {string} scenario
 * @param {RunResult} warn the `verify: warn` run
 * @param {{ result: MeasuredRun, delivery: Delivery }} off
 * @param {number} maxRss
 * @param {Context} ctx
 * @returns {Row}
 */
function verifyOffRow(scenario, warn, off, maxRss, ctx) {
  const rss = off.result.peakRssBytes ?? 0
  const added = (warn.peakRssBytes ?? 0) - rss
  const { problems } = off.delivery
  if (problems.length > 0) {
    ctx.notes.push(`${scenario}: ${problems.join('; ')}. Action log: ${tail(off.result)}`)
  }
  return {
    scenario,
    measured: `${megabytes(rss)} (sent in ${seconds(off.result.durationMs)}); local hashing adds ${added < 0 ? '-' : ''}${megabytes(Math.abs(added))}`,
    target: 'info (no hashing)',
    ratio: (rss / maxRss).toFixed(2),
    verdict: problems.length === 0 ? 'info' : 'FAIL',
    value: rss,
    limit: null
  }
}

/**
 * 5: the 2a job as the official SDK does it. Not judged; compared with 2a.
 * @param {Context} ctx
 * @returns {Promise<Row[]>}
 */
async function baseline(ctx) {
  const c = ctx.config.rateLimit
  const { dir, remove } = await tempDir('pin-bench-baseline-')
  const filesDir = path.join(dir, 'files')
  const cids = await writeFlatFiles(filesDir, c.files, c.size)
  const fake = await startFake(rateFlags(c, true))
  try {
    const started = Date.now()
    const child = spawn(requireNode24(), [BASELINE_SCRIPT, fake.url, fake.apiKey, filesDir], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk))
    const [code] = await once(child, 'close')
    const durationMs = Date.now() - started
    if (code !== 0) throw new Error(`baseline-sdk.mjs exited with ${code}: ${stderr.trim()}`)
    /** @type {{ files: number, delivered: string[], failures: Record<string, number> }} */
    const out = JSON.parse(stdout)
    const stats = await fake.stats()
    const expected = new Set(cids)
    const delivered = new Set(out.delivered.filter(cid => expected.has(cid))).size
    const lost = c.files - delivered
    const limited = out.failures['429'] ?? 0
    const other = Object.entries(out.failures).filter(([status]) => status !== '429')
    ctx.details.baseline = { durationMs, failures: out.failures, delivered, stats }

    const ours = ctx.rateRuns['2a']
    const ratio = ours ? (ours.durationMs / durationMs).toFixed(2) : 'n/a'
    /** @param {number} n @param {number} ms */
    const perSecond = (n, ms) => `${(n / (ms / 1000)).toFixed(1)} files/s`
    /** @type {Row[]} */
    const rows = [
      {
        scenario: `5. Baseline: SDK-style fetch loop, ${c.files} files, 10/s limit`,
        measured: `${seconds(durationMs)}; ${delivered}/${c.files} delivered, ${lost} lost (${limited} × 429${other.length ? `, ${other.map(([s, n]) => `${n} × ${s}`).join(', ')}` : ''})`,
        target: 'reference',
        ratio: ours ? `${ratio} (2a ÷ loop)` : 'n/a (run 2a)',
        verdict: 'info',
        value: durationMs,
        limit: null
      }
    ]
    if (ours) {
      rows.push({
        scenario: '5. Baseline: files delivered per second (2a vs loop)',
        measured: `pin-action ${perSecond(ours.delivered, ours.durationMs)} (${ours.delivered}/${ours.files}), loop ${perSecond(delivered, durationMs)} (${delivered}/${c.files})`,
        target: 'reference',
        ratio: (
          ours.delivered /
          ours.durationMs /
          (Math.max(delivered, 1) / Math.max(durationMs, 1))
        ).toFixed(2),
        verdict: 'info',
        value: null,
        limit: null
      })
    }
    return rows
  } finally {
    await fake.stop()
    await remove()
  }
}

/**
 * 6a: the CIDs of a site of many small files (the tree of 3b), computed by the action alone
 * (`dry-run: true`), against `sha256sum` over the same files.
 * @param {Context} ctx
 * @returns {Promise<Row[]>}
 */
async function hashSite(ctx) {
  const { files, maxRss } = ctx.config.site
  const label = `6a. CID hashing: ${files.toLocaleString('en')}-file site, ${DEFAULT_PROFILE}`
  const free = await freeBytes(tmpdir())
  const need = files * 68 * KiB + 256 * MiB
  if (free < need) return [skipped(label, `${size(free)} free in ${tmpdir()}`)]
  const { dir, remove } = await tempDir('pin-bench-hash-site-')
  try {
    const site = path.join(dir, 'site')
    const total = await writeSiteTree(site, files)
    // The reference: sha256sum on every file (xargs packs as many names per process as fit),
    // one at a time, the names listed beforehand. It opens and reads each file as the action
    // does, and neither figure includes the directory walk (the action's "Hashed" line does not
    // time its glob). `cat … | sha256sum` would hash one stream, with an extra copy through a
    // pipe and a second process competing for the 2 cores: it measured 3-4 × slower here, a
    // reference that times the pipe, not the hashing, and would flatter the action.
    const paths = await listFiles(site)
    const sha256sum = () => timeCommand('xargs', ['-0', 'sha256sum'], { stdin: paths.join('\0') })
    const before = await sha256sum()
    const run = await dryRun(ctx, dir, 'site', 'directory', DEFAULT_PROFILE)
    const shaRuns = [before, await sha256sum()]
    const shaMs = Math.min(...shaRuns)
    const problems = hashProblems(run, DEFAULT_PROFILE, files)
    const [item] = /** @type {{ type?: string, files?: number, size?: number }[]} */ (
      parseJsonArray(run.outputs.results, 'results', problems)
    )
    if (item?.type !== 'directory' || item.files !== files || item.size !== total) {
      problems.push(`results gives ${item?.type} of ${item?.files} files, ${item?.size} bytes`)
    }
    if (ctx.siteCid !== undefined && run.outputs.cid !== ctx.siteCid) {
      problems.push(`cid ${run.outputs.cid} ≠ ${ctx.siteCid}, the fake's UnixFS import in 3b`)
    }
    ctx.details['hash-site'] = { ...hashDetails(run, shaRuns), bytes: total, files }
    const target = { maxRss, of: '3b' }
    return hashingRows(ctx, `${label} (${size(total)})`, run, total, shaMs, target, problems)
  } finally {
    await remove()
  }
}

/**
 * 6b: the CID of one big sparse file (as in 3a), computed by the action alone, under each
 * profile of `config.hashing.fileProfiles`, against `sha256sum` on the file.
 * @param {Context} ctx
 * @returns {Promise<Row[]>}
 */
async function hashFile(ctx) {
  const { size: fileSize, maxRss } = ctx.config.bigFile
  const label = `6b. CID hashing: one ${size(fileSize)} file (sparse)`
  const free = await freeBytes(tmpdir())
  if (free < fileSize + 256 * MiB) return [skipped(label, `${size(free)} free in ${tmpdir()}`)]
  const { dir, remove } = await tempDir('pin-bench-hash-file-')
  try {
    const file = path.join(dir, 'big.bin')
    await makeSparseFile(file, fileSize)
    // The first read of a hole fills the page cache with zero pages (about 2 s of kernel time
    // per GiB here), a cost of sparse files that a site just built does not have: whoever read
    // first would pay it. So one untimed read first, and both figures are for a warm cache.
    await timeCommand('cat', [file])
    const before = await timeCommand('sha256sum', [file])
    /** @type {[string, HashRun][]} */
    const runs = []
    for (const profile of ctx.config.hashing.fileProfiles) {
      runs.push([profile, await dryRun(ctx, dir, 'big.bin', 'files', profile)])
    }
    const shaRuns = [before, await timeCommand('sha256sum', [file])]
    const shaMs = Math.min(...shaRuns)
    /** @type {Row[]} */
    const rows = []
    /** @type {Record<string, string | undefined>} */
    const cids = {}
    for (const [profile, run] of runs) {
      const problems = hashProblems(run, profile, 1)
      const [item] = /** @type {{ size?: number }[]} */ (
        parseJsonArray(run.outputs.results, 'results', problems)
      )
      if (item?.size !== fileSize) problems.push(`results gives ${item?.size} bytes`)
      // The same bytes, the same code: any difference is nondeterminism (see fixLargeSizes).
      if (profile === DEFAULT_PROFILE && ctx.bigFileLocalCid !== undefined) {
        if (run.outputs.cid !== ctx.bigFileLocalCid) {
          problems.push(`cid ${run.outputs.cid} ≠ ${ctx.bigFileLocalCid}, the local-cid of 3a`)
        }
      }
      if (Object.values(cids).includes(run.outputs.cid)) {
        problems.push('the same CID as under another profile')
      }
      cids[profile] = run.outputs.cid
      ctx.details[`hash-file-${profile}`] = { ...hashDetails(run, shaRuns), bytes: fileSize }
      const target = { maxRss, of: '3a' }
      rows.push(...hashingRows(ctx, `${label}, ${profile}`, run, fileSize, shaMs, target, problems))
    }
    return rows
  } finally {
    await remove()
  }
}

/**
 * @typedef {MeasuredRun & { hashedFiles: number | undefined, hashMs: number | undefined }} HashRun
 */

/**
 * Runs the action with `dry-run: true` on `target` in `workspace`, sampling its memory, and
 * reads the hashing time from its `Hashed N files in X.` line.
 * @param {Context} ctx
 * @param {string} workspace
 * @param {string} target
 * @param {'files' | 'directory'} uploadAs
 * @param {string} profile
 * @returns {Promise<HashRun>}
 */
async function dryRun(ctx, workspace, target, uploadAs, profile) {
  const { result, actionCpuMs } = await withCpu(undefined, () =>
    ctx.runAction({
      workspace,
      inputs: { path: target, 'upload-as': uploadAs, 'dry-run': 'true', 'cid-profile': profile },
      measureMemory: true,
      timeoutMs: 900_000
    })
  )
  const line = /^Hashed ([\d,]+) files? in (.+)\.$/m.exec(result.stdout)
  return {
    ...result,
    actionCpuMs,
    serverCpuMs: 0,
    hashedFiles: line ? Number(line[1].replace(/,/g, '')) : undefined,
    hashMs: line ? parseDuration(line[2]) : undefined
  }
}

/**
 * Reads back the action's formatDuration (src/format.ts): `830 ms`, `9.7 s`, `13 s`,
 * `2 min`, `2 min 5 s`. Resolution: 1 ms, then 0.1 s from 1 s, 1 s from 10 s.
 * @param {string} text
 * @returns {number | undefined} ms
 */
function parseDuration(text) {
  const match = /^(?:(\d+) ms|([\d.]+) s|(\d+) min(?: (\d+) s)?)$/.exec(text.trim())
  if (!match) return undefined
  const [, ms, s, min, minS] = match
  if (ms !== undefined) return Number(ms)
  if (s !== undefined) return Number(s) * 1000
  return (Number(min) * 60 + Number(minS ?? 0)) * 1000
}

/**
 * The correctness checks of a dry run: exit code 0, a `cid` output of the profile's CID
 * version, a `Hashed` line for every file.
 * @param {HashRun} run
 * @param {string} profile
 * @param {number} files
 * @returns {string[]} problems, empty when all is well
 */
function hashProblems(run, profile, files) {
  /** @type {string[]} */
  const problems = []
  if (run.code !== 0) problems.push(`exit code ${run.code}`)
  const version = profile === 'unixfs-v0-2015' ? 0 : 1
  if (cidVersion(run.outputs.cid) !== version) {
    problems.push(`output cid ${JSON.stringify(run.outputs.cid)} is not a CIDv${version}`)
  }
  if (run.hashMs === undefined) problems.push('no "Hashed N files in X." line in the log')
  else if (run.hashedFiles !== files) problems.push(`hashed ${run.hashedFiles} files`)
  return problems
}

/**
 * Two rows per dry run: peak RSS against the scenario 3 target, and hashing time (and MB/s)
 * against `sha256sum` on the same bytes, which also carries the correctness checks. The
 * sha256sum figure is the better of a run just before the action's and one just after: on a
 * shared VM the same command's time varies by half from one minute to the next, and the best
 * run makes the ratio pessimistic for the action rather than lucky.
 * @param {Context} ctx
 * @param {string} label
 * @param {HashRun} run
 * @param {number} bytes
 * @param {number} shaMs
 * @param {{ maxRss: number, of: string }} target peak RSS limit, and the scenario it comes from
 * @param {string[]} problems
 * @returns {Row[]}
 */
function hashingRows(ctx, label, run, bytes, shaMs, { maxRss, of }, problems) {
  const rss = run.peakRssBytes ?? 0
  const hashMs = run.hashMs ?? run.durationMs
  /** @param {number} ms */
  const rate = ms => `${(bytes / MB / (ms / 1000)).toFixed(0)} MB/s`
  if (problems.length > 0) {
    ctx.notes.push(`${label}: ${problems.join('; ')}. Action log: ${tail(run)}`)
  }
  return [
    peakRssRow(
      `${label}: peak RSS`,
      rss,
      `wall ${seconds(run.durationMs)}, CPU ${seconds(run.actionCpuMs)}`,
      maxRss,
      ` (target of ${of})`
    ),
    {
      scenario: `${label}: hashing ÷ sha256sum`,
      measured: `hashed in ${seconds(hashMs)}, ${rate(hashMs)}; sha256sum ${seconds(shaMs)}, ${rate(shaMs)} (best of 2)`,
      target: 'reference; exit 0, valid CID',
      ratio: (hashMs / shaMs).toFixed(2),
      verdict: problems.length === 0 ? 'info' : 'FAIL',
      value: hashMs,
      limit: null
    }
  ]
}

/**
 * What the JSON file keeps of a dry run.
 * @param {HashRun} run
 * @param {number[]} shaMs the sha256sum runs, before and after
 */
function hashDetails(run, shaMs) {
  const { code, durationMs, peakRssBytes, actionCpuMs, hashMs, outputs } = run
  return {
    code,
    durationMs,
    peakRssBytes,
    actionCpuMs,
    hashMs,
    sha256sumMs: shaMs,
    cid: outputs.cid
  }
}

/**
 * Runs the action and notes the CPU time it and the fake server used: on a small machine the
 * figures tell a slow client from a starved one.
 * @param {Context} ctx
 * @param {FakeProcess} fake
 * @param {RunOptions} options
 * @returns {Promise<MeasuredRun>}
 */
async function runMeasured(ctx, fake, options) {
  const { result, actionCpuMs, serverCpuMs } = await withCpu(fake.pid, () => ctx.runAction(options))
  return { ...result, actionCpuMs, serverCpuMs }
}

/**
 * @param {MeasuredRun} run
 */
function cpuFigures(run) {
  return `CPU: action ${seconds(run.actionCpuMs)}, server ${seconds(run.serverCpuMs)}`
}

/**
 * What the JSON file keeps of a run.
 * @param {MeasuredRun} run
 * @param {FakeStats} stats
 */
function runDetails(run, stats) {
  const { code, durationMs, peakRssBytes, actionCpuMs, serverCpuMs } = run
  return { code, durationMs, peakRssBytes, actionCpuMs, serverCpuMs, stats }
}

// ---------------------------------------------------------------------------------------------
// Correctness

/**
 * @typedef {object} Delivery
 * @property {number} files expected
 * @property {number} delivered files whose CID the action reported
 * @property {number} extra successful uploads beyond one per file
 * @property {string[]} problems empty when all is well
 */

/**
 * Files mode: every file's CID (derived by the server from the bytes it received) is in the
 * `cids` output, and the server counted exactly one successful upload per file. Together:
 * no file lost, none sent twice after a success.
 * @param {RunResult} result
 * @param {FakeStats} stats
 * @param {string[]} expectedCids one per file, all distinct
 * @returns {Delivery}
 */
function checkFiles(result, stats, expectedCids) {
  const files = expectedCids.length
  /** @type {string[]} */
  const problems = []
  if (result.code !== 0) problems.push(`exit code ${result.code}`)
  const reported = parseJsonArray(result.outputs.cids, 'cids', problems).filter(
    cid => typeof cid === 'string'
  )
  const got = new Set(reported)
  const delivered = expectedCids.filter(cid => got.has(cid)).length
  const expected = new Set(expectedCids)
  const unknown = reported.filter(cid => !expected.has(cid)).length
  if (reported.length !== files) problems.push(`cids output has ${reported.length} entries`)
  if (delivered !== files) problems.push(`${files - delivered} files missing from cids`)
  if (unknown > 0) problems.push(`${unknown} CIDs in the output match no file's bytes`)
  if (stats.uploads !== files) {
    problems.push(`server counted ${stats.uploads} successful uploads for ${files} files`)
  }
  if (stats.filesReceived !== files) problems.push(`server received ${stats.filesReceived} files`)
  return { files, delivered, extra: Math.max(0, stats.uploads - delivered), problems }
}

/**
 * Directory mode: one request, every file in it, the total size as sent.
 * @param {RunResult} result
 * @param {FakeStats} stats
 * @param {number} files
 * @param {number} totalBytes
 * @returns {Delivery}
 */
function checkDirectory(result, stats, files, totalBytes) {
  /** @type {string[]} */
  const problems = []
  if (result.code !== 0) problems.push(`exit code ${result.code}`)
  const [item] = /** @type {{ type?: string, files?: number, size?: number }[]} */ (
    parseJsonArray(result.outputs.results, 'results', problems)
  )
  if (item?.type !== 'directory') problems.push('no directory in the results output')
  if (item?.files !== files) problems.push(`results lists ${item?.files} files`)
  if (item?.size !== totalBytes) problems.push(`results gives ${item?.size} bytes`)
  if (stats.uploads !== 1) problems.push(`server counted ${stats.uploads} successful uploads`)
  if (stats.filesReceived !== files) problems.push(`server received ${stats.filesReceived} files`)
  const delivered = stats.uploads >= 1 ? Math.min(files, stats.filesReceived) : 0
  return { files, delivered, extra: Math.max(0, stats.uploads - 1) * files, problems }
}

/**
 * @param {string | undefined} text
 * @param {string} name
 * @param {string[]} problems
 * @returns {unknown[]}
 */
function parseJsonArray(text, name, problems) {
  try {
    const value = JSON.parse(text ?? '')
    if (Array.isArray(value)) return value
  } catch {
    // reported below
  }
  problems.push(`output ${name} is not a JSON array`)
  return []
}

/**
 * @param {string} scenario
 * @param {Delivery} delivery
 * @param {Context} ctx
 * @param {RunResult} result
 * @returns {Row}
 */
function deliveryRow(scenario, delivery, ctx, result) {
  const ok = delivery.problems.length === 0
  if (!ok)
    ctx.notes.push(`${scenario}: ${delivery.problems.join('; ')}. Action log: ${tail(result)}`)
  return {
    scenario,
    measured: `${delivery.delivered}/${delivery.files} delivered, ${delivery.extra} sent twice`,
    target: `${delivery.files}/${delivery.files}, 0 twice`,
    ratio: '',
    verdict: ok ? 'pass' : 'FAIL',
    value: delivery.delivered,
    limit: delivery.files
  }
}

/**
 * @param {string} scenario
 * @param {string} why
 * @returns {Row}
 */
function skipped(scenario, why) {
  return {
    scenario,
    measured: `skipped: ${why}`,
    target: '',
    ratio: '',
    verdict: 'skip'
  }
}

/**
 * The end of the action's log, for error notes: its ::error:: lines, else the last lines.
 * @param {RunResult} result
 */
function tail(result) {
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter(l => l.trim() !== '')
  const errors = lines.filter(line => line.startsWith('::error'))
  return (errors.length > 0 ? errors : lines.slice(-5)).join(' / ').slice(0, 1500)
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      json: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help) {
    console.log('usage: npm run bench [-- --quick] [--only id,id] [--json file] [--root dir]')
    console.log(`scenarios: ${SCENARIOS.map(s => s.id).join(', ')}`)
    return 0
  }
  const quick = values.quick
  const only = values.only?.split(',').map(id => id.trim())
  const unknown = only?.filter(id => !SCENARIOS.some(s => s.id === id)) ?? []
  if (unknown.length > 0) {
    console.error(`bench: unknown scenario ${unknown.join(', ')}`)
    return 2
  }
  const selected = SCENARIOS.filter(s => !only || only.includes(s.id))

  // Another checkout or build: its test-support/run-action.mjs runs its dist/index.js.
  const root = path.resolve(values.root ?? ROOT)
  /** @type {typeof runActionModule} */
  const runner =
    root === ROOT
      ? runActionModule
      : await import(pathToFileURL(path.join(root, 'test-support', 'run-action.mjs')).href)
  const bundleBytes = (await stat(runner.ENTRY).catch(() => undefined))?.size
  if (bundleBytes === undefined) {
    console.error(`bench: ${runner.ENTRY} is missing; run npm run build first`)
    return 2
  }
  const machine = describeMachine(root, bundleBytes)
  const staleSources = await newerSources(root, runner.ENTRY)
  const date = new Date()
  /** @type {Context} */
  const ctx = {
    quick,
    // A runner starts the action on a fresh machine: no compile cache from an earlier start.
    runAction: options => runner.runAction({ compileCache: false, ...options }),
    entry: runner.ENTRY,
    config: quick ? MODES.quick : MODES.full,
    startupMs: undefined,
    bareStartMs: undefined,
    startupRuns: [],
    rateRuns: {},
    notes: [],
    details: {}
  }

  const started = Date.now()
  /** @type {Row[]} */
  const rows = []
  /** @type {{ id: string, title: string, elapsedMs: number, error?: string }[]} */
  const timings = []
  for (const scenario of selected) {
    const t0 = Date.now()
    console.error(`bench: ${scenario.title} …`)
    try {
      rows.push(...(await scenario.run(ctx)))
      timings.push({ id: scenario.id, title: scenario.title, elapsedMs: Date.now() - t0 })
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      rows.push({
        scenario: scenario.title,
        measured: 'crashed (see below)',
        target: '',
        ratio: '',
        verdict: 'ERROR'
      })
      ctx.notes.push(`${scenario.title}: ${message}`)
      timings.push({
        id: scenario.id,
        title: scenario.title,
        elapsedMs: Date.now() - t0,
        error: message
      })
    }
    console.error(`bench: ${scenario.title} done in ${seconds(Date.now() - t0)}`)
  }
  const wallMs = Date.now() - started
  const failed = rows.filter(r => r.verdict === 'FAIL' || r.verdict === 'ERROR')

  const mode = quick ? 'quick (reduced counts, gross-regression targets)' : 'full'
  console.log(`\npin-action benchmark, ${mode}: ${date.toISOString()}`)
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} logical CPUs, ${machine.memory} RAM, ${machine.os}`
  )
  console.log(
    `Node: action and fake server ${machine.actionNode}, driver ${machine.driverNode}; commit ${machine.commit}; dist/index.js ${machine.bundle}${root === ROOT ? '' : ` (from ${root})`}`
  )
  if (staleSources.length > 0) {
    console.log(
      `Warning: ${staleSources.length} file(s) in src/ changed after dist/index.js was built (${staleSources.slice(0, 5).join(', ')}${staleSources.length > 5 ? ', …' : ''}): these figures are for the bundle as built; run npm run build to measure src/.`
    )
  }
  const endLoad = os.loadavg()[0]
  console.log(
    `Load average (1 min): ${machine.load} at start, ${endLoad.toFixed(2)} at end, on ${machine.cores} CPUs${Math.max(Number(machine.load), endLoad) > machine.cores / 2 ? ': other processes competed for the CPU, time figures are pessimistic' : ''}`
  )
  console.log('')
  console.log(renderTable(rows))
  console.log('')
  console.log(
    'Ratio: measured ÷ reference (the ideal for "≤ k × ideal" targets, else the limit itself); wall times include process start-up.'
  )
  for (const note of ctx.notes) console.log(`Note: ${note}`)
  console.log(
    `${failed.length === 0 ? 'All targets met' : `${failed.length} target(s) missed`} in ${seconds(wallMs)} (${timings.map(t => `${t.id} ${seconds(t.elapsedMs)}`).join(', ')}).`
  )

  const jsonFile = path.resolve(
    values.json ?? path.join(ROOT, '.bench', quick ? 'results-quick.json' : 'results.json')
  )
  await mkdir(path.dirname(jsonFile), { recursive: true })
  const report = {
    date: date.toISOString(),
    mode: quick ? 'quick' : 'full',
    machine,
    sourcesNewerThanBundle: staleSources,
    passed: failed.length === 0,
    wallMs,
    rows,
    scenarios: timings,
    notes: ctx.notes,
    details: { startupRunsMs: ctx.startupRuns, ...ctx.details },
    config: ctx.config
  }
  await writeFile(jsonFile, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`Results written to ${path.relative(process.cwd(), jsonFile)}`)
  return failed.length === 0 ? 0 : 1
}

try {
  process.exitCode = await main()
} catch (error) {
  console.error(error)
  process.exitCode = 2
} finally {
  await cleanupAll()
}
