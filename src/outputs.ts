/** The step's outputs and its failure message, from a report. */
import * as core from '@actions/core'
import { plural } from './format.js'
import { mainItem, type Report } from './report.js'

/** Sets every output, also for a run that failed partway: what succeeded is listed. */
export function setOutputs(report: Report, cluster: string): void {
  const main = mainItem(report)
  core.setOutput('cid', main?.cid ?? '')
  core.setOutput('gateway-url', main?.gatewayUrl ?? '')
  core.setOutput('cids', JSON.stringify(report.items.map(i => i.cid)))
  core.setOutput('results', JSON.stringify(report.items))
  core.setOutput('cluster', report.items.find(i => i.cluster)?.cluster ?? cluster)
  core.setOutput('local-cid', main?.localCid ?? '')
}

/** The step's failure message: what failed, why, and what still succeeded. */
export function failureMessage(report: Report): string {
  // A mismatch is a failure of an item that is also among the published ones.
  const total =
    report.items.length +
    report.failures.filter(f => !f.mismatch).length +
    (report.notAttempted?.items.length ?? 0)
  const lines = [`${report.failures.length} of ${plural(total, 'item')} failed:`]
  for (const failure of report.failures) {
    lines.push(`- ${failure.path ?? failure.cid ?? failure.name}: ${failure.error}`)
  }
  if (report.notAttempted) {
    lines.push(
      `${plural(report.notAttempted.items.length, 'item')} not attempted: ${report.notAttempted.reason}`
    )
  }
  if (report.items.length > 0)
    lines.push(`${plural(report.items.length, 'item')} succeeded; outputs list them.`)
  return lines.join('\n')
}
