/**
 * When and how long to wait before trying a request again. Pure functions: the transport feeds
 * them what happened, and tests feed them a fixed random source.
 */

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number
  /** First backoff ceiling; doubles each retry. */
  baseDelayMs: number
  /** Backoff ceiling, so a long outage is polled, not waited out in one sleep. */
  maxDelayMs: number
  /** The longest wait a server may ask for before we give up instead of holding the runner. */
  maxServerWaitMs: number
}

export const DEFAULT_BACKOFF = {
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxServerWaitMs: 5 * 60_000
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
 * How long a 429 asks us to wait: the body's `retryAfter` (seconds), else the `Retry-After`
 * header (seconds or an HTTP date). Undefined when the server gave no usable hint.
 */
export function parseRetryAfter(
  header: string | undefined,
  bodyRetryAfter: unknown,
  now: number
): number | undefined {
  const fromBody = typeof bodyRetryAfter === 'string' ? Number(bodyRetryAfter) : bodyRetryAfter
  if (typeof fromBody === 'number' && Number.isFinite(fromBody) && fromBody >= 0) {
    return Math.round(fromBody * 1000)
  }
  if (header === undefined || header.trim() === '') return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000)
  const date = Date.parse(header)
  if (!Number.isNaN(date)) return Math.max(0, date - now)
  return undefined
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
