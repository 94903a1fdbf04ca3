/**
 * Computes, without uploading anything, the CIDs Kubo's `ipfs add` gives the same bytes under
 * the IPIP-499 import profiles. Blocks are hashed and dropped: nothing is stored, files are
 * streamed from disk, and memory stays bounded whatever the file or directory size.
 *
 * The importer is loaded on first use (dynamic `import()`), so runs that never compute a CID
 * do not pay for loading it at start-up.
 */
import { open, type FileHandle } from 'node:fs/promises'
import type {
  ImportCandidate,
  ImporterOptions,
  ImportResult,
  InProgressImportResult,
  WritableStorage
} from 'ipfs-unixfs-importer'
import type { BufferImporter } from 'ipfs-unixfs-importer'
import type { Chunker } from 'ipfs-unixfs-importer/chunker'
import type { FileLayout } from 'ipfs-unixfs-importer/layout'
import type { CID } from 'multiformats/cid'
import { runPool } from '../shared/pool.js'
import { openScanned, type ScannedFile } from './read-file.js'

/** The IPIP-499 profiles; Kubo's `Import` settings of the same names. */
export type CidProfile = 'unixfs-v1-2025' | 'unixfs-v0-2015'

export const CID_PROFILES: readonly CidProfile[] = ['unixfs-v1-2025', 'unixfs-v0-2015']

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

/**
 * A file to hash: a path, or a file as the scan listed it. A listed file is opened as the
 * upload opens it (read-file.ts), checked to be the same regular file of the same size: a file
 * swapped for a link to a secret during the hashing, and back before the upload, could
 * otherwise give its CID to the log or, in a dry run, to the outputs. A file rewritten in place
 * between the hashing and the upload keeps its inode; the server's CID then differs from the
 * local one, and verification says so: the local CID never stands for bytes it was not
 * computed from.
 */
export type FileToHash = string | ScannedFile

export interface DirectoryCidEntry {
  /** The file to read. */
  absPath: string
  /** Its path inside the directory, `/`-separated, as uploaded: `a/b.txt`. */
  path: string
  /** With `size`: the file as the scan listed it, checked when it is opened. */
  inode?: ScannedFile['inode']
  size?: number
}

export interface DirectoryCids {
  /** CID of the directory itself. */
  root: string
  /** CID of each file, by the `path` it was given under. */
  files: Map<string, string>
}

const DEFAULT_CONCURRENCY = 8

/**
 * The importer options that reproduce Kubo for each profile, checked against 51 published
 * Kubo, boxo and go-unixfsnode vectors (`__tests__/fixtures/cid-vectors/`). They are spelt out
 * rather than passed as the importer's own `{ profile }` option: that option mutates the options
 * object it is given, and this way the code states what each profile means.
 */
const PROFILES: Record<CidProfile, ProfileSettings> = {
  'unixfs-v0-2015': {
    cidVersion: 0,
    rawLeaves: false,
    leafType: 'file',
    chunkSize: 262144,
    maxChildrenPerNode: 174,
    // Kubo's `links` estimate: Σ (name bytes + CID bytes) of the flat directory's links.
    shardSplitStrategy: 'links-bytes'
  },
  'unixfs-v1-2025': {
    cidVersion: 1,
    rawLeaves: true,
    leafType: 'file',
    chunkSize: 1048576,
    maxChildrenPerNode: 1024,
    // Kubo's `block` estimate: the exact serialized size of the flat directory node.
    shardSplitStrategy: 'block-bytes'
  }
}

interface ProfileSettings {
  cidVersion: 0 | 1
  rawLeaves: boolean
  leafType: 'file'
  chunkSize: number
  maxChildrenPerNode: number
  shardSplitStrategy: 'links-bytes' | 'block-bytes'
}

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
  const results = await importFiles(files, profile, options)
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

async function hashDirectory(
  entries: readonly { path: string }[],
  files: readonly FileToHash[],
  profile: CidProfile,
  options: ManyCidOptions
): Promise<{ root: string; results: FileResult[] }> {
  if (entries.length === 0) throw new Error('Cannot compute the CID of a directory with no files')
  checkPaths(entries.map(entry => entry.path))
  const results = await importFiles(files, profile, options)
  const root = await buildDirectory(entries, results, profile, options.signal)
  return { root: cidText(root), results }
}

/** Where `importBlocks` hands each block, in the order the importer writes them. */
export interface BlockSink {
  put(cid: CID, bytes: Uint8Array): Promise<void>
  /**
   * Replaces the block `old` just put with a corrected one (see `fixLargeSizes`). Throws when
   * it was already passed on, so that a wrong block is never exported silently.
   */
  replace(old: CID, cid: CID, bytes: Uint8Array): void
}

/**
 * Imports the files as `directoryCid` (with `entries`' paths) or `fileCids` (without) does, but
 * keeps every block and hands it to `sink`: the DAG itself, for a CAR export. `ordered`: one
 * file and one block at a time, so the order of the blocks, and with it the CAR's bytes, is the
 * same on every run. Returns the roots: the directory, or each file's CID in order.
 */
export async function importBlocks(
  entries: readonly DirectoryCidEntry[],
  profile: CidProfile,
  directory: boolean,
  sink: BlockSink,
  signal?: AbortSignal,
  ordered = true
): Promise<CID[]> {
  if (entries.length === 0) throw new Error('Cannot export a DAG of no files')
  if (directory) checkPaths(entries.map(entry => entry.path))
  signal?.throwIfAborted()
  const loaded = await loadModules()
  const settings = PROFILES[profile]
  const options: ImporterOptions = {
    ...importerOptions(settings, loaded),
    layout: fileLayout(settings, loaded, sink),
    // In order for a CAR; a sink that only records blocks takes them in any order, faster.
    fileImportConcurrency: ordered ? 1 : DEFAULT_CONCURRENCY,
    blockWriteConcurrency: ordered ? 1 : 4
  }
  const store: WritableStorage = {
    async put(cid, bytes) {
      signal?.throwIfAborted()
      // The importer writes whole blocks; the storage type also allows streams of them.
      if (!(bytes instanceof Uint8Array)) throw new Error('The importer wrote a block as a stream')
      await sink.put(cid, bytes)
      return cid
    }
  }
  const roots: CID[] = []
  const sources = entries.map(entry => ({
    path: directory ? `${TOP}/${entry.path}` : undefined,
    content: readChunks(toHash(entry), settings.chunkSize, signal ?? NEVER)
  }))
  for await (const entry of loaded.importer(sources, store, options)) {
    if (directory ? entry.path === TOP : true) roots.push(entry.cid)
  }
  if (roots.length === 0) throw new Error('The importer returned nothing')
  return roots
}

const NEVER = new AbortController().signal

// ---------------------------------------------------------------------------------------------

type Modules = typeof import('./unixfs-modules.js')

let modules: Promise<Modules> | undefined

/** Loaded once, on first use; see the module comment. */
function loadModules(): Promise<Modules> {
  modules ??= import('./unixfs-modules.js')
  // A failed load (a broken install) is not cached: the next call tries again.
  modules.catch(() => (modules = undefined))
  return modules
}

/**
 * The CID as text, copied into a flat string: `toString()` builds it a character at a time,
 * a rope of about 1.7 KB that would be kept for each of 20,000 files.
 */
function cidText(cid: CID): string {
  return Buffer.from(cid.toString(), 'latin1').toString('latin1')
}

/** A file's CID and the DAG size its parent directory records in the link (`Tsize`). */
type FileResult = Pick<ImportResult, 'cid' | 'size'>

/**
 * Hashes the files with a sliding window of `concurrency` at a time. The first failure stops
 * the files still being read, so an error does not leave streams running behind it.
 */
async function importFiles(
  files: readonly FileToHash[],
  profile: CidProfile,
  options: ManyCidOptions
): Promise<FileResult[]> {
  options.signal?.throwIfAborted()
  const loaded = await loadModules()
  const stop = new AbortController()
  const onAbort = () => stop.abort(options.signal?.reason)
  options.signal?.addEventListener('abort', onAbort, { once: true })
  const results = new Array<FileResult>(files.length)
  let failure: { error: unknown } | undefined
  try {
    await runPool(
      files,
      Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY),
      async (file, index) => {
        try {
          results[index] = await importFile(file, profile, stop.signal, loaded)
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

/**
 * CID of bytes already in memory (files mode reads small files whole, to send them): the same
 * CID `fileCid` gives the file they were read from.
 */
export async function bytesCid(bytes: Uint8Array, profile: CidProfile): Promise<string> {
  const settings = PROFILES[profile]
  const loaded = await loadModules()
  const result =
    bytes.length <= settings.chunkSize
      ? await hashLeaf(bytes, settings, loaded)
      : await importContent(bytes, settings, new AbortController().signal, loaded)
  return cidText(result.cid)
}

async function importFile(
  file: FileToHash,
  profile: CidProfile,
  signal: AbortSignal,
  loaded: Modules
): Promise<FileResult> {
  const settings = PROFILES[profile]
  const small = await hashIfOneChunk(file, settings, signal, loaded)
  if (small) return small
  const content = readChunks(file, settings.chunkSize, signal)
  return importContent(content, settings, signal, loaded)
}

async function importContent(
  content: AsyncIterable<Uint8Array> | Uint8Array,
  settings: ProfileSettings,
  signal: AbortSignal,
  loaded: Modules
): Promise<FileResult> {
  const options: ImporterOptions = {
    ...importerOptions(settings, loaded),
    // One file per import; within it, hash a chunk while the next one is read. Hashing runs on
    // the main thread, so more parallelism would only hold more chunks in memory.
    fileImportConcurrency: 1,
    blockWriteConcurrency: 2,
    bufferImporter: leafImporter(settings, loaded)
  }
  let result: ImportResult | undefined
  for await (const entry of loaded.importer([{ content }], discardBlocks(signal), options)) {
    result = entry
  }
  if (!result) throw new Error('The importer returned nothing')
  return { cid: result.cid, size: result.size }
}

/**
 * A leaf's CID and the size its parent records, from its bytes, keeping no reference to them
 * (the caller reuses them). Built as the importer's default buffer importer builds it: a raw
 * block under unixfs-v1-2025, a dag-pb node holding a UnixFS file under unixfs-v0-2015.
 */
async function hashLeaf(
  bytes: Uint8Array,
  settings: ProfileSettings,
  loaded: Modules
): Promise<FileResult> {
  const { CID, sha256, dagPb } = loaded
  if (settings.rawLeaves) {
    return { cid: CID.createV1(RAW_CODE, await sha256.digest(bytes)), size: BigInt(bytes.length) }
  }
  const block = leafNode(bytes)
  try {
    const digest = await sha256.digest(block)
    const cid = settings.cidVersion === 0 ? CID.createV0(digest) : CID.createV1(dagPb.code, digest)
    return { cid, size: BigInt(block.length) }
  } finally {
    giveBuffer(block)
  }
}

/**
 * `dagPb.encode({ Data: new UnixFS({ type: 'file', data }).marshal(), Links: [] })`, written
 * into one pooled buffer instead of two fresh ones of the chunk's size: PBNode { Data (1):
 * PBData { Type (1) = File, Data (2) unless empty, filesize (3) } }. Checked against the
 * libraries' encoding in the tests, and by the v0 vectors.
 */
function leafNode(data: Uint8Array): Uint8Array {
  const length = BigInt(data.length)
  const dataField = data.length > 0 ? [0x12, ...varint(length)] : []
  const unixfsLength = 2 + dataField.length + data.length + 1 + varint(length).length
  const head = [0x0a, ...varint(BigInt(unixfsLength)), 0x08, 0x02, ...dataField]
  const tail = [0x18, ...varint(length)]
  const total = head.length + data.length + tail.length
  const block = takeBuffer(total).subarray(0, total)
  block.set(head, 0)
  block.set(data, head.length)
  block.set(tail, head.length + data.length)
  return block
}

/**
 * The importer's leaves, hashed by `hashLeaf`, each chunk handed back to the read-buffer pool
 * once hashed: a 2 GiB file then reuses a few buffers instead of leaving 2 GiB of them to the
 * garbage collector, tens of MB at a time. A leaf's `block` is not kept (only a single-leaf file
 * with metadata would need it, and those never come here), and its UnixFS is only read for its
 * size, so it records the size rather than holding the bytes.
 */
function leafImporter(settings: ProfileSettings, loaded: Modules): BufferImporter {
  const { UnixFS } = loaded
  return async function* (file) {
    for await (const chunk of file.content) {
      yield async () => {
        const leaf = await hashLeaf(chunk, settings, loaded)
        const length = BigInt(chunk.length)
        giveBuffer(chunk)
        return {
          ...leaf,
          unixfs: settings.rawLeaves
            ? undefined
            : new UnixFS({ type: 'file', blockSizes: [length] }),
          block: NO_BLOCK
        }
      }
    }
  }
}

const NO_BLOCK = new Uint8Array(0)

const RAW_CODE = 0x55

/**
 * The leaf of a file that fits in one chunk, read into a pooled buffer and hashed before the
 * buffer is reused: thousands of small files then cost no garbage for their bytes. Undefined
 * when the file is bigger (the importer then streams it).
 */
async function hashIfOneChunk(
  file: FileToHash,
  settings: ProfileSettings,
  signal: AbortSignal,
  loaded: Modules
): Promise<FileResult | undefined> {
  signal.throwIfAborted()
  const handle = await openToHash(file)
  let buffer: Buffer | undefined
  try {
    const size = (await handle.stat()).size
    if (size > settings.chunkSize) return undefined
    // One byte more than expected tells a file that grew since stat(): it goes the long way.
    buffer = takeBuffer(size + 1)
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
      if (length === buffer.length) return undefined
    }
    return await hashLeaf(buffer.subarray(0, length), settings, loaded)
  } finally {
    if (buffer) giveBuffer(buffer)
    await handle.close()
  }
}

/**
 * Spare read buffers, by size class; a handful is enough for the files and chunks hashed at
 * once. Only buffers taken here are ever put back (a chunk the chunker had to copy together is
 * not), tracked by their memory, so a view of one returns the whole buffer.
 */
const spareBuffers = new Map<number, Buffer[]>()
const pooled = new WeakSet<ArrayBufferLike>()
const SMALLEST_BUFFER = 64 * 1024

function takeBuffer(minimum: number): Buffer {
  let size = SMALLEST_BUFFER
  while (size < minimum) size *= 2
  const buffer = spareBuffers.get(size)?.pop() ?? Buffer.allocUnsafeSlow(size)
  pooled.add(buffer.buffer)
  return buffer
}

/** Puts back the buffer `bytes` (a view of it, or the buffer itself) was taken as. */
function giveBuffer(bytes: Uint8Array): void {
  if (!pooled.delete(bytes.buffer)) return
  const buffer = Buffer.from(bytes.buffer)
  const spares = spareBuffers.get(buffer.length) ?? []
  if (spares.length < DEFAULT_CONCURRENCY) spares.push(buffer)
  spareBuffers.set(buffer.length, spares)
}

/**
 * Builds the directory from files already hashed: the importer's own tree builder (flat
 * directories, HAMT sharding past the threshold) gets each file's CID and size through a
 * `dagBuilder` that replays them instead of reading content. The tree builder reads only
 * `cid` and `size` of a file, so the result is the one a single pass over the bytes gives.
 */
async function buildDirectory(
  files: readonly { path: string }[],
  results: readonly FileResult[],
  profile: CidProfile,
  signal: AbortSignal | undefined
) {
  const loaded = await loadModules()
  // Every path sits under one top directory, whose entry is the root; its own name does not
  // enter any CID. Only files are passed: a directory candidate arriving after files inside it
  // would replace the filled directory with an empty one.
  const candidates: ImportCandidate[] = files.map(file => ({ path: `${TOP}/${file.path}` }))
  const options: ImporterOptions = {
    ...importerOptions(PROFILES[profile], loaded),
    // The importer hands the candidates to its dagBuilder in the order given: each gets the
    // result at its index, checked by path. (A map by path cost 100,000 entries at the peak.)
    dagBuilder: async function* (source) {
      let index = 0
      for await (const candidate of source) {
        const path = candidate.path ?? ''
        if (path !== candidates[index]?.path) {
          throw new Error(`The importer passed ${path} where ${candidates[index]?.path} was due`)
        }
        const { cid, size } = results[index++]
        yield (): Promise<InProgressImportResult> =>
          Promise.resolve({ cid, size, path, originalPath: path })
      }
    }
  }
  let root: ImportResult | undefined
  for await (const entry of loaded.importer(candidates, discardBlocks(signal), options)) {
    if (entry.path === TOP) root = entry
  }
  if (!root) throw new Error('The importer did not return the directory')
  return root.cid
}

const TOP = 'root'

/**
 * The file's bytes, read into buffers of one chunk, or of what is left when less, so that the
 * chunker passes them on without copying and a small file does not cost a chunk-sized buffer
 * (`createReadStream` allocates `highWaterMark` bytes per read: 2 MiB per file at 1 MiB).
 * Reads until end of file, whatever the size was at open. The file is opened only when the
 * importer starts reading.
 */
async function* readChunks(
  file: FileToHash,
  chunkSize: number,
  signal: AbortSignal
): AsyncGenerator<Uint8Array> {
  signal.throwIfAborted()
  const handle = await openToHash(file)
  try {
    let expected = (await handle.stat()).size
    let grown = false
    for (;;) {
      signal.throwIfAborted()
      // Past the size seen at open, one byte tells the end of the file from bytes appended since.
      const size = expected > 0 ? Math.min(chunkSize, expected) : grown ? chunkSize : 1
      const buffer = takeBuffer(size)
      const { bytesRead } = await handle.read(buffer, 0, size, null)
      if (bytesRead === 0) return
      if (expected <= 0) grown = true
      expected -= bytesRead
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}

/** Opens a file to hash: a listed file checked as for its upload, a bare path as it is. */
function openToHash(file: FileToHash): Promise<FileHandle> {
  return typeof file === 'string' ? open(file, 'r') : openScanned(file)
}

/** A directory entry's file: checked when the scan's inode and size come with it. */
function toHash(entry: DirectoryCidEntry): FileToHash {
  const { absPath, inode, size } = entry
  return inode !== undefined && size !== undefined ? { absPath, inode, size } : absPath
}

/** A fresh options object per call: the importer may write to the one it is given. */
function importerOptions(settings: ProfileSettings, loaded: Modules): ImporterOptions {
  return {
    cidVersion: settings.cidVersion,
    rawLeaves: settings.rawLeaves,
    leafType: settings.leafType,
    reduceSingleLeafToSelf: true,
    chunker: fixedSize(settings.chunkSize),
    layout: fileLayout(settings, loaded),
    shardSplitThresholdBytes: 262144,
    shardSplitStrategy: settings.shardSplitStrategy,
    shardFanoutBits: 8,
    wrapWithDirectory: false
  }
}

/**
 * The blockstore the importer writes to. It never reads blocks back (its type is `put` only:
 * the balanced layout and HAMT sharding work from CIDs and sizes it keeps), so dropping every
 * block is enough.
 */
function discardBlocks(signal: AbortSignal | undefined): WritableStorage {
  return {
    put(cid) {
      signal?.throwIfAborted()
      return cid
    }
  }
}

/**
 * Fixed-size chunks, as the importer's `fixedSize` cuts them (an empty file is one empty chunk).
 * Written here because `ipfs-unixfs-importer/chunker` also exports the Rabin chunker, which
 * would bundle `rabin-wasm` and its `.wasm` file for nothing (ncc copes with them, but they
 * are dead weight).
 */
function fixedSize(chunkSize: number): Chunker {
  return async function* (source) {
    let pending: Uint8Array[] = []
    let pendingBytes = 0
    let emitted = false
    for await (const buffer of source) {
      let offset = 0
      while (offset < buffer.length) {
        if (pendingBytes === 0 && buffer.length - offset >= chunkSize) {
          yield buffer.subarray(offset, offset + chunkSize)
          offset += chunkSize
          emitted = true
          continue
        }
        const take = Math.min(chunkSize - pendingBytes, buffer.length - offset)
        pending.push(buffer.subarray(offset, offset + take))
        pendingBytes += take
        offset += take
        if (pendingBytes === chunkSize) {
          yield concat(pending, pendingBytes)
          pending = []
          pendingBytes = 0
          emitted = true
        }
      }
    }
    if (pendingBytes > 0 || !emitted) yield concat(pending, pendingBytes)
  }
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]
  const out = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/**
 * The balanced layout, with two changes that leave every CID as Kubo computes it:
 *
 * - It holds the leaves of a node until it has `maxChildrenPerNode` of them, and with dag-pb
 *   leaves (v0) each leaf's UnixFS object still holds its chunk: 174 × 256 KiB, about 44 MiB
 *   per file being hashed. Only the length of those bytes is read afterwards (for the parent's
 *   `blocksizes`), so they are swapped for a view of a shared zero buffer of the same length.
 * - Sizes from 2 GiB to 4 GiB are encoded wrongly in file nodes (see `fixLargeSizes`).
 */
function fileLayout(settings: ProfileSettings, loaded: Modules, sink?: BlockSink): FileLayout {
  const layout = loaded.balanced({ maxChildrenPerNode: settings.maxChildrenPerNode })
  return (source, reduce) =>
    layout(
      (async function* () {
        for await (const leaf of source) {
          const data = leaf.unixfs?.data
          if (leaf.unixfs && data && data.length > 0) leaf.unixfs.data = zeros(data.length)
          yield leaf
        }
      })(),
      async leaves => {
        const node = await reduce(leaves)
        const fixed = await fixLargeSizes(node, settings.cidVersion, loaded)
        // The importer already stored the wrong node: a sink that keeps blocks swaps it.
        if (sink && fixed !== node) sink.replace(node.cid, fixed.cid, blockOf(fixed))
        return fixed
      }
    )
}

/**
 * protons-runtime (7.1.2, and 8.0.1 too), which encodes UnixFS, writes a uint64 from 2^31 to
 * 2^32 - 1 as one byte and leaves the other four of its varint as they were in a fresh
 * `allocUnsafe` buffer: usually zeros, sometimes not. A file of 2 to 4 GiB therefore gets a
 * root node with a wrong `filesize` (as does a bigger v0 file with 2 to 4 GiB under one node),
 * and a CID that is neither Kubo's nor the same from one run to the next. Such a node is
 * re-encoded here with correct varints. Its length does not change, so neither does the size
 * recorded by its parent. Not reported upstream as far as we found.
 */
async function fixLargeSizes(
  node: InProgressImportResult,
  cidVersion: 0 | 1,
  loaded: Modules
): Promise<InProgressImportResult> {
  const unixfs = node.unixfs
  if (unixfs?.type !== 'file' || unixfs.data !== undefined) return node
  const sizes = [unixfs.fileSize(), ...unixfs.blockSizes]
  if (!sizes.some(size => size >= 2n ** 31n && size < 2n ** 32n)) return node
  const block = (node as { block?: Uint8Array }).block
  if (!block || unixfs.mtime !== undefined || unixfs.mode !== 0o644) {
    throw new Error('Cannot re-encode a file node of 2 GiB or more: unexpected importer output')
  }
  const { dagPb, sha256, CID } = loaded
  const decoded = dagPb.decode(block)
  // Type = File, filesize, then each blocksize, as ipfs-unixfs lays the fields out.
  const data = [0x08, 0x02, 0x18, ...varint(unixfs.fileSize())]
  for (const size of unixfs.blockSizes) data.push(0x20, ...varint(size))
  if (decoded.Data?.length !== data.length) {
    throw new Error('Cannot re-encode a file node of 2 GiB or more: unexpected node layout')
  }
  const bytes = dagPb.encode({ Data: Uint8Array.from(data), Links: decoded.Links })
  const cid = CID.create(cidVersion, dagPb.code, await sha256.digest(bytes))
  return { ...node, cid, block: bytes }
}

function blockOf(node: InProgressImportResult): Uint8Array {
  const block = (node as { block?: Uint8Array }).block
  if (!block) throw new Error('The importer gave a node without its block')
  return block
}

/** Protobuf's unsigned varint: 7 bits a byte, least significant first. */
function varint(value: bigint): number[] {
  const out: number[] = []
  while (value >= 0x80n) {
    out.push(Number(value & 0x7fn) | 0x80)
    value >>= 7n
  }
  out.push(Number(value))
  return out
}

let sharedZeros = new Uint8Array(0)

function zeros(length: number): Uint8Array<ArrayBuffer> {
  if (sharedZeros.length < length) sharedZeros = new Uint8Array(length)
  return sharedZeros.subarray(0, length)
}

/** Refuses paths the importer would read differently from the upload, or silently merge. */
function checkPaths(paths: readonly string[]): void {
  const files = new Set<string>()
  const directories = new Set<string>()
  for (const path of paths) {
    const segments = path.split('/')
    if (segments.some(segment => segment === '' || segment === '.' || segment === '..')) {
      throw new Error(`Invalid path in directory: ${JSON.stringify(path)}`)
    }
    // The importer reads `\/` as an escaped slash, not as a separator.
    if (segments.slice(0, -1).some(segment => segment.endsWith('\\'))) {
      throw new Error(
        `Cannot compute the CID of a directory whose name ends with a backslash: ${JSON.stringify(path)}`
      )
    }
    if (files.has(path)) throw new Error(`Duplicate path in directory: ${JSON.stringify(path)}`)
    files.add(path)
    for (let i = 1; i < segments.length; i++) directories.add(segments.slice(0, i).join('/'))
  }
  const clash = [...files].find(path => directories.has(path))
  if (clash !== undefined) {
    throw new Error(`Path is both a file and a directory: ${JSON.stringify(clash)}`)
  }
}
