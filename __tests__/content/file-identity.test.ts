/**
 * Files mode identifies each file just before its upload (src/content/file-identity.ts): its
 * bytes, its CID or content key. Those reads are checked like the upload's, so a file swapped
 * since the scan never lends its bytes, CID or key to the file that was listed.
 */
import { renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { readingIdentity } from '../../src/content/file-identity.js'
import type { LocalFile } from '../../src/content/files.js'
import { bytesCid, directoryCid, fileCid } from '../../src/content/file-cids.js'
import { noLocalCids } from '../../src/content/plan-cids.js'
import { FileReadError, WHOLE_FILE_MAX } from '../../src/content/read-file.js'
import { makeWorkspace, scannedFile } from '../../test-support/run-action.mjs'

const BIG = WHOLE_FILE_MAX + 1024

let secret: string
beforeAll(async () => {
  const outside = await mkdtemp(path.join(tmpdir(), 'outside-'))
  secret = path.join(outside, 'secret.bin')
  writeFileSync(secret, Buffer.alloc(BIG, 's'))
})

/** Listed files: `small.txt`, and `big-1.bin`, `big-2.bin` of BIG bytes (one size, two contents). */
async function listed(): Promise<LocalFile[]> {
  const dir = await makeWorkspace({
    'small.txt': 'small',
    'big-1.bin': '1'.repeat(BIG),
    'big-2.bin': '2'.repeat(BIG)
  })
  return ['small.txt', 'big-1.bin', 'big-2.bin'].map(relPath => ({
    ...scannedFile(path.join(dir, relPath)),
    relPath
  }))
}

function swapForSecret(file: LocalFile) {
  unlinkSync(file.absPath)
  symlinkSync(secret, file.absPath)
}

const MODES = [
  ['with CIDs (verify on)', 'unixfs-v1-2025'],
  ['without CIDs (verify: off)', undefined]
] as const

describe.each(MODES)('readingIdentity %s', (_name, profile) => {
  it('identifies the files as listed', async () => {
    const files = await listed()
    const identify = readingIdentity(files, profile, noLocalCids())
    const [small, big1, big2] = await Promise.all(files.map(file => identify(file)))
    expect(small.data?.toString()).toBe('small')
    expect(big1.data).toBeUndefined()
    expect(big1.key).toBeDefined()
    expect(big1.key).not.toBe(big2.key)
    if (profile) expect(small.key).toBe(await bytesCid(Buffer.from('small'), profile))
  })

  it.each([0, 1])('refuses file %i when it was swapped for a link to a secret', async index => {
    const files = await listed()
    const identify = readingIdentity(files, profile, noLocalCids())
    swapForSecret(files[index])
    const attempt = identify(files[index])
    await expect(attempt).rejects.toThrow(FileReadError)
    await expect(attempt).rejects.toThrow(
      `${files[index].absPath} was replaced after it was listed (a different file now); not published`
    )
  })
})

describe('local CIDs of listed files', () => {
  it('are refused for a file swapped since the scan, file by file and in a directory', async () => {
    const files = await listed()
    const entries = files.map(file => ({ ...file, path: file.relPath }))
    const before = await directoryCid(entries, 'unixfs-v1-2025')
    // A swap and a swap back leave the inode as listed: the CID is computed again, the same.
    const moved = `${files[1].absPath}.away`
    renameSync(files[1].absPath, moved)
    renameSync(moved, files[1].absPath)
    expect(await directoryCid(entries, 'unixfs-v1-2025')).toEqual(before)

    swapForSecret(files[1])
    await expect(fileCid(files[1], 'unixfs-v1-2025')).rejects.toThrow(/was replaced after it was/)
    await expect(directoryCid(entries, 'unixfs-v1-2025')).rejects.toThrow(
      `${files[1].absPath} was replaced after it was listed`
    )
    // A bare path (no scan) is hashed as it is now: what the fake server and the tests use.
    expect(await fileCid(files[1].absPath, 'unixfs-v1-2025')).toBe(
      await fileCid(secret, 'unixfs-v1-2025')
    )
  })
})
