/**
 * Phase, for `wait-for: verified`: once the cluster reports the pin, fetch each published root
 * from the gateway as a CAR and check it block by block against the DAG computed locally from
 * the files (content/local-dag.ts, gateway/car-check.ts). A 404 means not served yet and is
 * asked again until `wait-timeout`; a gateway without CAR support falls back to the `gateway`
 * check, with a note. Not being verified in time is a warning; a gateway serving another DAG
 * is reported with what is missing, by path.
 */
import { actionLog as log, group } from '../action-log.js'
import { localDags, type LocalDag } from '../content/local-dag.js'
import type { CidProfile } from '../content/cid-profiles.js'
import type { PublishPlan } from '../content/plan.js'
import {
  checkCar,
  DEFAULT_MAX_BLOCK_BYTES,
  probeTrustless,
  type CarCheck
} from '../gateway/car-check.js'
import type { Inputs } from '../inputs.js'
import { pollDelay } from '../preview/poll-schedule.js'
import { waitUntilReady, type ReadinessApi, type ReadinessTarget } from '../preview/readiness.js'
import type { ReadinessReport, Report } from '../report/report.js'
import { sameContent } from '../shared/cid.js'
import { errorText } from '../shared/error-text.js'
import { systemClock, type Clock } from '../shared/clock.js'
import { formatBytes, listSome, plural } from '../shared/format.js'
import { USER_AGENT } from '../shared/version.js'

/** Bytes a run reads from gateways to verify, at most: past it, a DAG is checked in part. */
const VERIFY_BYTE_BUDGET = 256 * 1024 * 1024

export async function verifyRetrieval(
  report: Pick<Report, 'items' | 'profile'>,
  inputs: Inputs,
  client: ReadinessApi,
  deadline: AbortSignal,
  plan: PublishPlan,
  targets: readonly ReadinessTarget[],
  // Injected, so that a test can drive the polling without waiting for real.
  clock: Clock = systemClock
): Promise<ReadinessReport> {
  return group('Wait until the gateway serves every block (verified)', async () => {
    const started = clock.now()
    const endsAt = started + inputs.waitTimeoutMs
    const base = { waitedFor: 'verified' as const, checked: targets.length, total: totalOf(report) }
    const waited = () => clock.now() - started
    const pinned = await waitUntilReady(targets, {
      waitFor: 'pinned',
      timeoutMs: inputs.waitTimeoutMs,
      api: client,
      clock,
      log,
      signal: deadline
    })
    if (pinned.state === 'not-ready') {
      const detail = pinned.unreadable ?? pinned.items.find(i => i.state === 'not-ready')?.detail
      return { ...base, state: 'not-ready', waitedMs: waited(), ...(detail && { detail }) }
    }
    let dags: LocalDag[]
    try {
      dags = await localDags(plan, report.profile as CidProfile, deadline)
    } catch (error) {
      const why = errorText(error)
      return {
        ...base,
        state: 'pinned',
        waitedMs: waited(),
        detail: `the DAG could not be computed locally (${why})`
      }
    }
    const checks = targets.flatMap(target => {
      const dag = dags.find(d => sameContent(d.root.toString(), target.cid))
      return dag ? [{ target, dag }] : []
    })
    const limits = {
      maxBytes: VERIFY_BYTE_BUDGET,
      maxBlockBytes: DEFAULT_MAX_BLOCK_BYTES,
      stallMs: inputs.timeoutMs,
      signal: deadline,
      userAgent: USER_AGENT
    }
    const first = checks[0]?.target
    const probe = first
      ? await probeTrustless(first.url, first.cid, limits)
      : { supported: false as const, why: 'pins by CID have no local DAG to compare with' }
    if (!probe.supported) {
      log.info(
        `Not verifying block by block: ${probe.why}. Checking that the gateway answers 200 instead.`
      )
      const served = await waitUntilReady(targets, {
        waitFor: 'gateway',
        timeoutMs: Math.max(0, endsAt - clock.now()),
        api: client,
        clock,
        log,
        signal: deadline
      })
      const detail = first
        ? `the gateway has no trustless (CAR) support (${probe.why}), so only its answer was checked`
        : probe.why
      return { ...base, state: served.state, waitedMs: waited(), detail }
    }
    let budget = VERIFY_BYTE_BUDGET
    const results: { label: string; result: CarCheck }[] = []
    for (const { target, dag } of checks) {
      const result = await pollCar(target, dag, { ...limits, maxBytes: budget }, endsAt, {
        deadline,
        clock
      })
      if (result.kind === 'verified' || result.kind === 'partial') budget -= result.bytes
      results.push({ label: target.label, result })
      if (budget <= 0) break
    }
    return { ...base, checked: results.length, ...combine(results), waitedMs: waited() }
  })
}

/** Asks for `target`'s CAR until the answer settles it or the wait ends. */
async function pollCar(
  target: ReadinessTarget,
  dag: LocalDag,
  limits: Parameters<typeof checkCar>[2],
  endsAt: number,
  { deadline, clock }: { deadline: AbortSignal; clock: Clock }
): Promise<CarCheck> {
  for (let poll = 1; ; poll++) {
    // A gateway trickling its answer must not hold the run past `wait-timeout`.
    const left = Math.max(1, endsAt - clock.now())
    const signal = AbortSignal.any([deadline, AbortSignal.timeout(left)])
    const result = await checkCar(target.url, dag, { ...limits, signal })
    log.info(`${target.label}: ${describeCheck(result, dag.blocks.size)}`)
    if (!['absent', 'failed', 'redirected'].includes(result.kind)) return result
    const asked = result.kind === 'absent' ? result.retryAfterMs : undefined
    const delay = Math.max(asked ?? 0, pollDelay(poll, Math.random))
    if (deadline.aborted || clock.now() + delay > endsAt) return result
    await clock.sleep(delay, deadline).catch(() => {})
  }
}

function describeCheck(result: CarCheck, dagBlocks?: number): string {
  switch (result.kind) {
    case 'verified':
      return `verified: the gateway served all ${plural(result.blocks, 'block')} (${formatBytes(result.bytes)}), each hashing to its CID.`
    case 'partial':
      return `checked ${result.checked} of ${plural(result.total, 'block')} before the verification budget of ${formatBytes(VERIFY_BYTE_BUDGET)} ran out.`
    case 'absent':
      return `HTTP ${result.status}: not served yet.`
    case 'redirected':
      return `HTTP ${result.status}: a redirect, which is not followed and does not count as serving it.`
    case 'failed':
      return `the read failed (${result.why}).`
    case 'unsupported':
      return `no CAR answer (${result.why}).`
    case 'mismatch':
      // No emoji here: ⚠️ carries a variation selector, which the log shows escaped.
      return `not our DAG: ${[...result.problems, ...result.missing.slice(0, 5)].join('; ')}${result.missing.length > 5 ? `; and ${result.missing.length - 5} more paths with blocks missing` : ''}${dagBlocks === undefined ? '' : ` (the DAG has ${plural(dagBlocks, 'block')})`}.`
  }
}

/** One state for the report: the weakest result decides. */
function combine(
  results: readonly { label: string; result: CarCheck }[]
): Pick<ReadinessReport, 'state' | 'detail'> {
  const mismatch = results.find(r => r.result.kind === 'mismatch')
  if (mismatch && mismatch.result.kind === 'mismatch') {
    const { problems, missing } = mismatch.result
    return {
      state: 'mismatch',
      detail: `${mismatch.label}: ${listSome([...problems, ...missing], 5)}`
    }
  }
  const unsettled = results.find(r => !['verified', 'partial'].includes(r.result.kind))
  if (unsettled) {
    return { state: 'pinned', detail: `${unsettled.label}: ${describeCheck(unsettled.result)}` }
  }
  const partial = results.find(r => r.result.kind === 'partial')
  if (partial && partial.result.kind === 'partial') {
    return {
      state: 'retrievable',
      detail: `${partial.label}: ${partial.result.checked} of ${plural(partial.result.total, 'block')} checked within the budget of ${formatBytes(VERIFY_BYTE_BUDGET)}`
    }
  }
  const blocks = results.reduce(
    (sum, r) => sum + (r.result.kind === 'verified' ? r.result.blocks : 0),
    0
  )
  return { state: 'verified', detail: `the gateway served all ${plural(blocks, 'block')}` }
}

function totalOf(report: Pick<Report, 'items'>): number {
  return new Set(report.items.map(i => i.cid)).size
}
