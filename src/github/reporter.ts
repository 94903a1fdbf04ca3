/**
 * Reports a run where reviewers look: the sticky PR comment and the commit status. Failures
 * here warn instead of failing the step, since the content is published either way.
 */
import { createGitHubApi, type GitHubApi } from './api.js'
import { explainGitHubError as explain } from './errors.js'
import type { EventInfo, PullRequestRef } from './event.js'
import { renderComment } from '../report/comment.js'
import { commitStatusFor } from '../report/status.js'
import { findPullRequest } from './pull-request.js'
import { commentMarker, upsertComment } from './sticky-comment.js'
import type { Log } from '../shared/log.js'
import type { Report } from '../report/report.js'

export interface GitHubReportSettings {
  comment: boolean
  commentHeader: string
  commitStatus: boolean
  token: string
  /** GITHUB_WORKFLOW: keys the comment when no header is set. */
  workflow: string
  serverUrl: string
  runUrl: string
  /** Comment heading. */
  title?: string
}

export interface GitHubReportResult {
  commentUrl: string
  commentId: string
}

export async function reportToGitHub(
  report: Report,
  event: EventInfo,
  settings: GitHubReportSettings,
  log: Log,
  connect: (token: string) => Promise<GitHubApi> = createGitHubApi
): Promise<GitHubReportResult> {
  const result = { commentUrl: '', commentId: '' }
  if (!settings.comment && !settings.commitStatus) return result
  if (settings.token === '') {
    log.warning(
      'Input `github-token` is empty, so no comment or commit status can be written. Leave it unset to use the job token.'
    )
    return result
  }
  const api = await connect(settings.token)

  let pullRequest: PullRequestRef | undefined
  try {
    pullRequest = await findPullRequest(api, event)
  } catch (error) {
    log.warning(explain('find the pull request of this workflow run', error, 'pull-requests'))
  }
  if (settings.comment)
    Object.assign(result, await comment(api, report, event, pullRequest, settings, log))
  if (settings.commitStatus) await setStatus(api, report, event, pullRequest, settings, log)
  return result
}

/** The sticky comment on the pull request, when there is one. */
async function comment(
  api: GitHubApi,
  report: Report,
  event: EventInfo,
  pullRequest: PullRequestRef | undefined,
  settings: GitHubReportSettings,
  log: Log
): Promise<Partial<GitHubReportResult>> {
  if (!pullRequest) {
    log.info(
      `comment: true, but this run (${event.name}) is not for a pull request; no comment written.`
    )
    return {}
  }
  const { owner, repo } = event
  const sha = pullRequest.headSha || event.sha
  const marker = commentMarker(settings.commentHeader || settings.workflow || 'default')
  const body = renderComment(report, {
    marker,
    sha,
    commitUrl: `${settings.serverUrl}/${owner}/${repo}/commit/${sha}`,
    title: settings.title
  })
  try {
    const upserted = await upsertComment(
      api,
      { owner, repo, number: pullRequest.number },
      marker,
      body
    )
    log.info(`PR #${pullRequest.number}: comment ${upserted.action}: ${upserted.url}`)
    return { commentUrl: upserted.url, commentId: String(upserted.id) }
  } catch (error) {
    log.warning(explain(`comment on pull request #${pullRequest.number}`, error, 'pull-requests'))
    return {}
  }
}

/** The commit status on the commit the content was built from. */
async function setStatus(
  api: GitHubApi,
  report: Report,
  event: EventInfo,
  pullRequest: PullRequestRef | undefined,
  settings: GitHubReportSettings,
  log: Log
): Promise<void> {
  const sha = pullRequest?.headSha || event.sha
  const context = `pinarkive${settings.commentHeader ? `/${settings.commentHeader}` : ''}`
  const status = commitStatusFor(report, { name: context, runUrl: settings.runUrl })
  try {
    await api.createStatus(event.owner, event.repo, sha, status)
    log.info(
      `Commit status ${context} on ${sha.slice(0, 7)}: ${status.state} (${status.description})`
    )
  } catch (error) {
    log.warning(explain(`set the commit status on ${sha.slice(0, 7)}`, error, 'statuses'))
  }
}
