/**
 * End to end: `car: true` writes the CARv1 of what is uploaded to RUNNER_TEMP and names it in
 * `car-path`, in real runs and dry runs, through dist/index.js under Node 24 against the fake
 * Pinarkive. The CAR is read back with @ipld/car and checked block by block.
 */
import { jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { CarBlockIterator } from '@ipld/car/iterator'
import * as dagPb from '@ipld/dag-pb'
import { CID } from 'multiformats/cid'
import { fakeServers } from './fake-servers.js'
import { makeWorkspace, runAction } from '../../test-support/run-action.mjs'

jest.setTimeout(60_000)

const servers = fakeServers({ cidProfile: 'unixfs-v1-2025' })
const SITE = {
  'dist/index.html': '<h1>hi</h1>',
  'dist/assets/app.js': 'console.log(1)',
  'dist/big.bin': 'x'.repeat(2 * 1024 * 1024 + 3)
}

async function run(inputs: Record<string, string>, files: Record<string, string> = SITE) {
  // RUNNER_TEMP of its own: runAction's scratch directory goes away with the run.
  const temp = await mkdtemp(path.join(tmpdir(), 'car-e2e-'))
  return runAction({
    workspace: await makeWorkspace(files),
    env: { RUNNER_TEMP: temp },
    inputs: {
      'api-key': servers.pinarkive.apiKey,
      'api-url': servers.pinarkive.url,
      path: 'dist',
      car: 'true',
      ...inputs
    }
  })
}

/** The CAR's roots, and its blocks after checking each against its CID and the DAG's links. */
async function readCar(file: string) {
  const iterator = await CarBlockIterator.fromIterable(createReadStream(file))
  const roots = (await iterator.getRoots()).map(String)
  const blocks = new Map<string, Uint8Array>()
  for await (const { cid, bytes } of iterator) {
    const digest = createHash('sha256').update(bytes).digest()
    expect(Buffer.from(cid.multihash.digest).equals(digest)).toBe(true)
    blocks.set(cid.toString(), bytes)
  }
  const reached = new Set<string>()
  const walk = (text: string): void => {
    if (reached.has(text)) return
    reached.add(text)
    expect(blocks.has(text)).toBe(true)
    if (CID.parse(text).code === dagPb.code) {
      for (const link of dagPb.decode(blocks.get(text)!).Links) walk(link.Hash.toString())
    }
  }
  roots.forEach(walk)
  expect(reached.size).toBe(blocks.size)
  return { roots, blocks }
}

describe('car: true', () => {
  it('writes the CAR of the published directory: its root is the CID Pinarkive answered', async () => {
    const result = await run({})
    expect(result.code).toBe(0)
    const file = result.outputs['car-path']
    expect(path.isAbsolute(file)).toBe(true)
    expect(file).toContain(`${path.sep}pin-action${path.sep}`)
    const car = await readCar(file)
    expect(car.roots).toEqual([result.outputs.cid])
    expect(result.outputs['local-cid']).toBe(result.outputs.cid)
    // index.html, app.js, big.bin's node and its two distinct leaves (its first two 1 MiB
    // chunks are the same bytes, written once), assets/ and the root.
    expect(car.blocks.size).toBe(7)
    expect(result.stdout).toMatch(
      new RegExp(`Wrote ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 1 root, 7 blocks, `)
    )
    // The job summary names the file, as a code span.
    expect(result.summary).toMatch(
      /^\*\*CAR:\*\* `[^`]+\.car` · 1 root · 7 blocks · [\d.]+ MiB \(the `car-path` output\)$/m
    )
    expect(result.summary).toContain(path.basename(file))
  })

  it('in a dry run too, with the same bytes as the real run', async () => {
    const real = await run({})
    const dry = await run({ 'dry-run': 'true' })
    expect(dry.code).toBe(0)
    expect(dry.outputs.cid).toBe(real.outputs.cid)
    const [a, b] = await Promise.all([
      readFile(real.outputs['car-path']),
      readFile(dry.outputs['car-path'])
    ])
    expect(b.equals(a)).toBe(true)
    expect(servers.pinarkive.requests.filter(r => r.method === 'POST')).toHaveLength(1)
  })

  it('files mode: one root per file, each the CID Pinarkive answered', async () => {
    const result = await run({ 'upload-as': 'files' })
    expect(result.code).toBe(0)
    const car = await readCar(result.outputs['car-path'])
    expect([...car.roots].sort()).toEqual([...JSON.parse(result.outputs.cids)].sort())
    expect(car.roots).toHaveLength(3)
  })

  it('pins only: a warning, and no CAR', async () => {
    const cid = 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'
    const result = await run({ path: '', cids: cid })
    expect(result.code).toBe(0)
    expect(result.outputs['car-path']).toBe('')
    expect(result.stdout).toContain(
      '::warning::"car: true", but this run uploads nothing: a pin by CID has no blocks here to export'
    )
  })

  it('a CAR that cannot be written stops the run before any upload, and says why', async () => {
    const workspace = await makeWorkspace(SITE)
    const blocked = path.join(workspace, 'not-a-directory')
    await writeFile(blocked, 'a file where RUNNER_TEMP should be a directory')
    const result = await runAction({
      workspace,
      env: { RUNNER_TEMP: blocked },
      inputs: {
        'api-key': servers.pinarkive.apiKey,
        'api-url': servers.pinarkive.url,
        path: 'dist',
        car: 'true'
      }
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error::Could not write the CAR ("car: true"): ')
    expect(result.stdout).toContain('Nothing was uploaded.')
    expect(result.outputs['car-path'] ?? '').toBe('')
    expect(servers.pinarkive.requests.filter(r => r.method === 'POST')).toEqual([])
  })
})
