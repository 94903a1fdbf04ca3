/**
 * Reading a listed file for its upload (src/content/read-file.ts): the bytes sent must come
 * from the file the scan listed, even when the path was swapped since (for a symbolic link to a
 * secret outside the workspace, or for another file), and anything else fails by name.
 */
import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import {
  FileReadError,
  fileSource,
  readExactly,
  readWhole,
  WHOLE_FILE_MAX,
  type ScannedFile
} from '../../src/content/read-file.js'
import { makeWorkspace, scannedFile } from '../../test-support/run-action.mjs'

const SECRET = 'the runner’s secret, outside the workspace'
/** Big enough to be streamed in chunks rather than read whole. */
const BIG = WHOLE_FILE_MAX + 300 * 1024

let outside: string
beforeAll(async () => {
  outside = await mkdtemp(path.join(tmpdir(), 'outside-'))
  writeFileSync(path.join(outside, 'secret.txt'), SECRET)
  writeFileSync(path.join(outside, 'big-secret.bin'), Buffer.alloc(BIG, 's'))
})

/** A workspace holding `small.txt` and `big.bin` (BIG bytes of `b`), scanned. */
async function listed() {
  const dir = await makeWorkspace({ 'small.txt': 'small file', 'big.bin': 'b'.repeat(BIG) })
  return {
    dir,
    small: scannedFile(path.join(dir, 'small.txt')),
    big: scannedFile(path.join(dir, 'big.bin'))
  }
}

async function collect(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
  const parts: Uint8Array[] = []
  for await (const chunk of chunks) parts.push(chunk)
  return Buffer.concat(parts)
}

/** The path becomes a symbolic link to `target` (a file that already exists elsewhere). */
function swapForLink(file: ScannedFile, target: string) {
  unlinkSync(file.absPath)
  symlinkSync(target, file.absPath)
}

/** The path becomes another file: written beside it first, so it cannot reuse the inode. */
function swapForFile(file: ScannedFile, content: string | Buffer) {
  const other = `${file.absPath}.new`
  writeFileSync(other, content)
  renameSync(other, file.absPath)
}

/** Both readers of a listed file: whole (small files) and streamed (big ones). */
const READERS = [
  ['readWhole', async (file: ScannedFile) => collect([readWhole(file)])],
  ['readExactly', (file: ScannedFile) => collect(readExactly(file))]
] as const

describe.each(READERS)('%s', (_name, read) => {
  const pick = (files: Awaited<ReturnType<typeof listed>>) =>
    _name === 'readWhole' ? files.small : files.big

  it('reads the listed file', async () => {
    const files = await listed()
    const file = pick(files)
    expect((await read(file)).length).toBe(file.size)
  })

  it('refuses a file swapped for a symbolic link to a secret outside the workspace', async () => {
    const file = pick(await listed())
    const secret = path.join(outside, file.size > WHOLE_FILE_MAX ? 'big-secret.bin' : 'secret.txt')
    swapForLink(file, secret)
    const attempt = read(file)
    await expect(attempt).rejects.toThrow(FileReadError)
    await expect(read(file)).rejects.toThrow(
      `${file.absPath} was replaced after it was listed (a different file now); not published`
    )
  })

  it('refuses a file swapped for another file, even of the same size', async () => {
    const file = pick(await listed())
    swapForFile(file, Buffer.alloc(file.size, 'x'))
    await expect(read(file)).rejects.toThrow(/was replaced after it was listed \(a different file/)
  })

  it('refuses a file swapped for a FIFO without waiting for a writer', async () => {
    const file = pick(await listed())
    unlinkSync(file.absPath)
    execFileSync('mkfifo', [file.absPath])
    await expect(read(file)).rejects.toThrow(/was replaced after it was listed \(a FIFO now\)/)
  })

  it('refuses a file swapped for a folder', async () => {
    const file = pick(await listed())
    unlinkSync(file.absPath)
    mkdirSync(file.absPath)
    await expect(read(file)).rejects.toThrow(/replaced after it was listed \(a folder now\)/)
  })

  it('refuses a file truncated or grown in place', async () => {
    const file = pick(await listed())
    truncateSync(file.absPath, file.size - 1)
    await expect(read(file)).rejects.toThrow(
      `${file.absPath} changed while it was being uploaded (expected ${file.size} bytes, now ${file.size - 1})`
    )
    truncateSync(file.absPath, file.size + 5)
    await expect(read(file)).rejects.toThrow(/expected \d+ bytes, now \d+\)/)
  })

  it('names a file removed since it was listed', async () => {
    const file = pick(await listed())
    unlinkSync(file.absPath)
    await expect(read(file)).rejects.toThrow(
      `cannot read ${file.absPath}: it no longer exists (ENOENT): it was removed after it was listed`
    )
  })

  it('names a file swapped for a symbolic link that loops', async () => {
    const file = pick(await listed())
    swapForLink(file, path.basename(file.absPath))
    await expect(read(file)).rejects.toThrow(
      `cannot read ${file.absPath}: a symbolic link that loops (ELOOP)`
    )
  })

  // Root reads any file, whatever its mode: EACCES cannot happen there.
  const itUnlessRoot = process.getuid?.() === 0 ? it.skip : it
  itUnlessRoot(
    'names a file the runner may not read (EACCES; skipped as root, who may read anything)',
    async () => {
      const file = pick(await listed())
      chmodSync(file.absPath, 0o000)
      await expect(read(file)).rejects.toThrow(
        `cannot read ${file.absPath}: the runner's user may not read it (EACCES)`
      )
    }
  )
})

describe('readExactly, while it streams', () => {
  it('keeps reading the file it opened when the path is swapped halfway', async () => {
    const { big } = await listed()
    const chunks = readExactly(big)[Symbol.asyncIterator]()
    const first = await chunks.next()
    swapForLink(big, path.join(outside, 'big-secret.bin'))
    const rest: Uint8Array[] = [first.value as Uint8Array]
    for (let next = await chunks.next(); !next.done; next = await chunks.next())
      rest.push(next.value)
    const sent = Buffer.concat(rest)
    expect(sent.length).toBe(BIG)
    expect(sent.equals(Buffer.alloc(BIG, 'b'))).toBe(true)
  })

  it('fails when the open file is truncated or grows halfway', async () => {
    for (const change of [
      (file: string) => truncateSync(file, 1000),
      (file: string) => appendFileSync(file, 'more')
    ]) {
      const { big } = await listed()
      const chunks = readExactly(big)[Symbol.asyncIterator]()
      await chunks.next()
      change(big.absPath)
      const drain = async () => {
        for (let next = await chunks.next(); !next.done; next = await chunks.next());
      }
      await expect(drain()).rejects.toThrow(
        new RegExp(`changed while it was being uploaded \\(expected ${BIG} bytes, read \\d+\\)`)
      )
    }
  })
})

describe('fileSource', () => {
  it('checks the file again for every attempt', async () => {
    const { small, big } = await listed()
    const sources = [fileSource(small), fileSource(big)]
    for (const source of sources) expect((await collect(source.chunks())).length).toBe(source.size)
    swapForLink(small, path.join(outside, 'secret.txt'))
    swapForLink(big, path.join(outside, 'big-secret.bin'))
    for (const source of sources) {
      await expect(collect(source.chunks())).rejects.toThrow(/was replaced after it was listed/)
    }
  })

  it('sends the bytes it was given, read once when the file was identified', async () => {
    const { small } = await listed()
    const data = readWhole(small)
    rmSync(small.absPath)
    expect((await collect(fileSource(small, data).chunks())).toString()).toBe('small file')
  })
})
