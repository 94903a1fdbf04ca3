/**
 * The one import pipeline: the importer under a profile's settings, with the workarounds of
 * importer-fixes.ts, that either drops every block (hashing: only CIDs are wanted, and leaves
 * go through leaf-hash.ts's pooled buffers) or hands each block to a sink in the order written
 * (the DAG itself, for a CAR export or a proof of retrieval). The CIDs are the same either way.
 *
 * The importer is loaded on first use (dynamic `import()`), so runs that never compute a CID
 * do not pay for loading it at start-up.
 */
import type {
  ImportCandidate,
  ImporterOptions,
  ImportResult,
  InProgressImportResult,
  WritableStorage
} from 'ipfs-unixfs-importer'
import type { CID } from 'multiformats/cid'
import { BufferPool } from './buffer-pool.js'
import { readChunks, toHash, type DirectoryCidEntry } from './chunk-reader.js'
import { PROFILES, SHARED_SETTINGS, type CidProfile, type ProfileSettings } from './cid-profiles.js'
import { fileLayout, fixedSize } from './importer-fixes.js'
import { leafImporter, type FileResult } from './leaf-hash.js'

export type Modules = typeof import('./unixfs-modules.js')

/** Where a pipeline that keeps blocks hands each one, in the order the importer writes them. */
export interface BlockSink {
  put(cid: CID, bytes: Uint8Array): Promise<void>
  /**
   * Replaces the block `old` just put with a corrected one (see importer-fixes.ts). Throws
   * when it was already passed on, so that a wrong block is never exported silently.
   */
  replace(old: CID, cid: CID, bytes: Uint8Array): void
}

/** What one run of the pipeline does with the blocks, and how much it overlaps. */
export interface ImportRun {
  settings: ProfileSettings
  loaded: Modules
  signal: AbortSignal | undefined
  /** Keep: every block to `sink`. Drop: leaves hashed through `pool` and forgotten. */
  blocks: { keep: BlockSink } | { drop: BufferPool }
  /** Files and blocks in flight; the importer's defaults when absent. */
  concurrency?: { files: number; blocks: number }
  /** Replays results computed elsewhere instead of reading content (`buildDirectory`). */
  dagBuilder?: ImporterOptions['dagBuilder']
}

/** Every path of a directory import sits under this top entry; its name enters no CID. */
const TOP = 'root'

const DEFAULT_CONCURRENCY = 8

let modules: Promise<Modules> | undefined

/** Loaded once, on first use; see the module comment. */
export function loadModules(): Promise<Modules> {
  modules ??= import('./unixfs-modules.js')
  // A failed load (a broken install) is not cached: the next call tries again.
  modules.catch(() => (modules = undefined))
  return modules
}

/** The importer over `sources` under `run`: its entries, files first, then directories. */
function runImport(
  sources: Iterable<ImportCandidate>,
  run: ImportRun
): AsyncGenerator<ImportResult> {
  const { settings, loaded, signal, blocks } = run
  const sink = 'keep' in blocks ? blocks.keep : undefined
  // A fresh options object per run: the importer may write to the one it is given.
  const options: ImporterOptions = {
    ...SHARED_SETTINGS,
    cidVersion: settings.cidVersion,
    rawLeaves: settings.rawLeaves,
    leafType: settings.leafType,
    chunker: fixedSize(settings.chunkSize),
    // The importer already stored the node a fix replaces: a sink that keeps blocks swaps it.
    layout: fileLayout(
      settings,
      loaded,
      sink && ((old, cid, bytes) => sink.replace(old, cid, bytes))
    ),
    shardSplitStrategy: settings.shardSplitStrategy,
    ...(run.concurrency && {
      fileImportConcurrency: run.concurrency.files,
      blockWriteConcurrency: run.concurrency.blocks
    }),
    ...('drop' in blocks && { bufferImporter: leafImporter(settings, loaded, blocks.drop) }),
    ...(run.dagBuilder && { dagBuilder: run.dagBuilder })
  }
  return loaded.importer(sources, sink ? keepBlocks(sink, signal) : dropBlocks(signal), options)
}

/**
 * Imports the files as a directory (with `entries`' paths) or one by one (without), keeping
 * every block for `sink`. `ordered`: one file and one block at a time, so the order of the
 * blocks, and with it a CAR's bytes, is the same on every run. Returns the roots: the
 * directory, or each file's CID in order.
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
  const settings = PROFILES[profile]
  // Read buffers are never given back here: the sink may keep them as blocks.
  const pool = new BufferPool(0)
  const sources = entries.map(entry => ({
    path: directory ? `${TOP}/${entry.path}` : undefined,
    content: readChunks(toHash(entry), settings.chunkSize, pool, signal ?? NEVER)
  }))
  const roots: CID[] = []
  const run: ImportRun = {
    settings,
    loaded: await loadModules(),
    signal,
    blocks: { keep: sink },
    // In order for a CAR; a sink that only records blocks takes them in any order, faster.
    concurrency: ordered ? { files: 1, blocks: 1 } : { files: DEFAULT_CONCURRENCY, blocks: 4 }
  }
  for await (const entry of runImport(sources, run)) {
    if (directory ? entry.path === TOP : true) roots.push(entry.cid)
  }
  if (roots.length === 0) throw new Error('The importer returned nothing')
  return roots
}

/** One file's content through the pipeline that drops blocks: its CID and DAG size. */
export async function hashContent(
  content: AsyncIterable<Uint8Array> | Uint8Array,
  run: Omit<ImportRun, 'blocks' | 'concurrency'>,
  pool: BufferPool
): Promise<FileResult> {
  let result: ImportResult | undefined
  // One file per import; within it, hash a chunk while the next one is read. Hashing runs on
  // the main thread, so more parallelism would only hold more chunks in memory.
  const concurrency = { files: 1, blocks: 2 }
  for await (const entry of runImport([{ content }], {
    ...run,
    blocks: { drop: pool },
    concurrency
  })) {
    result = entry
  }
  if (!result) throw new Error('The importer returned nothing')
  return { cid: result.cid, size: result.size }
}

/**
 * Builds the directory from files already hashed: the importer's own tree builder (flat
 * directories, HAMT sharding past the threshold) gets each file's CID and size through a
 * `dagBuilder` that replays them instead of reading content. The tree builder reads only
 * `cid` and `size` of a file, so the result is the one a single pass over the bytes gives.
 */
export async function buildDirectory(
  files: readonly { path: string }[],
  results: readonly FileResult[],
  profile: CidProfile,
  signal: AbortSignal | undefined
): Promise<CID> {
  // The paths were checked (checkPaths) before the files were hashed. Only files are passed: a directory candidate arriving after files inside it would replace
  // the filled directory with an empty one.
  const candidates: ImportCandidate[] = files.map(file => ({ path: `${TOP}/${file.path}` }))
  // The importer hands the candidates to its dagBuilder in the order given: each gets the
  // result at its index, checked by path. (A map by path cost 100,000 entries at the peak.)
  const dagBuilder: ImporterOptions['dagBuilder'] = async function* (source) {
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
  const run: ImportRun = {
    settings: PROFILES[profile],
    loaded: await loadModules(),
    signal,
    blocks: { drop: new BufferPool(0) },
    dagBuilder
  }
  let root: ImportResult | undefined
  for await (const entry of runImport(candidates, run)) {
    if (entry.path === TOP) root = entry
  }
  if (!root) throw new Error('The importer did not return the directory')
  return root.cid
}

/** Refuses paths the importer would read differently from the upload, or silently merge. */
export function checkPaths(paths: readonly string[]): void {
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

const NEVER = new AbortController().signal

/** Hands each block to the sink, whole. */
function keepBlocks(sink: BlockSink, signal: AbortSignal | undefined): WritableStorage {
  return {
    async put(cid, bytes) {
      signal?.throwIfAborted()
      // The importer writes whole blocks; the storage type also allows streams of them.
      if (!(bytes instanceof Uint8Array)) throw new Error('The importer wrote a block as a stream')
      await sink.put(cid, bytes)
      return cid
    }
  }
}

/**
 * Drops every block. The importer never reads blocks back (its storage type is `put` only: the
 * balanced layout and HAMT sharding work from CIDs and sizes it keeps), so this is enough.
 */
function dropBlocks(signal: AbortSignal | undefined): WritableStorage {
  return {
    put(cid) {
      signal?.throwIfAborted()
      return cid
    }
  }
}
