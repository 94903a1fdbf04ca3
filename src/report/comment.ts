/** The pull-request comment, rendered from a report. Pure. */
import { mdCode, mdLinkDestination, mdText } from '../shared/escape-markdown.js'
import { mainItem, type Report } from './report.js'
import { characters, renderReport } from './markdown.js'
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
}

/** `[text](url)` from Markdown already escaped, or that Markdown alone when `url` is not linked. */
function linked(markdown: string, url: string): string {
  const destination = mdLinkDestination(url)
  return destination === undefined ? markdown : `[${markdown}](${destination})`
}

export function renderComment(report: Report, context: CommentContext): string {
  const main = mainItem(report)
  const preamble = [`Built from ${linked(mdCode(context.sha.slice(0, 7)), context.commitUrl)}`, '']
  if (main) {
    preamble.push(
      `**${linked('Open on IPFS', main.gatewayUrl)}** · root CID ${shownName(main.cid)}`,
      ''
    )
  }
  const body = renderReport(report, {
    title:
      context.title !== undefined
        ? mdText(context.title)
        : report.dryRun
          ? 'IPFS preview (dry run: nothing published)'
          : 'IPFS preview',
    preamble,
    limit: COMMENT_LIMIT - context.marker.length - 1,
    measure: characters,
    limitName: "GitHub's 65,536-character comment limit"
  })
  return `${context.marker}\n${body}`
}
