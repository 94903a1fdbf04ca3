/**
 * content/local-dag.ts: every block of the DAG, attributed to the file (or directory) it is
 * of, in a flat directory and in a HAMT-sharded one, so that a proof of retrieval can say what
 * is missing by path.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { CID } from 'multiformats/cid'
import { localDags } from '../../src/content/local-dag.js'
import { directoryCid } from '../../src/content/file-cids.js'
import { buildPlan } from '../../src/content/plan.js'
import { blockKey } from '../../src/shared/cid.js'

const log = { info: () => {}, warning: () => {}, debug: () => {} }

async function site(files: Record<string, string | Buffer>) {
  const workspace = await mkdtemp(path.join(tmpdir(), 'local-dag-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, 'site', name)), { recursive: true })
    await writeFile(path.join(workspace, 'site', name), content)
  }
  const options = {
    paths: ['site'],
    cids: [],
    uploadAs: 'directory' as const,
    root: '',
    ifNoFilesFound: 'error' as const,
    includeHiddenFiles: true
  }
  return (await buildPlan(options, workspace, log)).plan
}

async function check(files: Record<string, string | Buffer>) {
  const plan = await site(files)
  const [dag] = await localDags(plan, 'unixfs-v1-2025')
  const listed = plan.directory!.entries.map(e => ({ ...e.file, path: e.path }))
  const expected = await directoryCid(listed, 'unixfs-v1-2025')
  expect(dag.root.toString()).toBe(expected.root)
  // Each file's own CID is attributed to that file.
  for (const [file, cid] of expected.files) {
    expect(dag.blocks.get(blockKey(CID.parse(cid)))).toBe(file)
  }
  return dag
}

describe('localDags', () => {
  it('a flat directory: files, the chunks of a large one, and the directories', async () => {
    const big = Buffer.from(Array.from({ length: 2 * 1024 * 1024 + 5 }, (_, i) => i % 253))
    const dag = await check({ 'index.html': 'hi', 'docs/big.bin': big })
    const paths = [...dag.blocks.values()].sort()
    // The root directory is '', docs/ its own, big.bin its node and three leaves.
    expect(paths).toEqual([
      '',
      'docs',
      'docs/big.bin',
      'docs/big.bin',
      'docs/big.bin',
      'docs/big.bin',
      'index.html'
    ])
  })

  it('a HAMT-sharded directory: every entry keeps its name, shards count as the directory', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [
        `page-${String(i).padStart(5, '0')}-${'x'.repeat(60)}.html`,
        `page ${i}`
      ])
    )
    const dag = await check(files)
    const paths = new Set(dag.blocks.values())
    expect(paths.size).toBe(3001)
    expect([...dag.blocks.values()].filter(p => p === '').length).toBeGreaterThan(1)
  }, 120_000)
})
