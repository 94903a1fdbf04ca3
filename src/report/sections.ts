/**
 * The sections around the tables of a rendered report: the head (title, dry-run note, error,
 * cluster and expiry) and the tail (warnings, failures, what was not attempted, hidden files).
 * Each keeps within its share of the limit, trimmed with a visible note.
 */
import { mdCell, mdCode, mdLinkDestination } from '../shared/escape-markdown.js'
import { formatBytes, listSome, plural } from '../shared/format.js'
import { clipEnd, fitRows } from './budget.js'
import { trimNote, type Layout } from './layout.js'
import { messageBlock, messageInline, shownName } from './shown.js'
import { itemLabel } from './tables.js'
import { naturalSort } from './natural-order.js'
import { cleanupSections, expiryText, stateLines } from './preview.js'
import { failuresByReason, stoppedByAFailure, type Report } from './report.js'

/** Shares of the limit: what the tail may take, so the tables keep most of it. */
const SHARE = { error: 0.2, warnings: 0.15, failures: 0.2 } as const
/** The error of a run that stopped is cut here at the latest, whatever the limit. */
const ERROR_MAX = 20_000

/**
 * What a reader needs first: the status (the title), the main link, the dry-run note, the
 * preamble (a comment's compact table), then the error or "nothing published".
 */
export function headSection(report: Report, layout: Layout): string[] {
  const head: string[] = [`## ${layout.title}`, '', ...(layout.mainLink ? mainLink(report) : [])]
  if (report.dryRun) {
    head.push(
      `> **Dry run.** CIDs were computed locally with the ${mdCode(report.profile)} profile. Nothing was sent to Pinarkive: the links work once the same content is published.`,
      ''
    )
  }
  head.push(...(layout.preamble ?? []))
  if (report.error) {
    head.push('### ❌ The step failed', '', ...errorLines(report.error, layout))
  } else if (
    !report.cleanup &&
    report.items.length === 0 &&
    report.failures.length === 0 &&
    !report.notAttempted
  ) {
    head.push('Nothing was published: no files matched `path` and no `cids` were given.', '')
  }
  return head
}

/** The link of a run that published one item, right under the status. */
function mainLink(report: Report): string[] {
  if (report.items.length !== 1) return []
  const destination = mdLinkDestination(report.items[0].gatewayUrl)
  return destination === undefined ? [] : [`**[Open on IPFS](${destination})**`, '']
}

/**
 * The facts under the links: a single item's CID, size and name (more items have the table),
 * the cluster and expiry, whether the links work yet, the deployment, what a cleanup did.
 */
export function factsSection(report: Report, layout: Layout): string[] {
  const lines: string[] = []
  const only = report.items.length === 1 ? report.items[0] : undefined
  if (only) {
    const word = only.type === 'directory' ? 'Root CID' : 'CID'
    const check =
      only.verified === true
        ? ' (✓ equals the CID computed here from the files)'
        : only.verified === false
          ? ' (⚠️ not the CID computed here from the files)'
          : ''
    const size = only.size === undefined ? '' : ` · ${formatBytes(only.size)}`
    lines.push(`**${word}:** ${shownName(only.cid)}${check} · ${itemLabel(only)}${size}`, '')
  }
  if (report.items.length > 0) {
    const cluster = report.items.find(i => i.cluster)?.cluster ?? report.cluster
    const expiry = report.items.find(i => i.expiresAt)?.expiresAt ?? report.timelock
    lines.push(
      `**Cluster:** ${cluster ? shownName(cluster) : 'the account default'} · **Expires:** ${expiry ? expiryText(expiry, report.published?.at) : 'never'}`,
      '',
      ...stateLines(report, layout)
    )
  }
  return [...lines, ...cleanupSections(report, layout)]
}

/** The error, a paragraph a line, within its share of the limit. */
function errorLines(error: string, layout: Layout): string[] {
  const budget = Math.floor(layout.limit * SHARE.error)
  // A quarter of the budget in characters leaves room for escapes and multi-byte characters.
  const clipped = clipEnd(error, Math.min(ERROR_MAX, Math.floor(budget / 4)))
  const paragraphs = messageBlock(clipped.text, ERROR_MAX).flatMap(line => [line, ''])
  const fitted = fitRows(paragraphs, budget, layout.measure)
  if (clipped.left === 0 && fitted.left === 0) return fitted.lines
  return [
    ...fitted.lines,
    `> … the rest of this error is not shown: trimmed to fit ${layout.limitName}. The step's log has it whole.`,
    ''
  ]
}

/** `a, b, c and 4 more`, rendering only the names shown: a list may hold 20,000. */
function someNames(names: readonly string[], max: number): string {
  return listSome(
    names.map((name, i) => (i < max ? shownName(name) : '')),
    max
  )
}

export function warningsSection(report: Report, layout: Layout): string[] {
  if (report.warnings.length === 0) return []
  const rows = report.warnings.map(w => `- ${messageInline(w)}`)
  const fitted = fitRows(rows, Math.floor(layout.limit * SHARE.warnings), layout.measure)
  const note =
    fitted.left > 0
      ? [trimNote(fitted.left, 'warning', layout, "The step's log has them all.")]
      : []
  return ['### ⚠️ Warnings', '', ...fitted.lines, ...note, '']
}

/**
 * The failures, one row per reason: items that failed alike share a row, so shared advice (what
 * to do about a rate limit, say) is given once.
 */
export function failuresSection(report: Report, layout: Layout): string[] {
  if (report.failures.length === 0) return []
  const groups = failuresByReason(report.failures)
  const rows = groups.map(
    ({ error, names }) =>
      `| ${mdCell(
        someNames(
          naturalSort(names, name => name),
          10
        )
      )} | ${mdCell(messageInline(error))} |`
  )
  const fitted = fitRows(rows, Math.floor(layout.limit * SHARE.failures), layout.measure)
  // Counted in failures, not rows: a row may stand for many.
  const left = groups.slice(fitted.lines.length).reduce((sum, { names }) => sum + names.length, 0)
  const note =
    left > 0 ? [trimNote(left, 'failure', layout, "The step's log lists every failure.")] : []
  return [
    `### ❌ Failed (${report.failures.length})`,
    '',
    '| Item | Why, and what to do |',
    '| --- | --- |',
    ...fitted.lines,
    ...note,
    ''
  ]
}

export function notAttemptedSection(report: Report): string[] {
  if (!report.notAttempted) return []
  const { items, reason } = report.notAttempted
  const why = stoppedByAFailure(report)
    ? 'The run stopped before these, because of the failure above.'
    : `The run stopped before these: ${messageInline(reason)}`
  return [`### ⏹️ Not attempted (${items.length})`, '', why, '', someNames(items, 20), '']
}

/** The CAR written with `car: true`, where a later step finds it. */
export function carSection(report: Report, layout: Layout): string[] {
  const car = report.car
  if (!car || !layout.runnerFiles) return []
  return [
    `**CAR:** ${mdCode(car.path)} · ${plural(car.roots.length, 'root')} · ${plural(car.blocks, 'block')} · ${formatBytes(car.bytes)} (the \`car-path\` output)`,
    ''
  ]
}

export function hiddenSection(report: Report): string[] {
  const hidden = report.hiddenSkipped
  if (hidden.length === 0) return []
  return [
    `> ${plural(hidden.length, 'hidden file')} left out: ${someNames(hidden, 5)}. Set \`include-hidden-files: true\` to publish them.`,
    ''
  ]
}
