/**
 * HTTP with retries, backoff, one shared rate limiter, and time and size limits on every attempt.
 * Knows no endpoint and no server's answers: callers pass one attempt as a function, and read
 * what came back themselves. Knows nothing of @actions/core: it reports through events.
 */
import { Agent, type Dispatcher } from 'undici'
import { type Clock, systemClock } from '../shared/clock.js'
import { errorText } from '../shared/error-text.js'
import { truncateText } from '../shared/quote.js'
import { AttemptLimit, formatSeconds, Watchdog } from './attempt-limits.js'
import {
  AbandonedError,
  BodySourceError,
  FileNameError,
  ProtocolError,
  RateLimitTotalError,
  RateLimitWaitError,
  SERVER_TEXT_MAX,
  TransportError
} from './errors.js'
import { RateLimiter } from './rate-limiter.js'
import { askBeforeResend, type BeforeResend, mayHaveBeenStored } from './resend.js'
import { type AttemptFailure, DEFAULT_BACKOFF, decide, type RetryPolicy } from './retry.js'

export interface RetryEvent {
  /** What was being sent, e.g. `dist/app.js` or `pin bafy…`. */
  label: string
  /** 1 for the first retry. */
  retry: number
  retries: number
  /** Why the attempt failed, e.g. `HTTP 503` or `no progress for 120 s`. */
  reason: string
  delayMs: number
  /** True when the wait pauses every worker (a 429). */
  pausesAll: boolean
  /** The attempt had sent its whole body, so the server may have stored it (see resend.ts). */
  maybeStored: boolean
}

export interface TransportOptions {
  userAgent: string
  retries: number
  timeoutMs: number
  events?: { retry?(event: RetryEvent): void }
  /** Aborting it abandons every request: the run's deadline. */
  signal?: AbortSignal
  clock?: Clock
  random?: () => number
  backoff?: Partial<Omit<RetryPolicy, 'retries'>>
  dispatcher?: Dispatcher
}

/** One attempt, as a success or as a failure to decide on. */
export type Outcome =
  | { ok: true; body: unknown }
  | { ok: false; failure: AttemptFailure; error: Error; bodySent?: boolean }

/** What a guarded exchange may use. */
export interface Exchange {
  signal: AbortSignal
  /** Feeds the inactivity watchdog: something moved. */
  touch(): void
  /** The answer's headers are in: the limiter's slot is free, and the answer has its own limit. */
  answered(): void
  /** Runs when the attempt ends, however it ends. */
  onEnd(cleanup: () => void): void
  dispatcher: Dispatcher
  userAgent: string
}

/** How one logical request is retried. */
export interface RetryOptions {
  /**
   * False when the answers are another server's (a gateway): its 429 is waited out by this
   * request alone instead of pausing every worker, and never counts against the shared budget.
   */
  ownServer: boolean
  /** Asked before a body the server may have stored is sent again (see resend.ts). */
  beforeResend?: BeforeResend
}

/** A header's first value. */
export function header(
  headers: Record<string, string | string[] | undefined>,
  name: string
): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

export class Transport {
  readonly limiter: RateLimiter
  readonly clock: Clock
  readonly policy: RetryPolicy
  readonly dispatcher: Dispatcher
  private readonly random: () => number
  private readonly ownsDispatcher: boolean

  constructor(private readonly options: TransportOptions) {
    this.clock = options.clock ?? systemClock
    this.random = options.random ?? Math.random
    this.policy = { ...DEFAULT_BACKOFF, ...options.backoff, retries: options.retries }
    this.limiter = new RateLimiter(
      this.clock,
      this.policy.maxServerWaitMs,
      this.policy.maxServerWaitTotalMs
    )
    this.ownsDispatcher = options.dispatcher === undefined
    // Our own inactivity watchdog replaces undici's header/body timeouts, which cannot see
    // upload progress. Redirects are never followed, so the key goes to no other host.
    this.dispatcher =
      options.dispatcher ??
      new Agent({ headersTimeout: 0, bodyTimeout: 0, connectTimeout: options.timeoutMs })
  }

  /** Releases pooled connections so the process can exit. */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close()
  }

  /**
   * Attempts `once` (run it through `guarded`, which releases the limiter) until success or a
   * final error. A body the server may have stored is sent again only when `beforeResend`
   * (asked after the wait, so the server had time to finish) says so.
   */
  async retrying(
    label: string,
    once: (attempts: number) => Promise<Outcome>,
    { ownServer, beforeResend }: RetryOptions
  ): Promise<unknown> {
    for (let retry = 0; ; retry++) {
      this.throwIfAbandoned()
      await this.limiter.acquire(this.options.signal).catch(() => this.throwIfAbandoned())
      const outcome = await once(retry + 1)
      if (outcome.ok) return outcome.body
      const decision = decide(outcome.failure, retry, this.policy, this.random)
      if (!decision.retry) {
        if (decision.why === 'wait-too-long') {
          throw new RateLimitWaitError(
            decision.waitMs,
            new Date(this.clock.now() + decision.waitMs)
          )
        }
        throw outcome.error
      }
      const maybeStored = mayHaveBeenStored(outcome.failure, outcome.bodySent === true)
      this.options.events?.retry?.({
        label,
        retry: retry + 1,
        retries: this.policy.retries,
        reason: retryReason(outcome),
        delayMs: decision.delayMs,
        pausesAll: decision.rateLimited && ownServer,
        maybeStored
      })
      if (decision.rateLimited && ownServer) {
        const until = this.clock.now() + decision.delayMs
        if (!this.limiter.mayHold(until)) {
          throw new RateLimitTotalError(
            decision.delayMs,
            new Date(until),
            this.limiter.heldSoFarMs(),
            this.policy.maxServerWaitTotalMs
          )
        }
        this.limiter.rateLimited(decision.delayMs)
      } else {
        await this.clock
          .sleep(decision.delayMs, this.options.signal)
          .catch(() => this.throwIfAbandoned())
      }
      if (maybeStored && beforeResend) {
        this.throwIfAbandoned()
        await askBeforeResend(beforeResend, outcome, {
          label,
          retry: retry + 1,
          reason: retryReason(outcome)
        })
      }
    }
  }

  /**
   * Runs one exchange, aborted when neither request nor response moves for `timeoutMs`, when
   * the answer is not complete `timeoutMs` after its headers (once `answered` is called), when
   * it grows past a cap (an AttemptLimit thrown), or at the run's deadline. The limiter's slot
   * is released when the headers are in, or at the end.
   */
  async guarded<T>(run: (exchange: Exchange) => Promise<T>): Promise<T> {
    const controller = new AbortController()
    const outer = this.options.signal
    const onOuterAbort = () => controller.abort(outer?.reason)
    outer?.addEventListener('abort', onOuterAbort, { once: true })
    const watchdog = new Watchdog(this.options.timeoutMs, reason => controller.abort(reason))
    let released = false
    const release = () => {
      if (!released) this.limiter.release()
      released = true
    }
    const cleanups: (() => void)[] = []
    try {
      return await run({
        signal: controller.signal,
        touch: () => watchdog.touch(),
        answered: () => {
          watchdog.answerStarted()
          release()
        },
        onEnd: cleanup => cleanups.push(cleanup),
        dispatcher: this.dispatcher,
        userAgent: this.options.userAgent
      })
    } catch (error) {
      // Over the cap: drop the connection rather than drain the rest.
      if (error instanceof AttemptLimit) controller.abort(error)
      const reason: unknown = controller.signal.reason
      if (reason instanceof AttemptLimit) throw reason
      if (outer?.aborted) {
        throw new AbandonedError('abandoned: the run ran out of time (max-duration)')
      }
      throw findSourceError(error) ?? error
    } finally {
      release()
      for (const cleanup of cleanups) cleanup()
      watchdog.stop()
      outer?.removeEventListener('abort', onOuterAbort)
    }
  }

  /** An attempt that threw: a failure to decide on, or (when no retry can mend it) thrown. */
  failedOutcome(error: unknown, attempts: number): Outcome & { ok: false } {
    if (error instanceof ProtocolError || error instanceof AbandonedError) throw error
    if (error instanceof BodySourceError || error instanceof FileNameError) throw error
    this.throwIfAbandoned()
    if (error instanceof AttemptLimit) {
      return {
        ok: false,
        failure:
          error.kind === 'too-large'
            ? { kind: 'network', detail: error.message }
            : { kind: 'timeout' },
        error: new TransportError(error.kind, error.message, attempts)
      }
    }
    const detail = describeNetworkError(error)
    return {
      ok: false,
      failure: { kind: 'network', detail },
      error: new TransportError('network', detail, attempts)
    }
  }

  private throwIfAbandoned(): void {
    if (this.options.signal?.aborted) {
      throw new AbandonedError('abandoned: the run ran out of time (max-duration)')
    }
  }
}

/** A network error's message and code; cut, since a parser error may quote what it received. */
function describeNetworkError(error: unknown): string {
  const err = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: string
    cause?: { code?: string }
  }
  const code = err.code ?? err.cause?.code
  const message = truncateText(errorText(error), SERVER_TEXT_MAX)
  return code && !message.includes(code) ? `${message} (${code})` : message
}

/** The retry line's reason: what the server asked for, or what went wrong. */
function retryReason(outcome: Outcome & { ok: false }): string {
  const { failure } = outcome
  if (failure.kind !== 'http' || failure.status !== 429) return outcome.error.message
  return failure.retryAfterMs === undefined
    ? 'HTTP 429 rate limited'
    : `HTTP 429 rate limited, server asked for ${formatSeconds(failure.retryAfterMs)}`
}

/** undici may wrap the error our body stream threw; dig it out so it is not retried. */
function findSourceError(error: unknown): BodySourceError | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof BodySourceError) return current
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}
