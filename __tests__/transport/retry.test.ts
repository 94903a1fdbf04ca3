import {
  backoffDelay,
  decide,
  isRetryableStatus,
  MAX_SERVER_WAIT_MS,
  parseRetryAfter
} from '../../src/transport/retry.js'

const policy = {
  retries: 5,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxServerWaitMs: 300_000,
  maxServerWaitTotalMs: 900_000
}
const always = (value: number) => () => value

describe('isRetryableStatus', () => {
  it.each([408, 429, 500, 502, 503, 504, 524, 599])('retries %i', status => {
    expect(isRetryableStatus(status)).toBe(true)
  })
  it.each([400, 401, 403, 404, 409, 413, 422, 600, 999])('never retries %i', status => {
    expect(isRetryableStatus(status)).toBe(false)
  })
})

describe('backoffDelay', () => {
  it('doubles the ceiling each retry, with full jitter below it', () => {
    expect([0, 1, 2, 3].map(retry => backoffDelay(retry, policy, always(1)))).toEqual([
      1000, 2000, 4000, 8000
    ])
    expect(backoffDelay(3, policy, always(0.5))).toBe(4000)
    expect(backoffDelay(3, policy, always(0))).toBe(0)
  })
  it('is capped', () => {
    expect(backoffDelay(20, policy, always(1))).toBe(30_000)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-28T12:00:00Z')
  it('prefers the body retryAfter (seconds, possibly fractional)', () => {
    expect(parseRetryAfter('60', 2.5, now)).toBe(2500)
    expect(parseRetryAfter(undefined, '3', now)).toBe(3000)
  })
  it('reads the header as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7', undefined, now)).toBe(7000)
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:00:30 GMT', undefined, now)).toBe(30_000)
    expect(parseRetryAfter('Sat, 28 Nov 2026 11:00:00 GMT', undefined, now)).toBe(0)
  })
  it('returns undefined without a usable hint', () => {
    expect(parseRetryAfter(undefined, undefined, now)).toBeUndefined()
    expect(parseRetryAfter('soon', 'later', now)).toBeUndefined()
  })
  it.each(['-5', '0x3', 'NaN', '', '  ', '1e3', '+3', 'Infinity', '3s', '-1', '5, 6'])(
    'takes the header %j as no hint, never as "now" or another number',
    value => {
      expect(parseRetryAfter(value, undefined, now)).toBeUndefined()
    }
  )
  it.each([-5, NaN, Infinity, '0x3', '-5', '', 'NaN', true, null, {}])(
    'takes the body retryAfter %p as no hint, and falls back to the header',
    value => {
      expect(parseRetryAfter(undefined, value, now)).toBeUndefined()
      expect(parseRetryAfter('4', value, now)).toBe(4000)
    }
  )
  it('reads the two obsolete HTTP-date forms too, as UTC', () => {
    expect(parseRetryAfter('Saturday, 28-Nov-26 12:00:30 GMT', undefined, now)).toBe(30_000)
    expect(parseRetryAfter('Sat Nov 28 12:00:30 2026', undefined, now)).toBe(30_000)
    // A bare number is seconds (Date.parse would take it for a year); a loose date is no HTTP-date.
    expect(parseRetryAfter('2026', undefined, now)).toBe(2026 * 1000)
    expect(parseRetryAfter('Nov 28 2026', undefined, now)).toBeUndefined()
  })
  it('caps absurd waits, so the time to come back is still a date', () => {
    expect(parseRetryAfter(undefined, 1e13, now)).toBe(MAX_SERVER_WAIT_MS)
    expect(parseRetryAfter('99999999999999999999', undefined, now)).toBe(MAX_SERVER_WAIT_MS)
    expect(new Date(now + MAX_SERVER_WAIT_MS).toISOString()).toBe('2027-11-29T12:00:00.000Z')
    expect(
      decide({ kind: 'http', status: 429, retryAfterMs: MAX_SERVER_WAIT_MS }, 0, policy, always(1))
    ).toEqual({ retry: false, why: 'wait-too-long', waitMs: MAX_SERVER_WAIT_MS })
  })
})

describe('decide', () => {
  it('waits what a 429 asks and pauses everyone', () => {
    expect(decide({ kind: 'http', status: 429, retryAfterMs: 2000 }, 0, policy, always(1))).toEqual(
      {
        retry: true,
        delayMs: 2000,
        rateLimited: true
      }
    )
  })
  it('backs off on a 429 without a hint', () => {
    expect(decide({ kind: 'http', status: 429 }, 2, policy, always(1))).toEqual({
      retry: true,
      delayMs: 4000,
      rateLimited: true
    })
  })
  it('backs off on 5xx, network errors and timeouts', () => {
    for (const failure of [
      { kind: 'http', status: 503 } as const,
      { kind: 'network', detail: 'ECONNRESET' } as const,
      { kind: 'timeout' } as const
    ]) {
      expect(decide(failure, 1, policy, always(0.5))).toEqual({
        retry: true,
        delayMs: 1000,
        rateLimited: false
      })
    }
  })
  it('never retries 4xx other than 408 and 429, nor local file errors', () => {
    for (const status of [400, 401, 403, 404, 413]) {
      expect(decide({ kind: 'http', status }, 0, policy, always(1))).toEqual({
        retry: false,
        why: 'not-retryable'
      })
    }
    expect(decide({ kind: 'local' }, 0, policy, always(1))).toEqual({
      retry: false,
      why: 'not-retryable'
    })
  })
  it('stops after the configured number of retries', () => {
    expect(decide({ kind: 'http', status: 503 }, 4, policy, always(1)).retry).toBe(true)
    expect(decide({ kind: 'http', status: 503 }, 5, policy, always(1))).toEqual({
      retry: false,
      why: 'exhausted'
    })
    expect(decide({ kind: 'http', status: 503 }, 0, { ...policy, retries: 0 }, always(1))).toEqual({
      retry: false,
      why: 'exhausted'
    })
  })
  it('gives up at once when the server asks for more than five minutes', () => {
    expect(
      decide({ kind: 'http', status: 429, retryAfterMs: 301_000 }, 0, policy, always(1))
    ).toEqual({
      retry: false,
      why: 'wait-too-long',
      waitMs: 301_000
    })
    expect(
      decide({ kind: 'http', status: 429, retryAfterMs: 300_000 }, 0, policy, always(1)).retry
    ).toBe(true)
  })
})
