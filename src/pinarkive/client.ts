/**
 * The Pinarkive API v3 over HTTP: uploads streamed from disk, retries with backoff, one shared
 * rate limiter, time and size limits on every attempt, answers checked before use. Knows
 * nothing of @actions/core: it reports through events.
 */
import { Readable } from 'node:stream'
import { Agent, request, type Dispatcher } from 'undici'
import { type Clock, systemClock } from '../shared/clock.js'
import { quoteValue, truncateText } from '../shared/quote.js'
import {
  readClusters,
  readDirectory,
  readErrorBody,
  readPinned,
  readUploaded,
  type Uploaded,
  type UploadedDirectory
} from './answers.js'
import { AttemptLimit, formatSeconds, readBody, Watchdog } from './attempt-limits.js'
import {
  AbandonedError,
  ApiError,
  BodySourceError,
  FileNameError,
  ProtocolError,
  RateLimitWaitError,
  SERVER_TEXT_MAX,
  TransportError
} from './errors.js'
import type { Cluster } from './gateway.js'
import {
  type ByteSource,
  multipartBody,
  newBoundary,
  type MultipartBody,
  type Part
} from './multipart.js'
import { RateLimiter } from './rate-limiter.js'
import {
  type AttemptFailure,
  DEFAULT_BACKOFF,
  decide,
  parseRetryAfter,
  type RetryPolicy
} from './retry.js'

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
}

export interface ProgressEvent {
  label: string
  sent: number
  total: number
}

export interface ClientEvents {
  retry?(event: RetryEvent): void
  progress?(event: ProgressEvent): void
  /**
   * Something in an answer was left out because it is not safe to use (a cluster id that is
   * not a plain id, a gateway that is not https://). The message quotes the value with
   * `quoteValue`, but is not escaped for any sink: the log escapes it.
   */
  warning?(message: string): void
}

export interface ClientOptions {
  apiUrl: string
  apiKey: string
  userAgent: string
  retries: number
  timeoutMs: number
  events?: ClientEvents
  /** Aborting it abandons every request: the run's deadline. */
  signal?: AbortSignal
  clock?: Clock
  random?: () => number
  backoff?: Partial<Omit<RetryPolicy, 'retries'>>
  dispatcher?: Dispatcher
  /** An answer larger than this ends its attempt (retried); default 64 MiB. */
  maxResponseBytes?: number
}

export interface PinOptions {
  /** Cluster id sent as `cl`; omitted when empty. */
  cluster?: string
  /** Pin expiry, sent as ISO 8601 UTC. */
  timelock?: Date
}

export type { Cluster, Uploaded, UploadedDirectory }

/** A file of a directory upload: its path inside the directory and its bytes. */
export interface DirectoryFile {
  path: string
  source: ByteSource
}

interface RequestSpec {
  method: 'GET' | 'POST'
  path: string
  label: string
  json?: unknown
  multipart?: MultipartBody
}

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: unknown
}

/**
 * Bodies up to this size are read into one buffer and sent whole: for the many small files of a
 * site, a stream's machinery costs more than the bytes. Larger ones stream, with progress.
 */
const SMALL_BODY = 1024 * 1024

/** Caps how much of a response we read; a 20,000-file directory listing fits comfortably. */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024

function header(headers: Answer['headers'], name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

function timelockFields(options: PinOptions): Record<string, string> {
  const fields: Record<string, string> = {}
  if (options.cluster) fields.cl = options.cluster
  if (options.timelock) fields.timelock = options.timelock.toISOString()
  return fields
}

/** A network error's message and code; cut, since a parser error may quote what it received. */
function describeNetworkError(error: unknown): string {
  const err = error as { code?: string; message?: string; cause?: { code?: string } }
  const code = err.code ?? err.cause?.code
  const message = truncateText(err.message ?? String(error), SERVER_TEXT_MAX)
  return code && !message.includes(code) ? `${message} (${code})` : message
}

export class PinarkiveClient {
  private readonly limiter: RateLimiter
  private readonly clock: Clock
  private readonly random: () => number
  private readonly policy: RetryPolicy
  private readonly dispatcher: Dispatcher
  private readonly ownsDispatcher: boolean
  /** One boundary per client: unique enough, and not drawn for every request. */
  private readonly boundary = newBoundary()
  private readonly warn = (message: string) => this.options.events?.warning?.(message)

  constructor(private readonly options: ClientOptions) {
    this.clock = options.clock ?? systemClock
    this.random = options.random ?? Math.random
    this.policy = { ...DEFAULT_BACKOFF, ...options.backoff, retries: options.retries }
    this.limiter = new RateLimiter(this.clock)
    this.ownsDispatcher = options.dispatcher === undefined
    // Our own inactivity watchdog replaces undici's header/body timeouts, which cannot see
    // upload progress. Redirects are never followed, so the key goes to no other host.
    this.dispatcher =
      options.dispatcher ??
      new Agent({ headersTimeout: 0, bodyTimeout: 0, connectTimeout: options.timeoutMs })
  }

  /** Allowed clusters and their gateways (`GET /users/me/clusters`, scope `cluster:read`). */
  async listClusters(): Promise<Cluster[]> {
    const body = await this.send({
      method: 'GET',
      path: '/users/me/clusters',
      label: 'cluster list'
    })
    return readClusters(body, this.warn)
  }

  /** `POST /files`: one file, under `filename`. */
  async uploadFile(
    file: { filename: string; source: ByteSource },
    options: PinOptions,
    label: string
  ): Promise<Uploaded> {
    const parts: Part[] = [
      ...Object.entries(timelockFields(options)).map(([name, value]) => ({ name, value })),
      { name: 'file', filename: file.filename, source: file.source }
    ]
    const body = await this.send({
      method: 'POST',
      path: '/files',
      label,
      multipart: multipartBody(parts, this.boundary)
    })
    return readUploaded(body, `upload of ${label}`, this.warn)
  }

  /**
   * `POST /files/directory-dag`: every file as a repeated `files` part whose filename is its
   * path inside the directory; `cl`, `timelock` and `dirName` first, because multer only fills
   * `req.body` with fields parsed before the first file.
   */
  async uploadDirectory(
    files: readonly DirectoryFile[],
    options: PinOptions & { dirName?: string },
    label: string
  ): Promise<UploadedDirectory> {
    const fields = timelockFields(options)
    if (options.dirName) fields.dirName = options.dirName
    const parts: Part[] = [
      ...Object.entries(fields).map(([name, value]) => ({ name, value })),
      ...files.map(file => ({ name: 'files', filename: file.path, source: file.source }))
    ]
    const body = await this.send({
      method: 'POST',
      path: '/files/directory-dag',
      label,
      multipart: multipartBody(parts, this.boundary)
    })
    return readDirectory(body, `upload of ${label}`, this.warn)
  }

  /** `POST /files/pin/:cid`: pin content already on the network. */
  async pin(cid: string, options: PinOptions & { name?: string }): Promise<Uploaded> {
    const json: Record<string, string> = timelockFields(options)
    if (options.name) json.customName = options.name
    const body = await this.send({
      method: 'POST',
      path: `/files/pin/${encodeURIComponent(cid)}`,
      label: `pin ${cid}`,
      json
    })
    return readPinned(body, cid, this.warn)
  }

  /** Releases pooled connections so the process can exit. */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close()
  }

  /** One logical request: attempts, waits and retries until success or a final error. */
  private async send(spec: RequestSpec): Promise<unknown> {
    for (let retry = 0; ; retry++) {
      this.throwIfAbandoned()
      await this.limiter.acquire(this.options.signal).catch(() => this.throwIfAbandoned())
      const outcome = await this.tryOnce(spec, retry + 1)
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
      this.options.events?.retry?.({
        label: spec.label,
        retry: retry + 1,
        retries: this.policy.retries,
        reason: retryReason(outcome),
        delayMs: decision.delayMs,
        pausesAll: decision.rateLimited
      })
      if (decision.rateLimited) {
        this.limiter.rateLimited(decision.delayMs)
      } else {
        await this.clock
          .sleep(decision.delayMs, this.options.signal)
          .catch(() => this.throwIfAbandoned())
      }
    }
  }

  /**
   * One attempt, as a success or as a failure to decide on. Errors no retry can mend (a body
   * source that failed, an unusable answer, the run's deadline) are thrown.
   */
  private async tryOnce(spec: RequestSpec, attempts: number): Promise<Outcome> {
    try {
      const answer = await this.attempt(spec)
      if (answer.status >= 200 && answer.status < 300) {
        this.limiter.succeeded()
        return { ok: true, body: answer.body }
      }
      return this.httpFailure(answer, attempts)
    } catch (error) {
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
  }

  /** A non-success status: what the server said, and how long a 429 asks to wait. */
  private httpFailure(answer: Answer, attempts: number): Outcome & { ok: false } {
    const body = readErrorBody(answer.body)
    const retryAfterMs =
      answer.status === 429
        ? parseRetryAfter(header(answer.headers, 'retry-after'), body.retryAfter, this.clock.now())
        : undefined
    const location = header(answer.headers, 'location')
    // ApiError cuts what the server wrote to a few hundred characters.
    const error = new ApiError(
      answer.status,
      answer.status >= 300 && answer.status < 400 && location
        ? `redirected to ${quoteValue(location, 200)}; set api-url to the final address`
        : body.message,
      body.code,
      body.required,
      attempts
    )
    return { ok: false, failure: { kind: 'http', status: answer.status, retryAfterMs }, error }
  }

  private throwIfAbandoned(): void {
    if (this.options.signal?.aborted) {
      throw new AbandonedError('abandoned: the run ran out of time (max-duration)')
    }
  }

  /**
   * One HTTP exchange, aborted when neither request nor response moves for `timeoutMs`, when
   * the answer is not complete `timeoutMs` after its headers, or when it grows past the cap.
   */
  private async attempt(spec: RequestSpec): Promise<Answer> {
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
    let body: RequestBody['body']
    try {
      watchdog.touch()
      const prepared = await this.requestBody(spec, watchdog)
      body = prepared.body
      const response = await request(`${this.options.apiUrl}${spec.path}`, {
        method: spec.method,
        headers: { ...this.headers(), ...prepared.headers },
        body,
        signal: controller.signal,
        dispatcher: this.dispatcher
      })
      watchdog.answerStarted()
      release()
      this.limiter.observe({
        limit: header(response.headers, 'x-ratelimit-limit'),
        remaining: header(response.headers, 'x-ratelimit-remaining'),
        reset: header(response.headers, 'x-ratelimit-reset')
      })
      const parsed = await readBody(
        response.body,
        this.options.maxResponseBytes ?? MAX_RESPONSE_BYTES
      )
      return { status: response.statusCode, headers: response.headers, body: parsed }
    } catch (error) {
      // Over the cap: drop the connection rather than drain the rest.
      if (error instanceof AttemptLimit) controller.abort(error)
      const reason = controller.signal.reason
      if (reason instanceof AttemptLimit) throw reason
      if (outer?.aborted)
        throw new AbandonedError('abandoned: the run ran out of time (max-duration)')
      throw findSourceError(error) ?? error
    } finally {
      release()
      watchdog.stop()
      outer?.removeEventListener('abort', onOuterAbort)
      if (body instanceof Readable) body.destroy()
    }
  }

  /** Every request's headers; the key goes to `apiUrl` and nowhere else. */
  private headers(): Record<string, string> {
    return {
      authorization: `Bearer ${this.options.apiKey}`,
      'user-agent': this.options.userAgent,
      accept: 'application/json'
    }
  }

  /** JSON, a small multipart body in one buffer, or a big one streamed with progress. */
  private async requestBody(spec: RequestSpec, watchdog: Watchdog): Promise<RequestBody> {
    if (spec.json !== undefined) {
      return { body: JSON.stringify(spec.json), headers: { 'content-type': 'application/json' } }
    }
    const multipart = spec.multipart
    if (!multipart) return { body: undefined, headers: {} }
    if (multipart.length <= SMALL_BODY) {
      return { body: await multipart.read(), headers: { 'content-type': multipart.contentType } }
    }
    return {
      // objectMode off and a small buffer: progress then tracks what the socket takes.
      body: Readable.from(
        this.tracked(multipart, spec.label, () => watchdog.touch()),
        {
          objectMode: false,
          highWaterMark: 64 * 1024
        }
      ),
      headers: {
        'content-type': multipart.contentType,
        'content-length': String(multipart.length)
      }
    }
  }

  /** The multipart stream, reporting progress and feeding the inactivity watchdog. */
  private async *tracked(
    multipart: MultipartBody,
    label: string,
    touch: () => void
  ): AsyncGenerator<Uint8Array> {
    let sent = 0
    for await (const chunk of multipart.stream()) {
      sent += chunk.length
      touch()
      this.options.events?.progress?.({ label, sent, total: multipart.length })
      yield chunk
    }
  }
}

interface RequestBody {
  body: string | Buffer | Readable | undefined
  headers: Record<string, string>
}

type Outcome = { ok: true; body: unknown } | { ok: false; failure: AttemptFailure; error: Error }

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
