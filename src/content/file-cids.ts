/**
 * Computes, without uploading anything, the CIDs Kubo's `ipfs add` gives the same bytes under
 * the IPIP-499 import profiles. Blocks are hashed and dropped: nothing is stored, files are
 * streamed from disk, and memory stays bounded whatever the file or directory size.
 */
import type { CID } from 'multiformats/cid'
import { runPool } from '../shared/pool.js'
import { BufferPool } from './buffer-pool.js'
import { readChunks, toHash, type DirectoryCidEntry, type FileToHash } from './chunk-reader.js'
import { PROFILES, type CidProfile } from './cid-profiles.js'
import {
  buildDirectory,
  checkPaths,
  hashContent,
  loadModules,
  type Modules
} from './import-pipeline.js'
import { hashIfOneChunk, hashLeaf, type FileResult } from './leaf-hash.js'

export interface CidOptions {
  signal?: AbortSignal
}

export interface ManyCidOptions extends CidOptions {
  /**
   * Files hashed at once, default 8. Hashing runs on the main thread, so this only overlaps
   * disk reads; each file in flight holds up to three chunks (3 MiB under unixfs-v1-2025).
   */
  concurrency?: number
}

export interface DirectoryCids {
  /** CID of the directory itself. */
  root: string
  /** CID of each file, by the `path` it was given under. */
  files: Map<string, string>
}

const DEFAULT_CONCURRENCY = 8

/**
 * Spare buffers kept per size: about the chunks in flight (up to three per file being hashed).
 * Fewer, and a 2 GiB file's chunks go to the garbage collector a megabyte at a time, which
 * measured about 20 MB more at the peak (`npm run bench -- --only memory-file`).
 */
const SPARE_BUFFERS = 8

/** CID of one file's bytes, streamed from disk in bounded memory. */
export async function fileCid(
  file: FileToHash,
  profile: CidProfile,
  options: CidOptions = {}
): Promise<string> {
  const [cid] = await fileCids([file], profile, { ...options, concurrency: 1 })
  return cid
}

/** CIDs of many files, in the order given, hashing `concurrency` files at a time. */
export async function fileCids(
  files: readonly FileToHash[],
  profile: CidProfile,
  options: ManyCidOptions = {}
): Promise<string[]> {
  const results = await hashFiles(files, profile, options)
  return results.map(result => cidText(result.cid))
}

/**
 * Root CID of a directory made of these files at these relative paths (the same paths that are
 * uploaded), plus each file's CID. Only files: directories exist through the files inside them,
 * so an empty directory cannot be expressed, and neither can an empty list (that throws, as
 * there would be nothing to upload). No mode or mtime is recorded, as in both profiles.
 */
export async function directoryCid(
  entries: readonly DirectoryCidEntry[],
  profile: CidProfile,
  options: ManyCidOptions = {}
): Promise<DirectoryCids> {
  const { root, results } = await hashDirectory(entries, entries.map(toHash), profile, options)
  const files = new Map(entries.map((entry, i) => [entry.path, cidText(results[i].cid)]))
  return { root, files }
}

/**
 * Root CID of the directory alone, as `directoryCid` gives it: without the map of every file's
 * CID, which a 100,000-file site would hold as 100,000 more strings at the peak of the run.
 */
export async function directoryRoot(
  entries: readonly { file: FileToHash; path: string }[],
  profile: CidProfile,
  options: ManyCidOptions = {}
): Promise<string> {
  // The planned files themselves, not copies: each copy is 100,000 objects on a large site.
  const files = entries.map(entry => entry.file)
  return (await hashDirectory(entries, files, profile, options)).root
}

/**
 * CID of bytes already in memory (files mode reads small files whole, to send them): the same
 * CID `fileCid` gives the file they were read from.
 */
export async function bytesCid(bytes: Uint8Array, profile: CidProfile): Promise<string> {
  const settings = PROFILES[profile]
  const loaded = await loadModules()
  const pool = new BufferPool(SPARE_BUFFERS)
  const result =
    bytes.length <= settings.chunkSize
      ? await hashLeaf(bytes, settings, loaded, pool)
      : await hashContent(bytes, { settings, loaded, signal: undefined }, pool)
  return cidText(result.cid)
}

async function hashDirectory(
  entries: readonly { path: string }[],
  files: readonly FileToHash[],
  profile: CidProfile,
  options: ManyCidOptions
): Promise<{ root: string; results: FileResult[] }> {
  if (entries.length === 0) throw new Error('Cannot compute the CID of a directory with no files')
  checkPaths(entries.map(entry => entry.path))
  const results = await hashFiles(files, profile, options)
  const root = await buildDirectory(entries, results, profile, options.signal)
  return { root: cidText(root), results }
}

/**
 * Hashes the files with a sliding window of `concurrency` at a time, through one buffer pool.
 * The first failure stops the files still being read, so an error does not leave streams
 * running behind it.
 */
async function hashFiles(
  files: readonly FileToHash[],
  profile: CidProfile,
  options: ManyCidOptions
): Promise<FileResult[]> {
  options.signal?.throwIfAborted()
  const loaded = await loadModules()
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY)
  const pool = new BufferPool(SPARE_BUFFERS)
  const stop = new AbortController()
  const onAbort = () => stop.abort(options.signal?.reason)
  options.signal?.addEventListener('abort', onAbort, { once: true })
  const results = new Array<FileResult>(files.length)
  let failure: { error: unknown } | undefined
  try {
    await runPool(
      files,
      concurrency,
      async (file, index) => {
        try {
          results[index] = await hashFile(file, profile, stop.signal, loaded, pool)
        } catch (error) {
          failure ??= { error }
          stop.abort(error)
        }
      },
      () => stop.signal.aborted
    )
  } finally {
    options.signal?.removeEventListener('abort', onAbort)
  }
  options.signal?.throwIfAborted()
  if (failure) throw failure.error
  return results
}

async function hashFile(
  file: FileToHash,
  profile: CidProfile,
  signal: AbortSignal,
  loaded: Modules,
  pool: BufferPool
): Promise<FileResult> {
  const settings = PROFILES[profile]
  const small = await hashIfOneChunk(file, settings, signal, loaded, pool)
  if (small) return small
  const content = readChunks(file, settings.chunkSize, pool, signal)
  return hashContent(content, { settings, loaded, signal }, pool)
}

/**
 * The CID as text, copied into a flat string: `toString()` builds it a character at a time,
 * a rope of about 1.7 KB that would be kept for each of 20,000 files.
 */
function cidText(cid: CID): string {
  return Buffer.from(cid.toString(), 'latin1').toString('latin1')
}
