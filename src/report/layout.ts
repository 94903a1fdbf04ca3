/** What a rendering of a report is laid out for: its heading, its size limit and its notes. */
import { plural } from '../shared/format.js'
import type { Measure } from './budget.js'

export interface Layout {
  title: string
  /** Markdown lines right under the title (the commit a comment was built from, say). */
  preamble?: string[]
  limit: number
  measure: Measure
  /** Named in the note shown when rows had to be left out. */
  limitName: string
  /** Name files left on the runner (the CAR): the job summary does, a PR comment does not. */
  runnerFiles?: boolean
  /** Put the link of a single item right under the title (the summary's main link). */
  mainLink?: boolean
  /** The preamble is a status table (the comment's): lines need not say again what it says. */
  statusTable?: boolean
}

/** The note under a list or table that lost `left` rows to the limit, and where to find them. */
export function trimNote(left: number, what: string, layout: Layout, whereAll: string): string {
  return `\n> … ${plural(left, what)} not shown: trimmed to fit ${layout.limitName}. ${whereAll}\n`
}
