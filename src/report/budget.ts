/**
 * Sizes: how a destination measures text, and the cuts that keep a document within its limit,
 * each leaving a visible note. Pure.
 */
/** How a destination counts size: the job summary in UTF-8 bytes, a comment in characters. */
export type Measure = (text: string) => number

export const utf8Bytes: Measure = text => Buffer.byteLength(text, 'utf8')
/** GitHub counts comment length in characters; code points never exceed UTF-16 units. */
export const characters: Measure = text => text.length

/** Where to cut a string of UTF-16 units at or before `at` without splitting a surrogate pair. */
function cutAt(text: string, at: number): number {
  if (at <= 0) return 0
  const code = text.charCodeAt(at - 1)
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at
}

export interface Clipped {
  text: string
  /** Characters (UTF-16 units) left out; 0 when `text` is whole. */
  left: number
}

/** The first `max` characters of `text`. */
export function clipEnd(text: string, max: number): Clipped {
  if (text.length <= max) return { text, left: 0 }
  const end = cutAt(text, max)
  return { text: text.slice(0, end), left: text.length - end }
}

/**
 * `text` cut in the middle to `max` characters: a long path keeps its start and its file name.
 * The returned text has `…` where characters were left out.
 */
export function clipMiddle(text: string, max: number): Clipped {
  if (text.length <= max) return { text, left: 0 }
  const head = cutAt(text, Math.ceil(max / 3))
  let tailStart = text.length - (max - head)
  const code = text.charCodeAt(tailStart)
  if (code >= 0xdc00 && code <= 0xdfff) tailStart++
  return { text: `${text.slice(0, head)}…${text.slice(tailStart)}`, left: tailStart - head }
}

/** The visible note after a clipped value: ` (… 1,234 more characters)`. */
export function clipNote(left: number): string {
  if (left <= 0) return ''
  return ` (… ${left.toLocaleString('en-US')} more ${left === 1 ? 'character' : 'characters'})`
}

/**
 * Adds lines while the total stays within `budget` (each line counts one newline); returns them
 * and how many did not fit.
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

/**
 * The last guard: a document still over `limit` is cut at a line boundary, and `note` is
 * appended. The sections keep within their own budgets, so this is for what they cannot
 * foresee; it makes the limit hold whatever they do.
 */
export function capDocument(text: string, limit: number, measure: Measure, note: string): string {
  if (measure(text) <= limit) return text
  const room = limit - measure(note) - 1
  let end = text.length
  // Bytes are at most 3 per UTF-16 unit: a first cut by length, then back to a line boundary.
  end = cutAt(text, Math.min(end, Math.max(0, room)))
  while (end > 0 && measure(text.slice(0, end)) > room) end = cutAt(text, Math.floor(end * 0.9))
  const lineEnd = text.lastIndexOf('\n', end)
  return `${text.slice(0, lineEnd > 0 ? lineEnd : 0)}\n${note}`
}
