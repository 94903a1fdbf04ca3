/**
 * Reads a file to hash, in chunk-sized buffers from a pool, opened as its upload opens it.
 */
import { open, type FileHandle } from 'node:fs/promises'
import type { BufferPool } from './buffer-pool.js'
import { openScanned, type ScannedFile } from './read-file.js'

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

/** Opens a file to hash: a listed file checked as for its upload, a bare path as it is. */
export function openToHash(file: FileToHash): Promise<FileHandle> {
  return typeof file === 'string' ? open(file, 'r') : openScanned(file)
}

/** A directory entry's file: checked when the scan's inode and size come with it. */
export function toHash(entry: DirectoryCidEntry): FileToHash {
  const { absPath, inode, size } = entry
  return inode !== undefined && size !== undefined ? { absPath, inode, size } : absPath
}

/**
 * The file's bytes, read into buffers of one chunk, or of what is left when less, so that the
 * chunker passes them on without copying and a small file does not cost a chunk-sized buffer
 * (`createReadStream` allocates `highWaterMark` bytes per read: 2 MiB per file at 1 MiB).
 * Reads until end of file, whatever the size was at open. The file is opened only when the
 * importer starts reading.
 */
export async function* readChunks(
  file: FileToHash,
  chunkSize: number,
  pool: BufferPool,
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
      const buffer = pool.take(size)
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
