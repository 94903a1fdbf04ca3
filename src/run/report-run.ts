/**
 * Phases after the verdict: the job summary, the release notes, then the comment and commit
 * status, whatever happened before. Each failure here warns: the content is published either way.
 */
import { actionLog, group, writeSummary } from '../action-log.js'
import type { EventInfo } from '../github/event.js'
import type { GitHubLink } from '../github/link.js'
import { updateReleaseNotes } from '../github/release-notes.js'
import type { Inputs } from '../inputs.js'
import type { Report } from '../report/report.js'
import { renderSummary } from '../report/summary.js'
import { errorText } from '../shared/error-text.js'
import { reportToGitHub, type GitHubReportResult } from './report-to-github.js'

export async function reportRun(
  report: Report,
  inputs: Inputs,
  event: EventInfo,
  link: GitHubLink | undefined,
  env: NodeJS.ProcessEnv
): Promise<GitHubReportResult | undefined> {
  if (inputs.summary) {
    await summarize(report, env).catch(error =>
      actionLog.warning(`Could not write the job summary: ${errorText(error)}`)
    )
  }

  // Release notes (`release-notes`): the CIDs and links in the release's body.
  await updateReleaseNotes(
    report,
    event,
    link,
    {
      enabled: inputs.releaseNotes,
      commentHeader: inputs.commentHeader,
      workflow: env.GITHUB_WORKFLOW ?? ''
    },
    actionLog
  ).catch(error => actionLog.warning(`Could not write the release notes: ${errorText(error)}`))

  if (!link || (!inputs.comment && !inputs.commitStatus)) return undefined
  return group('Report to GitHub', () =>
    reportToGitHub(
      report,
      event,
      link,
      {
        comment: inputs.comment,
        commentHeader: inputs.commentHeader,
        commitStatus: inputs.commitStatus,
        workflow: env.GITHUB_WORKFLOW ?? ''
      },
      actionLog
    )
  ).catch(error => {
    actionLog.warning(`Could not report to GitHub: ${errorText(error)}`)
    return undefined
  })
}

async function summarize(report: Report, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    actionLog.debug('GITHUB_STEP_SUMMARY is not set, so no job summary is written.')
    return
  }
  await writeSummary(renderSummary(report))
}
