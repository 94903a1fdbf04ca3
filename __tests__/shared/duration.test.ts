import { parseRelativeDuration, parseTimelock } from '../../src/shared/duration.js'

const now = new Date('2026-11-28T12:00:00Z')

describe('parseRelativeDuration', () => {
  it.each([
    ['90m', 90 * 60_000],
    ['12h', 12 * 3_600_000],
    ['30d', 30 * 86_400_000],
    ['2w', 14 * 86_400_000],
    ['1d12h', 36 * 3_600_000],
    ['45s', 45_000]
  ])('reads %s', (text, ms) => {
    expect(parseRelativeDuration(text)).toBe(ms)
  })

  it.each(['', '30', 'd30', '1.5h', '30 days', '-1d'])('rejects %p', text => {
    expect(parseRelativeDuration(text)).toBeUndefined()
  })
})

describe('parseTimelock', () => {
  it('resolves a duration from now', () => {
    expect(parseTimelock('30d', now).toISOString()).toBe('2026-12-28T12:00:00.000Z')
  })

  it('reads an ISO date-time with Z or an offset and returns UTC', () => {
    expect(parseTimelock('2030-12-31T23:59:59Z', now).toISOString()).toBe(
      '2030-12-31T23:59:59.000Z'
    )
    expect(parseTimelock('2030-12-31T23:59:59+02:00', now).toISOString()).toBe(
      '2030-12-31T21:59:59.000Z'
    )
  })

  it('reads a bare date as midnight UTC', () => {
    expect(parseTimelock('2030-01-02', now).toISOString()).toBe('2030-01-02T00:00:00.000Z')
  })

  it('refuses a date-time without a zone, saying how to fix it', () => {
    expect(() => parseTimelock('2030-12-31T23:59:59', now)).toThrow(/no time zone.*Z/)
  })

  it('refuses the past, naming both instants', () => {
    expect(() => parseTimelock('2020-01-01T00:00:00Z', now)).toThrow(
      /in the past \(2020-01-01T00:00:00.000Z; now is 2026-11-28T12:00:00.000Z\)/
    )
  })

  it('refuses text that is neither form', () => {
    expect(() => parseTimelock('next week', now)).toThrow(/ISO 8601.*30d/)
    expect(() => parseTimelock('2030-02-30T00:00:00Z', now)).toThrow(/not a valid date/)
    expect(() => parseTimelock('2030-13-45T00:00:00Z', now)).toThrow(/not a valid date/)
  })
})
