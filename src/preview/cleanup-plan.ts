/**
 * Which recorded CIDs a cleanup may unpin. Pure: the facts are gathered elsewhere.
 *
 * The rule: a CID is unpinned only when its content proves it is this preview's own. That holds
 * for the root of a marked directory preview (marker.ts): the marker names this pull request and
 * site, so no production build, no other pull request and no other site can have that root,
 * whatever the server's record model or import settings. Nothing else is provable (files-mode
 * bytes are the user's, a pin by CID is anyone's), so everything else is kept, with the reason,
 * and expires with its timelock. The production and other-pull-request checks stay as a second
 * guard on the roots: for a preview someone promoted by CID.
 */
import { sameContent } from '../shared/cid.js'
import type { PreviewState, PublishRecord } from './record.js'

/** A fact that holds for some CIDs, or could not be found out. */
export type Check<T> = { known: true; value: T } | { known: false; why: string }

/** What a pull request's records say it published, sorted by what can be proved. */
export interface RecordedContent {
  /** Roots of marked directory previews: provably this preview's own. */
  roots: string[]
  /** Other CIDs the records list, with why nothing proves them this preview's own. */
  unproven: { cid: string; reason: string }[]
  /** CIDs the records count but do not list (records hold roots, not every file). */
  unlisted: number
}

export const UNMARKED_REASON =
  'not the root of a marked directory preview (a file, a pin by CID, or a root Pinarkive answered differently from the local one), so it stays until its timelock'
export const EARLIER_REASON =
  'recorded by an earlier version of this action, whose previews carried no marker, so it stays until its timelock'

/** Sorts the records of one site's previews: the comment's state and the deployments' payloads. */
export function recordedContent(
  records: readonly PublishRecord[],
  state: Pick<PreviewState, 'olderRoots' | 'dropped'> | undefined
): RecordedContent {
  const roots: string[] = []
  const addRoot = (cid: string) => {
    if (!roots.some(other => sameContent(other, cid))) roots.push(cid)
  }
  for (const record of records) if (record.previewRoot) addRoot(record.previewRoot)
  for (const cid of state?.olderRoots ?? []) addRoot(cid)
  const unproven: RecordedContent['unproven'] = []
  for (const record of records) {
    for (const cid of record.cids) {
      const known = [...roots, ...unproven.map(u => u.cid)].some(other => sameContent(other, cid))
      if (known) continue
      unproven.push({ cid, reason: record.format < 2 ? EARLIER_REASON : UNMARKED_REASON })
    }
  }
  return { roots, unproven, unlisted: unlistedCount(records) + (state?.dropped.cids ?? 0) }
}

/**
 * CIDs a record counts beyond those it lists. The comment and a deployment record the same
 * publish twice, so each publish (commit and run) counts once, by its larger record.
 */
function unlistedCount(records: readonly PublishRecord[]): number {
  const byPublish = new Map<string, number>()
  for (const record of records) {
    const listed = new Set([...record.cids, ...(record.previewRoot ? [record.previewRoot] : [])])
    const key = `${record.sha} ${record.runUrl}`
    byPublish.set(key, Math.max(byPublish.get(key) ?? 0, record.total - listed.size))
  }
  return [...byPublish.values()].reduce((sum, n) => sum + Math.max(0, n), 0)
}

export interface CleanupFacts {
  recorded: RecordedContent
  /** CIDs that production, or any deployment that is not a preview, serves. */
  production: Check<string[]>
  /** CIDs other open pull requests' records hold, with the pull request. */
  otherPulls: Check<{ cid: string; pullRequest: number }[]>
}

export interface CleanupPlan {
  unpin: string[]
  keep: { cid: string; reason: string }[]
}

export function planCleanup(facts: CleanupFacts): CleanupPlan {
  const plan: CleanupPlan = { unpin: [], keep: [...facts.recorded.unproven] }
  for (const cid of facts.recorded.roots) {
    const reason = reasonToKeep(cid, facts)
    if (reason) plan.keep.push({ cid, reason })
    else plan.unpin.push(cid)
  }
  return plan
}

function reasonToKeep(cid: string, facts: CleanupFacts): string | undefined {
  const { production, otherPulls } = facts
  if (!production.known) return `could not check the production deployments (${production.why})`
  if (production.value.some(served => sameContent(served, cid))) {
    return 'a production deployment serves it'
  }
  if (!otherPulls.known) return `could not check other open pull requests (${otherPulls.why})`
  const holder = otherPulls.value.find(held => sameContent(held.cid, cid))
  if (holder) return `the preview of pull request #${holder.pullRequest} uses it`
  return undefined
}
