/**
 * Phase: a pull request's directory preview gets its marker, so that its root CID is its own;
 * any other directory must not carry one. Files mode cannot be marked: its bytes are the user's.
 */
import { actionLog } from '../action-log.js'
import { reservedPathProblem, withGeneratedFile } from '../content/generated-file.js'
import type { PublishPlan } from '../content/plan.js'
import type { EventInfo } from '../github/event.js'
import type { GitHubLink } from '../github/link.js'
import type { Inputs } from '../inputs.js'
import { MARKER_PATH, markerContent, siteName, type PreviewIdentity } from '../preview/marker.js'
import type { Report } from '../report/report.js'
import { publishedCommit } from './connect.js'

/** The plan to publish (with the marker, for a directory preview) and the preview it is. */
export interface MarkedPlan {
  plan: PublishPlan
  preview?: Report['preview']
}

export async function markPreview(
  plan: PublishPlan,
  inputs: Inputs,
  event: EventInfo,
  link: GitHubLink | undefined,
  env: NodeJS.ProcessEnv
): Promise<MarkedPlan> {
  const pull = link?.pullRequest ?? event.pullRequest
  if (!pull) {
    const problem = reservedPathProblem(plan, MARKER_PATH)
    if (problem) throw problem
    return { plan }
  }
  const site = siteName(inputs.commentHeader, env.GITHUB_WORKFLOW)
  if (!plan.directory) {
    if (!inputs.timelock && (inputs.comment || inputs.deployment)) {
      actionLog.warning(
        `This preview of pull request #${pull.number} uploads files one by one, and a cleanup never unpins files-mode content (its bytes are yours, so nothing proves no other pin needs them). Without \`timelock\` these pins stay for good: set one, such as \`timelock: 14d\`, or upload a directory.`
      )
    }
    return { plan, preview: { pullRequest: pull.number, site, marker: undefined } }
  }
  const identity: PreviewIdentity = {
    repository: `${event.owner}/${event.repo}`,
    pullRequest: pull.number,
    commit: publishedCommit(link, event),
    site
  }
  const file = { path: MARKER_PATH, content: markerContent(identity) }
  const marked = await withGeneratedFile(plan, file, env.RUNNER_TEMP || undefined)
  actionLog.info(
    `Preview of pull request #${pull.number}: added ${MARKER_PATH}, which names the pull request and the site, so that this preview's root CID is its own and its cleanup can unpin it.`
  )
  return { plan: marked, preview: { pullRequest: pull.number, site, marker: MARKER_PATH } }
}
