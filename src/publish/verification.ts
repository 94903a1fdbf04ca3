/**
 * Verification: each CID Pinarkive answered against the one computed locally, reported as the
 * `verify` input says.
 */
import type { CidProfile } from '../content/cid-profiles.js'
import type { LocalCids } from '../content/plan-cids.js'
import { sameContent } from '../shared/cid.js'
import type { FailedItem, PublishedItem, ReportPart } from '../report/report.js'

export type VerifyMode = 'warn' | 'error' | 'off'

/** The local CID an item should have, when one was computed for it. */
function localCidOf(item: PublishedItem, local: LocalCids | undefined): string | null {
  if (!local) return null
  if (item.type === 'directory') return local.directory ?? null
  if (item.type === 'file' && item.path !== undefined) return local.files.get(item.path) ?? null
  return null
}

interface Mismatch {
  item: string
  serverCid: string
  localCid: string
}

/** Each item with its local CID and whether the server's CID matches it; and the mismatches. */
function verifyItems(
  items: readonly PublishedItem[],
  local: LocalCids | undefined,
  mode: VerifyMode
): { items: PublishedItem[]; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = []
  const checked = items.map(item => {
    const localCid = localCidOf(item, local)
    const verified = mode === 'off' || localCid === null ? null : sameContent(item.cid, localCid)
    if (verified === false && localCid !== null) {
      mismatches.push({ item: item.path ?? item.name, serverCid: item.cid, localCid })
    }
    return { ...item, localCid, verified }
  })
  return { items: checked, mismatches }
}

function describeMismatch(mismatch: Mismatch, profile: CidProfile): string {
  return `CID mismatch for ${mismatch.item}: Pinarkive returned ${mismatch.serverCid}, but these bytes have the CID ${mismatch.localCid} under the ${profile} profile. Check that \`cid-profile\` matches how Pinarkive imports content; links built from either CID may differ.`
}

/** What verification adds to the report, and how many items it verified. */
export interface Verification {
  part: Pick<ReportPart, 'items' | 'warnings' | 'failures' | 'error'>
  verified: number
}

/**
 * Each item with its local CID and whether it matches, and the mismatches as `mode` says: a
 * warning, or a failure of an item that stays published.
 */
export function verifyAgainstLocal(
  items: readonly PublishedItem[],
  local: LocalCids | Error | undefined,
  mode: VerifyMode,
  profile: CidProfile
): Verification {
  if (local instanceof Error) {
    const message = `Could not compute the local CIDs to verify against (${local.message}).`
    const checked = verifyItems(items, undefined, 'off').items
    const part = mode === 'error' ? { error: message } : { warnings: [message] }
    return { part: { items: checked, ...part }, verified: 0 }
  }
  const checked = verifyItems(items, local, mode)
  const warnings: string[] = []
  const failures: FailedItem[] = []
  for (const mismatch of checked.mismatches) {
    const message = describeMismatch(mismatch, profile)
    if (mode !== 'error') {
      warnings.push(message)
      continue
    }
    const item = checked.items.find(i => (i.path ?? i.name) === mismatch.item)
    failures.push({
      type: item?.type ?? 'file',
      path: item?.path,
      name: item?.name ?? mismatch.item,
      error: message,
      mismatch: true
    })
  }
  return {
    part: { items: checked.items, warnings, failures },
    verified: checked.items.filter(i => i.verified === true).length
  }
}
