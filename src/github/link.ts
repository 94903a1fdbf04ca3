/**
 * One connection to GitHub per run: the API, the token's identity and the pull request the run
 * belongs to, found once and shared by deployments, cleanup and the comment.
 */
import type { Log } from '../shared/log.js'
import { createGitHubApi, type GitHubApi } from './api.js'
import { explainGitHubError } from './errors.js'
import type { EventInfo, PullRequestRef } from './event.js'
import { findPullRequest } from './pull-request.js'

export interface GitHubLink {
  api: GitHubApi
  owner: string
  repo: string
  /** The token's login; comments and records by anyone else are not ours. */
  viewer: string
  pullRequest: PullRequestRef | undefined
  /**
   * The commit the content was built from, decided here once: the pull request's head when one
   * was found (a workflow_run's pull request is looked up), else the event's commit.
   */
  commit: string
  /** Where the run's log is, for deployment `log_url` and the comment. */
  runUrl: string
  serverUrl: string
}

export interface LinkSettings {
  token: string
  serverUrl: string
  runUrl: string
}

/** Undefined, with a warning, when there is no token to connect with. */
export async function connectGitHub(
  settings: LinkSettings,
  event: EventInfo,
  log: Log,
  connect: (token: string) => Promise<GitHubApi> = createGitHubApi
): Promise<GitHubLink | undefined> {
  if (settings.token === '') {
    log.warning(
      'Input `github-token` is empty, so nothing can be written to GitHub (comment, commit status, deployment). Leave it unset to use the job token.'
    )
    return undefined
  }
  const api = await connect(settings.token)
  let pullRequest: PullRequestRef | undefined
  try {
    pullRequest = await findPullRequest(api, event)
  } catch (error) {
    log.warning(
      explainGitHubError('find the pull request of this workflow run', error, 'pull-requests')
    )
  }
  return {
    api,
    owner: event.owner,
    repo: event.repo,
    viewer: (await api.viewerLogin()) ?? 'github-actions[bot]',
    pullRequest,
    commit: pullRequest?.headSha || event.sha,
    runUrl: settings.runUrl,
    serverUrl: settings.serverUrl
  }
}
