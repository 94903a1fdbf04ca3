/**
 * The section the action writes into a release's notes: what was published, its CIDs and
 * gateway links, rendered from a report with the summary's own pieces (head, items table). Pure:
 * the report in, Markdown out, within the characters the release body leaves it.
 */
import { mdCode, mdText } from '../shared/escape-markdown.js'
import { plural } from '../shared/format.js'
import { capDocument, characters } from './budget.js'
import type { Layout } from './layout.js'
import { linked } from './preview.js'
import type { Report } from './report.js'
import { factsSection, headSection } from './sections.js'
import { itemsTable } from './tables.js'

/** GitHub refuses a release body over 125,000 characters. */
export const RELEASE_BODY_LIMIT = 125_000

/** Below this many characters there is no room for a section worth writing. */
export const RELEASE_NOTES_MIN = 600

/** Room kept for the lines around the table. */
const SLACK = 200

export interface ReleaseNotesOptions {
  /** Characters the section may take: what the release body's limit leaves of it. */
  limit: number
  /** Tells the sections of several sites apart (`comment-header`); plain text. */
  site?: string
}

/**
 * The section's Markdown. It holds nothing that changes from one run of the same content to
 * the next (no time, no run link, no "expires in 14 days": release notes are read long after),
 * so a re-run renders the same text and the body is not written again.
 */
export function renderReleaseNotes(report: Report, options: ReleaseNotesOptions): string {
  const layout: Layout = {
    title: `Published to IPFS${options.site ? `: ${mdText(options.site)}` : ''}`,
    preamble: preamble(report),
    limit: options.limit,
    measure: characters,
    limitName: "GitHub's 125,000-character limit on release notes"
  }
  const shown = asPublished(report)
  const head = headSection(shown, layout)
  const facts = factsSection(shown, layout)
  const tail = incompleteNote(report)
  const budget = layout.limit - characters([...head, ...facts, ...tail].join('\n')) - SLACK
  // One item needs no table: the main link and the facts name it.
  const items = shown.items.length > 1 ? itemsTable(shown, budget, layout) : []
  const document = [...head, ...items, ...facts, ...tail].join('\n').trim()
  return capDocument(
    document,
    layout.limit,
    characters,
    `> … the rest is not shown: trimmed to fit ${layout.limitName}. The workflow run's \`results\` output has everything.`
  )
}

/**
 * The report as a release's reader needs it: what is published and its links. How this run got
 * it there (already pinned, sent twice) and its error are the run's business, so a re-run that
 * reuses the content renders the same section; an expiry relative to the publish time ("in 14
 * days") would read wrong a month later, so the expiry is shown as a date alone.
 */
function asPublished(report: Report): Report {
  const items = report.items.map(item => ({
    ...item,
    reused: undefined,
    mayBeStoredTwice: undefined
  }))
  return { ...report, items, error: undefined, published: undefined }
}

/** The main link of a single item, and the commit the content was built from. */
function preamble(report: Report): string[] {
  if (report.items.length === 0) return []
  const sha = report.published?.sha ?? ''
  const parts = [
    ...(report.items.length === 1
      ? [`**${linked('Open on IPFS', report.items[0].gatewayUrl)}**`]
      : []),
    ...(sha ? [`Built from ${mdCode(sha.slice(0, 7))}`] : [])
  ]
  return parts.length > 0 ? [parts.join(' · '), ''] : []
}

/** Said when not everything was published: the list is what was. */
function incompleteNote(report: Report): string[] {
  const failed = report.failures.filter(f => !f.mismatch).length
  const missing = failed + (report.notAttempted?.items.length ?? 0)
  if (missing === 0 && !report.error) return []
  const what = missing > 0 ? `${plural(missing, 'item')} could not be published` : 'The step failed'
  return [
    '',
    `> ⚠️ ${what}; this lists only what was. The workflow run's log says what went wrong.`,
    ''
  ]
}
