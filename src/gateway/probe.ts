/**
 * Whether a gateway serves a URL, over the shared transport (its limits, retries and deadline)
 * but as a stranger: only a User-Agent is sent, never the API key or a Pinarkive header.
 */
import { ApiError } from '../transport/errors.js'
import { isRetryableStatus, parseRetryAfter } from '../transport/retry.js'
import { type Exchange, header, type Outcome, type Transport } from '../transport/transport.js'
import { isRedirect, MAX_PROBE_REDIRECTS, offHostOf, probeUrlProblem } from './probe-url.js'
import { request } from 'undici'

/** A gateway's answer to a probe. */
export interface ProbeAnswer {
  status: number
  /** The host a refused redirect led to (see `offHostOf` in probe-url.ts). */
  offHost?: string
}

export class GatewayProber {
  constructor(private readonly transport: Transport) {}

  /**
   * Whether a gateway serves `url`: its status, after at most 3 redirects to https:// or
   * loopback http:// URLs on the same host or a subdomain of it (a refused redirect's own
   * status is the answer, and `offHost` names the host it led to). HEAD, or GET stopped
   * after the headers when HEAD is refused. Its answers never feed the rate limiter's budget:
   * they are the gateway's. 408, 429, 5xx and network errors are retried as for any request
   * and thrown when retries run out; any other status (a 404 too) is the answer.
   */
  async probe(url: string): Promise<ProbeAnswer> {
    const problem = probeUrlProblem(url)
    if (problem !== undefined) throw new TypeError(`probe: ${problem}`)
    const answer = await this.transport.retrying(
      `gateway check of ${url}`,
      attempts => this.probeOnce(url, attempts),
      { ownServer: false }
    )
    return answer as ProbeAnswer
  }

  /** One probe attempt, as an answer or a failure to decide on. */
  private async probeOnce(url: string, attempts: number): Promise<Outcome> {
    const { clock, policy } = this.transport
    try {
      const { status, retryAfter, offHost } = await this.transport.guarded(exchange =>
        probeExchange(url, exchange)
      )
      const retryAfterMs =
        status === 429 ? parseRetryAfter(retryAfter, undefined, clock.now()) : undefined
      // A gateway asking for a long wait is not serving: that is the answer, not a quota of ours.
      const tooLong = (retryAfterMs ?? 0) > policy.maxServerWaitMs
      if (!isRetryableStatus(status) || tooLong) {
        return { ok: true, body: offHost === undefined ? { status } : { status, offHost } }
      }
      return {
        ok: false,
        failure: { kind: 'http', status, retryAfterMs },
        error: new ApiError(status, 'answered by the gateway', undefined, undefined, attempts)
      }
    } catch (error) {
      return this.transport.failedOutcome(error, attempts)
    }
  }
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
