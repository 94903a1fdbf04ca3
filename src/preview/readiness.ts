/**
 * Waits until published content can be read: the cluster reports the pin, then (for `gateway`)
 * the gateway serves it. The gateway is asked only once the pin is reported, because gateways
 * cache a negative answer. Polls with backoff within a timeout; not being ready in time is a
 * result, never an error.
 */
import type { Clock } from '../shared/clock.js'
import { errorText } from '../shared/error-text.js'
import { formatDuration, listSome, plural } from '../shared/format.js'
import type { Log } from '../shared/log.js'
import { runPool } from '../shared/pool.js'
import { quoteValue } from '../shared/quote.js'
import { maxPolls, pollDelay } from './poll-schedule.js'

/** What the Pinarkive client's `pinStatus` answers. */
export interface PinStatusLike {
  state: 'pinned' | 'pinning' | 'queued' | 'unpinned' | 'failed' | 'unknown'
  detail?: string
}

/**
 * The two calls a wait needs: the client's pin status and the gateway prober's probe; declared
 * here so this folder needs neither.
 */
export interface ReadinessApi {
  pinStatus(cid: string, cluster?: string): Promise<PinStatusLike>
  probe(url: string): Promise<{ status: number; offHost?: string }>
}

export interface ReadinessTarget {
  cid: string
  /** The cluster it was pinned on, sent as `cl`. */
  cluster?: string
  /** Its gateway URL. */
  url: string
  /** How log lines name it, e.g. `dist`. */
  label: string
}

type ReadyState = 'retrievable' | 'pinned' | 'not-ready'

interface ReadinessItem {
  cid: string
  url: string
  state: ReadyState
  /** Why it is not further along, when it is not done. */
  detail?: string
}

export interface ReadinessResult {
  /** The weakest item state. */
  state: ReadyState
  items: ReadinessItem[]
  /** Poll rounds made. */
  polls: number
  waitedMs: number
  /** Why a status answer could not be read, when one could not. */
  unreadable?: string
}

export interface ReadinessOptions {
  waitFor: 'pinned' | 'gateway'
  timeoutMs: number
  api: ReadinessApi
  clock: Clock
  log: Log
  /** The run's deadline: aborting it ends the wait with what is known. */
  signal?: AbortSignal
  /** Jitter source, [0, 1); default Math.random. */
  random?: () => number
}

/** Items checked at once in a round. */
const CONCURRENCY = 4

const RANK: Record<ReadyState, number> = { 'not-ready': 0, pinned: 1, retrievable: 2 }

interface Tracked {
  target: ReadinessTarget
  item: ReadinessItem
  phase: 'pin' | 'gateway' | 'done'
  gatewayChecks: number
}

/** What a failed check's error tells: the client's ApiError carries these. */
interface ErrorFacts {
  status?: unknown
  code?: unknown
  required?: unknown
}

/** Polls every target until it is ready, the timeout passes, or a check cannot ever succeed. */
export async function waitUntilReady(
  targets: readonly ReadinessTarget[],
  options: ReadinessOptions
): Promise<ReadinessResult> {
  return new ReadinessWait(targets, options).run()
}

class ReadinessWait {
  private readonly started: number
  private readonly deadline: number
  private readonly tracked: Tracked[]
  private polls = 0
  private unreadable: string | undefined
  /** Set when waiting longer cannot help (a missing scope, the run's deadline). */
  private stopped: string | undefined

  constructor(
    targets: readonly ReadinessTarget[],
    private readonly options: ReadinessOptions
  ) {
    this.started = options.clock.now()
    this.deadline = this.started + Math.max(0, options.timeoutMs)
    this.tracked = targets.map(target => ({
      target,
      item: { cid: target.cid, url: target.url, state: 'not-ready', detail: 'not checked' },
      phase: 'pin',
      gatewayChecks: 0
    }))
  }

  async run(): Promise<ReadinessResult> {
    const { clock, signal } = this.options
    const most = maxPolls(this.options.timeoutMs)
    for (;;) {
      if (signal?.aborted) {
        this.stop(`the wait was cut short: ${String(signal.reason ?? 'aborted')}`)
        break
      }
      this.polls++
      const due = this.pending()
      await runPool(
        due,
        CONCURRENCY,
        t => this.check(t),
        () => this.stopped !== undefined
      )
      const now = clock.now()
      if (this.pending().length === 0 || this.stopped !== undefined || now >= this.deadline) break
      const delay = Math.min(
        pollDelay(this.polls, this.options.random ?? Math.random),
        this.deadline - now
      )
      this.logRound(most, delay)
      try {
        await clock.sleep(delay, signal)
      } catch {
        this.stop(`the wait was cut short: ${String(signal?.reason ?? 'aborted')}`)
        break
      }
    }
    return this.result()
  }

  private pending(): Tracked[] {
    return this.tracked.filter(t => t.phase !== 'done')
  }

  /** One item's check this round: the pin, then (once pinned) the gateway straight away. */
  private async check(t: Tracked): Promise<void> {
    try {
      if (t.phase === 'pin') await this.checkPin(t)
      if (t.phase === 'gateway') await this.checkGateway(t)
    } catch (error) {
      this.checkFailed(t, error)
    }
  }

  private async checkPin(t: Tracked): Promise<void> {
    const status = await this.options.api.pinStatus(t.target.cid, t.target.cluster)
    if (status.state === 'pinned') {
      t.item.state = 'pinned'
      delete t.item.detail
      t.phase = this.options.waitFor === 'gateway' ? 'gateway' : 'done'
      return
    }
    if (status.state === 'unknown') {
      this.noteUnreadable(t, status.detail ?? 'no reason given')
      t.item.detail = `the pin status could not be read: ${status.detail ?? 'no reason given'}`
      return
    }
    const said = status.detail ? ` (${status.detail})` : ''
    t.item.detail = `the cluster reports it ${status.state}${said}`
  }

  private async checkGateway(t: Tracked): Promise<void> {
    t.gatewayChecks++
    const { status, offHost } = await this.options.api.probe(t.target.url)
    if (status >= 200 && status < 300) {
      t.item.state = 'retrievable'
      delete t.item.detail
      t.phase = 'done'
      return
    }
    const checks = plural(t.gatewayChecks, 'check')
    t.item.detail =
      offHost === undefined
        ? `pinned, but the gateway answered HTTP ${status} (${checks})`
        : `pinned, but the gateway redirected to another host, ${quoteValue(offHost, 80)}, which does not count as serving it (${checks})`
  }

  /**
   * A check that threw. A refusal no retry mends (a missing scope, a bad key) ends the whole
   * wait at once; so does the run's deadline. Anything else (5xx after retries, the network)
   * may pass: the item is polled again.
   */
  private checkFailed(t: Tracked, error: unknown): void {
    if (this.options.signal?.aborted) {
      this.stop(`the wait was cut short: ${String(this.options.signal.reason ?? 'aborted')}`)
      return
    }
    const facts = (typeof error === 'object' && error !== null ? error : {}) as ErrorFacts
    const message = errorText(error)
    const what = t.phase === 'pin' ? 'the pin status check' : 'the gateway check'
    if (t.phase === 'pin' && isRefusal(facts.status)) {
      this.stop(refusalDetail(facts, message))
      return
    }
    if (error instanceof TypeError) {
      t.phase = 'done' // a CID or URL the client refuses to send: asking again changes nothing
    }
    t.item.detail = `${what} failed: ${message}`
  }

  /** Says once, clearly, that a status answer could not be read. */
  private noteUnreadable(t: Tracked, detail: string): void {
    if (this.unreadable !== undefined) return
    this.unreadable = detail
    this.options.log.warning(
      `Pinarkive's pin status for ${t.target.label} (${t.target.cid}) could not be read: ${detail}. ` +
        'It counts as not pinned yet; the wait goes on until the status reads pinned or wait-timeout passes.'
    )
  }

  private stop(reason: string): void {
    this.stopped ??= reason
    for (const t of this.pending()) t.item.detail = reason
  }

  private logRound(most: number, delayMs: number): void {
    const pending = this.pending()
    const next = `poll ${this.polls} of at most ${most}, next in ${formatDuration(delayMs)}`
    const names = (phase: Tracked['phase']) =>
      listSome(
        pending.filter(t => t.phase === phase).map(t => t.target.label),
        3
      )
    const pinning = names('pin')
    const serving = names('gateway')
    if (pinning) this.options.log.info(`waiting for the cluster to pin ${pinning}: ${next}`)
    if (serving) this.options.log.info(`waiting for the gateway to serve ${serving}: ${next}`)
  }

  private result(): ReadinessResult {
    const items = this.tracked.map(t => ({ ...t.item }))
    const done: ReadyState = this.options.waitFor === 'gateway' ? 'retrievable' : 'pinned'
    const state = items.reduce<ReadyState>(
      (weakest, item) => (RANK[item.state] < RANK[weakest] ? item.state : weakest),
      done
    )
    const result: ReadinessResult = {
      state,
      items,
      polls: this.polls,
      waitedMs: this.options.clock.now() - this.started
    }
    if (this.unreadable !== undefined) result.unreadable = this.unreadable
    return result
  }
}

/** 4xx statuses that answer the same however often they are asked. */
function isRefusal(status: unknown): boolean {
  return (
    typeof status === 'number' && status >= 400 && status < 500 && ![404, 408, 429].includes(status)
  )
}

function refusalDetail(facts: ErrorFacts, message: string): string {
  if (facts.status === 403 && facts.code === 'missing_scope') {
    // The server names the scope; only a plain scope name is repeated in the advice.
    const named = typeof facts.required === 'string' ? facts.required : ''
    const scope = /^[a-z]+:[a-z]+$/.test(named) ? named : 'cluster:read'
    return (
      `the API key lacks the scope ${scope}, which checking the pin status needs: ` +
      `add ${scope} to the key, or set wait-for: none (${message})`
    )
  }
  return `Pinarkive refused the pin status check, and waiting will not change that (${message})`
}
