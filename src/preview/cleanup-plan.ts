/**
 * Which recorded CIDs a cleanup may unpin. Pure: the facts are gathered elsewhere. The rule is
 * that content anything else may still need is kept, and so is content the cleanup could not
 * check: losing a production site to a preview cleanup is the one failure this must not allow.
 */
import { sameContent } from '../shared/cid.js'

/** A fact that holds for some CIDs, or could not be found out. */
export type Check<T> = { known: true; value: T } | { known: false; why: string }

export interface CleanupFacts {
  /** Every CID the pull request's records name, with whether its preview reused it. */
  recorded: { cid: string; reused: boolean }[]
  /** CIDs the active production deployment serves. */
  production: Check<string[]>
  /** CIDs other open pull requests' records hold, with the pull request. */
  otherPulls: Check<{ cid: string; pullRequest: number }[]>
  /** Upload records the account holds for each CID (more than one: someone else uploaded it too). */
  accountRecords: (cid: string) => Check<number>
}

export interface CleanupPlan {
  unpin: string[]
  keep: { cid: string; reason: string }[]
}

export function planCleanup(facts: CleanupFacts): CleanupPlan {
  const plan: CleanupPlan = { unpin: [], keep: [] }
  const seen: string[] = []
  for (const { cid, reused } of facts.recorded) {
    if (seen.some(other => sameContent(other, cid))) continue
    seen.push(cid)
    const reason = reasonToKeep(cid, reused, facts)
    if (reason) plan.keep.push({ cid, reason })
    else plan.unpin.push(cid)
  }
  return plan
}

function reasonToKeep(cid: string, reused: boolean, facts: CleanupFacts): string | undefined {
  // A reused CID was held before this preview: whatever holds it, it is not ours to remove.
  if (reused) return 'it was already pinned when the preview reused it'
  const { production, otherPulls } = facts
  if (!production.known) return `could not check the production deployment (${production.why})`
  if (production.value.some(served => sameContent(served, cid))) {
    return 'the active production deployment serves it'
  }
  if (!otherPulls.known) return `could not check other open pull requests (${otherPulls.why})`
  const holder = otherPulls.value.find(held => sameContent(held.cid, cid))
  if (holder) return `the preview of pull request #${holder.pullRequest} uses it`
  const records = facts.accountRecords(cid)
  if (!records.known) return `could not check the account's uploads (${records.why})`
  if (records.value > 1) {
    return `the account holds it in ${records.value} upload records, so something else uploaded it too`
  }
  return undefined
}
