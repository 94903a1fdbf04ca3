/**
 * The CAR export (src/content/car-export.ts): for the published Kubo vectors, a CAR whose root
 * is Kubo's CID and whose blocks are exactly the DAG under it, each hashing to its CID; the
 * same bytes on every run; files mode with one root per distinct file; and no CAR at all when
 * the roots do not match what was computed for the upload.
 */
import { createReadStream } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHash } from 'node:crypto'
import { CarBlockIterator } from '@ipld/car/iterator'
import * as dagPb from '@ipld/dag-pb'
import { CID } from 'multiformats/cid'
import { exportCar } from '../../src/content/car-export.js'
import { buildPlan } from '../../src/content/plan.js'
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
const log = { info: () => {}, warning: () => {}, debug: () => {} }

/** Vectors a directory upload can carry, small enough for the default run. */
const usable = vectors.filter(vector => {
  if (vector.overrides || vectorSize(vector) > 8 * 1024 * 1024) return false
  if (vector.kind === 'file') return true
  const entries = expandTree(vector.input as TreeRecipe)
  const files = entries.filter(entry => !('dir' in entry) && !('symlink' in entry))
  if (files.length === 0 || files.length > 3000 || entries.some(e => 'symlink' in e)) return false
  return !entries.some(
    entry => 'dir' in entry && !files.some(file => file.path.startsWith(`${entry.path}/`))
  )
})

async function planOf(workspace: string, paths: string[], uploadAs: 'directory' | 'files') {
  const options = {
    paths,
    cids: [],
    uploadAs,
    root: '',
    ifNoFilesFound: 'error' as const,
    includeHiddenFiles: true
  }
  return (await buildPlan(options, workspace, log)).plan
}

interface ReadCar {
  roots: string[]
  blocks: Map<string, Uint8Array>
  order: string[]
}

async function readCar(file: string): Promise<ReadCar> {
  const iterator = await CarBlockIterator.fromIterable(createReadStream(file))
  const roots = (await iterator.getRoots()).map(String)
  const blocks = new Map<string, Uint8Array>()
  const order: string[] = []
  for await (const { cid, bytes } of iterator) {
    order.push(cid.toString())
    blocks.set(cid.toString(), bytes)
  }
  return { roots, blocks, order }
}

/** Every block hashes to its CID (node's own SHA-256), and the DAG is exactly what is there. */
function checkDag(car: ReadCar): void {
  expect(new Set(car.order).size).toBe(car.order.length)
  for (const [text, bytes] of car.blocks) {
    const cid = CID.parse(text)
    expect(cid.multihash.code).toBe(0x12)
    const digest = createHash('sha256').update(bytes).digest()
    expect(Buffer.from(cid.multihash.digest).equals(digest)).toBe(true)
  }
  const reached = new Set<string>()
  const walk = (text: string) => {
    if (reached.has(text)) return
    reached.add(text)
    const bytes = car.blocks.get(text)
    expect(bytes).toBeDefined()
    const cid = CID.parse(text)
    if (cid.code !== dagPb.code) return
    for (const link of dagPb.decode(bytes!).Links) walk(link.Hash.toString())
  }
  car.roots.forEach(walk)
  expect([...reached].sort()).toEqual([...car.blocks.keys()].sort())
}

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'car-export-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('the CAR of a published vector', () => {
  it('covers files and directories of both profiles, HAMT included', () => {
    const ids = usable.map(vector => vector.id)
    expect(ids).toEqual(
      expect.arrayContaining(['v0-file-hello-world', 'v1-dir-nested-go-unixfsnode'])
    )
    expect(ids.some(id => id.includes('hamt'))).toBe(true)
    expect(new Set(usable.map(vector => vector.profile)).size).toBe(2)
  })

  test.each(usable)(
    '$id: root is Kubo’s CID, every block of the DAG once, each hashing to its CID',
    async vector => {
      const workspace = await mkdtemp(path.join(scratch, 'ws-'))
      let plan
      if (vector.kind === 'file') {
        await writeRecipe(vector.input as FileRecipe, path.join(workspace, 'input'))
        plan = await planOf(workspace, ['input'], 'files')
      } else {
        await writeTree(vector.input as TreeRecipe, path.join(workspace, 'site'))
        plan = await planOf(workspace, ['site'], 'directory')
      }
      const result = await exportCar(plan, vector.profile, path.join(workspace, 'car'))
      const file = result.path
      expect(file).toBe(path.join(workspace, 'car', `${vector.cid}.car`))
      expect(result.roots).toEqual([vector.cid])
      const car = await readCar(file)
      expect(car.roots).toEqual([vector.cid])
      checkDag(car)
      expect(result.blocks).toBe(car.blocks.size)
      expect(result.bytes).toBe((await readFile(file)).length)
    },
    120_000
  )
})

describe('against a CAR that Kubo exported (__tests__/fixtures/kubo-cars)', () => {
  it('the same files give the same root and the same blocks, byte for byte', async () => {
    const kubo = await readCar(
      path.join(here, '../fixtures/kubo-cars/subdir-with-two-single-block-files.car')
    )
    checkDag(kubo)
    // Rebuild the files: this DAG holds directories and single raw leaves only.
    const workspace = await mkdtemp(path.join(scratch, 'kubo-'))
    const unpack = async (cid: string, at: string): Promise<void> => {
      const bytes = kubo.blocks.get(cid)!
      if (CID.parse(cid).code !== dagPb.code) return writeFile(at, bytes)
      await mkdir(at, { recursive: true })
      for (const link of dagPb.decode(bytes).Links) {
        await unpack(link.Hash.toString(), path.join(at, link.Name!))
      }
    }
    await unpack(kubo.roots[0], path.join(workspace, 'site'))
    const plan = await planOf(workspace, ['site'], 'directory')
    const ours = await readCar(
      (await exportCar(plan, 'unixfs-v1-2025', path.join(workspace, 'car'))).path
    )
    expect(ours.roots).toEqual(kubo.roots)
    expect([...ours.blocks.keys()].sort()).toEqual([...kubo.blocks.keys()].sort())
    for (const [cid, bytes] of kubo.blocks) {
      expect(Buffer.from(ours.blocks.get(cid)!).equals(Buffer.from(bytes))).toBe(true)
    }
    // Kubo writes the root first; the importer writes leaves first (PROVENANCE.md).
    expect(kubo.order[0]).toBe(kubo.roots[0])
    expect(ours.order.at(-1)).toBe(ours.roots[0])
  })
})

describe('exportCar', () => {
  it('gives the same bytes on every run', async () => {
    const workspace = await mkdtemp(path.join(scratch, 'same-'))
    const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'x')
    await writeFile(path.join(workspace, 'a.bin'), big)
    for (let i = 0; i < 40; i++) await writeFile(path.join(workspace, `p-${i}.html`), `page ${i}`)
    const plan = await planOf(workspace, ['.'], 'directory')
    const one = await exportCar(plan, 'unixfs-v1-2025', path.join(scratch, 'one'))
    const two = await exportCar(plan, 'unixfs-v1-2025', path.join(scratch, 'two'))
    expect(two.roots).toEqual(one.roots)
    const [a, b] = await Promise.all([readFile(one.path), readFile(two.path)])
    expect(a.equals(b)).toBe(true)
    checkDag(await readCar(one.path))
  })

  it('files mode: one root per distinct file, a block shared by two files written once', async () => {
    const workspace = await mkdtemp(path.join(scratch, 'files-'))
    await writeFile(path.join(workspace, 'a.txt'), 'alpha')
    await writeFile(path.join(workspace, 'b.txt'), 'bravo')
    await writeFile(path.join(workspace, 'copy-of-a.txt'), 'alpha')
    const plan = await planOf(workspace, ['*.txt'], 'files')
    const result = await exportCar(plan, 'unixfs-v1-2025', path.join(scratch, 'files'))
    expect(result.roots).toHaveLength(2)
    const car = await readCar(result.path)
    expect(car.roots).toEqual(result.roots)
    expect(car.order).toHaveLength(2)
    checkDag(car)
  })

  it('writes nothing when the roots differ from those computed for the upload', async () => {
    const workspace = await mkdtemp(path.join(scratch, 'differ-'))
    await writeFile(path.join(workspace, 'a.txt'), 'alpha')
    const plan = await planOf(workspace, ['.'], 'directory')
    const other = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'
    const out = path.join(scratch, 'differ')
    await expect(exportCar(plan, 'unixfs-v1-2025', out, { expected: [other] })).rejects.toThrow(
      /differ from the CIDs computed for the upload \(bafybeigdyrzt5/
    )
    expect(await readdir(out)).toEqual([])
  })
})
