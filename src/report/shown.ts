/**
 * How a value of a report is shown in Markdown: names, paths and CIDs as code spans cut to a
 * readable length, messages as escaped text with their `code` kept, each with a visible note
 * when cut. Every renderer of report/ shows values through these.
 */
import { mdCode, mdMessage } from '../shared/escape-markdown.js'
import { messageLines } from '../shared/visible-controls.js'
import { clipEnd, clipMiddle, clipNote } from './budget.js'

/** Longest name, path or CID shown whole: a 255-byte file name fits. */
export const NAME_MAX = 256
/** Longest message (a failure's reason, a warning) shown whole. */
export const MESSAGE_MAX = 2_000

/** A name, path or CID as a code span, cut in the middle when long, with a note. */
export function shownName(text: string): string {
  const clipped = clipMiddle(text, NAME_MAX)
  return mdCode(clipped.text) + clipNote(clipped.left)
}

/** A name as plain text (for a link's text, say) cut in the middle, and the note to add. */
export function clippedName(text: string): { text: string; note: string } {
  const clipped = clipMiddle(text, NAME_MAX)
  return { text: clipped.text, note: clipNote(clipped.left) }
}

/**
 * A message as Markdown lines, cut at `max` characters with a note. A line starting with `- `
 * (a list the action wrote) stays a list item; other lines lose their leading white space, which
 * Markdown would read as a code block.
 */
export function messageBlock(text: string, max = MESSAGE_MAX): string[] {
  const clipped = clipEnd(text, max)
  const lines = messageLines(clipped.text).map(line => {
    const item = /^( {0,3})- (.*)$/.exec(line)
    return item ? `${item[1]}- ${mdMessage(item[2])}` : mdMessage(line.trimStart())
  })
  lines[lines.length - 1] += clipNote(clipped.left)
  return lines
}

/** A message on one line (a table cell, a list item): its own line breaks become `<br>`. */
export function messageInline(text: string, max = MESSAGE_MAX): string {
  const clipped = clipEnd(text.trim(), max)
  return mdMessage(clipped.text) + clipNote(clipped.left)
}
