/** Renders the job summary as Markdown. Pure: the report in, a string out. */
import { formatBytes, listSome, plural } from './format.js'
import type { Report } from './report.js'

/** GitHub refuses a step summary over 1 MiB; leave room for a note and other steps' output. */
export const SUMMARY_LIMIT_BYTES = 1_000_000

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

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * Adds rows to a table while the total stays within `budget` bytes; returns the lines and how
 * many rows did not fit.
 */
export function fitRows(
  rows: readonly string[],
  budget: number
): { lines: string[]; left: number } {
  const lines: string[] = []
  let used = 0
  for (const row of rows) {
    const size = bytes(row) + 1
    if (used + size > budget) break
    lines.push(row)
    used += size
  }
  return { lines, left: rows.length - lines.length }
}

export interface SummaryOptions {
  limitBytes?: number
  /** Heading; changes for a dry run. */
  title?: string
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES
  const head: string[] = [`## ${options.title ?? 'Published to IPFS with Pinarkive'}`, '']
  const tail: string[] = []

  if (report.error) {
    head.push('### ❌ The step failed', '', report.error.replace(/\n/g, '\n\n'), '')
  } else if (report.items.length === 0 && report.failures.length === 0 && !report.notAttempted) {
    head.push('Nothing was published: no files matched `path` and no `cids` were given.', '')
  }

  const cluster =
    report.items.find(i => i.cluster)?.cluster ?? (report.cluster || 'account default')
  const expiry = report.items.find(i => i.expiresAt)?.expiresAt ?? report.timelock
  if (report.items.length > 0) {
    head.push(`**Cluster:** ${code(cluster)} · **Expires:** ${expiry ? code(expiry) : 'never'}`, '')
  }

  if (report.warnings.length > 0) {
    tail.push('### ⚠️ Warnings', '', ...report.warnings.map(w => `- ${w}`), '')
  }
  if (report.failures.length > 0) {
    tail.push(`### ❌ Failed (${report.failures.length})`, '', '| Item | Error |', '| --- | --- |')
    for (const failure of report.failures) {
      const label = failure.path ?? failure.cid ?? failure.name
      tail.push(`| ${code(label)} | ${cell(failure.error)} |`)
    }
    tail.push('')
  }
  if (report.notAttempted) {
    const { items, reason } = report.notAttempted
    tail.push(
      `### ⏹️ Not attempted (${items.length})`,
      '',
      `The run stopped before these: ${cell(reason)}`,
      '',
      listSome(items.map(code), 20),
      ''
    )
  }
  if (report.hiddenSkipped.length > 0) {
    tail.push(
      `> ${plural(report.hiddenSkipped.length, 'hidden file')} left out: ${listSome(report.hiddenSkipped.map(code))}. Set \`include-hidden-files: true\` to publish them.`,
      ''
    )
  }

  // The tables of items and directory files take what is left of the budget, in that order.
  const trimNote = (left: number, what: string) =>
    `\n> … ${plural(left, what)} not shown: the summary was trimmed to fit GitHub's 1 MiB limit. The \`results\` output has everything.\n`
  let budget = limit - bytes(head.join('\n')) - bytes(tail.join('\n')) - 1024
  const body: string[] = []
  if (report.items.length > 0) {
    body.push('| | Item | CID | Size | Link |', '| --- | --- | --- | --- | --- |')
    const rows = report.items.map(item => {
      const label =
        item.type === 'directory'
          ? `${code(item.path ?? item.name)} (${plural(item.files ?? 0, 'file')})`
          : item.type === 'file'
            ? code(item.path ?? item.name) +
              (item.duplicateOf ? ` (same bytes as ${code(item.duplicateOf)})` : '')
            : code(item.name)
      const size = item.size === undefined ? '—' : formatBytes(item.size)
      return `| ${TYPE_LABEL[item.type]} | ${label} | ${code(item.cid)} | ${size} | [open](${item.gatewayUrl}) |`
    })
    const fitted = fitRows(rows, budget)
    body.push(...fitted.lines, '')
    budget -= bytes(body.join('\n'))
    if (fitted.left > 0) body.push(trimNote(fitted.left, 'item'))
  }
  if (report.directoryFiles.length > 0) {
    const directory = report.items.find(i => i.type === 'directory')
    const rows = report.directoryFiles.map(
      f => `| [${linkText(f.path)}](${f.url}) | ${formatBytes(f.size)} |`
    )
    const fitted = fitRows(rows, budget - 300)
    body.push(
      `<details><summary>${plural(report.directoryFiles.length, 'file')} in <code>${html(directory?.path ?? '.')}</code></summary>`,
      '',
      '| File | Size |',
      '| --- | --- |',
      ...fitted.lines,
      fitted.left > 0 ? trimNote(fitted.left, 'file') : '',
      '</details>',
      ''
    )
  }
  return [...head, ...body, ...tail].join('\n')
}
