/**
 * Local CIDs must be the ones Kubo gives the same bytes, or the pre-upload check is worthless.
 * The expected values are published Kubo/boxo/go-unixfsnode test vectors (see
 * fixtures/cid-vectors/PROVENANCE.md); their inputs are rebuilt on disk from recipes.
 *
 * With CID_VECTORS=all, also the vectors of 100 MiB or more (up to 1 GiB + 1 byte), the
 * directories of thousands of files beyond one HAMT example per profile, and 2 GiB files.
 */
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as dagPb from '@ipld/dag-pb'
import { importer } from 'ipfs-unixfs-importer'
import { varint } from 'multiformats'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { CID_PROFILES } from '../../src/content/cid-profiles.js'
import {
  bytesCid,
  directoryCid,
  directoryRoot,
  fileCid,
  fileCids
} from '../../src/content/file-cids.js'
import {
  expandTree,
  vectorSize,
  writeRecipe,
  writeTree,
  type CidVector,
  type FileRecipe,
  type TreeRecipe
} from '../../test-support/cid-vector-inputs.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const vectors: CidVector[] = JSON.parse(
  await readFile(path.join(here, '../fixtures/cid-vectors/vectors.json'), 'utf8')
)
const byId = new Map(vectors.map(vector => [vector.id, vector]))

const ALL = process.env.CID_VECTORS === 'all'
const LARGE = 100 * 1024 * 1024
const MANY_FILES = 2500
/** The HAMT vectors of the default run; the others hold as many files and take as long. */
const HAMT_SAMPLES = [
  'v0-dir-hamt-links-bytes-over-threshold',
  'v1-dir-hamt-block-bytes-over-threshold'
]

/** Why a vector is not run, or undefined when it is. */
function skipReason(vector: CidVector): string | undefined {
  // Those set importer options beyond the profile (a forced HAMT threshold, another estimate).
  if (vector.overrides) return 'sets importer options beyond the profile'
  if (vector.kind === 'directory') {
    const entries = expandTree(vector.input as TreeRecipe)
    // Symlinks are followed or left out when files are matched, never uploaded as such.
    if (entries.some(entry => 'symlink' in entry)) return 'has symlinks, which are not uploaded'
    const files = entries.filter(entry => !('dir' in entry)).map(entry => entry.path)
    const empty = entries.some(
      entry => 'dir' in entry && !files.some(file => file.startsWith(`${entry.path}/`))
    )
    // Only files travel in a directory upload; directoryCid takes files (see its own test).
    if (files.length === 0 || empty) return 'has an empty directory, which cannot be uploaded'
    if (!ALL && files.length > MANY_FILES && !HAMT_SAMPLES.includes(vector.id)) {
      return `over ${MANY_FILES} files, set CID_VECTORS=all`
    }
  }
  if (!ALL && vectorSize(vector) >= LARGE) return '100 MiB or more, set CID_VECTORS=all'
  return undefined
}

const planned = vectors.map(vector => ({ ...vector, reason: skipReason(vector) }))
const run = planned.filter(vector => vector.reason === undefined)
const skipped = planned.filter(vector => vector.reason !== undefined)

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'local-cid-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

/** A fresh directory under the scratch one, removed after the test by the caller. */
async function workDir(name: string): Promise<string> {
  const dir = path.join(scratch, name)
  await mkdir(dir, { recursive: true })
  return dir
}

describe('published vectors', () => {
  test.each(run)(
    '$id ($profile $kind)',
    async vector => {
      const dir = await workDir(vector.id)
      try {
        if (vector.kind === 'file') {
          const file = path.join(dir, 'input')
          await writeRecipe(vector.input as FileRecipe, file)
          expect(await fileCid(file, vector.profile)).toBe(vector.cid)
        } else {
          const entries = await writeTree(vector.input as TreeRecipe, dir)
          const files = entries
            .filter(entry => !('dir' in entry))
            .map(entry => ({ absPath: path.join(dir, ...entry.path.split('/')), path: entry.path }))
          const result = await directoryCid(files, vector.profile)
          expect(result.root).toBe(vector.cid)
          expect(result.files.size).toBe(files.length)
          // The root alone, as a run computes it, without the map of every file's CID.
          const planned = files.map(({ absPath, path }) => ({ file: absPath, path }))
          expect(await directoryRoot(planned, vector.profile)).toBe(vector.cid)
        }
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
    600_000
  )

  if (skipped.length > 0) {
    // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect -- the report names the vectors this machine cannot run
    test.skip.each(skipped)('$id: $reason', () => {})
  }

  it('covers both profiles: empty, small, chunk + 1, multi-chunk, nested and HAMT', () => {
    const ran = new Set(run.map(vector => vector.id))
    for (const id of [
      'v0-file-empty',
      'v0-file-hello-world',
      'v0-file-chunk-size-plus-1',
      'v0-file-5mib-multichunk',
      'v0-file-over-max-links',
      'v0-dir-nested-refs',
      'v0-dir-hamt-links-bytes-over-threshold',
      'v1-file-empty',
      'v1-file-hello-world',
      'v1-file-chunk-size-plus-1',
      'v1-dir-nested-go-unixfsnode',
      'v1-dir-hamt-block-bytes-over-threshold',
      'v1-dir-hamt-1344-long-names'
    ]) {
      expect(ran).toContain(id)
    }
  })
})

describe('fileCid', () => {
  it('gives the same bytes a different CID under each profile', async () => {
    const dir = await workDir('profiles')
    const file = path.join(dir, 'hello')
    await writeFile(file, 'hello world')
    const cids = await Promise.all(CID_PROFILES.map(profile => fileCid(file, profile)))
    expect(Object.fromEntries(CID_PROFILES.map((profile, i) => [profile, cids[i]]))).toEqual({
      'unixfs-v0-2015': byId.get('v0-file-hello-world')!.cid,
      'unixfs-v1-2025': byId.get('v1-file-hello-world')!.cid
    })
  })

  it('fileCids keeps the order of its input', async () => {
    const dir = await workDir('order')
    const names = Array.from({ length: 30 }, (_, i) => path.join(dir, `f${i}`))
    await Promise.all(names.map((name, i) => writeFile(name, 'x'.repeat(i * 1000))))
    const many = await fileCids(names, 'unixfs-v1-2025', { concurrency: 4 })
    const one = []
    for (const name of names) one.push(await fileCid(name, 'unixfs-v1-2025'))
    expect(many).toEqual(one)
  })

  // Read buffers are reused once the importer has stored a chunk's block: a buffer handed back
  // too early would change the bytes of a chunk not yet hashed, and the CID with them.
  it.each(CID_PROFILES)(
    'agrees with a one-pass import of a many-chunk file (%s)',
    async profile => {
      const dir = await workDir(`many-chunks-${profile}`)
      const file = path.join(dir, 'data')
      const bytes = new Uint8Array(9 * 1048576 + 3)
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24
      await writeFile(file, bytes)
      let reference: string | undefined
      for await (const entry of importer([{ content: bytes }], { put: cid => cid }, { profile })) {
        reference = entry.cid.toString()
      }
      expect(await fileCid(file, profile)).toBe(reference)
    }
  )

  // Leaves are built by hand (a raw block, or a dag-pb node written into a pooled buffer):
  // the importer's own default leaves must agree, at every varint length boundary.
  it.each(CID_PROFILES)('builds leaves as the importer does, file or bytes (%s)', async profile => {
    const dir = await workDir(`leaves-${profile}`)
    const sizes = [0, 1, 127, 128, 129, 16383, 16384, 16385, 262143, 262144, 262145]
    for (const size of [...sizes, 1048576, 1048577, 3 * 1048576 + 5]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 13) % 256)
      const file = path.join(dir, `f${size}`)
      await writeFile(file, bytes)
      let reference: string | undefined
      for await (const entry of importer([{ content: bytes }], { put: cid => cid }, { profile })) {
        reference = entry.cid.toString()
      }
      const computed = [await bytesCid(bytes, profile), await fileCid(file, profile)]
      expect([size, ...computed]).toEqual([size, reference, reference])
    }
  })

  it('rejects when the file cannot be read', async () => {
    await expect(fileCid(path.join(scratch, 'missing'), 'unixfs-v1-2025')).rejects.toMatchObject({
      code: 'ENOENT'
    })
  })

  it('stops when the signal aborts', async () => {
    const dir = await workDir('abort-file')
    const big = path.join(dir, 'sparse')
    await writeFile(big, '')
    await truncate(big, 512 * 1024 * 1024) // sparse: fast to read, but not that fast
    const controller = new AbortController()
    const started = Date.now()
    const pending = fileCid(big, 'unixfs-v1-2025', { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(Date.now() - started).toBeLessThan(1000)

    const aborted = AbortSignal.abort()
    await expect(fileCid(big, 'unixfs-v0-2015', { signal: aborted })).rejects.toMatchObject({
      name: 'AbortError'
    })
  })
})

describe('directoryCid', () => {
  /** Nested files, an empty file and a multi-chunk file in both profiles (3 MiB + 1 byte). */
  async function sampleTree(name: string) {
    const dir = await workDir(name)
    const files: Record<string, string | Uint8Array> = {
      'index.html': '<h1>hi</h1>',
      'empty.txt': '',
      'assets/app.js': 'console.log(1)\n',
      'assets/deep/er/data.bin': new Uint8Array(3 * 1048576 + 1).map((_, i) => (i * 7) % 251),
      'docs/guide/intro.html': 'intro'
    }
    const entries = []
    for (const [rel, content] of Object.entries(files)) {
      const absPath = path.join(dir, ...rel.split('/'))
      await mkdir(path.dirname(absPath), { recursive: true })
      await writeFile(absPath, content)
      entries.push({ absPath, path: rel, content })
    }
    return entries
  }

  it.each(CID_PROFILES)('gives each file the CID fileCid gives it (%s)', async profile => {
    const entries = await sampleTree(`per-file-${profile}`)
    const { files } = await directoryCid(entries, profile)
    const expected = new Map<string, string>()
    for (const entry of entries) expected.set(entry.path, await fileCid(entry.absPath, profile))
    expect(files).toEqual(expected)
  })

  // directoryCid hashes files first and then builds the directory from their CIDs and sizes;
  // the importer's own one-pass import of the same bytes (with its built-in profile option)
  // must agree, multi-chunk files' link sizes included.
  it.each(CID_PROFILES)('agrees with a one-pass import of the same bytes (%s)', async profile => {
    const entries = await sampleTree(`one-pass-${profile}`)
    const { root } = await directoryCid(entries, profile)
    const source = entries.map(entry => ({
      path: `top/${entry.path}`,
      content: typeof entry.content === 'string' ? Buffer.from(entry.content) : entry.content
    }))
    let reference: string | undefined
    for await (const entry of importer(source, { put: cid => cid }, { profile })) {
      if (entry.path === 'top') reference = entry.cid.toString()
    }
    expect(root).toBe(reference)
  })

  it('does not depend on the order of the entries', async () => {
    const entries = await sampleTree('order-dir')
    const forward = await directoryCid(entries, 'unixfs-v1-2025')
    const backward = await directoryCid([...entries].reverse(), 'unixfs-v1-2025')
    expect(backward.root).toBe(forward.root)
  })

  it('refuses an empty list: nothing would be uploaded', async () => {
    // For the record, Kubo's empty directories are v0-dir-empty and v1-dir-empty.
    await expect(directoryCid([], 'unixfs-v1-2025')).rejects.toThrow(/no files/)
  })

  it.each([
    ['a//b', /Invalid path/],
    ['/a', /Invalid path/],
    ['a/../b', /Invalid path/],
    ['./a', /Invalid path/],
    ['a\\/b', /backslash/]
  ])('refuses the path %j', async (bad, message) => {
    const entries = await sampleTree('bad-paths')
    await expect(
      directoryCid([...entries, { absPath: entries[0].absPath, path: bad }], 'unixfs-v1-2025')
    ).rejects.toThrow(message)
  })

  it('refuses duplicate paths and a path that is both a file and a directory', async () => {
    const [first] = await sampleTree('clashes')
    const dup = [first, { ...first }]
    await expect(directoryCid(dup, 'unixfs-v1-2025')).rejects.toThrow(/Duplicate path/)
    const clash = [
      { absPath: first.absPath, path: 'a' },
      { absPath: first.absPath, path: 'a/b' }
    ]
    await expect(directoryCid(clash, 'unixfs-v1-2025')).rejects.toThrow(/both a file/)
  })

  it('rejects with the first error when a file is missing', async () => {
    const entries = await sampleTree('missing-one')
    const broken = [...entries, { absPath: path.join(scratch, 'nope'), path: 'nope' }]
    await expect(directoryCid(broken, 'unixfs-v0-2015')).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('stops when the signal aborts', async () => {
    const dir = await workDir('abort-dir')
    const entries = []
    for (let i = 0; i < 4; i++) {
      const absPath = path.join(dir, `big${i}`)
      await writeFile(absPath, '')
      await truncate(absPath, 256 * 1024 * 1024)
      entries.push({ absPath, path: `big${i}` })
    }
    const controller = new AbortController()
    const started = Date.now()
    const pending = directoryCid(entries, 'unixfs-v0-2015', { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(Date.now() - started).toBeLessThan(1000)
  })
})

// protons-runtime encodes a uint64 from 2^31 to 2^32 - 1 wrongly (see fixLargeSizes in
// src/content/importer-fixes.ts), which a file of 2 to 4 GiB hits in its root node. No published vector has
// such a file, so the expected CID is built here by hand, from CIDs and sizes only.
;(ALL ? describe : describe.skip)('a 2 GiB file (CID_VECTORS=all)', () => {
  interface Node {
    cid: CID
    /** Bytes of the DAG, as the parent's link records them. */
    dagSize: number
    /** Bytes of the file. */
    fileSize: number
  }

  /** A UnixFS file node over these children, as ipfs-unixfs and dag-pb lay it out. */
  async function fileNode(children: readonly Node[]): Promise<Node> {
    const fileSize = children.reduce((sum, child) => sum + child.fileSize, 0)
    const data = [
      0x08,
      0x02,
      0x18,
      ...varint.encodeTo(fileSize, new Uint8Array(10)).subarray(0, varint.encodingLength(fileSize))
    ]
    for (const child of children) {
      data.push(
        0x20,
        ...varint
          .encodeTo(child.fileSize, new Uint8Array(10))
          .subarray(0, varint.encodingLength(child.fileSize))
      )
    }
    const links = children.map(child => ({ Hash: child.cid, Name: '', Tsize: child.dagSize }))
    const bytes = dagPb.encode(dagPb.prepare({ Data: Uint8Array.from(data), Links: links }))
    const cid = CID.create(1, dagPb.code, await sha256.digest(bytes))
    return {
      cid,
      dagSize: bytes.length + children.reduce((sum, child) => sum + child.dagSize, 0),
      fileSize
    }
  }

  it('has the filesize 2^31 encoded correctly (unixfs-v1-2025)', async () => {
    const dir = await workDir('two-gib')
    const leafBytes = new Uint8Array(1048576)
    const leaf = {
      cid: CID.create(1, raw.code, await sha256.digest(leafBytes)),
      dagSize: leafBytes.length,
      fileSize: leafBytes.length
    }
    const oneGib = await fileNode(Array.from({ length: 1024 }, () => leaf))
    const twoGib = await fileNode([oneGib, oneGib])
    const sparse = async (name: string, size: number) => {
      const file = path.join(dir, name)
      await writeFile(file, '')
      await truncate(file, size)
      return file
    }
    // 1 GiB checks the hand-built node against the importer; 2 GiB checks the fix.
    expect(await fileCid(await sparse('1g', 2 ** 30), 'unixfs-v1-2025')).toBe(oneGib.cid.toString())
    expect(await fileCid(await sparse('2g', 2 ** 31), 'unixfs-v1-2025')).toBe(twoGib.cid.toString())
    await rm(dir, { recursive: true, force: true })
  }, 600_000)
})
