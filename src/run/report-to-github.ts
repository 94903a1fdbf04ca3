/**
 * Phase: reports a run where reviewers look: the sticky PR comment (with the hidden state that
 * records every preview of the pull request) and the commit status. Failures here warn instead of
 * failing the step, since the content is published either way.
 */
import { renderComment } from '../report/comment.js'
import type { Report } from '../report/report.js'
import { commitStatusFor } from '../report/status.js'
import { encodeState, type PreviewState } from '../preview/record.js'
import { siteName } from '../preview/marker.js'
import type { Log } from '../shared/log.js'
import { explainGitHubError as explain } from '../github/errors.js'
import type { EventInfo } from '../github/event.js'
import type { GitHubLink } from '../github/link.js'
import { nextState, previewHistory } from '../github/preview-state.js'
import { commentMarker, findOwnComment, writeComment } from '../github/sticky-comment.js'

export interface GitHubReportSettings {
  comment: boolean
  commentHeader: string
  commitStatus: boolean
  /** GITHUB_WORKFLOW: keys the comment when no header is set. */
  workflow: string
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
  link: GitHubLink,
  settings: GitHubReportSettings,
  log: Log
): Promise<GitHubReportResult> {
  const result = { commentUrl: '', commentId: '' }
  if (settings.comment) Object.assign(result, await comment(link, report, event, settings, log))
  if (settings.commitStatus) await setStatus(link, report, settings, log)
  return result
}

/** The sticky comment on the pull request, when there is one. */
async function comment(
  link: GitHubLink,
  report: Report,
  event: EventInfo,
  settings: GitHubReportSettings,
  log: Log
): Promise<Partial<GitHubReportResult>> {
  const pull = link.pullRequest
  if (!pull) {
    log.info(
      `comment: true, but this run (${event.name}) is not for a pull request; no comment written.`
    )
    return {}
  }
  const sha = link.commit
  const marker = commentMarker(siteName(settings.commentHeader, settings.workflow))
  try {
    const existing = await findOwnComment(link.api, link, pull.number, marker, link.viewer)
    const state: PreviewState = nextState(existing?.body, report, pull.number)
    // The comment alone shows the earlier previews: they come from its own hidden state.
    const withHistory: Report = {
      ...report,
      history: previewHistory(state, report, Date.now()),
      historyDropped: state.dropped.publishes
    }
    // The state is bounded, and the body is cut to leave room for it: GitHub refuses the whole
    // comment (422) when the two together pass its limit.
    const hidden = encodeState(state)
    const rendered = renderComment(withHistory, {
      marker,
      sha,
      // No usable commit (event.ts refuses SHAs that are not hex): no link to one.
      commitUrl: sha ? `${link.serverUrl}/${link.owner}/${link.repo}/commit/${sha}` : '',
      runUrl: link.runUrl,
      title: settings.title,
      reserve: hidden.length + 1
    })
    const body = `${rendered}\n${hidden}`
    const written = await writeComment(
      link.api,
      { owner: link.owner, repo: link.repo, number: pull.number },
      existing,
      body
    )
    log.info(`PR #${pull.number}: comment ${written.action}: ${written.url}`)
    return { commentUrl: written.url, commentId: String(written.id) }
  } catch (error) {
    log.warning(explain(`comment on pull request #${pull.number}`, error, 'pull-requests'))
    return {}
  }
}

/** The commit status on the commit the content was built from. */
async function setStatus(
  link: GitHubLink,
  report: Report,
  settings: GitHubReportSettings,
  log: Log
): Promise<void> {
  const sha = link.commit
  const context = `pinarkive${settings.commentHeader ? `/${settings.commentHeader}` : ''}`
  if (!sha) {
    log.info(`commit-status: true, but no valid commit SHA is known; no status ${context} set.`)
    return
  }
  const status = commitStatusFor(report, { name: context, runUrl: link.runUrl })
  try {
    await link.api.createStatus(link.owner, link.repo, sha, status)
    log.info(
      `Commit status ${context} on ${sha.slice(0, 7)}: ${status.state} (${status.description})`
    )
  } catch (error) {
    log.warning(explain(`set the commit status on ${sha.slice(0, 7)}`, error, 'statuses'))
  }
}
