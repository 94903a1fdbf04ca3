/** The commit status, rendered from a report. Pure. */
import { safeUrl } from '../shared/escape-markdown.js'
import { plural } from '../shared/format.js'
import { showControls } from '../shared/visible-controls.js'
import { clipEnd } from './budget.js'
import { readinessSuffix } from './readiness-words.js'
import { failureLine, mainItem, type Report } from './report.js'

/** GitHub rejects a status description over 140 characters. */
export const STATUS_DESCRIPTION_LIMIT = 140

export interface CommitStatus {
  state: 'success' | 'failure'
  target_url: string
  description: string
  context: string
}

/**
 * One line of at most 140 characters (a commit status's or a deployment status's description):
 * controls shown, white space collapsed, `…` when cut.
 */
export function statusDescription(text: string, max = STATUS_DESCRIPTION_LIMIT): string {
  // Cut before escaping too: a 10 MB reason need not be escaped whole.
  const flat = showControls(clipEnd(text, max * 8).text, { tabs: true })
    .replace(/\s+/g, ' ')
    .trim()
  if (flat.length <= max) return flat
  return `${clipEnd(flat, max - 1).text}…`
}

/** A status that tells the truth: success only when everything asked for was published. */
export function commitStatusFor(
  report: Report,
  context: { name: string; runUrl: string }
): CommitStatus {
  const main = mainItem(report)
  const failed = report.failures.length + (report.notAttempted?.items.length ?? 0)
  const status = (state: CommitStatus['state'], description: string, url = context.runUrl) => ({
    state,
    // Only a link the renderers would make: https, or http to this machine.
    target_url: safeUrl(url) ? url : context.runUrl,
    description: statusDescription(description),
    context: context.name
  })
  if (report.error || failed > 0) {
    const reason =
      report.error ??
      `${failed} of ${plural(failed + report.items.length, 'item')} failed: ${report.failures[0] ? failureLine(report.failures[0]) : (report.notAttempted?.reason ?? '')}`
    return status('failure', reason)
  }
  if (report.cleanup) {
    const { unpinned, kept } = report.cleanup
    return status('success', `Preview removed: ${unpinned.length} unpinned, ${kept.length} kept`)
  }
  if (!main) return status('success', 'Nothing to publish')
  const what =
    main.type === 'directory' ? `${plural(main.files ?? 0, 'file')} as ${main.cid}` : main.cid
  const more = report.items.length > 1 ? ` (+${report.items.length - 1} more)` : ''
  return status(
    'success',
    `Published ${what}${more}${readinessSuffix(report.readiness)}`,
    main.gatewayUrl
  )
}
