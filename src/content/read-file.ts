/**
 * Reading a matched file for an upload: whole and at once when small, in chunks when big, and
 * always from the file the scan listed. Files may change between the scan and the upload (a
 * fork's build may leave a process behind that swaps them), and a path that was checked then
 * may by now be a symbolic link to a secret outside the workspace. So every read opens the
 * path, checks on the open descriptor that it is the same regular file (device and inode) with
 * the same size, and reads from that descriptor: what is sent is provably what was listed, or
 * the item fails by name.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  type BigIntStats,
  type PathLike
} from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'

/** Files up to this size are read in one call: one open and read instead of a stream's four. */
export const WHOLE_FILE_MAX = 1024 * 1024
/** Big files are read in chunks this size: small enough that garbage stays small. */
const READ_CHUNK = 64 * 1024

/**
 * How files are opened, at the scan and for every read. A path swapped for a FIFO would block
 * a plain open forever, and one swapped for a terminal could become the process's controlling
 * terminal: non-blocking and no-controlling-terminal opens return at once, and the check on the
 * descriptor then refuses them. Both flags change nothing for a regular file.
 */
export const OPEN_FLAGS =
  constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0)

/** Which file a path led to: with `dev`, the inode number tells files apart. */
export interface Inode {
  dev: bigint
  ino: bigint
}

/** A regular file as the scan found it: every read checks that it still opens this one. */
export interface ScannedFile {
  /** The path that was matched (a symbolic link stays one). */
  absPath: string
  size: number
  inode: Inode
}

/** A file could not be read as planned; trying again will not help. */
export class FileReadError extends Error {
  override name = 'FileReadError'
}

/**
 * A file of up to `WHOLE_FILE_MAX` bytes, read whole and synchronously: open, stat, read and
 * close are then four quick system calls instead of four thread-pool round trips, which took a
 * tenth off the time of 1,000 small uploads.
 */
export function readWhole(file: ScannedFile): Buffer {
  const fd = openChecked(file)
  try {
    // One byte more than expected tells a file that grew since the check.
    const buffer = Buffer.allocUnsafe(file.size + 1)
    let length = 0
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
      if (length === buffer.length) break
    }
    if (length !== file.size) throw changed(file.absPath, file.size, `read ${length}`)
    return buffer.subarray(0, length)
  } catch (error) {
    throw error instanceof FileReadError ? error : unreadable(file.absPath, error)
  } finally {
    closeSync(fd)
  }
}

/** The file's bytes, exactly `size` of them, or a `FileReadError` naming the file. */
export async function* readExactly(file: ScannedFile): AsyncGenerator<Uint8Array> {
  if (file.size <= WHOLE_FILE_MAX) {
    yield readWhole(file)
    return
  }
  const handle = await openScanned(file)
  try {
    let read = 0
    // Up to `size`, then one byte more, which must not be there.
    while (read <= file.size) {
      const want = read < file.size ? Math.min(READ_CHUNK, file.size - read) : 1
      const chunk = Buffer.allocUnsafe(want)
      const { bytesRead } = await handle.read(chunk, 0, want, null).catch(error => {
        throw unreadable(file.absPath, error)
      })
      if (bytesRead === 0) break
      read += bytesRead
      if (read > file.size) break
      yield bytesRead === want ? chunk : chunk.subarray(0, bytesRead)
    }
    if (read !== file.size) throw changed(file.absPath, file.size, `read ${read}`)
  } finally {
    await handle.close()
  }
}

/** A source of an upload's bytes that reads the file afresh for every attempt. */
export function fileSource(file: ScannedFile, data?: Uint8Array) {
  return {
    size: file.size,
    chunks: (): AsyncIterable<Uint8Array> | Iterable<Uint8Array> =>
      data ? [data] : readExactly(file)
  }
}

/** Opens the file, checked to be the one the scan listed, for reading through the handle. */
export async function openScanned(file: ScannedFile): Promise<FileHandle> {
  const handle = await open(file.absPath, OPEN_FLAGS).catch(error => {
    throw unreadable(file.absPath, error)
  })
  try {
    checkScanned(file, await handle.stat({ bigint: true }))
    return handle
  } catch (error) {
    await handle.close()
    throw error instanceof FileReadError ? error : unreadable(file.absPath, error)
  }
}

/** The same, synchronously: a file descriptor. */
function openChecked(file: ScannedFile): number {
  let fd: number
  try {
    fd = openSync(file.absPath, OPEN_FLAGS)
  } catch (error) {
    throw unreadable(file.absPath, error)
  }
  try {
    checkScanned(file, fstatSync(fd, { bigint: true }))
    return fd
  } catch (error) {
    closeSync(fd)
    throw error instanceof FileReadError ? error : unreadable(file.absPath, error)
  }
}

/** Throws unless `stats` (of an open descriptor) are those of the file the scan listed. */
function checkScanned(file: ScannedFile, stats: BigIntStats): void {
  if (!stats.isFile()) {
    throw replaced(file.absPath, `${describeKind(stats)} now`)
  }
  if (stats.dev !== file.inode.dev || stats.ino !== file.inode.ino) {
    throw replaced(file.absPath, 'a different file now')
  }
  if (stats.size !== BigInt(file.size)) throw changed(file.absPath, file.size, `now ${stats.size}`)
}

/** What a file system entry that is not a regular file is, in a few words. */
export function describeKind(stats: BigIntStats): string {
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

/** The error for a file that could not be opened or read, its cause in words. */
export function unreadable(path: PathLike, error: unknown): FileReadError {
  return new FileReadError(`cannot read ${String(path)}: ${explainFsError(error)}`)
}

/** A file system error in words a workflow author can act on, with its code. */
export function explainFsError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException
  switch (code) {
    case 'ENOENT':
      return 'it no longer exists (ENOENT): it was removed after it was listed'
    case 'ELOOP':
      return 'a symbolic link that loops (ELOOP)'
    case 'EACCES':
    case 'EPERM':
      return `the runner's user may not read it (${code})`
    case undefined: // not a file system error
    default:
      return message
  }
}

function replaced(path: string, now: string): FileReadError {
  return new FileReadError(`${path} was replaced after it was listed (${now}); not published`)
}

function changed(path: string, expected: number, found: string): FileReadError {
  return new FileReadError(
    `${path} changed while it was being uploaded (expected ${expected} bytes, ${found})`
  )
}
