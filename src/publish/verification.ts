/**
 * Verification: each CID Pinarkive answered against the one computed locally, reported as the
 * `verify` input says.
 */
import type { CidProfile } from '../content/local-cid.js'
import type { LocalCids } from '../content/local-cids.js'
import { sameContent } from '../shared/cid.js'
import type { PublishedItem, Report } from '../report/report.js'

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

/** Marks each item with its local CID and whether the server's CID matches it. */
function verifyItems(
  items: PublishedItem[],
  local: LocalCids | undefined,
  mode: VerifyMode
): Mismatch[] {
  const mismatches: Mismatch[] = []
  for (const item of items) {
    item.localCid = localCidOf(item, local)
    item.verified =
      mode === 'off' || item.localCid === null ? null : sameContent(item.cid, item.localCid)
    if (item.verified === false && item.localCid !== null) {
      mismatches.push({
        item: item.path ?? item.name,
        serverCid: item.cid,
        localCid: item.localCid
      })
    }
  }
  return mismatches
}

function describeMismatch(mismatch: Mismatch, profile: CidProfile): string {
  return `CID mismatch for ${mismatch.item}: Pinarkive returned ${mismatch.serverCid}, but these bytes have the CID ${mismatch.localCid} under the ${profile} profile. Check that \`cid-profile\` matches how Pinarkive imports content; links built from either CID may differ.`
}

/**
 * Records each item's local CID and whether it matches, and reports mismatches as `mode` says:
 * a warning, or a failure of an item that stays published. Returns how many were verified.
 */
export function applyVerification(
  report: Report,
  local: LocalCids | Error | undefined,
  mode: VerifyMode,
  profile: CidProfile
): number {
  if (local instanceof Error) {
    const message = `Could not compute the local CIDs to verify against (${local.message}).`
    if (mode === 'error') report.error = message
    else report.warnings.push(message)
    verifyItems(report.items, undefined, 'off')
    return 0
  }
  for (const mismatch of verifyItems(report.items, local, mode)) {
    const message = describeMismatch(mismatch, profile)
    if (mode !== 'error') {
      report.warnings.push(message)
      continue
    }
    const item = report.items.find(i => (i.path ?? i.name) === mismatch.item)
    report.failures.push({
      type: item?.type ?? 'file',
      path: item?.path,
      name: item?.name ?? mismatch.item,
      error: message,
      mismatch: true
    })
  }
  return report.items.filter(i => i.verified === true).length
}
