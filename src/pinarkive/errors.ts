/** Errors the Pinarkive transport raises. They carry facts; `explain.ts` turns them into advice. */
export { AbandonedError } from '../shared/deadline.js'

/** The API answered with a non-success status. */
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly status: number,
    /** The body's `message ?? error`, when there is one. */
    readonly serverMessage: string | undefined,
    /** The body's `code`, such as `missing_scope` or `FILE_TOO_LARGE`. */
    readonly code: string | undefined,
    /** The scope a 403 `missing_scope` asks for. */
    readonly required: string | undefined,
    /** Attempts made, including the first. */
    readonly attempts: number
  ) {
    super(`HTTP ${status}${code ? ` ${code}` : ''}${serverMessage ? `: ${serverMessage}` : ''}`)
  }
}

/** The request did not get an answer: a network error, or no progress within `timeout`. */
export class TransportError extends Error {
  override name = 'TransportError'
  constructor(
    readonly kind: 'network' | 'timeout',
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

/** A success status with a body we cannot use (no CID in it). */
export class ProtocolError extends Error {
  override name = 'ProtocolError'
}

/** An upload's bytes could not be produced (a file vanished or changed); retrying will not help. */
export class BodySourceError extends Error {
  override name = 'BodySourceError'
}
