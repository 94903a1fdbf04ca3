/**
 * The Pinarkive API v3 over HTTP: uploads streamed from disk, retries with backoff, one shared
 * rate limiter, time and size limits on every attempt, answers checked before use. Knows
 * nothing of @actions/core: it reports through events.
 */
import { fieldsOf } from '../shared/json.js'
import { Readable } from 'node:stream'
import { Agent, request, type Dispatcher } from 'undici'
import { parseCid } from '../shared/cid.js'
import { type Clock, systemClock } from '../shared/clock.js'
import { errorText } from '../shared/error-text.js'
import { quoteValue, truncateText } from '../shared/quote.js'
import {
  isPlainId,
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
  RateLimitTotalError,
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
import { type PinStatus, readPinStatus } from './pin-status.js'
import { isRedirect, MAX_PROBE_REDIRECTS, offHostOf, probeUrlProblem } from './probe-url.js'
import { RateLimiter } from './rate-limiter.js'
import { askBeforeResend, type BeforeResend, mayHaveBeenStored, SentBody } from './resend.js'
import {
  type AttemptFailure,
  DEFAULT_BACKOFF,
  decide,
  isRetryableStatus,
  parseRetryAfter,
  type RetryPolicy
} from './retry.js'
import { collectUploads, type UploadsLookup, type UploadsOptions } from './uploads.js'

export type { PinStatus } from './pin-status.js'
export type { UploadsLookup, UploadsOptions } from './uploads.js'
export type { BeforeResend, ResendEvent } from './resend.js'

/** A gateway's answer to a probe. */
export interface ProbeAnswer {
  status: number
  /** The host a refused redirect led to (see `offHostOf` in probe-url.ts). */
  offHost?: string
}

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

interface ProgressEvent {
  label: string
  sent: number
  total: number
}

interface ClientEvents {
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

/** How one upload or pin is sent. */
export interface SendOptions {
  /** Asked before a body the server may have stored is sent again (see resend.ts). */
  beforeResend?: BeforeResend
}

export type { Cluster, Uploaded, UploadedDirectory }

/** A file of a directory upload: its path inside the directory and its bytes. */
export interface DirectoryFile {
  path: string
  source: ByteSource
}

interface RequestSpec {
  method: 'GET' | 'POST' | 'DELETE'
  path: string
  label: string
  json?: unknown
  multipart?: MultipartBody
  beforeResend?: BeforeResend
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
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024

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
  const err = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: string
    cause?: { code?: string }
  }
  const code = err.code ?? err.cause?.code
  const message = truncateText(errorText(error), SERVER_TEXT_MAX)
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

  /** Allowed clusters and their gateways (`GET /users/me/clusters`, scope `cluster:read`). */
  async listClusters(): Promise<Cluster[]> {
    const body = await this.send({
      method: 'GET',
      path: '/users/me/clusters',
      label: 'cluster list'
    })
    return readClusters(body, this.options.apiUrl, this.warn)
  }

  /** `POST /files`: one file, under `filename`. */
  async uploadFile(
    file: { filename: string; source: ByteSource },
    options: PinOptions & SendOptions,
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
      multipart: multipartBody(parts, this.boundary),
      beforeResend: options.beforeResend
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
    options: PinOptions & SendOptions & { dirName?: string },
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
      multipart: multipartBody(parts, this.boundary),
      beforeResend: options.beforeResend
    })
    return readDirectory(body, `upload of ${label}`, this.warn)
  }

  /** `POST /files/pin/:cid`: pin content already on the network. */
  async pin(cid: string, options: PinOptions & SendOptions & { name?: string }): Promise<Uploaded> {
    const json: Record<string, string> = timelockFields(options)
    if (options.name) json.customName = options.name
    const body = await this.send({
      method: 'POST',
      path: `/files/pin/${encodeURIComponent(cid)}`,
      label: `pin ${cid}`,
      json,
      beforeResend: options.beforeResend
    })
    return readPinned(body, cid, this.warn)
  }

  /**
   * `GET /status/:cid?cl=` (scope `cluster:read`): whether the cluster holds the pin. A 404 means
   * the CID is not in the pinset (yet): `unpinned`, not an error. An answer that cannot be read
   * is `unknown`, with the reason in `detail`.
   */
  async pinStatus(cid: string, cluster?: string): Promise<PinStatus> {
    requireCid(cid)
    if (cluster !== undefined && cluster !== '' && !isPlainId(cluster)) {
      throw new TypeError(`pinStatus: ${quoteValue(cluster)} is not a cluster id`)
    }
    const query = cluster ? `?${new URLSearchParams({ cl: cluster }).toString()}` : ''
    const body = await unlessNotFound(
      this.send({
        method: 'GET',
        path: `/status/${encodeURIComponent(cid)}${query}`,
        label: `status of ${cid}`
      })
    )
    if (body === NOT_FOUND) return { state: 'unpinned', detail: 'not in the pinset: HTTP 404' }
    return readPinStatus(body, cid)
  }

  /**
   * `DELETE /files/remove/:cid` (scope `files:delete`): the server unpins it from the cluster its
   * upload record names. `absent` when the account holds no such pin (404).
   */
  async unpin(cid: string): Promise<'removed' | 'absent'> {
    requireCid(cid)
    const body = await unlessNotFound(
      this.send({
        method: 'DELETE',
        path: `/files/remove/${encodeURIComponent(cid)}`,
        label: `unpin ${cid}`
      })
    )
    return body === NOT_FOUND || fieldsOf(body).removed === false ? 'absent' : 'removed'
  }

  /**
   * The account's upload records of `cid`'s content (`GET /users/me/uploads?cid=`, scope
   * `files:read`), in any CID version or base, whatever the server's filter did. Reads at most
   * `maxPages` pages; `complete` is false when a record may have been missed.
   */
  async uploadsOf(cid: string, options: UploadsOptions = {}): Promise<UploadsLookup> {
    requireCid(cid)
    return collectUploads(cid, options, (page, limit) => {
      const query = new URLSearchParams({ cid, page: String(page), limit: String(limit) })
      return this.send({
        method: 'GET',
        path: `/users/me/uploads?${query.toString()}`,
        label: `uploads of ${cid}`
      })
    })
  }

  /**
   * Whether a gateway serves `url`: its status, after at most 3 redirects to https:// or
   * loopback http:// URLs on the same host or a subdomain of it (a refused redirect's own
   * status is the answer, and `offHost` names the host it led to). HEAD, or GET stopped
   * after the headers when HEAD is refused. Sends neither the API key nor any Pinarkive header,
   * and its answers never feed the rate limiter's budget: they are the gateway's. 408, 429, 5xx
   * and network errors are retried as for any request and thrown when retries run out; any
   * other status (a 404 too) is the answer.
   */
  async probe(url: string): Promise<ProbeAnswer> {
    const problem = probeUrlProblem(url)
    if (problem !== undefined) throw new TypeError(`probe: ${problem}`)
    const answer = await this.retrying(
      `gateway check of ${url}`,
      attempts => this.probeOnce(url, attempts),
      { ownServer: false }
    )
    return answer as ProbeAnswer
  }

  /** Releases pooled connections so the process can exit. */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close()
  }

  /** One logical request: attempts, waits and retries until success or a final error. */
  private async send(spec: RequestSpec): Promise<unknown> {
    return this.retrying(spec.label, attempts => this.tryOnce(spec, attempts), {
      ownServer: true,
      beforeResend: spec.beforeResend
    })
  }

  /**
   * Attempts `once` (which must release the limiter) until success or a final error. With
   * `ownServer` false the answers are another server's (a gateway): its 429 is waited out by
   * this request alone instead of pausing every worker. A body the server may have stored is
   * sent again only when `beforeResend` (asked after the wait, so the server had time to finish)
   * says so.
   */
  private async retrying(
    label: string,
    once: (attempts: number) => Promise<Outcome>,
    { ownServer, beforeResend }: { ownServer: boolean; beforeResend?: BeforeResend }
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
   * One attempt, as a success or as a failure to decide on. Errors no retry can mend (a body
   * source that failed, an unusable answer, the run's deadline) are thrown.
   */
  private async tryOnce(spec: RequestSpec, attempts: number): Promise<Outcome> {
    const sent = new SentBody()
    try {
      const answer = await this.attempt(spec, sent)
      if (answer.status >= 200 && answer.status < 300) {
        this.limiter.succeeded()
        return { ok: true, body: answer.body }
      }
      return { ...this.httpFailure(answer, attempts), bodySent: sent.sent }
    } catch (error) {
      return { ...this.failedOutcome(error, attempts), bodySent: sent.sent }
    }
  }

  /** An attempt that threw: a failure to decide on, or (when no retry can mend it) thrown. */
  private failedOutcome(error: unknown, attempts: number): Outcome & { ok: false } {
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

  /** One probe attempt, as an answer or a failure to decide on. */
  private async probeOnce(url: string, attempts: number): Promise<Outcome> {
    try {
      const { status, retryAfter, offHost } = await this.guarded(exchange =>
        probeExchange(url, exchange)
      )
      const retryAfterMs =
        status === 429 ? parseRetryAfter(retryAfter, undefined, this.clock.now()) : undefined
      // A gateway asking for a long wait is not serving: that is the answer, not a quota of ours.
      const tooLong = (retryAfterMs ?? 0) > this.policy.maxServerWaitMs
      if (!isRetryableStatus(status) || tooLong) {
        return { ok: true, body: offHost === undefined ? { status } : { status, offHost } }
      }
      return {
        ok: false,
        failure: { kind: 'http', status, retryAfterMs },
        error: new ApiError(status, 'answered by the gateway', undefined, undefined, attempts)
      }
    } catch (error) {
      return this.failedOutcome(error, attempts)
    }
  }

  /**
   * Runs one exchange under the inactivity watchdog and the run's deadline, releasing the
   * limiter at the end. `send`'s attempts have the same guard inline.
   */
  private async guarded<T>(run: (exchange: Exchange) => Promise<T>): Promise<T> {
    const controller = new AbortController()
    const outer = this.options.signal
    const onOuterAbort = () => controller.abort(outer?.reason)
    outer?.addEventListener('abort', onOuterAbort, { once: true })
    const watchdog = new Watchdog(this.options.timeoutMs, reason => controller.abort(reason))
    try {
      return await run({
        signal: controller.signal,
        touch: () => watchdog.touch(),
        dispatcher: this.dispatcher,
        userAgent: this.options.userAgent
      })
    } catch (error) {
      if (controller.signal.reason instanceof AttemptLimit) throw controller.signal.reason
      if (outer?.aborted) {
        throw new AbandonedError('abandoned: the run ran out of time (max-duration)')
      }
      throw error
    } finally {
      this.limiter.release()
      watchdog.stop()
      outer?.removeEventListener('abort', onOuterAbort)
    }
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
  private async attempt(spec: RequestSpec, sent: SentBody): Promise<Answer> {
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
    let unwatch = () => {}
    try {
      watchdog.touch()
      const prepared = await this.requestBody(spec, watchdog)
      body = prepared.body
      unwatch = sent.watch(body)
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
      const reason: unknown = controller.signal.reason
      if (reason instanceof AttemptLimit) throw reason
      if (outer?.aborted)
        throw new AbandonedError('abandoned: the run ran out of time (max-duration)')
      throw findSourceError(error) ?? error
    } finally {
      release()
      unwatch()
      watchdog.stop()
      outer?.removeEventListener('abort', onOuterAbort)
      if (body instanceof Readable) body.destroy()
    }
  }

  /**
   * Every request's headers; the key goes to `apiUrl` and nowhere else. It is sent both ways
   * the API documents: as a bearer token, and as `X-API-Key`, the only one the official Python
   * SDK 3.1.x sends, so a server that reads either finds it.
   */
  private headers(): Record<string, string> {
    return {
      authorization: `Bearer ${this.options.apiKey}`,
      'x-api-key': this.options.apiKey,
      'user-agent': this.options.userAgent,
      accept: 'application/json'
    }
  }

  /** JSON, a small multipart body in one buffer, or a big one streamed with progress. */
  private async requestBody(spec: RequestSpec, watchdog: Watchdog): Promise<RequestBody> {
    if (spec.json !== undefined) {
      // A Buffer, not a string: undici keeps it as it is, so `SentBody` can tell it was sent.
      const json = Buffer.from(JSON.stringify(spec.json))
      return { body: json, headers: { 'content-type': 'application/json' } }
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

type Outcome =
  | { ok: true; body: unknown }
  | { ok: false; failure: AttemptFailure; error: Error; bodySent?: boolean }

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

/** What a guarded exchange may use. */
interface Exchange {
  signal: AbortSignal
  touch(): void
  dispatcher: Dispatcher
  userAgent: string
}

/**
 * HEAD `url` (GET when HEAD is refused), following redirects the probe rules allow. Only a
 * User-Agent is sent: the key and every Pinarkive header stay with the API.
 */
async function probeExchange(
  url: string,
  exchange: Exchange
): Promise<{ status: number; retryAfter?: string; offHost?: string }> {
  let target = url
  let method: 'HEAD' | 'GET' = 'HEAD'
  for (let hops = 0; ;) {
    exchange.touch()
    const response = await request(target, {
      method,
      headers: { 'user-agent': exchange.userAgent, accept: '*/*' },
      signal: exchange.signal,
      dispatcher: exchange.dispatcher
    })
    exchange.touch()
    // A GET's body is not wanted: read a little so the connection may be reused, then drop it.
    await response.body.dump({ limit: 64 * 1024 })
    const status = response.statusCode
    if (method === 'HEAD' && (status === 405 || status === 501)) {
      method = 'GET'
      continue
    }
    const location = header(response.headers, 'location')
    const next =
      location && hops < MAX_PROBE_REDIRECTS ? redirectTarget(location, target) : undefined
    const offHost = next === undefined ? undefined : offHostOf(next, url)
    if (!isRedirect(status) || next === undefined || offHost !== undefined) {
      return { status, retryAfter: header(response.headers, 'retry-after'), offHost }
    }
    target = next
    hops++
  }
}

/** Where a redirect leads, when a probe may follow it there. */
function redirectTarget(location: string, from: string): string | undefined {
  try {
    const next = new URL(location, from).href
    return probeUrlProblem(next) === undefined ? next : undefined
  } catch {
    return undefined
  }
}

/** Refuses anything but a CID before it becomes part of a request path. */
function requireCid(cid: string): void {
  try {
    parseCid(cid)
  } catch {
    throw new TypeError(`${quoteValue(cid)} is not a CID`)
  }
}

const NOT_FOUND = Symbol('not found')

/** The request's body, or NOT_FOUND when the server answered 404. */
async function unlessNotFound(sending: Promise<unknown>): Promise<unknown> {
  try {
    return await sending
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return NOT_FOUND
    throw error
  }
}
