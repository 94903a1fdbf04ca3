/**
 * gateway/car-check.ts against a real HTTP server on 127.0.0.1 that plays a gateway: the CAR of
 * a DAG built from files (content/car-export.ts, content/local-dag.ts), served as it is or
 * damaged in each way a gateway could damage it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createReadStream } from 'node:fs'
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import * as dagPb from '@ipld/dag-pb'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { CarBlockIterator } from '@ipld/car/iterator'
import { CarWriter } from '@ipld/car/writer'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { exportCar } from '../../src/content/car-export.js'
import { localDags } from '../../src/content/local-dag.js'
import { buildPlan } from '../../src/content/plan.js'
import {
  CAR_ACCEPT,
  checkCar,
  probeTrustless,
  type CheckLimits,
  type LocalDag
} from '../../src/gateway/car-check.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void
let handler: Handler
let server: Server
let base: string
const seen: IncomingMessage[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req)
    handler(req, res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ipfs/`
})
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))
beforeEach(() => (seen.length = 0))

const limits: CheckLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxBlockBytes: 2 * 1024 * 1024,
  stallMs: 500,
  userAgent: 'test'
}

let dag: LocalDag
let blocks: { cid: CID; bytes: Uint8Array }[]
let url: string

beforeAll(async () => {
  const workspace = await mkdtemp(path.join(tmpdir(), 'car-check-'))
  await mkdir(path.join(workspace, 'site', 'docs'), { recursive: true })
  await writeFile(path.join(workspace, 'site', 'index.html'), '<h1>hi</h1>')
  await writeFile(
    path.join(workspace, 'site', 'docs', 'big.bin'),
    Buffer.alloc(2.5 * 1024 * 1024, 7).map((_, i) => i % 251)
  )
  const log = { info: () => {}, warning: () => {}, debug: () => {} }
  const options = {
    paths: ['site'],
    cids: [],
    uploadAs: 'directory' as const,
    root: '',
    ifNoFilesFound: 'error' as const,
    includeHiddenFiles: false
  }
  const { plan } = await buildPlan(options, workspace, log)
  ;[dag] = await localDags(plan, 'unixfs-v1-2025')
  const car = await exportCar(plan, 'unixfs-v1-2025', path.join(workspace, 'car'))
  const iterator = await CarBlockIterator.fromIterable(createReadStream(car.path))
  blocks = []
  for await (const block of iterator) blocks.push(block)
  url = `${base}${dag.root.toString()}`
})

async function carOf(roots: CID[], list: { cid: CID; bytes: Uint8Array }[]): Promise<Buffer> {
  const { writer, out } = CarWriter.create(roots)
  const chunks: Uint8Array[] = []
  const read = (async () => {
    for await (const chunk of out) chunks.push(chunk)
  })()
  for (const block of list) await writer.put(block)
  await writer.close()
  await read
  return Buffer.concat(chunks)
}

function serveCar(body: Buffer, type = CAR_ACCEPT) {
  handler = (_req, res) => {
    res.writeHead(200, { 'content-type': type })
    res.end(body)
  }
}

const leaf = () => blocks.find(b => b.cid.code === 0x55 && b.bytes.length > 1000)!

describe('checkCar', () => {
  it('verifies the whole DAG, sending only Accept and User-Agent, with format=car and dag-scope=all', async () => {
    serveCar(await carOf([dag.root], blocks))
    const result = await checkCar(url, dag, limits)
    expect(result).toEqual({ kind: 'verified', blocks: dag.blocks.size, bytes: expect.any(Number) })
    expect(seen[0].url).toBe(`/ipfs/${dag.root.toString()}?format=car&dag-scope=all`)
    expect(seen[0].headers.accept).toBe(CAR_ACCEPT)
    expect(Object.keys(seen[0].headers).sort()).toEqual([
      'accept',
      'connection',
      'host',
      'user-agent'
    ])
  })

  it('a missing block: says which file and how many of its blocks', async () => {
    const dropped = leaf()
    serveCar(
      await carOf(
        [dag.root],
        blocks.filter(b => b !== dropped)
      )
    )
    const result = await checkCar(url, dag, limits)
    expect(result).toEqual({
      kind: 'mismatch',
      problems: [],
      missing: ['docs/big.bin: 1 of 4 blocks missing']
    })
  })

  it('a block whose bytes do not hash to its CID counts as missing and is named a problem', async () => {
    const bad = leaf()
    const corrupt = Uint8Array.from(bad.bytes)
    corrupt[10] ^= 1
    serveCar(
      await carOf(
        [dag.root],
        blocks.map(b => (b === bad ? { cid: b.cid, bytes: corrupt } : b))
      )
    )
    const result = await checkCar(url, dag, limits)
    expect(result).toEqual({
      kind: 'mismatch',
      problems: ['1 block did not hash to its CID'],
      missing: ['docs/big.bin: 1 of 4 blocks missing']
    })
  })

  it('another root, or blocks that are not in the DAG, are a different DAG', async () => {
    const other = CID.createV1(0x55, await sha256.digest(new TextEncoder().encode('other')))
    serveCar(await carOf([other], blocks))
    expect(await checkCar(url, dag, limits)).toMatchObject({
      kind: 'mismatch',
      problems: [`the CAR names the root ${other.toString()} instead of ${dag.root.toString()}`]
    })
    const extra = { cid: other, bytes: new TextEncoder().encode('other') }
    serveCar(await carOf([dag.root], [...blocks, extra]))
    expect(await checkCar(url, dag, limits)).toEqual({
      kind: 'mismatch',
      problems: ['1 block that is not in the published DAG'],
      missing: []
    })
  })

  it('a content type that is not a CAR is not a CAR, whatever the body', async () => {
    serveCar(await carOf([dag.root], blocks), 'text/html')
    expect(await checkCar(url, dag, limits)).toEqual({
      kind: 'mismatch',
      problems: ['the gateway answered with "text/html", not a CAR'],
      missing: []
    })
  })

  it('404 and 504 are not served yet (with Retry-After); a redirect is never followed', async () => {
    handler = (_req, res) => res.writeHead(404).end('not found')
    expect(await checkCar(url, dag, limits)).toEqual({ kind: 'absent', status: 404 })
    handler = (_req, res) => res.writeHead(504, { 'retry-after': '3' }).end()
    expect(await checkCar(url, dag, limits)).toEqual({
      kind: 'absent',
      status: 504,
      retryAfterMs: 3000
    })
    handler = (_req, res) => res.writeHead(302, { location: 'https://elsewhere.example/' }).end()
    expect(await checkCar(url, dag, limits)).toEqual({
      kind: 'redirected',
      status: 302,
      location: 'https://elsewhere.example/'
    })
    expect(seen).toHaveLength(3)
  })

  it('a stall ends the read as a failure, to be tried again', async () => {
    const body = await carOf([dag.root], blocks)
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': CAR_ACCEPT })
      res.write(body.subarray(0, 100))
    }
    const result = await checkCar(url, dag, { ...limits, stallMs: 200 })
    expect(result).toMatchObject({
      kind: 'failed',
      why: expect.stringContaining('sent nothing for 200 ms')
    })
  })

  it('the byte budget: a DAG larger than it is checked in part, and says so', async () => {
    serveCar(await carOf([dag.root], blocks))
    const result = await checkCar(url, dag, { ...limits, maxBytes: 1024 * 1024 })
    expect(result).toMatchObject({ kind: 'partial', total: dag.blocks.size })
    expect(result.kind === 'partial' && result.checked).toBeLessThan(dag.blocks.size)
  })

  it('a block over the block limit is refused', async () => {
    serveCar(await carOf([dag.root], blocks))
    const result = await checkCar(url, dag, { ...limits, maxBlockBytes: 1000 })
    expect(result).toMatchObject({
      kind: 'mismatch',
      problems: [expect.stringMatching(/^block \w+ is larger than 1000 bytes/)]
    })
  })
})

describe('probeTrustless', () => {
  it('asks for bafkqaaa as a CAR where the CID was, and reads the answer', async () => {
    const empty = CID.parse('bafkqaaa')
    serveCar(await carOf([empty], []))
    expect(await probeTrustless(url, dag.root.toString(), limits)).toEqual({ supported: true })
    expect(seen[0].url).toBe('/ipfs/bafkqaaa?format=car&dag-scope=all')
    handler = (_req, res) => res.writeHead(400).end('no')
    expect(await probeTrustless(url, dag.root.toString(), limits)).toEqual({
      supported: false,
      why: 'it answered HTTP 400 to a CAR request'
    })
    serveCar(Buffer.from('<html>'), 'text/html; charset=utf-8')
    expect(await probeTrustless(url, dag.root.toString(), limits)).toEqual({
      supported: false,
      why: 'it answered a CAR request with "text/html; charset=utf-8"'
    })
  })
})

describe('against a CAR that Kubo exported (__tests__/fixtures/kubo-cars)', () => {
  const fixture = path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    '../fixtures/kubo-cars/subdir-with-two-single-block-files.car'
  )
  let kubo: { roots: CID[]; blocks: { cid: CID; bytes: Uint8Array }[] }
  let kuboDag: LocalDag

  beforeAll(async () => {
    const iterator = await CarBlockIterator.fromIterable(createReadStream(fixture))
    kubo = { roots: await iterator.getRoots(), blocks: [] }
    for await (const block of iterator) kubo.blocks.push(block)
    // The same files, rebuilt from the CAR, give the local DAG to compare with.
    const workspace = await mkdtemp(path.join(tmpdir(), 'car-check-kubo-'))
    const byCid = new Map(kubo.blocks.map(b => [b.cid.toString(), b.bytes]))
    const unpack = async (cid: string, at: string): Promise<void> => {
      const bytes = byCid.get(cid)!
      if (CID.parse(cid).code !== dagPb.code) return writeFile(at, bytes)
      await mkdir(at, { recursive: true })
      for (const link of dagPb.decode(bytes).Links) {
        await unpack(link.Hash.toString(), path.join(at, link.Name!))
      }
    }
    await unpack(kubo.roots[0].toString(), path.join(workspace, 'site'))
    const log = { info: () => {}, warning: () => {}, debug: () => {} }
    const options = {
      paths: ['site'],
      cids: [],
      uploadAs: 'directory' as const,
      root: '',
      ifNoFilesFound: 'error' as const,
      includeHiddenFiles: false
    }
    const { plan } = await buildPlan(options, workspace, log)
    ;[kuboDag] = await localDags(plan, 'unixfs-v1-2025')
  })

  it("accepts Kubo's CAR as it is, and the same DAG as ours", async () => {
    expect(kuboDag.root.toString()).toBe(kubo.roots[0].toString())
    serveCar(await readFile(fixture))
    expect(await checkCar(`${base}${kuboDag.root.toString()}`, kuboDag, limits)).toEqual({
      kind: 'verified',
      blocks: 4,
      bytes: expect.any(Number)
    })
  })

  it('rejects it with one block removed, or one block altered', async () => {
    const last = kubo.blocks.at(-1)!
    serveCar(await carOf(kubo.roots, kubo.blocks.slice(0, -1)))
    expect(await checkCar(`${base}${kuboDag.root.toString()}`, kuboDag, limits)).toEqual({
      kind: 'mismatch',
      problems: [],
      missing: ['subdir/hello.txt: 1 of 1 block missing']
    })
    const altered = Uint8Array.from(last.bytes)
    altered[0] ^= 0x20
    serveCar(
      await carOf(kubo.roots, [...kubo.blocks.slice(0, -1), { cid: last.cid, bytes: altered }])
    )
    expect(await checkCar(`${base}${kuboDag.root.toString()}`, kuboDag, limits)).toEqual({
      kind: 'mismatch',
      problems: ['1 block did not hash to its CID'],
      missing: ['subdir/hello.txt: 1 of 1 block missing']
    })
  })
})
