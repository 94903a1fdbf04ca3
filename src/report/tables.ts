/** The tables of a rendered report: published items, and the files of a directory. */
import { htmlText, mdCell, mdLink, mdLinkDestination } from '../shared/escape-markdown.js'
import { formatBytes, plural } from '../shared/format.js'
import { fitRows } from './budget.js'
import { trimNote, type Layout } from './layout.js'
import { clippedName, shownName } from './shown.js'
import type { PublishedItem, Report } from './report.js'

const TYPE_LABEL = { directory: '📁 directory', file: '📄 file', pin: '📌 pin' } as const

/** A table row from cells of inline Markdown, each made safe for its cell. */
function row(cells: readonly string[]): string {
  return `| ${cells.map(mdCell).join(' | ')} |`
}

function itemLabel(item: PublishedItem): string {
  // `reuse`: nothing was uploaded, Pinarkive already held the content. The warnings say why an
  // item may be stored twice.
  const held =
    (item.reused ? ' (already pinned)' : '') +
    (item.mayBeStoredTwice ? ' (⚠️ may have been stored twice)' : '')
  if (item.type === 'directory') {
    return `${shownName(item.path ?? item.name)} (${plural(item.files ?? 0, 'file')})${held}`
  }
  if (item.type === 'file') {
    const same = item.duplicateOf ? ` (same bytes as ${shownName(item.duplicateOf)})` : ''
    return shownName(item.path ?? item.name) + same + held
  }
  return shownName(item.name) + held
}

/** `[open](url)`, or a dash when the URL may not be linked (see safeUrl). */
function openLink(url: string): string {
  const destination = mdLinkDestination(url)
  return destination === undefined ? '—' : `[open](${destination})`
}

/** One row per published item, as many as fit in `budget`. */
export function itemsTable(report: Report, budget: number, layout: Layout): string[] {
  if (report.items.length === 0) return []
  const rows = report.items.map(item => {
    const size = item.size === undefined ? '—' : formatBytes(item.size)
    const check = item.verified === true ? ' ✓' : item.verified === false ? ' ⚠️ mismatch' : ''
    return row([
      TYPE_LABEL[item.type],
      itemLabel(item),
      shownName(item.cid) + check,
      size,
      openLink(item.gatewayUrl)
    ])
  })
  const table = ['| | Item | CID | Size | Link |', '| --- | --- | --- | --- | --- |']
  const fitted = fitRows(rows, budget - layout.measure(table.join('\n')), layout.measure)
  table.push(...fitted.lines, '')
  if (fitted.left > 0) {
    table.push(trimNote(fitted.left, 'item', layout, 'The `results` output has everything.'))
  }
  return table
}

/** The files of an uploaded directory, collapsed, as many as fit in `budget`. */
export function directoryTable(report: Report, budget: number, layout: Layout): string[] {
  if (report.directoryFiles.length === 0) return []
  const directory = report.items.find(i => i.type === 'directory')
  const rows = report.directoryFiles.map(file => {
    const name = clippedName(file.path)
    return row([mdLink(name.text, file.url) + name.note, formatBytes(file.size)])
  })
  const fitted = fitRows(rows, budget - 300, layout.measure)
  const folder = clippedName(directory?.path ?? '.')
  return [
    `<details><summary>${plural(report.directoryFiles.length, 'file')} in <code>${htmlText(folder.text)}</code>${htmlText(folder.note)}</summary>`,
    '',
    '| File | Size |',
    '| --- | --- |',
    ...fitted.lines,
    fitted.left > 0
      ? trimNote(fitted.left, 'file', layout, 'The `results` output has the directory.')
      : '',
    '</details>',
    ''
  ]
}
