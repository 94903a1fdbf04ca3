/** The comment's hidden state, carried from one run of a pull request's preview to the next. */
import { decodeState, type PreviewState, type PublishRecord } from '../preview/record.js'
import type { PreviewHistoryEntry, Report } from '../report/report.js'
import { mainItem } from '../report/report.js'

/**
 * The state after this run: a publish adds its record, a cleanup adds what it unpinned. A
 * failed publish that published nothing adds nothing.
 */
export function nextState(
  previousBody: string | undefined,
  report: Report,
  pullRequest: number
): PreviewState {
  const previous = previousBody ? decodeState(previousBody) : undefined
  const state: PreviewState = {
    pullRequest,
    history: previous?.pullRequest === pullRequest ? previous.history : [],
    unpinned: previous?.pullRequest === pullRequest ? previous.unpinned : []
  }
  if (report.cleanup) {
    state.unpinned = [...new Set([...state.unpinned, ...report.cleanup.unpinned])]
  } else if (!report.dryRun && report.items.length > 0 && report.published) {
    state.history = [...state.history, publishRecord(report)]
  }
  return state
}

function publishRecord(report: Report): PublishRecord {
  const main = mainItem(report)
  const cids = [...new Set([main?.cid, ...report.items.map(i => i.cid)])].filter(
    (cid): cid is string => cid !== undefined
  )
  return {
    sha: report.published?.sha ?? '',
    at: report.published?.at ?? new Date().toISOString(),
    runUrl: report.published?.runUrl ?? '',
    cids,
    reused: report.items.filter(i => i.reused === true).map(i => i.cid),
    expiresAt: main?.expiresAt ?? null
  }
}

/**
 * The earlier previews, newest first, for the comment: this run's own record is not among them.
 * A preview is still pinned when no cleanup unpinned it and its timelock has not passed.
 */
export function previewHistory(
  state: PreviewState,
  report: Report,
  now: number
): PreviewHistoryEntry[] {
  const earlier = state.history.filter(record => record.at !== report.published?.at)
  return earlier
    .slice()
    .reverse()
    .map(record => ({
      sha: record.sha,
      at: record.at,
      runUrl: record.runUrl,
      cid: record.cids[0],
      expiresAt: record.expiresAt,
      pinned:
        !state.unpinned.includes(record.cids[0]) &&
        (record.expiresAt === null || Date.parse(record.expiresAt) > now)
    }))
}
