/**
 * When and how long to wait before trying a request again. Pure functions: the transport feeds
 * them what happened, and tests feed them a fixed random source.
 */
import { MAX_SERVER_WAIT_MS, parseRetryAfter } from '../shared/header-values.js'

// Read here first; shared/ so that gateway answers are read the same way.
export { MAX_SERVER_WAIT_MS, parseRetryAfter }

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
