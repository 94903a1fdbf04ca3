/**
 * Phase: with `wait-for`, wait until what was published is pinned (and served by the gateway),
 * so the links posted in the comment and the deployment work when a reviewer clicks them. Not
 * being ready in time is a warning, never a failure of the step.
 */
import { actionLog as log, group } from '../action-log.js'
import type { Inputs } from '../inputs.js'
import { GatewayProber } from '../gateway/probe.js'
import type { PinarkiveClient } from '../pinarkive/client.js'
import { waitUntilReady, type ReadinessApi, type ReadinessTarget } from '../preview/readiness.js'
import {
  isReady,
  type PublishedItem,
  type ReadinessReport,
  type Report,
  type ReportPart
} from '../report/report.js'
import { systemClock, type Clock } from '../shared/clock.js'
import { formatDuration, plural } from '../shared/format.js'
import type { PublishPlan } from '../content/plan.js'
import { verifyRetrieval } from './verify-retrieval.js'

/**
 * Items checked, at most: each costs a request per poll, and the rate limit is shared with the
 * uploads. The directory (or the first files and pins) are what the comment links first.
 */
const MAX_CHECKED = 10

/** Returns what it found: the readiness, and a warning when the links do not work yet. */
export async function waitForLinks(
  report: Pick<Report, 'items' | 'profile'>,
  inputs: Inputs,
  client: Pick<PinarkiveClient, 'pinStatus' | 'transport'> | undefined,
  deadline: AbortSignal,
  plan: PublishPlan,
  clock: Clock = systemClock
): Promise<Pick<ReportPart, 'readiness' | 'warnings'>> {
  if (inputs.waitFor === 'none' || !client || report.items.length === 0) return {}
  const targets = readinessTargets(report.items)
  const api = readinessApi(client)
  const waitFor = inputs.waitFor
  if (waitFor === 'verified') {
    const readiness = await verifyRetrieval(report, inputs, api, deadline, plan, targets, clock)
    return { readiness, warnings: concludeVerified(readiness, inputs) }
  }
  const result = await group(`Wait until the links work (${waitFor})`, () =>
    waitUntilReady(targets, {
      waitFor,
      timeoutMs: inputs.waitTimeoutMs,
      api,
      clock,
      log,
      signal: deadline
    })
  )
  const notReady = result.items.find(item => item.state !== result.state) ?? result.items[0]
  const readiness: ReadinessReport = {
    state: result.state,
    waitedFor: waitFor,
    checked: targets.length,
    total: new Set(report.items.map(i => i.cid)).size,
    waitedMs: result.waitedMs,
    detail: result.unreadable ?? notReady?.detail
  }
  if (isReady(readiness)) {
    log.info(
      `${result.state === 'retrievable' ? 'Retrievable' : 'Pinned'} after ${formatDuration(result.waitedMs)} (${plural(result.polls, 'poll')}).`
    )
    return { readiness }
  }
  const why = readiness.detail ? `: ${readiness.detail}` : ''
  return {
    readiness,
    warnings: [
      `The content was not ${waitFor === 'gateway' ? 'retrievable from the gateway' : 'pinned'} within \`wait-timeout\` (${formatDuration(inputs.waitTimeoutMs)})${why}. It is published; the links may work a little later. Raise \`wait-timeout\` to wait longer.`
    ]
  }
}

/**
 * Pin status from the API, gateway probes on the same transport (its limits, retries and the
 * run's deadline) but without the API's key or headers.
 */
function readinessApi(client: Pick<PinarkiveClient, 'pinStatus' | 'transport'>): ReadinessApi {
  const prober = new GatewayProber(client.transport)
  return {
    pinStatus: (cid, cluster) => client.pinStatus(cid, cluster),
    probe: url => prober.probe(url)
  }
}

/** The log line of a verified DAG, or the warning of one that is not. */
function concludeVerified(readiness: ReadinessReport, inputs: Inputs): string[] {
  if (readiness.state === 'verified') {
    log.info(`Verified after ${formatDuration(readiness.waitedMs)}: ${readiness.detail ?? ''}.`)
    return []
  }
  const why = readiness.detail ? `: ${readiness.detail}` : ''
  return [
    readiness.state === 'mismatch'
      ? `The gateway served a different or incomplete DAG${why}. What was published is pinned; the gateway's copy is not it. Check the gateway, or re-run later.`
      : `The content was not verified on the gateway within \`wait-timeout\` (${formatDuration(inputs.waitTimeoutMs)})${why}. It is published; raise \`wait-timeout\` to wait longer.`
  ]
}

/** One target per distinct CID, in report order, the first few. */
function readinessTargets(items: readonly PublishedItem[]): ReadinessTarget[] {
  const seen = new Set<string>()
  const targets: ReadinessTarget[] = []
  for (const item of items) {
    if (seen.has(item.cid) || targets.length >= MAX_CHECKED) continue
    seen.add(item.cid)
    targets.push({
      cid: item.cid,
      cluster: item.cluster ?? undefined,
      url: item.gatewayUrl,
      label: item.path ?? item.name
    })
  }
  return targets
}
