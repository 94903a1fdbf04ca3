/** The pull-request comment, rendered from a report. Pure. */
import { mainItem, type Report } from './report.js'
import { characters, code, renderReport } from './markdown.js'

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT = 65_536

export interface CommentContext {
  marker: string
  /** The commit the content was built from. */
  sha: string
  commitUrl: string
  /** The run that published it. */
  runUrl?: string
  /** Heading, e.g. "IPFS preview". */
  title?: string
}

export function renderComment(report: Report, context: CommentContext): string {
  const main = mainItem(report)
  const preamble = [`Built from [\`${context.sha.slice(0, 7)}\`](${context.commitUrl})`, '']
  if (main) {
    preamble.push(`**[Open on IPFS](${main.gatewayUrl})** · root CID ${code(main.cid)}`, '')
  }
  const body = renderReport(report, {
    title:
      context.title ??
      (report.dryRun ? 'IPFS preview (dry run: nothing published)' : 'IPFS preview'),
    preamble,
    limit: COMMENT_LIMIT - context.marker.length - 1,
    measure: characters,
    limitName: "GitHub's 65,536-character comment limit"
  })
  return `${context.marker}\n${body}`
}
