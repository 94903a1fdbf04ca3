/** The job summary: the report rendered within GitHub's step-summary size limit. */
import { mdText } from '../shared/escape-markdown.js'
import type { Report } from './report.js'
import { summaryTitle } from './headline.js'
import { renderReport, utf8Bytes } from './markdown.js'

/** GitHub refuses a step summary over 1 MiB; leave room for other steps' output. */
export const SUMMARY_LIMIT_BYTES = 1_000_000

export interface SummaryOptions {
  limitBytes?: number
  /** Heading, shown as plain text; changes for a dry run. */
  title?: string
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  return renderReport(report, {
    title: options.title !== undefined ? mdText(options.title) : summaryTitle(report),
    limit: options.limitBytes ?? SUMMARY_LIMIT_BYTES,
    measure: utf8Bytes,
    limitName: "GitHub's 1 MiB summary limit",
    runnerFiles: true,
    mainLink: true
  })
}
