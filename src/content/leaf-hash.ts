/**
 * Leaves hashed without keeping their bytes, for runs that only want CIDs: a file that fits in
 * one chunk is read into a pooled buffer and hashed, and the importer's leaves are hashed and
 * their buffers handed back. Built as the importer's default buffer importer builds them, so
 * the CIDs are the same: a raw block under unixfs-v1-2025, a dag-pb node holding a UnixFS file
 * under unixfs-v0-2015.
 */
import type { BufferImporter, ImportResult } from 'ipfs-unixfs-importer'
import type { BufferPool } from './buffer-pool.js'
import { openToHash, type FileToHash } from './chunk-reader.js'
import type { ProfileSettings } from './cid-profiles.js'
import { varint } from './importer-fixes.js'

type Modules = typeof import('./unixfs-modules.js')

/** A file's CID and the DAG size its parent directory records in the link (`Tsize`). */
export type FileResult = Pick<ImportResult, 'cid' | 'size'>

const RAW_CODE = 0x55

const NO_BLOCK = new Uint8Array(0)

/** A leaf's CID and the size its parent records, from its bytes, keeping no reference to them. */
export async function hashLeaf(
  bytes: Uint8Array,
  settings: ProfileSettings,
  loaded: Modules,
  pool: BufferPool
): Promise<FileResult> {
  const { CID, sha256, dagPb } = loaded
  if (settings.rawLeaves) {
    return { cid: CID.createV1(RAW_CODE, await sha256.digest(bytes)), size: BigInt(bytes.length) }
  }
  const block = leafNode(bytes, pool)
  try {
    const digest = await sha256.digest(block)
    const cid = settings.cidVersion === 0 ? CID.createV0(digest) : CID.createV1(dagPb.code, digest)
    return { cid, size: BigInt(block.length) }
  } finally {
    pool.give(block)
  }
}

/**
 * `dagPb.encode({ Data: new UnixFS({ type: 'file', data }).marshal(), Links: [] })`, written
 * into one pooled buffer instead of two fresh ones of the chunk's size: PBNode { Data (1):
 * PBData { Type (1) = File, Data (2) unless empty, filesize (3) } }. Checked against the
 * libraries' encoding in the tests, and by the v0 vectors.
 */
function leafNode(data: Uint8Array, pool: BufferPool): Uint8Array {
  const length = BigInt(data.length)
  const dataField = data.length > 0 ? [0x12, ...varint(length)] : []
  const unixfsLength = 2 + dataField.length + data.length + 1 + varint(length).length
  const head = [0x0a, ...varint(BigInt(unixfsLength)), 0x08, 0x02, ...dataField]
  const tail = [0x18, ...varint(length)]
  const total = head.length + data.length + tail.length
  const block = pool.take(total).subarray(0, total)
  block.set(head, 0)
  block.set(data, head.length)
  block.set(tail, head.length + data.length)
  return block
}

/**
 * The importer's leaves, hashed by `hashLeaf`, each chunk handed back to the pool once hashed.
 * A leaf's `block` is not kept (only a single-leaf file with metadata would need it, and those
 * never come here), and its UnixFS is only read for its size, so it records the size rather
 * than holding the bytes.
 */
export function leafImporter(
  settings: ProfileSettings,
  loaded: Modules,
  pool: BufferPool
): BufferImporter {
  const { UnixFS } = loaded
  return async function* (file) {
    for await (const chunk of file.content) {
      yield async () => {
        const leaf = await hashLeaf(chunk, settings, loaded, pool)
        const length = BigInt(chunk.length)
        pool.give(chunk)
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

/**
 * The leaf of a file that fits in one chunk, read into a pooled buffer and hashed before the
 * buffer is reused: thousands of small files then cost no garbage for their bytes. Undefined
 * when the file is bigger (the importer then streams it).
 */
export async function hashIfOneChunk(
  file: FileToHash,
  settings: ProfileSettings,
  signal: AbortSignal,
  loaded: Modules,
  pool: BufferPool
): Promise<FileResult | undefined> {
  signal.throwIfAborted()
  const handle = await openToHash(file)
  let buffer: Buffer | undefined
  try {
    const size = (await handle.stat()).size
    if (size > settings.chunkSize) return undefined
    // One byte more than expected tells a file that grew since stat(): it goes the long way.
    buffer = pool.take(size + 1)
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
      if (length === buffer.length) return undefined
    }
    return await hashLeaf(buffer.subarray(0, length), settings, loaded, pool)
  } finally {
    if (buffer) pool.give(buffer)
    await handle.close()
  }
}
