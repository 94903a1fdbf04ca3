/**
 * The status a report opens with, so that a reviewer reads the outcome first: published,
 * published in part, failed, a dry run, or a removed preview. Pure.
 */
import { plural } from '../shared/format.js'
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
      return '✅ IPFS preview'
  }
}
