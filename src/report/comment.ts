/** The pull-request comment, rendered from a report. Pure. */
import { mdText } from '../shared/escape-markdown.js'
import { builtLine, linked } from './preview.js'
import { mainItem, type Report } from './report.js'
import { characters, renderReport } from './markdown.js'
import { commentTitle } from './headline.js'
import { shownName } from './shown.js'

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT = 65_536

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

export function renderComment(report: Report, context: CommentContext): string {
  const main = mainItem(report)
  const preamble = builtLine(report, context)
  if (main) {
    preamble.push(
      `**${linked('Open on IPFS', main.gatewayUrl)}** · ${main.type === 'directory' ? 'root CID' : 'CID'} ${shownName(main.cid)}`,
      ''
    )
  }
  const body = renderReport(report, {
    title: context.title !== undefined ? mdText(context.title) : commentTitle(report),
    preamble,
    limit: COMMENT_LIMIT - context.marker.length - 1 - (context.reserve ?? 0),
    measure: characters,
    limitName: "GitHub's 65,536-character comment limit"
  })
  return `${context.marker}\n${body}`
}
