/** The step's outputs and its failure message, from a report. Pure. */
import { sha256DigestOf } from '../shared/cid.js'
import { plural } from '../shared/format.js'
import { showControls } from '../shared/visible-controls.js'
import { clipEnd, clipMiddle, clipNote } from './budget.js'
import {
  failuresByReason,
  isReady,
  mainItem,
  stoppedByAFailure,
  type PublishedItem,
  type Report
} from './report.js'
import { MESSAGE_MAX, NAME_MAX } from './shown.js'

/** Failures listed one by one in the failure message; the log has a line for each of them. */
const LISTED_FAILURES = 100

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
    // The CID is known in a dry run too: it is what a publish of the same bytes gives.
    dnslink: main ? `dnslink=/ipfs/${main.cid}` : '',
    ...attestationSubject(report, main),
    unpinned: JSON.stringify(report.cleanup?.unpinned ?? []),
    kept: JSON.stringify(report.cleanup?.kept ?? []),
    'car-path': report.car?.path ?? ''
  }
}

/**
 * What `actions/attest` takes as its subject: `ipfs://<cid>` and the SHA-256 the CID's
 * multihash carries, which is the SHA-256 of the root block. Only for content this run
 * published and whose CID it computed itself from the bytes (`verified`): an attestation signs
 * that this workflow made it, so neither a dry run, a pin of a CID given as input, nor an answer
 * the action could not check against the bytes gets one. Empty for any hash but sha2-256.
 */
function attestationSubject(report: Report, main: PublishedItem | undefined) {
  const digest = !report.dryRun && main?.verified === true ? sha256DigestOf(main.cid) : undefined
  return {
    'attestation-subject-name': main && digest ? `ipfs://${main.cid}` : '',
    'attestation-subject-digest': digest ? `sha256:${digest}` : ''
  }
}

/** A value inside a line of the message: on that line, whatever it holds, and cut when long. */
function inline(text: string, clip: typeof clipEnd, max: number): string {
  const clipped = clip(text, max)
  return showControls(clipped.text) + clipNote(clipped.left)
}

/**
 * The step's failure message: what failed, why, and what still succeeded. One line per failure;
 * names and reasons cannot add lines of their own.
 */
export function failureMessage(report: Report): string {
  // A mismatch is a failure of an item that is also among the published ones.
  const total =
    report.items.length +
    report.failures.filter(f => !f.mismatch).length +
    (report.notAttempted?.items.length ?? 0)
  const lines = [`${report.failures.length} of ${plural(total, 'item')} failed:`]
  // Failures alike share a line, so shared advice (about a rate limit, say) is given once.
  for (const { error, names } of failuresByReason(report.failures.slice(0, LISTED_FAILURES))) {
    const what = names.map(name => inline(name, clipMiddle, NAME_MAX))
    lines.push(`- ${what.join(', ')}: ${inline(error, clipEnd, MESSAGE_MAX)}`)
  }
  if (report.failures.length > LISTED_FAILURES) {
    lines.push(`- and ${report.failures.length - LISTED_FAILURES} more (the log lists each)`)
  }
  if (report.notAttempted) {
    const count = plural(report.notAttempted.items.length, 'item')
    lines.push(
      stoppedByAFailure(report)
        ? `${count} not attempted, because of that failure.`
        : `${count} not attempted: ${inline(report.notAttempted.reason, clipEnd, MESSAGE_MAX)}`
    )
  }
  if (report.items.length > 0)
    lines.push(`${plural(report.items.length, 'item')} succeeded; outputs list them.`)
  return lines.join('\n')
}
