/**
 * The preview's own lines in a rendered report: when and by which run it was published, whether
 * its links work yet, its deployment, when it expires, its earlier previews, and what a cleanup
 * removed and kept. Pure; every value through the escapers.
 */
import { mdCell, mdCode, mdLinkDestination, mdText } from '../shared/escape-markdown.js'
import { plural } from '../shared/format.js'
import { fitRows } from './budget.js'
import { trimNote, type Layout } from './layout.js'
import { readinessWords } from './readiness-words.js'
import { isReady, type Report } from './report.js'
import { messageInline, shownName } from './shown.js'

/** Earlier previews listed in the comment, at most. */
const HISTORY_ROWS = 20

/** `[text](url)` from Markdown already escaped, or that Markdown alone when `url` is not linked. */
export function linked(markdown: string, url: string): string {
  const destination = mdLinkDestination(url)
  return destination === undefined ? markdown : `[${markdown}](${destination})`
}

/** `2026-11-30 10:58 UTC`: a date a reader in any zone can place. */
export function formatTime(iso: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return ''
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** `in 14 days`, `in 5 hours`, `in 30 minutes`, or `expired`, from `now`. */
export function relativeTime(iso: string, now: string): string {
  const left = Date.parse(iso) - Date.parse(now)
  if (Number.isNaN(left)) return ''
  if (left <= 0) return 'expired'
  const minutes = Math.round(left / 60_000)
  if (minutes < 120) return `in ${plural(Math.max(1, minutes), 'minute')}`
  const hours = Math.round(minutes / 60)
  if (hours < 48) return `in ${plural(hours, 'hour')}`
  return `in ${plural(Math.round(hours / 24), 'day')}`
}

/** The expiry as a date, and as "in 14 days" when the publish time is known. */
export function expiryText(expiresAt: string, publishedAt: string | undefined): string {
  const date = formatTime(expiresAt)
  if (!date) return shownName(expiresAt)
  const relative = publishedAt ? relativeTime(expiresAt, publishedAt) : ''
  return relative ? `${date} (${relative})` : date
}

/** Which state the links are in: retrievable, pinned but not yet served, or not checked. */
export function readinessText(report: Report): string {
  const readiness = report.readiness
  if (!readiness) return 'not checked'
  const { icon } = readinessWords(readiness)
  const checked =
    readiness.checked < readiness.total
      ? ` (${readiness.checked} of ${readiness.total} items checked)`
      : ''
  const why = readiness.detail ? `: ${messageInline(readiness.detail, 300)}` : ''
  switch (readiness.state) {
    case 'verified':
      return `${icon} verified: the gateway served every block, each hashing to its CID${checked}`
    case 'mismatch':
      return `${icon} the gateway served a different or incomplete DAG${checked}${why}`
    case 'retrievable': {
      const note =
        readiness.waitedFor === 'verified' && readiness.detail ? `; not verified${why}` : ''
      return `${icon} retrievable: the gateway serves them${checked}${note}`
    }
    case 'pinned':
    case 'not-ready': {
      if (isReady(readiness))
        return `${icon} pinned on the cluster; the gateway was not asked${checked}`
      const waited = Math.round(readiness.waitedMs / 1000)
      return readiness.state === 'pinned'
        ? `${icon} pinned, but not served by the gateway yet after ${waited} s${checked}${why}`
        : `${icon} not pinned yet after ${waited} s${checked}${why}`
    }
  }
}

/** Whether the links work yet, and the deployment: lines that say something, only. */
export function stateLines(report: Report, layout: Layout): string[] {
  const lines: string[] = []
  const readiness = report.readiness
  // A comment's status cell already says "✅ Verified"; its line is for what needs words.
  const said = layout.statusTable && readiness && isReady(readiness) && !readiness.detail
  if (!report.dryRun && report.items.length > 0 && readiness && !said) {
    lines.push(`**Links:** ${readinessText(report)}`, '')
  }
  const deployment = report.deployment
  if (deployment) {
    const main = report.items.find(item => item.gatewayUrl === deployment.url)
    const view = deployment.url && !main ? ` · ${linked('view', deployment.url)}` : ''
    lines.push(
      `**Deployment:** ${mdCode(deployment.environment)}, ${mdText(deployment.state)}${view}`,
      ''
    )
  }
  return lines
}

/** The earlier previews of the pull request, collapsed, marking those still pinned. */
export function historySection(report: Report, layout: Layout): string[] {
  const history = report.history ?? []
  // A cleanup lists what it unpinned and kept instead: each CID once.
  if (history.length === 0 || report.cleanup) return []
  const rows = history.slice(0, HISTORY_ROWS).map(entry => {
    const commit = entry.sha ? mdCode(entry.sha.slice(0, 7)) : '—'
    const when = entry.at ? formatTime(entry.at) : '—'
    const run = entry.runUrl ? linked(when, entry.runUrl) : when
    const state = entry.pinned
      ? entry.expiresAt
        ? `pinned until ${formatTime(entry.expiresAt)}`
        : 'pinned'
      : 'removed or expired'
    // Only a preview still pinned is linked: a removed one would not open.
    const cid =
      entry.pinned && entry.url ? linked(shownName(entry.cid), entry.url) : shownName(entry.cid)
    return `| ${commit} | ${run} | ${mdCell(cid)} | ${state} |`
  })
  const fitted = fitRows(rows, Math.floor(layout.limit * 0.1), layout.measure)
  // Previews the comment's record no longer lists count as older ones too.
  const more = history.length - fitted.lines.length + (report.historyDropped ?? 0)
  const total = history.length + (report.historyDropped ?? 0)
  return [
    `<details><summary>${plural(total, 'earlier preview')}</summary>`,
    '',
    '| Commit | Published | Preview | State |',
    '| --- | --- | --- | --- |',
    ...fitted.lines,
    ...(more > 0 ? ['', `… and ${plural(more, 'older one')}.`] : []),
    '',
    '</details>',
    ''
  ]
}

/** What a cleanup did, each CID once: unpinned, or kept and why. */
export function cleanupSections(report: Report, layout: Layout): string[] {
  const cleanup = report.cleanup
  if (!cleanup) return []
  const how = cleanup.merged ? 'merged' : 'closed'
  const { unpinned, kept } = cleanup
  const lines: string[] = []
  if (unpinned.length === 0 && kept.length === 0) {
    lines.push(
      `The pull request was ${how}. Nothing was recorded for it, so nothing was unpinned.`,
      ''
    )
  } else {
    lines.push(
      `The pull request was ${how}: ${plural(unpinned.length, 'CID')} unpinned, ${kept.length} kept.`,
      ''
    )
  }
  for (const note of cleanup.notes) lines.push(messageInline(note), '')
  if (unpinned.length + kept.length > 0) {
    const rows = [
      ...unpinned.map(cid => `| ${mdCell(shownName(cid))} | 🗑️ unpinned |`),
      ...kept.map(
        k =>
          `| ${mdCell(shownName(k.cid))} | ${mdCell(`📌 kept: ${messageInline(k.reason, 500)}`)} |`
      )
    ]
    const fitted = fitRows(rows, Math.floor(layout.limit * 0.4), layout.measure)
    lines.push('| CID | Result |', '| --- | --- |', ...fitted.lines, '')
    if (fitted.left > 0) {
      lines.push(trimNote(fitted.left, 'CID', layout, 'The `unpinned` output lists them.'), '')
    }
  }
  return lines
}
