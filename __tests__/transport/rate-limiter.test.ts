import type { Clock } from '../../src/shared/clock.js'
import { parseReset, RateLimiter } from '../../src/transport/rate-limiter.js'

const T0 = 1_700_000_000_000

/** A clock whose sleeps advance virtual time at once, so nothing here waits for real. */
function virtualClock(start = T0): Clock & { sleeps: number[] } {
  let time = start
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => time,
    sleep: async ms => {
      sleeps.push(ms)
      time += ms
    }
  }
}

/** Start times of `count` sequential acquisitions. */
async function starts(limiter: RateLimiter, clock: Clock, count: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    await limiter.acquire()
    times.push(clock.now())
  }
  return times
}

describe('parseReset', () => {
  const now = 1_700_000_000_000
  it('reads Unix seconds, Unix milliseconds, ISO dates and delta seconds', () => {
    expect(parseReset('1700000005', now)).toBe(1_700_000_005_000)
    expect(parseReset('1700000005.5', now)).toBe(1_700_000_005_500)
    expect(parseReset('1700000005000', now)).toBe(1_700_000_005_000)
    expect(parseReset('2023-11-14T22:13:25.000Z', now)).toBe(Date.parse('2023-11-14T22:13:25.000Z'))
    expect(parseReset('30', now)).toBe(now + 30_000)
  })
  it('ignores junk: hex, signs, exponents, dates that are not dates', () => {
    for (const value of [undefined, 'soon', '', '0x10', '-5', '1e9', 'Infinity', 'NaN', '2026']) {
      expect([value, parseReset(value, now)]).toEqual([
        value,
        value === '2026' ? now + 2_026_000 : undefined
      ])
    }
    expect(parseReset('Tue, 14 Nov 2023 22:13:25 GMT', now)).toBe(1_700_000_005_000)
    expect(parseReset('14 Nov 2023', now)).toBeUndefined()
  })
})

describe('RateLimiter', () => {
  it('does not hold requests for a window reset far away, nor on junk remaining counts', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    // A bogus header must not put every worker to sleep for a year.
    limiter.observe({ remaining: '0', reset: String((T0 + 365 * 24 * 3600_000) / 1000) })
    limiter.observe({ remaining: '', reset: '30' })
    limiter.observe({ remaining: '0x0', reset: '30' })
    limiter.observe({ remaining: '-1', reset: '30' })
    expect(await starts(limiter, clock, 3)).toEqual([T0, T0, T0])
    // Within five minutes, it does wait for the window.
    limiter.observe({ remaining: '0', reset: '240' })
    expect((await starts(limiter, clock, 1))[0]).toBe(T0 + 240_000)
  })

  it('lets requests through unpaced until told otherwise', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    expect(await starts(limiter, clock, 3)).toEqual([T0, T0, T0])
    expect(clock.sleeps).toEqual([])
  })

  it('holds every request until the time a 429 asked for', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    limiter.rateLimited(2000)
    expect(limiter.pausedUntilTime()).toBe(T0 + 2000)
    const [first] = await starts(limiter, clock, 1)
    expect(first).toBe(T0 + 2000)
  })

  it('learns a pace from the successes that preceded a 429 when there are no headers', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    for (let i = 0; i < 10; i++) limiter.succeeded()
    limiter.rateLimited(1000)
    // 10 successes in the last second: about 10 per second, kept 5% below.
    expect(limiter.pacingMs()).toBeCloseTo(105)
    const times = await starts(limiter, clock, 3)
    expect(times[1] - times[0]).toBeCloseTo(105)
    expect(times[2] - times[1]).toBeCloseTo(105)
  })

  it('loosens a learned pace after a quiet spell, so a transient limit is not kept forever', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    for (let i = 0; i < 10; i++) limiter.succeeded()
    limiter.rateLimited(0)
    const learned = limiter.pacingMs()
    await clock.sleep(11_000)
    limiter.succeeded()
    expect(limiter.pacingMs()).toBeCloseTo(learned * 0.8)
  })

  it('holds requests back once those in flight would spend the window budget the headers report', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    const resetAt = String((T0 + 1000) / 1000)
    // Two requests go out; the answer to the first says three are left in this window.
    await limiter.acquire()
    await limiter.acquire()
    limiter.release()
    limiter.observe({ limit: '10', remaining: '3', reset: resetAt })
    // One is still in flight, so two more may start now; the third waits for the reset.
    expect(await starts(limiter, clock, 2)).toEqual([T0, T0])
    const [third] = await starts(limiter, clock, 1)
    expect(third).toBe(T0 + 1000)
  })

  it('keeps the lowest remaining of a window, since answers arrive out of order', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    const window1 = String((T0 + 1000) / 1000)
    limiter.observe({ remaining: '0', reset: window1 })
    limiter.observe({ remaining: '4', reset: window1 })
    limiter.observe({ remaining: '9', reset: String((T0 + 500) / 1000) })
    expect(await starts(limiter, clock, 1)).toEqual([T0 + 1000])
  })

  it('pauses until the reset when the headers say nothing is left', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    limiter.observe({ limit: '10', remaining: '0', reset: String((T0 + 1500) / 1000) })
    expect(await starts(limiter, clock, 1)).toEqual([T0 + 1500])
  })

  it('does not guess a pace from a 429 when headers give the budget', () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    limiter.observe({ remaining: '2', reset: '1' })
    limiter.succeeded()
    limiter.rateLimited(500)
    expect(limiter.pacingMs()).toBe(0)
    expect(limiter.pausedUntilTime()).toBe(T0 + 500)
  })

  it('stops waiting when the run is abandoned', async () => {
    const limiter = new RateLimiter({
      now: () => 0,
      sleep: (_ms, signal) =>
        new Promise((_, reject) =>
          signal?.addEventListener('abort', () => reject(signal.reason as Error))
        )
    })
    limiter.pause(10_000)
    const controller = new AbortController()
    const waiting = limiter.acquire(controller.signal)
    controller.abort(new Error('deadline'))
    await expect(waiting).rejects.toThrow('deadline')
  })

  it('says a pause is in force only while it lasts', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    expect(limiter.pausedUntilTime()).toBeUndefined()
    limiter.rateLimited(500)
    expect(limiter.pausedUntilTime()).toBe(T0 + 500)
    await clock.sleep(500)
    expect(limiter.pausedUntilTime()).toBeUndefined()
  })

  it('lets a shared pause only grow: a shorter wait asked later does not cut it', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    limiter.rateLimited(3000)
    limiter.rateLimited(1000)
    limiter.pause(T0 + 2000)
    expect(limiter.pausedUntilTime()).toBe(T0 + 3000)
    expect(await starts(limiter, clock, 1)).toEqual([T0 + 3000])
  })

  it('waits for a window reset exactly as far away as it waits at most', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock, 60_000)
    limiter.observe({ remaining: '0', reset: '60' })
    expect(await starts(limiter, clock, 1)).toEqual([T0 + 60_000])
  })

  it('takes resets a millisecond apart for one window, keeping its lowest remaining', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    limiter.observe({ remaining: '0', reset: String(T0 + 1000) })
    limiter.observe({ remaining: '5', reset: String(T0 + 1001) })
    limiter.observe({ remaining: '0', reset: String(T0 + 999) })
    expect(await starts(limiter, clock, 1)).toEqual([T0 + 1000])
  })

  it('keeps a learned pace while 429s are recent, and loosens it once per quiet spell', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    for (let i = 0; i < 10; i++) limiter.succeeded()
    limiter.rateLimited(0)
    const learned = limiter.pacingMs()
    await clock.sleep(10_000)
    limiter.succeeded()
    // Ten seconds exactly is not yet a quiet spell.
    expect(limiter.pacingMs()).toBe(learned)
    await clock.sleep(1)
    limiter.succeeded()
    limiter.succeeded()
    expect(limiter.pacingMs()).toBeCloseTo(learned * 0.8)
    await clock.sleep(10_000)
    limiter.succeeded()
    expect(limiter.pacingMs()).toBeCloseTo(learned * 0.8)
    await clock.sleep(1)
    limiter.succeeded()
    expect(limiter.pacingMs()).toBeCloseTo(learned * 0.64)
  })

  it('drops a pace loosened below a millisecond altogether', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    for (let i = 0; i < 1000; i++) limiter.succeeded()
    limiter.rateLimited(0)
    expect(limiter.pacingMs()).toBeCloseTo(1.05)
    await clock.sleep(10_001)
    limiter.succeeded()
    expect(limiter.pacingMs()).toBe(0)
  })

  it('learns the pace from the last second of successes only', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock)
    for (let i = 0; i < 10; i++) limiter.succeeded()
    await clock.sleep(4000)
    limiter.succeeded()
    await clock.sleep(1000)
    limiter.succeeded()
    // The success exactly a second ago counts, the ten from five seconds ago do not.
    limiter.rateLimited(0)
    expect(limiter.pacingMs()).toBeCloseTo(525)
  })
})

describe('RateLimiter: the bound on waiting in all', () => {
  it('counts overlapping 429 pauses once, and refuses a wait past the bound', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock, 60_000, 10_000)
    limiter.rateLimited(6000)
    // A second worker's 429 that ends inside the first pause adds nothing.
    limiter.rateLimited(4000)
    expect(limiter.heldSoFarMs()).toBe(6000)
    expect(limiter.mayHold(T0 + 10_000)).toBe(true)
    expect(limiter.mayHold(T0 + 10_001)).toBe(false)
    await clock.sleep(6000)
    limiter.rateLimited(4000)
    expect(limiter.heldSoFarMs()).toBe(10_000)
    expect(limiter.mayHold(clock.now() + 4001)).toBe(false)
    expect(limiter.mayHold(clock.now() + 4000)).toBe(true)
  })

  it('counts window resets it waits for, and past the bound lets the request go', async () => {
    const clock = virtualClock()
    const limiter = new RateLimiter(clock, 60_000, 10_000)
    limiter.observe({ remaining: '0', reset: '8' })
    expect(await starts(limiter, clock, 1)).toEqual([T0 + 8000])
    expect(limiter.heldSoFarMs()).toBe(8000)
    limiter.release()
    limiter.observe({ remaining: '0', reset: '8' })
    // Waiting again would pass 10 s in all: the request goes, and a 429 then ends the run.
    expect(await starts(limiter, clock, 1)).toEqual([T0 + 8000])
    expect(limiter.heldSoFarMs()).toBe(8000)
  })
})
