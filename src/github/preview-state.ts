/** The comment's hidden state, carried from one run of a pull request's preview to the next. */
import {
  boundState,
  decodeState,
  emptyState,
  RECORD_FORMAT,
  type PreviewState,
  type PublishRecord
} from '../preview/record.js'
import type { PreviewHistoryEntry, Report } from '../report/report.js'
import { mainItem } from '../report/report.js'
import { sameContent } from '../shared/cid.js'

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
  const state = previous?.pullRequest === pullRequest ? previous : emptyState(pullRequest)
  if (report.cleanup) {
    return { ...state, unpinned: [...new Set([...state.unpinned, ...report.cleanup.unpinned])] }
  }
  if (!report.dryRun && report.items.length > 0 && report.published) {
    return boundState({ ...state, history: [...state.history, publishRecord(report)] })
  }
  return state
}

/** What the comment records of this publish: the main CID, and the root once it is proved. */
export function publishRecord(report: Report): PublishRecord {
  const main = mainItem(report)
  const cids = [...new Set([main?.cid, ...report.items.map(i => i.cid)])].filter(
    (cid): cid is string => cid !== undefined
  )
  const previewRoot = provenRoot(report)
  return {
    sha: report.published?.sha ?? '',
    at: report.published?.at ?? new Date().toISOString(),
    runUrl: report.published?.runUrl ?? '',
    cids,
    total: cids.length,
    ...(previewRoot && { previewRoot }),
    ...(report.preview && { site: report.preview.site }),
    format: RECORD_FORMAT,
    reused: report.items.filter(i => i.reused === true).map(i => i.cid),
    expiresAt: main?.expiresAt ?? null,
    ...(main && { url: main.gatewayUrl })
  }
}

/**
 * The directory's root as Pinarkive answered it, when that is provably this preview's own: the
 * directory carried the marker, and the answer equals the root computed locally from the same
 * files and marker. Pinarkive's word alone proves nothing: a different answer is not recorded.
 */
function provenRoot(report: Report): string | undefined {
  const directory = report.items.find(item => item.type === 'directory')
  if (report.preview?.marker === undefined || !directory?.localCid) return undefined
  return sameContent(directory.cid, directory.localCid) ? directory.cid : undefined
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
      cid: record.cids[0] ?? record.previewRoot ?? '',
      ...(record.url !== undefined && { url: record.url }),
      expiresAt: record.expiresAt,
      pinned:
        !state.unpinned.includes(record.cids[0]) &&
        (record.expiresAt === null || Date.parse(record.expiresAt) > now)
    }))
}
