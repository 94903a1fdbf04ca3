/** The step's outputs and its failure message, from a report. Pure. */
import { plural } from '../shared/format.js'
import { mainItem, type ReadinessReport, type Report } from './report.js'

/** Ready means what was waited for happened: pinned, or served by the gateway. */
export function isReady(readiness: ReadinessReport): boolean {
  return readiness.waitedFor === 'gateway'
    ? readiness.state === 'retrievable'
    : readiness.state !== 'not-ready'
}

/** Every output, also for a run that failed partway: what succeeded is listed. */
export function renderOutputs(report: Report): Record<string, string> {
  const main = mainItem(report)
  return {
    cid: main?.cid ?? '',
    'gateway-url': main?.gatewayUrl ?? '',
    cids: JSON.stringify(report.items.map(i => i.cid)),
    results: JSON.stringify(report.items),
    cluster: report.items.find(i => i.cluster)?.cluster ?? report.cluster,
    'local-cid': main?.localCid ?? '',
    'deployment-id': report.deployment ? String(report.deployment.id) : '',
    'deployment-url': report.deployment?.url ?? '',
    ready: report.readiness ? String(isReady(report.readiness)) : '',
    unpinned: JSON.stringify(report.cleanup?.unpinned ?? []),
    kept: JSON.stringify(report.cleanup?.kept ?? [])
  }
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
