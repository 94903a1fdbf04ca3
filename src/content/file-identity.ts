/**
 * What a files-mode upload is, found just before it is sent: its bytes when the file is small
 * enough to send from memory, its local CID when one is wanted (`verify`), and a key that is
 * equal for equal bytes, so each content is uploaded once. A small file is read once for all
 * three. Every read, here as for the upload, checks that the file is still the one the scan
 * listed (read-file.ts), so a key or CID is never that of a file swapped in since.
 */
import { createHash } from 'node:crypto'
import { AbandonedError } from '../shared/deadline.js'
import { formatBytes } from '../shared/format.js'
import type { Log } from '../shared/log.js'
import type { LocalFile } from './files.js'
import type { CidProfile } from './cid-profiles.js'
import { bytesCid, fileCid } from './file-cids.js'
import type { LocalCids } from './plan-cids.js'
import { ProfileChoice } from './profile-choice.js'
import { readExactly, readWhole, unreadable, WHOLE_FILE_MAX } from './read-file.js'

/** Files this big get a log line before they are hashed. */
const ANNOUNCED_HASH_SIZE = 1024 ** 3

export interface Identity {
  /** Equal for equal bytes; undefined when no other file of the selection can have them. */
  key: string | undefined
  /** The whole file, when it was read whole: the upload sends these bytes. */
  data?: Buffer
  /** Its local CID, when one was computed, and the profile it was computed under. */
  cid?: string
  profile?: CidProfile
}

export type Identify = (file: LocalFile, signal?: AbortSignal) => Promise<Identity>

/** A dry run's identities: CIDs computed beforehand, nothing read again. */
export function knownCids(local: LocalCids): Identify {
  return file => Promise.resolve({ key: local.files.get(file.relPath) })
}

/**
 * Reads each file as it is about to be uploaded. With a `profile` (or a `ProfileChoice`, whose
 * current profile each file is hashed under), every file gets its CID, recorded in `local` for
 * verification, and that is its key. Without one (`verify: off`), a file whose size no other
 * file has needs no key and a big one is not read here at all; otherwise its key is a SHA-256
 * of its bytes.
 */
export function readingIdentity(
  files: readonly LocalFile[],
  profile: CidProfile | ProfileChoice | undefined,
  local: LocalCids,
  log?: Log
): Identify {
  // Without CIDs, which sizes more than one file has: only those files can be duplicates.
  const sharedSizes = new Set<number>()
  if (!profile) {
    const seen = new Set<number>()
    for (const { size } of files) (seen.has(size) ? sharedSizes : seen).add(size)
  }

  return async (file, signal) => {
    const data = file.size <= WHOLE_FILE_MAX ? readWhole(file) : undefined
    if (profile) {
      // About a second per GiB, before the upload's own progress lines: say why it waits.
      if (file.size >= ANNOUNCED_HASH_SIZE) {
        log?.info(`Computing the CID of ${file.relPath} (${formatBytes(file.size)}) first…`)
      }
      const used = profile instanceof ProfileChoice ? profile.current : profile
      const cid = await cidOf(file, used, data, signal)
      local.files.set(file.relPath, cid)
      return { key: cid, data, cid, profile: used }
    }
    if (!sharedSizes.has(file.size)) return { key: undefined, data }
    const digest = data ? sha256(data) : await sha256File(file)
    return { key: `sha256-${digest}`, data }
  }
}

/**
 * The CID of a listed file under `profile`: from `data` when it was read whole, else streamed
 * from the file, checked to be the one listed. Errors name the file.
 */
export async function cidOf(
  file: LocalFile,
  profile: CidProfile,
  data: Buffer | undefined,
  signal?: AbortSignal
): Promise<string> {
  if (data) return bytesCid(data, profile)
  return fileCid(file, profile, { signal }).catch(error => {
    if (signal?.aborted) throw new AbandonedError(String(signal.reason))
    // A file system error names the file; anything else is the importer's.
    const fromDisk = (error as NodeJS.ErrnoException).code !== undefined
    throw fromDisk ? unreadable(file.absPath, error) : error
  })
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

async function sha256File(file: LocalFile): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of readExactly(file)) hash.update(chunk)
  return hash.digest('hex')
}
