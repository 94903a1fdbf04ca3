/** Errors the Pinarkive transport raises. They carry facts; `explain.ts` turns them into advice. */
import { truncateText } from '../shared/quote.js'
import { secrets } from '../shared/redact.js'

export { AbandonedError } from '../shared/deadline.js'

/**
 * How much of a server's own words an error keeps. Enough for any real message; a 2 MB one
 * must not become a 2 MB log line, summary or comment.
 */
export const SERVER_TEXT_MAX = 500
/** The same for the short fields of an error body (`code`, `required`). */
const SERVER_CODE_MAX = 64

/**
 * A server's words, redacted and then cut: the run's secrets (registered with
 * `shared/redact.ts` when the inputs are read, before any request) go first, so that a cut
 * can never leave part of a secret that no later redaction would recognise.
 */
function bounded(text: string | undefined, max: number): string | undefined {
  return text === undefined ? undefined : truncateText(secrets.redact(text), max)
}

/** The API answered with a non-success status. */
export class ApiError extends Error {
  override name = 'ApiError'
  /** The body's `message ?? error`, when there is one, redacted, then cut to `SERVER_TEXT_MAX`. */
  readonly serverMessage: string | undefined
  /** The body's `code`, such as `missing_scope` or `FILE_TOO_LARGE`. */
  readonly code: string | undefined
  /** The scope a 403 `missing_scope` asks for. */
  readonly required: string | undefined

  constructor(
    readonly status: number,
    serverMessage: string | undefined,
    code: string | undefined,
    required: string | undefined,
    /** Attempts made, including the first. */
    readonly attempts: number
  ) {
    const message = bounded(serverMessage, SERVER_TEXT_MAX)
    const shortCode = bounded(code, SERVER_CODE_MAX)
    super(`HTTP ${status}${shortCode ? ` ${shortCode}` : ''}${message ? `: ${message}` : ''}`)
    this.serverMessage = message
    this.code = shortCode
    this.required = bounded(required, SERVER_CODE_MAX)
  }
}

/**
 * The request did not get a usable answer: a network error, no progress within `timeout`
 * (`timeout`), an answer that did not finish within `timeout` of its headers (`slow-answer`),
 * or one larger than the client reads (`too-large`).
 */
export class TransportError extends Error {
  override name = 'TransportError'
  constructor(
    readonly kind: 'network' | 'timeout' | 'slow-answer' | 'too-large',
    message: string,
    readonly attempts: number
  ) {
    super(message)
  }
}

/** The server asked for a wait longer than we hold a runner for; the run stops. */
export class RateLimitWaitError extends Error {
  override name = 'RateLimitWaitError'
  constructor(
    readonly waitMs: number,
    readonly retryAt: Date
  ) {
    super(`rate limited for ${Math.ceil(waitMs / 1000)} s, until ${retryAt.toISOString()}`)
  }
}

/**
 * A 429 whose wait would take the time the server has held the run back past its bound
 * (`maxServerWaitTotalMs`): the run stops instead of waiting on.
 */
export class RateLimitTotalError extends RateLimitWaitError {
  override name = 'RateLimitTotalError'
  constructor(
    waitMs: number,
    retryAt: Date,
    /** How long the server had held the run back already. */
    readonly heldMs: number,
    readonly maxHeldMs: number
  ) {
    super(waitMs, retryAt)
    this.message = `rate limited for ${Math.ceil(heldMs / 1000)} s in all, and asked for ${Math.ceil(waitMs / 1000)} s more`
  }
}

/** A success status with a body we cannot use (no CID in it, or something else than a CID). */
export class ProtocolError extends Error {
  override name = 'ProtocolError'
}

/** An upload's bytes could not be produced (a file vanished or changed); retrying will not help. */
export class BodySourceError extends Error {
  override name = 'BodySourceError'
}

/** File names a multipart upload cannot carry exactly; nothing was sent. */
export class FileNameError extends Error {
  override name = 'FileNameError'
}
