/**
 * Renders a report as Markdown, for the job summary and the PR comment alike. Pure: the report
 * in, a string out, within the destination's size limit. Every value goes through the escapers
 * of shared/escape-markdown.ts (by way of shown.ts), each section keeps within its share of the
 * limit with a visible note, and a last guard cuts whatever still does not fit.
 */
import { capDocument } from './budget.js'
import type { Layout } from './layout.js'
import { historySection } from './preview.js'
import type { Report } from './report.js'
import {
  failuresSection,
  carSection,
  factsSection,
  headSection,
  hiddenSection,
  notAttemptedSection,
  warningsSection
} from './sections.js'
import { directoryTable, itemsTable } from './tables.js'

export type { Layout } from './layout.js'
export { characters, utf8Bytes } from './budget.js'

/** Room kept for the lines between sections and the notes. */
const SLACK = 1024

export function renderReport(report: Report, layout: Layout): string {
  const { measure } = layout
  const head = headSection(report, layout)
  const facts = factsSection(report, layout)
  const tail = [
    ...carSection(report, layout),
    ...historySection(report, layout),
    ...warningsSection(report, layout),
    ...failuresSection(report, layout),
    ...notAttemptedSection(report),
    ...hiddenSection(report)
  ]
  // The tables of items and directory files take what is left of the budget, in that order. A
  // single item needs no table: the head links it and the facts name it.
  let budget =
    layout.limit -
    measure(head.join('\n')) -
    measure(facts.join('\n')) -
    measure(tail.join('\n')) -
    SLACK
  const items = report.items.length > 1 ? itemsTable(report, budget, layout) : []
  budget -= measure(items.join('\n'))
  const files = directoryTable(report, budget, layout)
  const document = [...head, ...items, ...facts, ...files, ...tail].join('\n')
  return capDocument(
    document,
    layout.limit,
    measure,
    `> … the rest is not shown: trimmed to fit ${layout.limitName}. The \`results\` output and the step's log have everything.`
  )
}
