/**
 * When and how long to wait before trying a request again. Pure functions: the transport feeds
 * them what happened, and tests feed them a fixed random source.
 */
import { parseDecimalSeconds, parseHttpDate } from './header-values.js'

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number
  /** First backoff ceiling; doubles each retry. */
  baseDelayMs: number
  /** Backoff ceiling, so a long outage is polled, not waited out in one sleep. */
  maxDelayMs: number
  /** The longest wait a server may ask for before we give up instead of holding the runner. */
  maxServerWaitMs: number
  /**
   * How long the server may hold a run back in all (429s and rate-limit windows): with a wait
   * of up to `maxServerWaitMs` for each request and retry, a few files could reach GitHub's
   * 6-hour job limit.
   */
  maxServerWaitTotalMs: number
}

export const DEFAULT_BACKOFF = {
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxServerWaitMs: 5 * 60_000,
  maxServerWaitTotalMs: 15 * 60_000
} as const

/** What went wrong with one attempt. */
export type AttemptFailure =
  | { kind: 'http'; status: number; retryAfterMs?: number }
  | { kind: 'network'; detail: string }
  | { kind: 'timeout' }
  | { kind: 'local' }

export type Decision =
  | { retry: true; delayMs: number; rateLimited: boolean }
  | { retry: false; why: 'not-retryable' | 'exhausted' }
  | { retry: false; why: 'wait-too-long'; waitMs: number }

/** 408, 429 and every 5xx are worth another try; other statuses will not change by retrying. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599)
}

/** "Full jitter" backoff: uniform in [0, min(cap, base * 2^retry)], so clients spread out. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry)
  return Math.round(random() * ceiling)
}

/**
 * Server waits are capped here: a longer one is still "too long" (see `decide`), and a date
 * computed from it stays a valid Date (`1e13` seconds is past the largest one).
 */
export const MAX_SERVER_WAIT_MS = 366 * 24 * 3600 * 1000

/**
 * How long a 429 asks us to wait: the body's `retryAfter` (decimal seconds), else the
 * `Retry-After` header (decimal seconds or an HTTP-date). Undefined when the server gave no
 * usable hint: negative, hex, `NaN` or empty values are no hint, never "retry now".
 */
export function parseRetryAfter(
  header: string | undefined,
  bodyRetryAfter: unknown,
  now: number
): number | undefined {
  const seconds = parseDecimalSeconds(bodyRetryAfter) ?? parseDecimalSeconds(header)
  let waitMs: number | undefined
  if (seconds !== undefined) {
    waitMs = Math.round(seconds * 1000)
  } else if (header !== undefined) {
    const date = parseHttpDate(header)
    if (date !== undefined) waitMs = Math.max(0, date - now)
  }
  return waitMs === undefined ? undefined : Math.min(waitMs, MAX_SERVER_WAIT_MS)
}

/**
 * Decides what to do after attempt number `retry` (0 for the first attempt) failed.
 */
export function decide(
  failure: AttemptFailure,
  retry: number,
  policy: RetryPolicy,
  random: () => number
): Decision {
  if (failure.kind === 'local') return { retry: false, why: 'not-retryable' }
  if (failure.kind === 'http' && !isRetryableStatus(failure.status)) {
    return { retry: false, why: 'not-retryable' }
  }
  const rateLimited = failure.kind === 'http' && failure.status === 429
  const serverWait = rateLimited ? failure.retryAfterMs : undefined
  // A wait this long is a quota, not a blip: fail now with the time to come back.
  if (serverWait !== undefined && serverWait > policy.maxServerWaitMs) {
    return { retry: false, why: 'wait-too-long', waitMs: serverWait }
  }
  if (retry >= policy.retries) return { retry: false, why: 'exhausted' }
  const delayMs = serverWait ?? backoffDelay(retry, policy, random)
  return { retry: true, delayMs, rateLimited }
}
