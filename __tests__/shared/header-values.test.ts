import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import {
  parseCount,
  parseDecimalSeconds,
  parseHttpDate,
  parseIsoDateTime
} from '../../src/shared/header-values.js'

describe('parseDecimalSeconds', () => {
  it('takes zero as a real answer: "retry now" from a server that says so', () => {
    expect(parseDecimalSeconds(0)).toBe(0)
    expect(parseDecimalSeconds('0')).toBe(0)
  })
  it('reads numbers of several digits, with a fraction', () => {
    expect(parseDecimalSeconds('120')).toBe(120)
    expect(parseDecimalSeconds(' 2.25 ')).toBe(2.25)
  })
})

describe('parseCount', () => {
  it('reads counts of several digits, and no more than fifteen', () => {
    expect(parseCount('0')).toBe(0)
    expect(parseCount('4999')).toBe(4999)
    expect(parseCount(' 12 ')).toBe(12)
    expect(parseCount('999999999999999')).toBe(999_999_999_999_999)
    expect(parseCount('1000000000000000')).toBeUndefined()
  })
})

describe('parseHttpDate', () => {
  const at = Date.parse('2026-11-28T12:00:30Z')
  it('ignores white space around the date', () => {
    expect(parseHttpDate('  Sat, 28 Nov 2026 12:00:30 GMT\t')).toBe(at)
    expect(parseHttpDate(' Sat Nov 28 12:00:30 2026 ')).toBe(at)
  })
  it('reads the asctime form, which has no zone, as UTC on a runner set to another zone', () => {
    const asctime = 'Sat Nov 28 12:00:30 2026'
    expect(parseHttpDate(asctime)).toBe(at)
    // Self-hosted runners need not run in UTC; the time zone is fixed when a process starts.
    const module = fileURLToPath(new URL('../../src/shared/header-values.ts', import.meta.url))
    const script = `import { parseHttpDate } from ${JSON.stringify(module)}
      process.stdout.write(JSON.stringify([parseHttpDate(${JSON.stringify(asctime)}), new Date(2026, 10, 28).getTimezoneOffset()]))`
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        env: { ...process.env, TZ: 'America/New_York' },
        encoding: 'utf8'
      }
    )
    // The child really ran five hours behind UTC, and still read the date as UTC.
    expect(JSON.parse(output)).toEqual([at, 300])
  })

  it('accepts only the three forms, whole', () => {
    expect(parseHttpDate('Sat, 28 Nov 2026 12:00:30 GMT (cached)')).toBeUndefined()
    expect(parseHttpDate('x Sat, 28 Nov 2026 12:00:30 GMT')).toBeUndefined()
  })
})

describe('parseIsoDateTime', () => {
  const at = Date.parse('2026-11-28T12:00:00Z')
  it('reads the forms a server writes, seconds and fraction optional, with a zone', () => {
    expect(parseIsoDateTime('2026-11-28T12:00:00Z')).toBe(at)
    expect(parseIsoDateTime('2026-11-28T12:00Z')).toBe(at)
    expect(parseIsoDateTime('2026-11-28 12:00:00.250z')).toBe(at + 250)
    expect(parseIsoDateTime('2026-11-28T13:00:00+01:00')).toBe(at)
    expect(parseIsoDateTime(' 2026-11-28T12:00:00Z\n')).toBe(at)
  })
  it('refuses a date with more around it, which Date.parse would read as another instant', () => {
    // Date.parse reads each of these, two of them hours away from what the server wrote.
    for (const value of [
      '2026-11-28 13:00:00+01:00 GMT',
      '2026-11-28 13:00:00+01:00+02:00',
      '2026-11-28 12:00:00+01:00 am',
      'Sat 2026-11-28 12:00:00Z',
      '(x)2026-11-28 12:00:00Z'
    ]) {
      expect([value, Date.parse(value) > 0, parseIsoDateTime(value)]).toEqual([
        value,
        true,
        undefined
      ])
    }
  })
  it('refuses a date without a zone, which would be read in the runner’s local time', () => {
    expect(parseIsoDateTime('2026-11-28T12:00:00')).toBeUndefined()
  })
})
