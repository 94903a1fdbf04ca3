/**
 * Workarounds for the importer, each with its upstream reason: a chunker that does not bundle
 * Rabin's WebAssembly, and a balanced layout that does not hold whole chunks in memory and
 * encodes sizes from 2 GiB to 4 GiB correctly. None changes a CID Kubo would give.
 */
import type { Chunker } from 'ipfs-unixfs-importer/chunker'
import type { FileLayout } from 'ipfs-unixfs-importer/layout'
import type { InProgressImportResult } from 'ipfs-unixfs-importer'
import type { CID } from 'multiformats/cid'
import type { ProfileSettings } from './cid-profiles.js'

type Modules = typeof import('./unixfs-modules.js')

/** Told when a node the importer already stored is swapped for a corrected one. */
export type OnReplace = (old: CID, cid: CID, bytes: Uint8Array) => void

/**
 * Fixed-size chunks, as the importer's `fixedSize` cuts them (an empty file is one empty chunk).
 * Written here because `ipfs-unixfs-importer/chunker` also exports the Rabin chunker, which
 * would bundle `rabin-wasm` and its `.wasm` file for nothing (ncc copes with them, but they
 * are dead weight).
 */
export function fixedSize(chunkSize: number): Chunker {
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
 * - Sizes from 2 GiB to 4 GiB are encoded wrongly in file nodes (see `fixLargeSizes`); a
 *   corrected node is passed to `onReplace`, since the importer already stored the wrong one.
 */
export function fileLayout(
  settings: ProfileSettings,
  loaded: Modules,
  onReplace?: OnReplace
): FileLayout {
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
        if (onReplace && fixed !== node) onReplace(node.cid, fixed.cid, blockOf(fixed))
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

/**
 * Protobuf's unsigned varint: 7 bits a byte, least significant first. Kept here rather than
 * taken from `multiformats`, whose varint works on numbers and whose index would load at
 * start-up.
 */
export function varint(value: bigint): number[] {
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
