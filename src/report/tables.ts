/** The tables of a rendered report: published items, and the files of a directory. */
import { htmlText, mdCell, mdLink } from '../shared/escape-markdown.js'
import { formatBytes, plural } from '../shared/format.js'
import { fitRows } from './budget.js'
import { trimNote, type Layout } from './layout.js'
import { naturalSort } from './natural-order.js'
import { linked } from './preview.js'
import { clippedName, shownName } from './shown.js'
import type { PublishedItem, Report } from './report.js'

const TYPE_ICON = { directory: '📁', file: '📄', pin: '📌' } as const
const TYPE_ORDER = { directory: 0, file: 1, pin: 2 } as const

/** A table row from cells of inline Markdown, each made safe for its cell. */
function row(cells: readonly string[]): string {
  return `| ${cells.map(mdCell).join(' | ')} |`
}

/** The item as a reader names it, with what it should know of it: reused, sent twice. */
export function itemLabel(item: PublishedItem): string {
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

/** The CID, linked to the gateway, and whether it matches the CID computed here. */
function cidCell(item: PublishedItem): string {
  const check = item.verified === true ? ' ✓' : item.verified === false ? ' ⚠️ mismatch' : ''
  return linked(shownName(item.cid), item.gatewayUrl) + check
}

/** What a ✓ after a CID means, said once under the table or line that shows one. */
const VERIFIED_LEGEND = '✓ the CID Pinarkive returned equals the one computed here from the files.'

/** Items in the order a reader looks for them: the directory, files by name, then pins. */
function displayOrder(items: readonly PublishedItem[]): PublishedItem[] {
  const sorted = naturalSort(items, item => item.path ?? item.name)
  return sorted.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type])
}

/** One row per published item, as many as fit in `budget`. */
export function itemsTable(report: Report, budget: number, layout: Layout): string[] {
  if (report.items.length === 0) return []
  const rows = displayOrder(report.items).map(item =>
    row([
      `${TYPE_ICON[item.type]} ${itemLabel(item)}`,
      cidCell(item),
      item.size === undefined ? '—' : formatBytes(item.size)
    ])
  )
  const table = ['| Item | CID | Size |', '| --- | --- | ---: |']
  const fitted = fitRows(rows, budget - layout.measure(table.join('\n')), layout.measure)
  table.push(...fitted.lines, '')
  if (fitted.left > 0) {
    table.push(trimNote(fitted.left, 'item', layout, 'The `results` output has everything.'))
  }
  if (report.items.some(item => item.verified === true)) table.push(VERIFIED_LEGEND, '')
  return table
}

/** The files of an uploaded directory, collapsed, as many as fit in `budget`. */
export function directoryTable(report: Report, budget: number, layout: Layout): string[] {
  if (report.directoryFiles.length === 0) return []
  const directory = report.items.find(i => i.type === 'directory')
  const rows = naturalSort(report.directoryFiles, file => file.path).map(file => {
    const name = clippedName(file.path)
    return row([mdLink(name.text, file.url) + name.note, formatBytes(file.size)])
  })
  const fitted = fitRows(rows, budget - 300, layout.measure)
  const folder = clippedName(directory?.path ?? '.')
  return [
    `<details><summary>${plural(report.directoryFiles.length, 'file')} in <code>${htmlText(folder.text)}</code>${htmlText(folder.note)}</summary>`,
    '',
    '| File | Size |',
    '| --- | ---: |',
    ...fitted.lines,
    fitted.left > 0
      ? trimNote(fitted.left, 'file', layout, 'The `results` output has the directory.')
      : '',
    '</details>',
    ''
  ]
}
