/**
 * The fake gateway as a Trustless Gateway: CARs of kept content, the bafkqaaa probe, the
 * `carFault` option and injected faults on CAR requests, through real HTTP with the global fetch.
 */
import { createHash } from 'node:crypto'
import { jest } from '@jest/globals'
import { CarBlockIterator } from '@ipld/car'
import * as dagPb from '@ipld/dag-pb'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import {
  startFakePinarkive,
  type FakeOptions,
  type FakePinarkive
} from '../../test-support/fake-pinarkive.mjs'

const CAR_TYPE = 'application/vnd.ipld.car; version=1; order=dfs; dups=n'
const CAR_ACCEPT = 'application/vnd.ipld.car; version=1; order=dfs; dups=n'
const MiB = 1024 * 1024

jest.setTimeout(30_000)

const running: FakePinarkive[] = []

async function start(options?: FakeOptions): Promise<FakePinarkive> {
  const fake = await startFakePinarkive(options)
  running.push(fake)
  return fake
}

afterAll(async () => {
  await Promise.all(running.splice(0).map(server => server.close()))
})

/** Deterministic bytes that do not repeat, so that no two chunks share a CID. */
function noise(size: number, seed = 1): Buffer {
  const out = Buffer.alloc(size)
  let x = seed >>> 0 || 1
  for (let i = 0; i < size; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

const BIG = noise(2.5 * MiB)
/** `copy/same.txt` repeats `same.txt`: one block in a dups=n CAR. */
const SITE: Record<string, string | Buffer> = {
  'index.html': '<h1>hello</h1>',
  'assets/app.js': 'run()',
  'same.txt': 'twice the same',
  'copy/same.txt': 'twice the same',
  'big.bin': BIG
}

async function uploadDirectory(fake: FakePinarkive, files: Record<string, string | Buffer>) {
  const form = new FormData()
  for (const [path, content] of Object.entries(files)) {
    form.append('files', new Blob([content]), path)
  }
  const res = await fetch(`${fake.url}/files/directory-dag`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${fake.apiKey}` }
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { cid: string }).cid
}

async function uploadFile(fake: FakePinarkive, content: string | Buffer) {
  const form = new FormData()
  form.append('file', new Blob([content]), 'file.bin')
  const res = await fetch(`${fake.url}/files`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${fake.apiKey}` }
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { cid: string }).cid
}

/** Polls the gateway (plain GET) until it serves `cid`, polling the pin status meanwhile. */
async function waitServed(fake: FakePinarkive, cid: string) {
  for (let attempt = 0; attempt < 20; attempt++) {
    await fetch(`${fake.url}/status/${cid}`, {
      headers: { authorization: `Bearer ${fake.apiKey}` }
    }).then(res => res.arrayBuffer())
    const res = await fetch(`${fake.gatewayUrl}${cid}`)
    await res.arrayBuffer()
    if (res.status === 200) return
  }
  throw new Error(`the gateway never served ${cid}`)
}

interface Block {
  cid: CID
  bytes: Uint8Array
}

interface CarAnswer {
  status: number
  type: string | null
  headers: Headers
  body: Buffer
}

async function getCar(
  fake: FakePinarkive,
  path: string,
  how: 'format' | 'accept' = 'format',
  init: RequestInit = {}
): Promise<CarAnswer> {
  const url = `${fake.gatewayUrl}${path}${how === 'format' ? '?format=car&dag-scope=all' : ''}`
  const headers = how === 'accept' ? { accept: CAR_ACCEPT } : undefined
  const res = await fetch(url, { headers, ...init })
  const body = Buffer.from(await res.arrayBuffer())
  return { status: res.status, type: res.headers.get('content-type'), headers: res.headers, body }
}

async function parseCar(body: Uint8Array): Promise<{ roots: string[]; blocks: Block[] }> {
  const iterator = await CarBlockIterator.fromBytes(body)
  const roots = (await iterator.getRoots()).map(String)
  const blocks: Block[] = []
  for await (const { cid, bytes } of iterator) blocks.push({ cid, bytes })
  return { roots, blocks }
}

function hashesToCid({ cid, bytes }: Block): boolean {
  if (cid.multihash.code !== 0x12) return false
  const digest = createHash('sha256').update(bytes).digest()
  return digest.equals(Buffer.from(cid.multihash.digest))
}

const linksOf = (cid: CID, bytes: Uint8Array): CID[] =>
  cid.code === dagPb.code ? dagPb.decode(bytes).Links.map(link => link.Hash) : []

/**
 * The DAG under `root` in depth-first pre-order, each block once, from the blocks received;
 * throws when a linked block is missing.
 */
function preorder(root: CID, blocks: ReadonlyMap<string, Uint8Array>): string[] {
  const order: string[] = []
  const seen = new Set<string>()
  const visit = (cid: CID) => {
    const key = cid.toString()
    if (seen.has(key)) return
    seen.add(key)
    order.push(key)
    const bytes = blocks.get(key)
    if (!bytes) throw new Error(`block ${key} is missing`)
    for (const link of linksOf(cid, bytes)) visit(link)
  }
  visit(root)
  return order
}

const byCid = (blocks: Block[]) => new Map(blocks.map(b => [b.cid.toString(), b.bytes]))

/** The link named `name` of the dag-pb node `bytes`. */
function linkNamed(bytes: Uint8Array, name: string): CID {
  const link = dagPb.decode(bytes).Links.find(l => l.Name === name)
  if (!link) throw new Error(`no link named ${name}`)
  return link.Hash
}

function rawCid(bytes: Uint8Array | string) {
  const digest = createHash('sha256').update(bytes).digest()
  return CID.createV1(0x55, Digest.create(0x12, digest)).toString()
}

describe('CARs of kept content (unixfs-v1-2025)', () => {
  let fake: FakePinarkive
  let root: string
  let good: { roots: string[]; blocks: Block[] }
  let goodBody: Buffer

  beforeAll(async () => {
    fake = await start({ keepContent: true, cidProfile: 'unixfs-v1-2025' })
    root = await uploadDirectory(fake, SITE)
    await waitServed(fake, root)
    const answer = await getCar(fake, root)
    if (answer.status !== 200) throw new Error(`the fake gateway answered HTTP ${answer.status}`)
    goodBody = answer.body
    good = await parseCar(goodBody)
  })

  afterEach(() => fake.set({ carFault: undefined }))

  it('serves the whole DAG: its root, real blocks, DFS pre-order from the root, once each', async () => {
    const answer = await getCar(fake, root)
    expect(answer.type).toBe(CAR_TYPE)
    expect(answer.headers.get('x-ipfs-path')).toBe(`/ipfs/${root}`)
    expect(good.roots).toEqual([root])
    const { blocks } = good
    expect(blocks[0].cid.toString()).toBe(root)
    expect(blocks.filter(block => !hashesToCid(block))).toEqual([])
    const cids = blocks.map(b => b.cid.toString())
    expect(new Set(cids).size).toBe(cids.length)
    // Complete (every link's block is there), nothing else, in pre-order.
    expect(cids).toEqual(preorder(CID.parse(root), byCid(blocks)))
    // The 2.5 MiB file is a file node over three raw 1 MiB leaves, whose bytes are the file's.
    const received = byCid(blocks)
    const rootBytes = received.get(root) as Uint8Array
    const big = linkNamed(rootBytes, 'big.bin')
    const leaves = linksOf(big, received.get(big.toString()) as Uint8Array)
    expect(leaves.map(leaf => leaf.code)).toEqual([0x55, 0x55, 0x55])
    const bytes = Buffer.concat(leaves.map(leaf => received.get(leaf.toString()) as Uint8Array))
    expect(bytes.equals(BIG)).toBe(true)
    // The same text twice is one block, the folders are there.
    expect(cids.filter(cid => cid === rawCid('twice the same'))).toHaveLength(1)
    const copy = linkNamed(rootBytes, 'copy')
    expect(cids).toContain(copy.toString())
    // root, assets/, app.js, big.bin + 3 leaves, copy/, same.txt (both), index.html
    expect(blocks).toHaveLength(10)
  })

  it('answers an Accept header as ?format=car, and counts CAR requests', async () => {
    const before = fake.stats()
    const answer = await getCar(fake, root, 'accept')
    expect([answer.status, answer.type]).toEqual([200, CAR_TYPE])
    expect(answer.body.equals(goodBody)).toBe(true)
    const head = await getCar(fake, root, 'format', { method: 'HEAD' })
    expect([head.status, head.type, head.body.length]).toEqual([200, CAR_TYPE, 0])
    expect(Number(head.headers.get('content-length'))).toBe(goodBody.length)
    await (await fetch(`${fake.gatewayUrl}${root}/index.html`)).arrayBuffer()
    const after = fake.stats()
    expect(after.carRequests - before.carRequests).toBe(2)
    expect(after.gatewayRequests - before.gatewayRequests).toBe(3)
  })

  it('serves dag-scope=block as the root alone; refuses paths inside, entity and entity-bytes', async () => {
    const block = await getCar(fake, `${root}?format=car&dag-scope=block`, 'accept')
    expect(block.status).toBe(200)
    const parsed = await parseCar(block.body)
    expect(parsed.blocks.map(b => b.cid.toString())).toEqual([root])
    expect((await getCar(fake, `${root}/index.html`)).status).toBe(400)
    expect((await getCar(fake, `${root}/index.html`, 'accept')).status).toBe(400)
    expect((await getCar(fake, `${root}?dag-scope=entity`, 'accept')).status).toBe(400)
    expect((await getCar(fake, `${root}?entity-bytes=0:10`, 'accept')).status).toBe(400)
    // Without a CAR request, paths inside are served as before.
    const page = await fetch(`${fake.gatewayUrl}${root}/index.html`)
    expect([page.status, await page.text()]).toEqual([200, '<h1>hello</h1>'])
  })

  const firstLeaf = () => good.blocks.find((b, i) => i > 0 && linksOf(b.cid, b.bytes).length === 0)

  it("carFault 'drop-block' leaves out the first leaf in DFS order", async () => {
    fake.set({ carFault: 'drop-block' })
    const answer = await getCar(fake, root)
    expect([answer.status, answer.type]).toEqual([200, CAR_TYPE])
    const car = await parseCar(answer.body)
    expect(car.roots).toEqual([root])
    const leaf = firstLeaf()?.cid.toString()
    expect(leaf).toBe(rawCid('run()')) // assets/app.js comes first
    expect(car.blocks.map(b => b.cid.toString())).toEqual(
      good.blocks.map(b => b.cid.toString()).filter(cid => cid !== leaf)
    )
    expect(() => preorder(CID.parse(root), byCid(car.blocks))).toThrow(`block ${leaf} is missing`)
  })

  it("carFault 'corrupt-block' flips a byte of that leaf, under its CID", async () => {
    fake.set({ carFault: 'corrupt-block' })
    const car = await parseCar((await getCar(fake, root)).body)
    expect(car.blocks.map(b => b.cid.toString())).toEqual(good.blocks.map(b => b.cid.toString()))
    const bad = car.blocks.filter(block => !hashesToCid(block))
    expect(bad.map(b => b.cid.toString())).toEqual([firstLeaf()?.cid.toString()])
    const original = firstLeaf()?.bytes as Uint8Array
    const differ = [...bad[0].bytes].filter((byte, i) => byte !== original[i])
    expect([bad[0].bytes.length, differ.length]).toEqual([original.length, 1])
  })

  it("carFault 'other-root' names another root, blocks unchanged", async () => {
    fake.set({ carFault: 'other-root' })
    const car = await parseCar((await getCar(fake, root)).body)
    expect(car.roots).toEqual([rawCid('other')])
    expect(car.blocks.map(b => b.cid.toString())).toEqual(good.blocks.map(b => b.cid.toString()))
    expect(car.blocks.every(hashesToCid)).toBe(true)
  })

  it("carFault 'extra-blocks' appends a block that is not in the DAG, under its right CID", async () => {
    fake.set({ carFault: 'extra-blocks' })
    const car = await parseCar((await getCar(fake, root)).body)
    expect(car.roots).toEqual([root])
    expect(car.blocks).toHaveLength(good.blocks.length + 1)
    const extra = car.blocks[car.blocks.length - 1]
    expect(hashesToCid(extra)).toBe(true)
    expect(extra.cid.code).toBe(0x55)
    expect(preorder(CID.parse(root), byCid(car.blocks))).not.toContain(extra.cid.toString())
  })

  it("carFault 'wrong-content-type' sends the same body as text/html", async () => {
    fake.set({ carFault: 'wrong-content-type' })
    const answer = await getCar(fake, root, 'accept')
    expect([answer.status, answer.type]).toEqual([200, 'text/html'])
    expect(answer.body.equals(goodBody)).toBe(true)
    // The probe is not affected.
    expect((await getCar(fake, 'bafkqaaa')).type).toBe(CAR_TYPE)
  })

  it("carFault 'no-trustless' serves content as without a CAR request, and fails the probe", async () => {
    fake.set({ carFault: 'no-trustless' })
    const before = fake.stats().carRequests
    const listing = await getCar(fake, root)
    expect([listing.status, listing.type]).toEqual([200, 'text/plain; charset=utf-8'])
    expect(listing.body.toString()).toContain('index.html')
    const file = await getCar(fake, `${root}/index.html`, 'accept')
    expect([file.status, file.body.toString()]).toEqual([200, '<h1>hello</h1>'])
    expect((await getCar(fake, 'bafkqaaa')).status).toBe(400)
    expect(fake.stats().carRequests - before).toBe(3)
    fake.set({ carFault: undefined })
    expect((await getCar(fake, root)).body.equals(goodBody)).toBe(true)
  })

  it('refuses an unknown carFault', () => {
    expect(() => fake.set({ carFault: 'bogus' as never })).toThrow(TypeError)
  })

  it('applies injected gateway faults to CAR requests: 504, 429, redirects, trickle', async () => {
    fake.inject('* /ipfs', { status: 504 })
    expect((await getCar(fake, root)).status).toBe(504)
    fake.inject('* /ipfs', { status: 429, retryAfter: 2 })
    const limited = await getCar(fake, root, 'accept')
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2'])
    const location = `${fake.gatewayUrl}elsewhere`
    fake.inject('GET /ipfs', { status: 302, headers: { location }, body: '' })
    const moved = await getCar(fake, root, 'format', { redirect: 'manual' })
    expect([moved.status, moved.headers.get('location')]).toEqual([302, location])
    fake.inject('GET /ipfs/bafkqaaa', { trickleMs: 1 })
    const started = Date.now()
    const slow = await getCar(fake, 'bafkqaaa')
    expect([slow.status, slow.type]).toEqual([200, CAR_TYPE])
    expect(Date.now() - started).toBeGreaterThanOrEqual(slow.body.length)
    expect((await parseCar(slow.body)).roots).toEqual(['bafkqaaa'])
    expect(fake.pendingFaults()).toBe(0)
    expect((await getCar(fake, root)).body.equals(goodBody)).toBe(true)
  })
})

describe('the bafkqaaa probe', () => {
  it('answers a CAR of the empty identity CID and no block, with nothing uploaded', async () => {
    const fake = await start({ neverPinned: true })
    for (const how of ['format', 'accept'] as const) {
      const answer = await getCar(fake, 'bafkqaaa', how)
      expect([answer.status, answer.type]).toEqual([200, CAR_TYPE])
      expect(await parseCar(answer.body)).toEqual({ roots: ['bafkqaaa'], blocks: [] })
    }
    expect(fake.stats()).toMatchObject({ gatewayRequests: 2, carRequests: 2 })
    fake.set({ carFault: 'no-trustless' })
    expect((await getCar(fake, 'bafkqaaa')).status).toBe(400)
    fake.reset()
    expect((await getCar(fake, 'bafkqaaa')).status).toBe(200)
  })
})

describe('CARs and the way to readers', () => {
  it('answers 404 to CAR requests until announced, then gatewayMisses more, then the CAR', async () => {
    const fake = await start({
      keepContent: true,
      cidProfile: 'unixfs-v1-2025',
      statusPolls: 1,
      gatewayMisses: 1
    })
    const cid = await uploadFile(fake, 'lagging')
    expect((await getCar(fake, cid)).status).toBe(404)
    const status = () =>
      fetch(`${fake.url}/status/${cid}`, {
        headers: { authorization: `Bearer ${fake.apiKey}` }
      }).then(res => res.arrayBuffer())
    await status() // pinning
    expect((await getCar(fake, cid)).status).toBe(404)
    await status() // pinned: announced
    expect((await getCar(fake, cid)).status).toBe(404) // the one miss
    const answer = await getCar(fake, cid)
    expect([answer.status, answer.type]).toEqual([200, CAR_TYPE])
    const car = await parseCar(answer.body)
    expect(car.roots).toEqual([cid])
    expect(car.blocks.map(b => b.cid.toString())).toEqual([rawCid('lagging')])
    expect(Buffer.from(car.blocks[0].bytes).toString()).toBe('lagging')
    // A DAG of one block: 'drop-block' and 'corrupt-block' have no other block to touch.
    fake.set({ carFault: 'drop-block' })
    expect((await parseCar((await getCar(fake, cid)).body)).blocks).toHaveLength(1)
  })

  it('serves unixfs-v0-2015 DAGs, with the root as asked (CIDv0 or its CIDv1)', async () => {
    const fake = await start({ keepContent: true, cidProfile: 'unixfs-v0-2015' })
    const big = noise(600 * 1024, 7)
    const root = await uploadDirectory(fake, { 'a.txt': 'a', 'dir/big.bin': big })
    expect(root).toMatch(/^Qm/)
    await waitServed(fake, root)
    for (const asked of [root, CID.parse(root).toV1().toString()]) {
      const answer = await getCar(fake, asked)
      expect([answer.status, answer.type]).toEqual([200, CAR_TYPE])
      const car = await parseCar(answer.body)
      expect(car.roots).toEqual([asked])
      expect(car.blocks[0].cid.toString()).toBe(asked)
      expect(car.blocks.every(hashesToCid)).toBe(true)
      const cids = car.blocks.map(b => b.cid.toString())
      expect(cids).toEqual(preorder(CID.parse(asked), byCid(car.blocks)))
      // root, a.txt, dir, big.bin + 3 dag-pb leaves of 256 KiB at most
      expect(cids).toHaveLength(7)
      expect(car.blocks.every(b => b.cid.version === 0 || b.cid.toString() === asked)).toBe(true)
    }
  })

  it('answers 501 when there are no blocks: not kept, or a directory without cidProfile', async () => {
    const fake = await start()
    const cid = await uploadFile(fake, 'not kept')
    const notKept = await getCar(fake, cid)
    expect([notKept.status, notKept.headers.get('x-fake-content')]).toEqual([501, 'not-kept'])
    // A plain GET still gets the placeholder.
    expect((await fetch(`${fake.gatewayUrl}${cid}`)).status).toBe(200)
    fake.set({ keepContent: true })
    // Without cidProfile a file's CID is its raw block: a CAR of that block.
    const file = await uploadFile(fake, 'kept, raw')
    const car = await parseCar((await getCar(fake, file)).body)
    expect(car.roots).toEqual([file])
    expect(car.blocks.map(b => [b.cid.toString(), Buffer.from(b.bytes).toString()])).toEqual([
      [file, 'kept, raw']
    ])
    const dir = await uploadDirectory(fake, { 'a.txt': 'a' })
    const noBlocks = await getCar(fake, dir)
    expect([noBlocks.status, noBlocks.headers.get('x-fake-content')]).toEqual([501, 'no-blocks'])
  })
})
