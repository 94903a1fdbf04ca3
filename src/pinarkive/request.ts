/**
 * One Pinarkive request on the transport: the path under `apiUrl`, the key and headers, a JSON
 * or multipart body, the rate-limit headers fed to the limiter, and an error answer read as
 * Pinarkive writes it.
 */
import { request } from 'undici'
import { quoteValue } from '../shared/quote.js'
import { readErrorBody } from './answers.js'
import { readBody } from '../transport/attempt-limits.js'
import { ApiError } from '../transport/errors.js'
import { type ProgressEvent, type RequestBody, sizedRequestBody } from '../transport/progress.js'
import { type BeforeResend, SentBody } from '../transport/resend.js'
import { parseRetryAfter } from '../transport/retry.js'
import { type Exchange, header, type Outcome, type Transport } from '../transport/transport.js'
import type { MultipartBody } from './multipart.js'
import { Readable } from 'node:stream'

export interface RequestSpec {
  method: 'GET' | 'POST' | 'DELETE'
  path: string
  label: string
  json?: unknown
  multipart?: MultipartBody
  beforeResend?: BeforeResend
}

export interface ApiOptions {
  apiUrl: string
  apiKey: string
  userAgent: string
  /** An answer larger than this ends its attempt (retried); default 64 MiB. */
  maxResponseBytes?: number
  progress?: (event: ProgressEvent) => void
}

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: unknown
}

/** Caps how much of a response we read; a 20,000-file directory listing fits comfortably. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024

/** Sends requests to the API; the key goes to `apiUrl` and nowhere else. */
export class ApiRequests {
  constructor(
    private readonly transport: Transport,
    private readonly options: ApiOptions
  ) {}

  /** One logical request: attempts, waits and retries until success or a final error. */
  async send(spec: RequestSpec): Promise<unknown> {
    return this.transport.retrying(spec.label, attempts => this.tryOnce(spec, attempts), {
      ownServer: true,
      beforeResend: spec.beforeResend
    })
  }

  /**
   * One attempt, as a success or as a failure to decide on. Errors no retry can mend (a body
   * source that failed, an unusable answer, the run's deadline) are thrown.
   */
  private async tryOnce(spec: RequestSpec, attempts: number): Promise<Outcome> {
    const sent = new SentBody()
    try {
      const answer = await this.transport.guarded(exchange => this.exchange(spec, sent, exchange))
      if (answer.status >= 200 && answer.status < 300) {
        this.transport.limiter.succeeded()
        return { ok: true, body: answer.body }
      }
      return { ...this.httpFailure(answer, attempts), bodySent: sent.sent }
    } catch (error) {
      return { ...this.transport.failedOutcome(error, attempts), bodySent: sent.sent }
    }
  }

  /** A non-success status: what the server said, and how long a 429 asks to wait. */
  private httpFailure(answer: Answer, attempts: number): Outcome & { ok: false } {
    const body = readErrorBody(answer.body)
    const retryAfterMs =
      answer.status === 429
        ? parseRetryAfter(
            header(answer.headers, 'retry-after'),
            body.retryAfter,
            this.transport.clock.now()
          )
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

  /** One HTTP exchange with the API, inside the transport's guard. */
  private async exchange(spec: RequestSpec, sent: SentBody, exchange: Exchange): Promise<Answer> {
    exchange.touch()
    const prepared = await this.requestBody(spec, exchange)
    const body = prepared.body
    const unwatch = sent.watch(body)
    exchange.onEnd(() => {
      unwatch()
      if (body instanceof Readable) body.destroy()
    })
    const response = await request(`${this.options.apiUrl}${spec.path}`, {
      method: spec.method,
      headers: { ...this.headers(), ...prepared.headers },
      body,
      signal: exchange.signal,
      dispatcher: exchange.dispatcher
    })
    exchange.answered()
    this.transport.limiter.observe({
      limit: header(response.headers, 'x-ratelimit-limit'),
      remaining: header(response.headers, 'x-ratelimit-remaining'),
      reset: header(response.headers, 'x-ratelimit-reset')
    })
    const parsed = await readBody(
      response.body,
      this.options.maxResponseBytes ?? MAX_RESPONSE_BYTES
    )
    return { status: response.statusCode, headers: response.headers, body: parsed }
  }

  /**
   * Every request's headers. The key is sent both ways the API documents: as a bearer token,
   * and as `X-API-Key`, the only one the official Python SDK 3.1.x sends, so a server that
   * reads either finds it.
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
  private async requestBody(spec: RequestSpec, exchange: Exchange): Promise<RequestBody> {
    if (spec.json !== undefined) {
      // A Buffer, not a string: undici keeps it as it is, so `SentBody` can tell it was sent.
      const json = Buffer.from(JSON.stringify(spec.json))
      return { body: json, headers: { 'content-type': 'application/json' } }
    }
    if (!spec.multipart) return { body: undefined, headers: {} }
    return sizedRequestBody(
      spec.multipart,
      spec.label,
      () => exchange.touch(),
      this.options.progress
    )
  }
}
