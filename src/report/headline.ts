/**
 * The status a report opens with, so that a reviewer reads the outcome first: published,
 * published in part, failed, a dry run, or a removed preview. Pure.
 */
import { plural } from '../shared/format.js'
import { readinessWords } from './readiness-words.js'
import type { Report } from './report.js'

type Outcome =
  | { kind: 'removed' | 'dry-run' | 'nothing' | 'published' | 'failed' }
  | { kind: 'partial'; published: number; total: number; unit: string }

function outcomeOf(report: Report): Outcome {
  if (report.cleanup) return { kind: 'removed' }
  if (report.dryRun && !report.error) return { kind: 'dry-run' }
  // A mismatch fails an item that is also among the published ones: count it once.
  const failed = report.failures.filter(f => !f.mismatch).length
  const skipped = report.notAttempted?.items.length ?? 0
  const published = report.items.length - report.failures.filter(f => f.mismatch).length
  if (report.error || (published === 0 && failed + skipped + report.failures.length > 0)) {
    return { kind: 'failed' }
  }
  if (report.failures.length === 0 && skipped === 0) {
    return report.items.length === 0 ? { kind: 'nothing' } : { kind: 'published' }
  }
  const total = report.items.length + failed + skipped
  const kinds = new Set([...report.items, ...report.failures].map(item => item.type))
  const unit = kinds.size === 1 && kinds.has('file') ? 'file' : 'item'
  return { kind: 'partial', published, total, unit }
}

/** The job summary's title. */
export function summaryTitle(report: Report): string {
  const outcome = outcomeOf(report)
  switch (outcome.kind) {
    case 'removed':
      return `🗑️ Preview of pull request #${report.cleanup?.pullRequest} removed`
    case 'dry-run':
      return '🧪 Dry run: CIDs computed, nothing published'
    case 'nothing':
      return 'Nothing published to IPFS'
    case 'failed':
      return '❌ Publish to IPFS failed'
    case 'partial':
      return `⚠️ Published ${outcome.published} of ${plural(outcome.total, outcome.unit)} to IPFS with Pinarkive`
    case 'published':
      return '✅ Published to IPFS with Pinarkive'
  }
}

/** The PR comment's title. */
export function commentTitle(report: Report): string {
  const outcome = outcomeOf(report)
  switch (outcome.kind) {
    case 'removed':
      return '🗑️ IPFS preview removed'
    case 'dry-run':
      return '🧪 IPFS preview (dry run: nothing published)'
    case 'nothing':
      return 'IPFS preview: nothing published'
    case 'failed':
      return '❌ IPFS preview failed'
    case 'partial':
      return `⚠️ IPFS preview: ${outcome.published} of ${plural(outcome.total, outcome.unit)} published`
    case 'published':
      // The preview's state is whether it opens: the title carries the status cell's sign.
      return `${readinessWords(report.readiness).icon} IPFS preview`
  }
}

/** The status cell of the comment's table: the outcome, and for a publish how far it got. */
export function statusCell(report: Report): string {
  const outcome = outcomeOf(report)
  switch (outcome.kind) {
    case 'removed':
      return '🗑️ Removed'
    case 'dry-run':
      return '🧪 Dry run'
    case 'nothing':
      return 'Nothing published'
    case 'failed':
      return '❌ Failed'
    case 'partial':
      return `⚠️ ${outcome.published} of ${plural(outcome.total, outcome.unit)} published`
    case 'published': {
      const words = readinessWords(report.readiness)
      return `${words.icon} ${words.status}`
    }
  }
}

/**
 * The log's last line: the outcome first, then the link a reader wants. No emoji that needs a
 * variation selector: the log shows U+FE0F as an escape.
 */
export function closingLine(report: Report, elapsed: string): string {
  const outcome = outcomeOf(report)
  const main = report.items.length === 1 ? report.items[0] : undefined
  const link = main ? `: ${main.gatewayUrl}` : ' (the summary links each)'
  switch (outcome.kind) {
    case 'removed':
      return `🗑 Preview removed in ${elapsed}.`
    case 'dry-run':
      return `🧪 Dry run in ${elapsed}: ${plural(report.items.length, 'CID')} computed, nothing published.`
    case 'nothing':
      return `Nothing published (${elapsed}).`
    case 'failed':
      return `❌ Publish failed after ${elapsed}: see the error above.`
    case 'partial':
      return `⚠ Published ${outcome.published} of ${plural(outcome.total, outcome.unit)} in ${elapsed}; see the errors above.`
    case 'published':
      return `✅ Published ${plural(report.items.length, 'item')} in ${elapsed}${link}`
  }
}
