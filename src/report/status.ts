/** The commit status, rendered from a report. Pure. */
import { plural } from '../shared/format.js'
import { mainItem, type Report } from './report.js'

export interface CommitStatus {
  state: 'success' | 'failure'
  target_url: string
  description: string
  context: string
}

/** GitHub rejects a status description over 140 characters. */
function clip(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`
}

/** A status that tells the truth: success only when everything asked for was published. */
export function commitStatusFor(
  report: Report,
  context: { name: string; runUrl: string }
): CommitStatus {
  const main = mainItem(report)
  const failed = report.failures.length + (report.notAttempted?.items.length ?? 0)
  if (report.error || failed > 0) {
    const reason =
      report.error ??
      `${failed} of ${plural(failed + report.items.length, 'item')} failed: ${report.failures[0]?.error ?? report.notAttempted?.reason ?? ''}`
    return {
      state: 'failure',
      target_url: context.runUrl,
      description: clip(reason),
      context: context.name
    }
  }
  if (!main) {
    return {
      state: 'success',
      target_url: context.runUrl,
      description: 'Nothing to publish',
      context: context.name
    }
  }
  const what =
    main.type === 'directory' ? `${plural(main.files ?? 0, 'file')} as ${main.cid}` : main.cid
  const more = report.items.length > 1 ? ` (+${report.items.length - 1} more)` : ''
  return {
    state: 'success',
    target_url: main.gatewayUrl,
    description: clip(`Published ${what}${more}`),
    context: context.name
  }
}
