/**
 * The cleanup run, when a pull request is closed: read what this action published for it from
 * its own records in GitHub, unpin what nothing else needs, keep (and say why) what something
 * else may still need, and mark the pull request's deployments inactive. The comment is
 * rewritten afterwards by the reporter, from `report.cleanup`.
 */
import { actionLog as log } from './action-log.js'
import { deactivate } from './github/deployments.js'
import { explainGitHubError } from './github/errors.js'
import type { PullRequestRef } from './github/event.js'
import type { GitHubLink } from './github/link.js'
import {
  otherPullsCids,
  productionCids,
  readPullRecords,
  type RecordQuery
} from './github/records.js'
import { ApiError } from './pinarkive/errors.js'
import { planCleanup, type Check, type CleanupPlan } from './preview/cleanup-plan.js'
import type { CleanupReport } from './report/report.js'
import { plural } from './shared/format.js'
import { runPool } from './shared/pool.js'

/** What a cleanup needs from Pinarkive (the client, when there is a key). */
export interface CleanupPinarkive {
  unpin(cid: string): Promise<'removed' | 'absent'>
  uploadsOf(cid: string): Promise<{ records: unknown[]; complete: boolean }>
}

export interface CleanupSettings {
  /** Whether comments and deployments are on: the records a cleanup can go by. */
  comment: boolean
  deployment: boolean
  /** The sticky comment's marker. */
  marker: string
  /** The preview environment. */
  environment: string
}

export async function cleanupPreview(
  settings: CleanupSettings,
  pull: PullRequestRef | undefined,
  link: GitHubLink | undefined,
  pinarkive: CleanupPinarkive | undefined
): Promise<CleanupReport> {
  if (!pull) {
    throw new Error(
      'Nothing to clean up: this run is not for a pull request. `mode: cleanup` runs on a closed pull request (pull_request, pull_request_target, or workflow_run for one).'
    )
  }
  const report: CleanupReport = {
    pullRequest: pull.number,
    merged: pull.merged,
    unpinned: [],
    kept: [],
    notes: []
  }
  if (!settings.comment && !settings.deployment) {
    report.notes.push(
      'Nothing to go on: with `comment` and `deployment` both off, this action keeps no record of what it published for a pull request. Turn on `comment: true` or `deployment: true` so the next previews can be cleaned up; until then their pins stay until their timelock.'
    )
    return report
  }
  if (!link) {
    throw new Error(
      'A cleanup reads its records from GitHub and writes there, but `github-token` is empty. Leave it unset to use the job token.'
    )
  }
  const query: RecordQuery = {
    viewer: link.viewer,
    marker: settings.comment ? settings.marker : undefined,
    environment: settings.deployment ? settings.environment : undefined
  }
  const records = await readPullRecords(link.api, link, pull.number, query)
  log.info(
    `Pull request #${pull.number}: ${plural(records.recorded.length, 'CID')} recorded in ${describeSources(records)}.`
  )
  if (records.recorded.length === 0) {
    report.notes.push(
      `No record of content published for pull request #${pull.number} was found (${describeSources(records)}): nothing to unpin.`
    )
  } else if (!pinarkive) {
    report.kept = records.recorded.map(r => ({ cid: r.cid, reason: 'no `api-key` was given' }))
    report.notes.push(
      'Input `api-key` is empty, so nothing was unpinned: the pins stay until their timelock. Pass a key with the scope `files:delete`.'
    )
  } else {
    const plan = await decide(records.recorded, link, pull.number, query, pinarkive)
    await unpinAll(plan, pinarkive, report)
  }
  await deactivatePull(link, records.deployments, report)
  log.info(
    `Cleanup of pull request #${pull.number} done: ${plural(report.unpinned.length, 'CID')} unpinned, ${report.kept.length} kept.`
  )
  return report
}

function describeSources(records: { comment: unknown; deployments: unknown[] }): string {
  const sources = []
  if (records.comment) sources.push('the sticky comment')
  if (records.deployments.length > 0) sources.push(plural(records.deployments.length, 'deployment'))
  return sources.join(' and ') || 'no comment or deployment of this action'
}

/** Gathers what else may need each CID, then decides. */
async function decide(
  recorded: { cid: string; reused: boolean }[],
  link: GitHubLink,
  pullRequest: number,
  query: RecordQuery,
  pinarkive: CleanupPinarkive
): Promise<CleanupPlan> {
  const [production, otherPulls] = await Promise.all([
    productionCids(link.api, link, link.viewer),
    otherPullsCids(link.api, link, pullRequest, query)
  ])
  const counts = new Map<string, Check<number>>()
  const candidates = recorded.filter(r => !r.reused).map(r => r.cid)
  await runPool(candidates, 4, async cid => {
    counts.set(cid, await uploadRecords(pinarkive, cid))
  })
  return planCleanup({
    recorded,
    production,
    otherPulls,
    accountRecords: cid => counts.get(cid) ?? { known: false, why: 'not looked up' }
  })
}

/** How many upload records the account holds for a CID, when the answer is complete. */
async function uploadRecords(pinarkive: CleanupPinarkive, cid: string): Promise<Check<number>> {
  try {
    const { records, complete } = await pinarkive.uploadsOf(cid)
    if (records.length > 1) return { known: true, value: records.length }
    if (!complete) return { known: false, why: 'the upload list was too long to read through' }
    return { known: true, value: records.length }
  } catch (error) {
    return { known: false, why: error instanceof Error ? error.message : String(error) }
  }
}

/** Unpins in order; a key without `files:delete` stops it, keeping the rest with the reason. */
async function unpinAll(plan: CleanupPlan, pinarkive: CleanupPinarkive, report: CleanupReport) {
  report.kept.push(...plan.keep)
  for (const [index, cid] of plan.unpin.entries()) {
    try {
      const result = await pinarkive.unpin(cid)
      report.unpinned.push(cid)
      log.info(result === 'removed' ? `Unpinned ${cid}` : `Already gone: ${cid}`)
    } catch (error) {
      if (error instanceof ApiError && error.code === 'missing_scope') {
        const reason = `the API key lacks the scope \`${error.required ?? 'files:delete'}\``
        report.kept.push(...plan.unpin.slice(index).map(rest => ({ cid: rest, reason })))
        report.notes.push(
          `Nothing more was unpinned: ${reason}. The pins stay until their timelock; create a key with \`files:delete\` to clean up.`
        )
        return
      }
      const reason = `unpinning failed: ${error instanceof Error ? error.message : String(error)}`
      report.kept.push({ cid, reason })
    }
  }
  for (const kept of plan.keep) log.info(`Kept ${kept.cid}: ${kept.reason}`)
}

async function deactivatePull(
  link: GitHubLink,
  deployments: Parameters<typeof deactivate>[2],
  report: CleanupReport
) {
  if (deployments.length === 0) return
  const why = `pull request #${report.pullRequest} was ${report.merged ? 'merged' : 'closed'}`
  try {
    const count = await deactivate(link.api, link, deployments, { log, why })
    if (count > 0) report.notes.push(`Marked ${plural(count, 'deployment')} inactive.`)
  } catch (error) {
    report.notes.push(
      explainGitHubError(
        `mark the deployments of #${report.pullRequest} inactive`,
        error,
        'deployments'
      )
    )
  }
}
