/**
 * Local CIDs of a plan: what the content's CID is under the chosen profile, computed from the
 * files themselves, before anything is sent.
 */
import type { DirectoryEntry } from './files.js'
import type { CidProfile } from './cid-profiles.js'
import { directoryRoot, fileCids } from './file-cids.js'
import type { PublishPlan } from './plan.js'

export interface LocalCids {
  /** Root CID of the planned directory upload. */
  directory: string | undefined
  /** CID of each file in files mode, by workspace-relative path (duplicates included). */
  files: Map<string, string>
  /** The profile computed under, when computed beforehand (`computeLocalCids`). */
  profile?: CidProfile
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
  const local: LocalCids = { ...noLocalCids(), profile }
  if (plan.directory) {
    local.directory = await directoryRootCid(plan.directory.entries, profile, signal)
  }
  const cids = await fileCids(plan.files, profile, { signal, concurrency: 4 })
  plan.files.forEach((file, i) => local.files.set(file.relPath, cids[i]))
  return local
}

/** The root CID of a planned directory under `profile`. */
export async function directoryRootCid(
  entries: readonly DirectoryEntry[],
  profile: CidProfile,
  signal?: AbortSignal
): Promise<string> {
  // Each file is checked to be the one the scan listed, as for its upload (chunk-reader.ts).
  return directoryRoot(entries, profile, { signal })
}
