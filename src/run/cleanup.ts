/**
 * The cleanup run, when a pull request is closed: read what this action published for it from
 * its own records in GitHub, unpin the roots that provably are this preview's own (marked
 * directory previews, see preview/cleanup-plan.ts), keep everything else and say why and how
 * much, and mark the pull request's deployments inactive. The comment is rewritten afterwards
 * by the reporter, from `report.cleanup`.
 */
import { actionLog as log } from '../action-log.js'
import { chooseEnvironment, deactivate, PREVIEW_ENVIRONMENT } from '../github/deployments.js'
import { explainGitHubError } from '../github/errors.js'
import type { EventInfo, PullRequestRef } from '../github/event.js'
import type { GitHubLink } from '../github/link.js'
import {
  otherPullsCids,
  protectedCids,
  readPullRecords,
  type RecordQuery
} from '../github/records.js'
import { ApiError } from '../transport/errors.js'
import {
  planCleanup,
  recordedContent,
  type CleanupPlan,
  type RecordedContent
} from '../preview/cleanup-plan.js'
import { commentMarker } from '../github/sticky-comment.js'
import type { Inputs } from '../inputs.js'
import { siteName } from '../preview/marker.js'
import type { CleanupReport } from '../report/report.js'
import { plural } from '../shared/format.js'
import { errorText } from '../shared/error-text.js'

/** What a cleanup needs from Pinarkive (the client, when there is a key). */
interface CleanupPinarkive {
  unpin(cid: string): Promise<'removed' | 'absent'>
}

interface CleanupSettings {
  /** Whether comments and deployments are on: the records a cleanup can go by. */
  comment: boolean
  deployment: boolean
  /** The site (`comment-header`, else the workflow): only its records count. */
  site: string
  /** The sticky comment's marker. */
  marker: string
  /** The preview environment. */
  environment: string
}

/** Phase: the cleanup, with a Pinarkive client when there is a key to unpin with. */
export async function cleanupRun(
  inputs: Inputs,
  event: EventInfo,
  link: GitHubLink | undefined,
  env: NodeJS.ProcessEnv
): Promise<CleanupReport> {
  // The client and undici load only when there is something to unpin with (start-up, issue 21).
  const client =
    inputs.apiKey === '' ? undefined : (await import('./targets.js')).connectPinarkive(inputs)
  try {
    const pull = link?.pullRequest ?? event.pullRequest
    return await cleanupPreview(cleanupSettings(inputs, event, link, env), pull, link, client)
  } finally {
    await client?.close()
  }
}

function cleanupSettings(
  inputs: Inputs,
  event: EventInfo,
  link: GitHubLink | undefined,
  env: NodeJS.ProcessEnv
): CleanupSettings {
  const environment = chooseEnvironment(
    inputs.environment,
    event,
    link?.pullRequest,
    inputs.commentHeader
  )
  const site = siteName(inputs.commentHeader, env.GITHUB_WORKFLOW)
  return {
    comment: inputs.comment,
    deployment: inputs.deployment,
    site,
    marker: commentMarker(site),
    environment: 'name' in environment ? environment.name : PREVIEW_ENVIRONMENT
  }
}

async function cleanupPreview(
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
    environment: settings.deployment ? settings.environment : undefined,
    site: settings.site
  }
  const records = await readPullRecords(link.api, link, pull.number, query)
  const recorded = recordedContent(records.records, records.state)
  const listed = recorded.roots.length + recorded.unproven.length
  log.info(
    `Pull request #${pull.number}: ${plural(listed, 'CID')} recorded in ${describeSources(records)}, ${plural(recorded.roots.length, 'marked preview root')} among them.`
  )
  if (listed === 0 && recorded.unlisted === 0) {
    report.notes.push(
      `No record of content published for pull request #${pull.number} was found (${describeSources(records)}): nothing to unpin.`
    )
  } else if (!pinarkive) {
    const reason = 'no `api-key` was given'
    report.kept = [...recorded.roots.map(cid => ({ cid, reason })), ...recorded.unproven]
    report.notes.push(
      'Input `api-key` is empty, so nothing was unpinned: the pins stay until their timelock. Pass a key with the scope `files:delete`.'
    )
  } else {
    const plan = await decide(recorded, link, pull.number, query)
    await unpinAll(plan, pinarkive, report)
  }
  if (recorded.unlisted > 0) report.notes.push(unlistedNote(recorded))
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

/** What the records count but do not list: said in numbers, never left out. */
function unlistedNote(recorded: RecordedContent): string {
  return `${plural(recorded.unlisted, 'more CID')} published for this pull request (files mode, pins by CID, or previews older than the records keep) ${recorded.unlisted === 1 ? 'is' : 'are'} counted in the records but not listed, so ${recorded.unlisted === 1 ? 'it stays' : 'they stay'} pinned until ${recorded.unlisted === 1 ? 'its' : 'their'} timelock.`
}

/** Gathers what else may need each root, then decides. */
async function decide(
  recorded: RecordedContent,
  link: GitHubLink,
  pullRequest: number,
  query: RecordQuery
): Promise<CleanupPlan> {
  const [production, otherPulls] = await Promise.all([
    protectedCids(link.api, link, link.viewer, recorded.roots),
    otherPullsCids(link.api, link, pullRequest, query)
  ])
  return planCleanup({ recorded, production, otherPulls })
}

/**
 * A server that keeps one record per upload may hold several of a root (re-runs, retries):
 * all are this preview's, so the root is unpinned until none is left, a bounded number of times.
 */
const MAX_UNPINS_PER_ROOT = 10

async function unpinRoot(pinarkive: CleanupPinarkive, cid: string): Promise<number> {
  let removed = 0
  while (removed < MAX_UNPINS_PER_ROOT && (await pinarkive.unpin(cid)) === 'removed') removed++
  return removed
}

/** Unpins in order; a key without `files:delete` stops it, keeping the rest with the reason. */
async function unpinAll(plan: CleanupPlan, pinarkive: CleanupPinarkive, report: CleanupReport) {
  report.kept.push(...plan.keep)
  for (const [index, cid] of plan.unpin.entries()) {
    try {
      const removed = await unpinRoot(pinarkive, cid)
      if (removed >= MAX_UNPINS_PER_ROOT) {
        report.kept.push({
          cid,
          reason: `Pinarkive still held it after ${MAX_UNPINS_PER_ROOT} unpins`
        })
        continue
      }
      report.unpinned.push(cid)
      log.info(
        removed === 0
          ? `Already gone: ${cid}`
          : `Unpinned ${cid}${removed > 1 ? ` (${removed} upload records)` : ''}`
      )
    } catch (error) {
      if (error instanceof ApiError && error.code === 'missing_scope') {
        const reason = `the API key lacks the scope \`${error.required ?? 'files:delete'}\``
        report.kept.push(...plan.unpin.slice(index).map(rest => ({ cid: rest, reason })))
        report.notes.push(
          `Nothing more was unpinned: ${reason}. The pins stay until their timelock; create a key with \`files:delete\` to clean up.`
        )
        return
      }
      const reason = `unpinning failed: ${errorText(error)}`
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
