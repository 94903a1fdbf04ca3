/**
 * One limiter shared by every worker. A 429 pauses everyone until the server's time;
 * `X-RateLimit-*` headers, when the server sends them, hold requests back once those in flight
 * would spend what is left of the window, so no 429 is needed; without them, the rate that drew
 * a 429 is learned from the requests that got through.
 */
import type { Clock } from '../shared/clock.js'
import {
  parseCount,
  parseDecimalSeconds,
  parseHttpDate,
  parseIsoDateTime
} from '../shared/header-values.js'

export interface RateHeaders {
  limit?: string
  remaining?: string
  reset?: string
}

/** Kept below the measured rate, so evenly spaced requests do not straddle a window edge. */
const SAFETY = 1.05
/** How far back completed requests count when estimating the server's rate after a 429. */
const LEARN_WINDOW_MS = 1000
/** After this long without a 429, pacing learned from 429s loosens a little. */
const PROBE_AFTER_MS = 10_000

/**
 * `X-RateLimit-Reset` is a Unix time in seconds, milliseconds, an ISO date, or (as in the IETF
 * draft) seconds from now. Returns the reset instant in ms, or undefined. Only plain decimal
 * numbers and real dates count: `0x10`, `-5` or `1e9` are no reset time.
 */
export function parseReset(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined
  const number = parseDecimalSeconds(value)
  if (number !== undefined) {
    if (number > 1e12) return number
    if (number > 1e9) return number * 1000
    return now + number * 1000
  }
  return parseIsoDateTime(value) ?? parseHttpDate(value)
}

export class RateLimiter {
  private pausedUntil = 0
  private nextStart = 0
  /** Minimum spacing between request starts, learned from 429s; 0 means unpaced. */
  private interval = 0
  /** What the server's headers last said is left of its window, when it says so. */
  private budget: { remaining: number; resetAt: number } | undefined
  private inFlight = 0
  private lastRateLimited = 0
  private lastProbe = 0
  private completed: number[] = []
  /** Time the server has held every request back so far, counting overlapping waits once. */
  private heldMs = 0
  /** The end of the last wait counted in `heldMs`. */
  private heldUntil = 0

  /**
   * @param maxWaitMs A window reset further away than this is not waited for: the request
   *   goes, and a 429 asking for that long fails the run with the time to come back instead of
   *   holding the runner (or a bogus header holding it forever).
   * @param maxHeldMs How long the server may hold the run back in all, by 429s and by window
   *   resets together: many short waits must not add up to hours (see `mayHold`).
   */
  constructor(
    private readonly clock: Clock,
    private readonly maxWaitMs = 5 * 60_000,
    private readonly maxHeldMs = Number.POSITIVE_INFINITY
  ) {}

  /** How long the server has held the run back so far. */
  heldSoFarMs(): number {
    return this.heldMs
  }

  /** The part of a wait until `until` that no wait counted so far covers. */
  private extension(until: number): number {
    return Math.max(0, until - Math.max(this.clock.now(), this.heldUntil))
  }

  /** Whether the server may hold the run back until `until` without passing `maxHeldMs`. */
  mayHold(until: number): boolean {
    return this.heldMs + this.extension(until) <= this.maxHeldMs
  }

  /** Counts a wait until `until` as the server's. */
  private hold(until: number): void {
    this.heldMs += this.extension(until)
    this.heldUntil = Math.max(this.heldUntil, until)
  }

  /**
   * Resolves when a request may start; call `release()` once its answer arrives. Waits for a
   * pause, for the learned spacing, and, when the headers say the window's budget is spent by
   * the requests already in flight, for the window to reset.
   */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now()
      let start = Math.max(now, this.pausedUntil, this.nextStart)
      const budget = this.budget
      if (budget && now < budget.resetAt && budget.remaining - this.inFlight <= 0) {
        // Past the bound, the request goes: a 429 then ends the run with the wait it asks for.
        if (this.mayHold(budget.resetAt)) {
          this.hold(budget.resetAt)
          start = Math.max(start, budget.resetAt)
        } else {
          this.budget = undefined
        }
      }
      if (start <= now) {
        this.nextStart = now + this.interval
        this.inFlight++
        return
      }
      await this.clock.sleep(start - now, signal)
    }
  }

  /** The request's answer arrived (or it failed): it no longer counts against the budget. */
  release(): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
  }

  /** Nobody starts a request before `until` (ms since the epoch). */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until)
  }

  /** The time every worker is paused until, when a pause is in force. */
  pausedUntilTime(): number | undefined {
    return this.pausedUntil > this.clock.now() ? this.pausedUntil : undefined
  }

  /** Feeds the limiter a response's rate-limit headers (any status), after `release()`. */
  observe(headers: RateHeaders): void {
    const now = this.clock.now()
    const remaining = parseCount(headers.remaining)
    const resetAt = parseReset(headers.reset, now)
    if (remaining === undefined || resetAt === undefined || resetAt - now > this.maxWaitMs) {
      return
    }
    // Answers from one window arrive out of order; the lowest `remaining` is the latest truth,
    // and a later reset starts a new window.
    const current = this.budget
    const sameWindow = current !== undefined && Math.abs(current.resetAt - resetAt) <= 1
    if (sameWindow && current.remaining <= remaining) return
    if (current !== undefined && !sameWindow && resetAt < current.resetAt) return
    this.budget = { remaining, resetAt }
  }

  /** A request finished with a success. */
  succeeded(): void {
    const now = this.clock.now()
    this.completed.push(now)
    if (this.completed.length > 4096) this.completed = this.completed.slice(-2048)
    if (
      this.interval > 0 &&
      now - this.lastRateLimited > PROBE_AFTER_MS &&
      now - this.lastProbe > PROBE_AFTER_MS
    ) {
      this.lastProbe = now
      this.interval = this.interval * 0.8 < 1 ? 0 : this.interval * 0.8
    }
  }

  /**
   * A request drew a 429; everyone waits `waitMs`, and without headers the pace is learned.
   * Check `mayHold` first: the wait counts towards `maxHeldMs` all the same.
   */
  rateLimited(waitMs: number): void {
    const now = this.clock.now()
    this.lastRateLimited = now
    this.hold(now + waitMs)
    this.pause(now + waitMs)
    // With headers the budget says exactly when to go; guessing a pace would only slow us down.
    if (this.budget) return
    // With no success in the window there is nothing to learn from (a 429 on the first request).
    const recent = this.completed.filter(t => now - t <= LEARN_WINDOW_MS).length
    if (recent === 0) return
    this.interval = Math.max(this.interval, (LEARN_WINDOW_MS / recent) * SAFETY)
  }

  /** Current spacing between request starts, for logs and tests. */
  pacingMs(): number {
    return this.interval
  }
}
