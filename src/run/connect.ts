/** Phase: the connection to GitHub, when the run needs one, and the mode it runs in. */
import { actionLog } from '../action-log.js'
import type { EventInfo } from '../github/event.js'
import { connectGitHub, type GitHubLink } from '../github/link.js'
import type { Inputs } from '../inputs.js'

/**
 * Connects to GitHub when the run writes there, or must ask it whether a workflow_run's pull
 * request is closed (`mode: auto`).
 */
export async function linkToGitHub(
  inputs: Inputs,
  event: EventInfo,
  env: NodeJS.ProcessEnv
): Promise<GitHubLink | undefined> {
  const needed =
    inputs.comment ||
    inputs.commitStatus ||
    inputs.deployment ||
    (inputs.releaseNotes && event.name === 'release') ||
    inputs.mode === 'cleanup' ||
    (inputs.mode === 'auto' && event.workflowRun !== undefined)
  if (!needed) return undefined
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  return connectGitHub(
    {
      token: inputs.githubToken,
      serverUrl,
      runUrl: `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    },
    event,
    actionLog
  )
}

/** `auto`: clean up when the pull request is closed, publish otherwise. */
export function chooseMode(
  inputs: Inputs,
  event: EventInfo,
  link: GitHubLink | undefined
): 'publish' | 'cleanup' {
  if (inputs.mode !== 'auto') return inputs.mode
  const pull = link?.pullRequest ?? event.pullRequest
  return pull?.state === 'closed' ? 'cleanup' : 'publish'
}

/** The commit this run publishes: the head commit the link decided, else the event's. */
export function publishedCommit(link: GitHubLink | undefined, event: EventInfo): string {
  return link?.commit ?? event.sha
}
