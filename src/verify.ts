/**
 * Local CIDs: what the content's CID is under the chosen profile, computed from the files
 * themselves, and the comparison with what Pinarkive answered.
 */
import { parseCid } from './cid.js'
import { directoryCid, fileCids, type CidProfile } from './local-cid.js'
import type { PublishPlan } from './publish.js'
import type { PublishedItem, Report } from './report.js'

export type VerifyMode = 'warn' | 'error' | 'off'

export interface LocalCids {
  /** Root CID of the planned directory upload. */
  directory: string | undefined
  /** CID of each file in files mode, by workspace-relative path (duplicates included). */
  files: Map<string, string>
}

/** Nothing computed yet: files mode fills `files` as it uploads. */
export function noLocalCids(): LocalCids {
  return { directory: undefined, files: new Map() }
}

/**
 * Computes the CIDs of everything the plan uploads, before anything is sent, streaming each
 * file once. Hashing runs before the upload rather than beside it, so the two never hold
 * memory at the same time.
 */
export async function computeLocalCids(
  plan: PublishPlan,
  profile: CidProfile,
  signal?: AbortSignal
): Promise<LocalCids> {
  const local = noLocalCids()
  if (plan.directory) {
    const entries = plan.directory.entries.map(e => ({ absPath: e.file.absPath, path: e.path }))
    local.directory = (await directoryCid(entries, profile, { signal })).root
  }
  const cids = await fileCids(
    plan.files.map(f => f.absPath),
    profile,
    { signal, concurrency: 4 }
  )
  plan.files.forEach((file, i) => local.files.set(file.relPath, cids[i]))
  return local
}

/**
 * Two CIDs name the same content when their codec and multihash agree, whatever their version
 * or base: a server may answer bafy… for what Kubo prints as Qm….
 */
export function sameContent(a: string, b: string): boolean {
  if (a === b) return true
  try {
    return parseCid(a).toV1().equals(parseCid(b).toV1())
  } catch {
    return false
  }
}

/** The local CID an item should have, when one was computed for it. */
export function localCidOf(item: PublishedItem, local: LocalCids | undefined): string | null {
  if (!local) return null
  if (item.type === 'directory') return local.directory ?? null
  if (item.type === 'file' && item.path !== undefined) return local.files.get(item.path) ?? null
  return null
}

export interface Mismatch {
  item: string
  serverCid: string
  localCid: string
}

/** Marks each item with its local CID and whether the server's CID matches it. */
export function verifyItems(
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

export function describeMismatch(mismatch: Mismatch, profile: CidProfile): string {
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
