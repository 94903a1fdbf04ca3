/** The pull-request comment, rendered from a report. Pure. */
import { mdCode, mdText } from '../shared/escape-markdown.js'
import { plural } from '../shared/format.js'
import { formatTime, linked } from './preview.js'
import { characters, renderReport, utf8Bytes } from './markdown.js'
import { commentTitle, statusCell } from './headline.js'
import type { Report } from './report.js'

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT = 65_536
/**
 * GitHub also refuses a body over 262,144 bytes of UTF-8. Counted in UTF-16 units, as here,
 * 65,536 can never pass it (no unit takes more than 3 bytes), but the comment measures both
 * so that the limit holds however either count changes.
 */
export const COMMENT_LIMIT_BYTES = 262_144

export interface CommentContext {
  /** The first line of the body, by which the comment is found again (see sticky-comment.ts). */
  marker: string
  /** The commit the content was built from. */
  sha: string
  commitUrl: string
  /** The run that published it. */
  runUrl?: string
  /** Heading, e.g. "IPFS preview"; shown as plain text. */
  title?: string
  /** Characters kept free after the body, for the hidden state the comment also carries. */
  reserve?: number
}

/** A comment's size: characters, or a quarter of its UTF-8 bytes, whichever is nearer its cap. */
function commentSize(text: string): number {
  return Math.max(
    characters(text),
    Math.ceil((utf8Bytes(text) * COMMENT_LIMIT) / COMMENT_LIMIT_BYTES)
  )
}

export function renderComment(report: Report, context: CommentContext): string {
  const body = renderReport(report, {
    title: context.title !== undefined ? mdText(context.title) : commentTitle(report),
    preamble: report.cleanup ? [] : statusTable(report, context),
    limit: COMMENT_LIMIT - context.marker.length - 1 - (context.reserve ?? 0),
    measure: commentSize,
    limitName: "GitHub's 65,536-character comment limit",
    statusTable: true
  })
  return `${context.marker}\n${body}`
}

/** One row, as the preview services show it: status, preview, commit, updated. */
function statusTable(report: Report, context: CommentContext): string[] {
  const commit = context.sha ? linked(mdCode(context.sha.slice(0, 7)), context.commitUrl) : '—'
  const at = report.published?.at ? formatTime(report.published.at) : ''
  const updated = context.runUrl ? linked(at || 'run', context.runUrl) : at || '—'
  return [
    '| Status | Preview | Commit | Updated |',
    '| --- | --- | --- | --- |',
    `| ${statusCell(report)} | ${previewCell(report)} | ${commit} | ${updated} |`,
    ''
  ]
}

/** The link to open: this preview, or after a failure the last one still pinned. */
function previewCell(report: Report): string {
  if (report.dryRun) return 'none (dry run)'
  if (report.items.length === 1) return linked('**Open**', report.items[0].gatewayUrl)
  if (report.items.length > 1) return `${plural(report.items.length, 'item')}, below`
  const last = report.history?.find(entry => entry.pinned && entry.url)
  if (last?.url) {
    return linked(`last good: ${mdCode(last.sha.slice(0, 7) || last.cid.slice(-7))}`, last.url)
  }
  return '—'
}
