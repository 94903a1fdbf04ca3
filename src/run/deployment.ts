/**
 * Phases of a publish's GitHub Deployment: created `in_progress` before anything is uploaded,
 * with the record of what is about to be published as its payload; finished with the link, or
 * with the reason it failed. A refusal (no `deployments: write`) is a warning: the content is
 * published either way.
 */
import { actionLog as log } from '../action-log.js'
import {
  chooseEnvironment,
  deactivate,
  deploymentsByPull,
  DeploymentRun
} from '../github/deployments.js'
import { explainGitHubError } from '../github/errors.js'
import type { EventInfo } from '../github/event.js'
import type { GitHubLink } from '../github/link.js'
import type { LocalCids } from '../content/plan-cids.js'
import type { PublishPlan } from '../content/plan.js'
import type { Inputs } from '../inputs.js'
import { ofSite, RECORD_FORMAT, recordPayload, type PublishRecord } from '../preview/record.js'
import { readinessSuffix } from '../report/readiness-words.js'
import { failureLine, mainItem, type Report } from '../report/report.js'

/** What is about to be published, as the deployment records it. */
interface PlannedContent {
  /** The CIDs about to be published: the local ones of the uploads, and the CIDs to pin. */
  cids: string[]
  /** How many CIDs the publish will produce (`cids` lists only a few). */
  total: number
  /** A marked preview's root, computed locally with its marker. */
  previewRoot?: string
  /** The site of a marked preview. */
  site?: string
  /** Of those, the ones Pinarkive already held, which a cleanup never unpins. */
  reused: string[]
  /** The profile the local CIDs were computed with. */
  profile: string
}

/**
 * What a deployment records before the uploads: the local CIDs, and the CIDs to pin. A marked
 * preview's local root holds the marker, so it is this preview's own whatever Pinarkive answers.
 */
export function plannedContent(
  plan: PublishPlan,
  local: LocalCids | Error,
  reused: string[],
  preview: Report['preview']
): PlannedContent {
  const total = (plan.directory ? 1 : plan.files.length) + plan.pins.length
  const site = preview?.site
  if (local instanceof Error) return { cids: plan.pins, total, reused, profile: '', site }
  const uploads = local.directory ? [local.directory] : [...local.files.values()]
  const previewRoot = preview?.marker !== undefined ? local.directory : undefined
  return {
    cids: [...uploads, ...plan.pins],
    total,
    reused,
    profile: local.profile ?? '',
    site,
    previewRoot
  }
}

/** Phase: the deployment exists and is in progress, when one was asked for and may be made. */
export async function startDeployment(
  link: GitHubLink | undefined,
  inputs: Inputs,
  event: EventInfo,
  planned: PlannedContent
): Promise<DeploymentRun | undefined> {
  if (!inputs.deployment || !link) return undefined
  if (inputs.dryRun) {
    log.info('deployment: true, but a dry run publishes nothing, so no deployment is created.')
    return undefined
  }
  const environment = chooseEnvironment(
    inputs.environment,
    event,
    link.pullRequest,
    inputs.commentHeader
  )
  if ('why' in environment) {
    log.warning(`No deployment created: ${environment.why}`)
    return undefined
  }
  const record: PublishRecord = {
    sha: link.commit,
    at: new Date().toISOString(),
    runUrl: link.runUrl,
    cids: planned.cids,
    total: planned.total,
    ...(planned.previewRoot && { previewRoot: planned.previewRoot }),
    ...(planned.site !== undefined && { site: planned.site }),
    format: RECORD_FORMAT,
    reused: planned.reused,
    expiresAt: inputs.timelock?.toISOString() ?? null
  }
  try {
    const run = await DeploymentRun.start(link.api, link, {
      ref: record.sha,
      environment,
      payload: recordPayload(record, {
        pullRequest: link.pullRequest?.number,
        cluster: inputs.cluster,
        profile: planned.profile
      }),
      logUrl: link.runUrl
    })
    log.info(`Deployment ${run.deployment.id} to ${environment.name}: in progress.`)
    return run
  } catch (error) {
    log.warning(
      explainGitHubError(`create a deployment to ${environment.name}`, error, 'deployments')
    )
    return undefined
  }
}

/**
 * Phase: the deployment's final state, and for a pull request, its earlier deployments made
 * inactive (never another pull request's).
 */
export async function finishDeployment(
  run: DeploymentRun | undefined,
  link: GitHubLink | undefined,
  report: Report
): Promise<Report['deployment']> {
  if (!run || !link) return undefined
  const main = mainItem(report)
  const failed = report.failures.length > 0 || report.notAttempted !== undefined || !main
  // `error`: the run itself stopped; `failure`: items failed, or nothing was published.
  const state = report.error !== undefined ? 'error' : failed ? 'failure' : 'success'
  const description = state === 'success' ? successDescription(report) : failureReason(report)
  const url = state === 'success' ? main?.gatewayUrl : undefined
  const finished = {
    id: run.deployment.id,
    environment: run.environment.name,
    url: url ?? '',
    state
  }
  try {
    await run.finish(state, description, url)
    log.info(`Deployment ${run.deployment.id} to ${run.environment.name}: ${state}.`)
    const pullRequest = link.pullRequest?.number
    if (pullRequest !== undefined && state === 'success') {
      const byPull = await deploymentsByPull(link.api, link, run.environment.name, link.viewer)
      // Another site of the same pull request keeps its own deployment.
      const site = report.preview?.site
      const own = (byPull.get(pullRequest) ?? []).filter(d => ofSite(d.payload, site))
      await deactivate(link.api, link, own, {
        keep: run.deployment.id,
        log,
        why: `superseded by deployment ${run.deployment.id}`
      })
    }
  } catch (error) {
    log.warning(explainGitHubError(`update deployment ${run.deployment.id}`, error, 'deployments'))
  }
  return finished
}

function successDescription(report: Report): string {
  return `Published ${mainItem(report)?.cid ?? ''}${readinessSuffix(report.readiness)}`
}

function failureReason(report: Report): string {
  if (report.error) return report.error
  const first = report.failures[0]
  if (first) return `${report.failures.length} failed: ${failureLine(first)}`
  return report.notAttempted?.reason ?? 'Nothing was published'
}
