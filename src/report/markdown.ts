/**
 * Renders a report as Markdown, for the job summary and the PR comment alike. Pure: the report
 * in, a string out, trimmed to the destination's size limit with a visible note.
 */
import { formatBytes, listSome, plural } from '../shared/format.js'
import type { Report } from './report.js'

const TYPE_LABEL = { directory: '📁 directory', file: '📄 file', pin: '📌 pin' } as const

/** Makes text safe inside a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`'
  return `${fence}${fence === '``' ? ' ' : ''}${cell(text)}${fence === '``' ? ' ' : ''}${fence}`
}

/** Text inside `[…](url)` of a table cell. */
export function linkText(text: string): string {
  return cell(text).replace(/[[\]]/g, m => `\\${m}`)
}

/** Text inside HTML such as `<summary>`. */
export function html(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** How a destination counts size: the job summary in UTF-8 bytes, a comment in characters. */
export type Measure = (text: string) => number

export const utf8Bytes: Measure = text => Buffer.byteLength(text, 'utf8')
/** GitHub counts comment length in characters; code points never exceed UTF-16 units. */
export const characters: Measure = text => text.length

/**
 * Adds rows to a table while the total stays within `budget`; returns the lines and how many
 * rows did not fit.
 */
export function fitRows(
  rows: readonly string[],
  budget: number,
  measure: Measure = utf8Bytes
): { lines: string[]; left: number } {
  const lines: string[] = []
  let used = 0
  for (const row of rows) {
    const size = measure(row) + 1
    if (used + size > budget) break
    lines.push(row)
    used += size
  }
  return { lines, left: rows.length - lines.length }
}

export interface Layout {
  title: string
  /** Lines right under the title (the commit a comment was built from, say). */
  preamble?: string[]
  limit: number
  measure: Measure
  /** Named in the note shown when rows had to be left out. */
  limitName: string
}

export function renderReport(report: Report, layout: Layout): string {
  const head = headSection(report, layout)
  const tail = [
    ...warningsSection(report),
    ...failuresSection(report),
    ...notAttemptedSection(report),
    ...hiddenSection(report)
  ]
  // The tables of items and directory files take what is left of the budget, in that order.
  const { measure } = layout
  let budget = layout.limit - measure(head.join('\n')) - measure(tail.join('\n')) - 1024
  const items = itemsTable(report, budget, layout)
  budget -= measure(items.join('\n'))
  const files = directoryTable(report, budget, layout)
  return [...head, ...items, ...files, ...tail].join('\n')
}

const TRIM_NOTE = (left: number, what: string, layout: Layout) =>
  `\n> … ${plural(left, what)} not shown: trimmed to fit ${layout.limitName}. The \`results\` output has everything.\n`

/** Title, dry-run note, preamble, the error or "nothing published", cluster and expiry. */
function headSection(report: Report, layout: Layout): string[] {
  const head: string[] = [`## ${layout.title}`, '']
  if (report.dryRun) {
    head.push(
      `> **Dry run.** CIDs were computed locally with the \`${report.profile}\` profile. Nothing was sent to Pinarkive: the links work once the same content is published.`,
      ''
    )
  }
  head.push(...(layout.preamble ?? []))
  if (report.error) {
    head.push('### ❌ The step failed', '', report.error.replace(/\n/g, '\n\n'), '')
  } else if (report.items.length === 0 && report.failures.length === 0 && !report.notAttempted) {
    head.push('Nothing was published: no files matched `path` and no `cids` were given.', '')
  }
  if (report.items.length > 0) {
    const cluster =
      report.items.find(i => i.cluster)?.cluster ?? (report.cluster || 'account default')
    const expiry = report.items.find(i => i.expiresAt)?.expiresAt ?? report.timelock
    head.push(`**Cluster:** ${code(cluster)} · **Expires:** ${expiry ? code(expiry) : 'never'}`, '')
  }
  return head
}

function warningsSection(report: Report): string[] {
  if (report.warnings.length === 0) return []
  return ['### ⚠️ Warnings', '', ...report.warnings.map(w => `- ${w}`), '']
}

function failuresSection(report: Report): string[] {
  if (report.failures.length === 0) return []
  const rows = report.failures.map(
    failure => `| ${code(failure.path ?? failure.cid ?? failure.name)} | ${cell(failure.error)} |`
  )
  return [
    `### ❌ Failed (${report.failures.length})`,
    '',
    '| Item | Error |',
    '| --- | --- |',
    ...rows,
    ''
  ]
}

function notAttemptedSection(report: Report): string[] {
  if (!report.notAttempted) return []
  const { items, reason } = report.notAttempted
  return [
    `### ⏹️ Not attempted (${items.length})`,
    '',
    `The run stopped before these: ${cell(reason)}`,
    '',
    listSome(items.map(code), 20),
    ''
  ]
}

function hiddenSection(report: Report): string[] {
  if (report.hiddenSkipped.length === 0) return []
  return [
    `> ${plural(report.hiddenSkipped.length, 'hidden file')} left out: ${listSome(report.hiddenSkipped.map(code))}. Set \`include-hidden-files: true\` to publish them.`,
    ''
  ]
}

/** One row per published item, as many as fit in `budget`. */
function itemsTable(report: Report, budget: number, layout: Layout): string[] {
  if (report.items.length === 0) return []
  const rows = report.items.map(item => {
    const label =
      item.type === 'directory'
        ? `${code(item.path ?? item.name)} (${plural(item.files ?? 0, 'file')})`
        : item.type === 'file'
          ? code(item.path ?? item.name) +
            (item.duplicateOf ? ` (same bytes as ${code(item.duplicateOf)})` : '')
          : code(item.name)
    const size = item.size === undefined ? '—' : formatBytes(item.size)
    const check = item.verified === true ? ' ✓' : item.verified === false ? ' ⚠️ mismatch' : ''
    return `| ${TYPE_LABEL[item.type]} | ${label} | ${code(item.cid)}${check} | ${size} | [open](${item.gatewayUrl}) |`
  })
  const table = ['| | Item | CID | Size | Link |', '| --- | --- | --- | --- | --- |']
  const fitted = fitRows(rows, budget - layout.measure(table.join('\n')), layout.measure)
  table.push(...fitted.lines, '')
  if (fitted.left > 0) table.push(TRIM_NOTE(fitted.left, 'item', layout))
  return table
}

/** The files of an uploaded directory, collapsed, as many as fit in `budget`. */
function directoryTable(report: Report, budget: number, layout: Layout): string[] {
  if (report.directoryFiles.length === 0) return []
  const directory = report.items.find(i => i.type === 'directory')
  const rows = report.directoryFiles.map(
    f => `| [${linkText(f.path)}](${f.url}) | ${formatBytes(f.size)} |`
  )
  const fitted = fitRows(rows, budget - 300, layout.measure)
  return [
    `<details><summary>${plural(report.directoryFiles.length, 'file')} in <code>${html(directory?.path ?? '.')}</code></summary>`,
    '',
    '| File | Size |',
    '| --- | --- |',
    ...fitted.lines,
    fitted.left > 0 ? TRIM_NOTE(fitted.left, 'file', layout) : '',
    '</details>',
    ''
  ]
}
