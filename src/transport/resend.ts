/**
 * Sending again a request the server may already have carried out. An upload or pin whose
 * body went out in full before the connection dropped, the answer timed out or a 5xx came back
 * may be stored although no answer said so; sent again, a server that keeps one record per
 * upload stores it twice. The transport tells which failed attempts these were and asks its
 * caller (`beforeResend`) before sending such a body again; what the server holds is the
 * caller's question (publish/ asks with `reuse`'s lookup).
 */
import { subscribe } from 'node:diagnostics_channel'
import type { AttemptFailure } from './retry.js'

/**
 * How a failed attempt that had sent its whole body ended: the connection dropped, no answer
 * came within `timeout`, an answer came but could not be read in full, or a 5xx.
 */
export type ResendCause = 'dropped' | 'timeout' | 'unreadable' | 'server-error'

export interface ResendEvent {
  /** What was being sent, as in the retry line. */
  label: string
  /** 1 for the first retry. */
  retry: number
  cause: ResendCause
  /** What went wrong, as in the retry line, e.g. `other side closed` or `HTTP 502`. */
  reason: string
}

/** `resend`: send it again; `stop`: do not, the request ends with `ResendStopped`. */
export type ResendVerdict = 'resend' | 'stop'

/** Asked before a body that may have been stored is sent again; rejecting ends the request. */
export type BeforeResend = (event: ResendEvent) => Promise<ResendVerdict>

/** The caller's `beforeResend` answered `stop`: the request was not sent again. */
export class ResendStopped extends Error {
  override name = 'ResendStopped'
  constructor(
    readonly label: string,
    /** Why the last attempt failed. */
    readonly failure: Error
  ) {
    super(`${label}: not sent again (${failure.message})`)
  }
}

/**
 * Whether a failed attempt may have been carried out by the server: its body was handed to the
 * socket in full (`bodySent`), and then
 * - the connection dropped or was reset, or the answer could not be read: the server may have
 *   stored it and been about to answer;
 * - no answer came within `timeout`: the server may still be working on it;
 * - a 5xx came: a 500 may follow an import that succeeded, a 502 or 504 is a proxy's word for a
 *   backend that may have finished, a 503 may come after the import and before the pin.
 * Never a 408 or 429 (the server says it did not take the request), another 4xx (not retried
 * anyway), or a failure before the whole body was sent: the server never had all of it.
 */
export function mayHaveBeenStored(failure: AttemptFailure, bodySent: boolean): boolean {
  if (!bodySent) return false
  if (failure.kind === 'http') return failure.status >= 500 && failure.status <= 599
  return failure.kind === 'network' || failure.kind === 'timeout'
}

/** The cause to report, from the attempt's failure and the error it raised. */
export function resendCause(failure: AttemptFailure, error: Error): ResendCause {
  if (failure.kind === 'http') return 'server-error'
  const kind = (error as { kind?: unknown }).kind
  // The answer had started (`slow-answer`) or was too big to read: it was not read in full.
  if (kind === 'slow-answer' || kind === 'too-large') return 'unreadable'
  return failure.kind === 'timeout' ? 'timeout' : 'dropped'
}

/**
 * Asks `beforeResend` whether to send again the body of the attempt that failed with `failure`
 * and `error`; throws `ResendStopped` when it says no.
 */
export async function askBeforeResend(
  beforeResend: BeforeResend,
  { failure, error }: { failure: AttemptFailure; error: Error },
  event: Omit<ResendEvent, 'cause'>
): Promise<void> {
  const verdict = await beforeResend({ ...event, cause: resendCause(failure, error) })
  if (verdict === 'stop') throw new ResendStopped(event.label, error)
}

/**
 * undici publishes `undici:request:bodySent` (a documented diagnostics channel) once a
 * request's body has been written to the socket in full; its `request.body` is the very Buffer
 * or stream the request was given. Attempts register their body here for as long as they run.
 */
const BODY_SENT = 'undici:request:bodySent'
const watched = new Map<object, () => void>()
let subscribed = false

function onBodySent(message: unknown): void {
  const body = (message as { request?: { body?: unknown } } | undefined)?.request?.body
  if (typeof body === 'object' && body !== null) watched.get(body)?.()
}

/**
 * Whether one attempt's body was written in full. A body the socket took may still sit in the
 * OS's buffers when the connection drops, so "sent" can be early, never late: it only costs the
 * caller a question. Dispatchers that are not undici's own clients (a MockAgent) never say.
 */
export class SentBody {
  sent = false

  /** Watches `body` (a Buffer or stream given to undici as is) until the returned call. */
  watch(body: unknown): () => void {
    if (typeof body !== 'object' || body === null) return () => {}
    if (!subscribed) {
      subscribe(BODY_SENT, onBodySent)
      subscribed = true
    }
    watched.set(body, () => {
      this.sent = true
    })
    return () => {
      watched.delete(body)
    }
  }
}
