/**
 * One limiter shared by every worker. A 429 pauses everyone until the server's time;
 * `X-RateLimit-*` headers, when the server sends them, space requests out before a 429 is
 * needed; without them, the rate that drew a 429 is learned from the requests that got through.
 */
import type { Clock } from './clock.js'

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
 * draft) seconds from now. Returns the reset instant in ms, or undefined.
 */
export function parseReset(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const number = Number(value)
  if (Number.isFinite(number)) {
    if (number > 1e12) return number
    if (number > 1e9) return number * 1000
    return now + number * 1000
  }
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : date
}

export class RateLimiter {
  private pausedUntil = 0
  private nextStart = 0
  /** Minimum spacing between request starts; 0 means unpaced. */
  private interval = 0
  private intervalFromHeaders = false
  private lastRateLimited = 0
  private lastProbe = 0
  private completed: number[] = []

  /** @param burst requests that may run back to back while the server says there is room. */
  constructor(
    private readonly clock: Clock,
    private readonly burst: number
  ) {}

  /** Resolves when a request may start. */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now()
      const start = Math.max(now, this.pausedUntil, this.nextStart)
      this.nextStart = start + this.interval
      if (start <= now) return
      await this.clock.sleep(start - now, signal)
      if (this.pausedUntil <= this.clock.now()) return
    }
  }

  /** Nobody starts a request before `until` (ms since the epoch). */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until)
  }

  /** The time every worker is paused until, when a pause is in force. */
  pausedUntilTime(): number | undefined {
    return this.pausedUntil > this.clock.now() ? this.pausedUntil : undefined
  }

  /** Feeds the limiter a response's rate-limit headers (any status). */
  observe(headers: RateHeaders): void {
    const now = this.clock.now()
    const remaining = Number(headers.remaining)
    const reset = parseReset(headers.reset, now)
    if (headers.remaining === undefined || !Number.isFinite(remaining) || reset === undefined)
      return
    this.intervalFromHeaders = true
    const windowLeft = Math.max(0, reset - now)
    if (remaining <= 0) {
      this.pause(reset)
    } else if (remaining <= this.burst) {
      // Spread what is left of the window's budget over the time left in it.
      this.interval = windowLeft / remaining
    } else {
      this.interval = 0
    }
  }

  /** A request finished with a success. */
  succeeded(): void {
    const now = this.clock.now()
    this.completed.push(now)
    if (this.completed.length > 4096) this.completed = this.completed.slice(-2048)
    if (
      !this.intervalFromHeaders &&
      this.interval > 0 &&
      now - this.lastRateLimited > PROBE_AFTER_MS &&
      now - this.lastProbe > PROBE_AFTER_MS
    ) {
      this.lastProbe = now
      this.interval = this.interval * 0.8 < 1 ? 0 : this.interval * 0.8
    }
  }

  /** A request drew a 429; everyone waits `waitMs`, and without headers the pace is learned. */
  rateLimited(waitMs: number): void {
    const now = this.clock.now()
    this.lastRateLimited = now
    this.pause(now + waitMs)
    if (this.intervalFromHeaders) return
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
