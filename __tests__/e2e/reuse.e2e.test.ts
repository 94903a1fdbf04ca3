/**
 * End to end: re-runs that cost nothing (`reuse`) and the import profile learned from Pinarkive
 * (`cid-profile: auto`), with the bundled action under Node 24 against the fake Pinarkive, which
 * answers the real UnixFS CIDs of what it receives, and the fake GitHub API for previews.
 */
import { jest } from '@jest/globals'
import { fakeServers } from './fake-servers.js'
import type { RequestRecord } from '../../test-support/fake-pinarkive.mjs'
import { makeWorkspace, runAction, type RunResult } from '../../test-support/run-action.mjs'

jest.setTimeout(60_000)

const OWNER = 'octo-org'
const REPO = 'site'
const HEAD_SHA = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
/** Big enough to be asked about in files mode (1 MiB and more), and more than one chunk. */
const BIG = 1536 * 1024

const servers = fakeServers({ cidProfile: 'unixfs-v1-2025' })

const SITE = {
  'dist/index.html': '<h1>Hello</h1>',
  'dist/assets/app.js': 'console.log("hi")'
}

function bigContent(seed: string): Buffer {
  return Buffer.alloc(BIG, `${seed} of the reuse test\n`)
}

/**
 * Runs the action on `workspace`, with step debugging on (debug lines are written); returns the
 * result and the requests the fake received.
 */
async function run(workspace: string, inputs: Record<string, string> = {}) {
  const before = servers.pinarkive.requests.length
  const result = await runAction({
    workspace,
    inputs: {
      'api-key': servers.pinarkive.apiKey,
      'api-url': servers.pinarkive.url,
      path: 'dist',
      ...inputs
    },
    env: { RUNNER_DEBUG: '1' }
  })
  return { result, requests: servers.pinarkive.requests.slice(before) }
}

const uploads = (requests: RequestRecord[]) =>
  requests.filter(
    r => r.method === 'POST' && (r.path === '/files' || r.path === '/files/directory-dag')
  )
const lookups = (requests: RequestRecord[]) => requests.filter(r => r.path === '/users/me/uploads')
const pins = (requests: RequestRecord[]) => requests.filter(r => r.path.startsWith('/files/pin/'))

function results(result: RunResult): Record<string, unknown>[] {
  return JSON.parse(result.outputs.results)
}

describe('reuse: a re-run sends nothing Pinarkive already holds', () => {
  it('uploads an unchanged directory once; the re-run asks, uploads nothing, and reports it as published', async () => {
    const workspace = await makeWorkspace(SITE)
    const first = await run(workspace)
    expect(first.result.code).toBe(0)
    expect(uploads(first.requests)).toHaveLength(1)
    expect(lookups(first.requests)).toHaveLength(1)

    const again = await run(workspace)
    expect(again.result.code).toBe(0)
    expect(again.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /users/me/clusters',
      'GET /users/me/uploads'
    ])
    expect(again.requests.reduce((sum, r) => sum + r.bodySize, 0)).toBe(0)
    const { cid } = first.result.outputs
    expect(again.result.outputs.cid).toBe(cid)
    expect(again.result.outputs['gateway-url']).toBe(first.result.outputs['gateway-url'])
    expect(again.result.outputs['local-cid']).toBe(cid)
    expect(results(again.result)).toEqual([
      expect.objectContaining({ type: 'directory', cid, files: 2, reused: true, verified: true })
    ])
    expect(results(first.result)[0]).not.toHaveProperty('reused')
    expect(again.result.stdout).toContain(
      `Already pinned: dist/ (2 files, 31 B) → ${cid} (nothing uploaded)`
    )
    expect(again.result.summary).toContain('`dist` (2 files) (already pinned)')
    expect(again.result.summary).toContain('assets/app.js') // the file list, as for an upload
  })

  it('uploads a directory whose content changed', async () => {
    const workspace = await makeWorkspace(SITE)
    const first = await run(workspace)
    const changed = await run(await makeWorkspace({ ...SITE, 'dist/index.html': '<h1>Bye</h1>' }))
    expect(changed.result.code).toBe(0)
    expect(uploads(changed.requests)).toHaveLength(1)
    expect(changed.result.outputs.cid).not.toBe(first.result.outputs.cid)
    expect(results(changed.result)[0]).not.toHaveProperty('reused')
  })

  it('files mode: asks about big files only, skips those held, uploads small ones', async () => {
    const workspace = await makeWorkspace({
      'dist/big.bin': bigContent('big'),
      'dist/small.txt': 'small'
    })
    const first = await run(workspace, { 'upload-as': 'files' })
    expect(first.result.code).toBe(0)
    expect(uploads(first.requests).map(r => r.files[0].filename)).toEqual(
      expect.arrayContaining(['big.bin', 'small.txt'])
    )

    const again = await run(workspace, { 'upload-as': 'files' })
    expect(again.result.code).toBe(0)
    expect(uploads(again.requests).map(r => r.files[0].filename)).toEqual(['small.txt'])
    const [big] = results(first.result)
    expect(lookups(again.requests).map(r => r.query.cid)).toEqual([big.cid])
    expect(results(again.result)).toEqual([
      expect.objectContaining({ path: 'dist/big.bin', cid: big.cid, reused: true }),
      expect.not.objectContaining({ reused: true })
    ])
    expect(again.result.stdout).toContain(`Already pinned: dist/big.bin → ${String(big.cid)}`)
    expect(again.result.summary).toContain('`dist/big.bin` (already pinned)')
  })

  it('pins by CID what it holds with an earlier expiry than the new timelock asks', async () => {
    const workspace = await makeWorkspace(SITE)
    const first = await run(workspace, { timelock: '1d' })
    const longer = await run(workspace, { timelock: '30d' })
    expect(longer.result.code).toBe(0)
    expect(uploads(longer.requests)).toHaveLength(0)
    const { cid } = first.result.outputs
    const [pin] = pins(longer.requests)
    expect(pin.path).toBe(`/files/pin/${cid}`)
    const timelock = (pin.json as { timelock: string }).timelock
    expect(Date.parse(timelock) - Date.now()).toBeGreaterThan(29 * 86_400_000)
    expect(pin.json).toMatchObject({ customName: 'octo-org/site@0123456' })
    expect(results(longer.result)).toEqual([
      expect.objectContaining({ cid, reused: true, expiresAt: timelock })
    ])
    expect(longer.result.stdout).toContain(
      `dist/ (2 files, 31 B): already on the cluster: pinned by CID (held, but expiring earlier than asked) → ${cid}`
    )
    // The same timelock again: held long enough, nothing to do.
    const same = await run(workspace, { timelock: '1d' })
    expect(pins(same.requests)).toHaveLength(0)
    expect(uploads(same.requests)).toHaveLength(0)
  })

  it('pins by CID what it holds under another name', async () => {
    const workspace = await makeWorkspace(SITE)
    await run(workspace, { name: 'release 1' })
    const renamed = await run(workspace, { name: 'release 2' })
    expect(uploads(renamed.requests)).toHaveLength(0)
    expect(pins(renamed.requests).map(r => r.json)).toEqual([{ customName: 'release 2' }])
  })

  it('skips nothing when the server ignores the filter and holds the content only elsewhere', async () => {
    const workspace = await makeWorkspace(SITE)
    const { cid } = (await run(workspace)).result.outputs
    servers.pinarkive.reset()
    servers.pinarkive.set({ uploadsFilter: 'ignored' })
    servers.pinarkive.addUpload({ cid, clusterId: 'cl1-eu', name: 'octo-org/site@0123456' })
    servers.pinarkive.addUpload({
      cid,
      expiresAt: '2020-01-01T00:00:00.000Z',
      name: 'octo-org/site@0123456'
    })
    const other = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'
    servers.pinarkive.addUpload({ cid: other, name: 'octo-org/site@0123456' })
    const again = await run(workspace)
    expect(again.result.code).toBe(0)
    expect(lookups(again.requests)).toHaveLength(1)
    expect(uploads(again.requests)).toHaveLength(1)
    expect(results(again.result)[0]).not.toHaveProperty('reused')
  })

  it('uploads as usual when the lookup fails, saying why in a debug line', async () => {
    const workspace = await makeWorkspace(SITE)
    await run(workspace)
    servers.pinarkive.inject('GET /users/me/uploads', { status: 500 })
    const failed = await run(workspace, { retries: '0' })
    expect(failed.result.code).toBe(0)
    expect(uploads(failed.requests)).toHaveLength(1)
    expect(failed.result.stdout).toMatch(
      /::debug::Could not find out whether Pinarkive already holds \w+ \(HTTP 500.*uploading it\./
    )
    expect(failed.result.stdout).not.toMatch(/::(warning|error)::/)
  })

  it('uploads as usual with a key that may not read uploads (no files:read)', async () => {
    const workspace = await makeWorkspace(SITE)
    await run(workspace)
    servers.pinarkive.set({
      keys: {
        [servers.pinarkive.apiKey]: {
          scopes: ['files:write', 'cluster:read'],
          plan: 'premium',
          clusters: ['cl0-global']
        }
      }
    })
    const refused = await run(workspace)
    expect(refused.result.code).toBe(0)
    expect(lookups(refused.requests).map(r => r.status)).toEqual([403])
    expect(uploads(refused.requests)).toHaveLength(1)
    expect(refused.result.stdout).toContain('::debug::Pinarkive refused a lookup')
  })

  it('never asks with reuse: off, nor without a local CID (verify: off), nor in a dry run', async () => {
    const workspace = await makeWorkspace(SITE)
    await run(workspace)
    const off = await run(workspace, { reuse: 'off' })
    expect(lookups(off.requests)).toHaveLength(0)
    expect(uploads(off.requests)).toHaveLength(1)
    const unhashed = await run(workspace, { verify: 'off' })
    expect(lookups(unhashed.requests)).toHaveLength(0)
    expect(uploads(unhashed.requests)).toHaveLength(1)
    const files = await makeWorkspace({ 'dist/big.bin': bigContent('big') })
    await run(files, { 'upload-as': 'files' })
    const unhashedFiles = await run(files, {
      'upload-as': 'files',
      verify: 'off',
      deployment: 'true'
    })
    expect(lookups(unhashedFiles.requests)).toHaveLength(0)
    expect(uploads(unhashedFiles.requests)).toHaveLength(1)
    const dry = await run(workspace, { 'dry-run': 'true' })
    expect(dry.result.code).toBe(0)
    expect(dry.requests).toHaveLength(0)
  })
})

function pullRequestEvent(action: string, head = HEAD_SHA) {
  return {
    action,
    number: 7,
    pull_request: {
      number: 7,
      state: action === 'closed' ? 'closed' : 'open',
      merged: false,
      head: { sha: head, ref: 'feature', repo: { full_name: `${OWNER}/${REPO}` } },
      base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } }
    },
    repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } }
  }
}

function runPull(workspace: string, action: string, head = HEAD_SHA) {
  return runAction({
    workspace,
    eventName: 'pull_request',
    event: pullRequestEvent(action, head),
    githubToken: 'ghs_test',
    env: { GITHUB_API_URL: servers.github.url, GITHUB_GRAPHQL_URL: servers.github.graphqlUrl },
    inputs: {
      'api-key': servers.pinarkive.apiKey,
      'api-url': servers.pinarkive.url,
      path: 'dist',
      comment: 'true',
      deployment: 'true'
    }
  })
}

describe('reuse and previews', () => {
  it('never lets a preview reuse what production published: its marker gives it a root of its own', async () => {
    const workspace = await makeWorkspace(SITE)
    // The same site, already published (by a production run, say).
    const production = await run(workspace)
    const { cid } = production.result.outputs

    const preview = await runPull(workspace, 'synchronize')
    expect(preview.code).toBe(0)
    expect(preview.outputs.cid).not.toBe(cid)
    expect(results(preview)[0]).not.toHaveProperty('reused')

    const closed = await runPull(await makeWorkspace(), 'closed')
    expect(closed.code).toBe(0)
    expect(JSON.parse(closed.outputs.unpinned)).toEqual([preview.outputs.cid])
    expect(servers.pinarkive.removed.map(r => r.cid)).toEqual([preview.outputs.cid])
    expect(servers.pinarkive.pins.map(p => p.cid)).toContain(cid)
  })

  it('a re-run of the same commit reuses its own preview, and the cleanup still unpins it', async () => {
    const workspace = await makeWorkspace(SITE)
    const first = await runPull(workspace, 'opened', 'c'.repeat(40))
    expect(results(first)[0]).not.toHaveProperty('reused')
    const rerun = await runPull(workspace, 'opened', 'c'.repeat(40))
    expect(results(rerun)[0]).toMatchObject({ cid: first.outputs.cid, reused: true })
    // A new commit with the same site is a new preview, with its own marker and root.
    const next = await runPull(workspace, 'synchronize', 'd'.repeat(40))
    expect(next.outputs.cid).not.toBe(first.outputs.cid)

    const closed = await runPull(await makeWorkspace(), 'closed', 'd'.repeat(40))
    expect(closed.code).toBe(0)
    expect(JSON.parse(closed.outputs.unpinned).sort()).toEqual(
      [first.outputs.cid, next.outputs.cid].sort()
    )
    expect(servers.pinarkive.pins.map(p => p.cid)).not.toContain(first.outputs.cid)
  })
})

describe('cid-profile: auto against a server that imports with unixfs-v0-2015', () => {
  beforeEach(() => servers.pinarkive.set({ cidProfile: 'unixfs-v0-2015' }))

  it('learns the profile from the first answer, verifies against it, and says so once', async () => {
    const workspace = await makeWorkspace(SITE)
    const { result } = await run(workspace, { 'cid-profile': 'auto' })
    expect(result.code).toBe(0)
    const { cid } = result.outputs
    expect(cid).toMatch(/^Qm/)
    expect(result.outputs['local-cid']).toBe(cid)
    expect(results(result)[0]).toMatchObject({ verified: true })
    expect(
      result.stdout.match(/cid-profile auto: Pinarkive imports with unixfs-v0-2015/g)
    ).toHaveLength(1)
    expect(result.stdout).toContain('Verified 1 CID against the unixfs-v0-2015 profile.')
    expect(result.stdout).not.toContain('CID mismatch')
  })

  it('files mode: computes the later files under the learned profile, so their lookups find them', async () => {
    const workspace = await makeWorkspace({
      'dist/a.bin': bigContent('a'),
      'dist/b.bin': bigContent('b')
    })
    const inputs = { 'cid-profile': 'auto', 'upload-as': 'files', concurrency: '1' }
    const first = await run(workspace, inputs)
    expect(first.result.code).toBe(0)
    expect(results(first.result).map(r => r.verified)).toEqual([true, true])
    expect(first.result.stdout).not.toContain('CID mismatch')

    // The first file is computed under unixfs-v1-2025 again, so its lookup misses and it is
    // uploaded; the second is computed under the profile learned from that answer.
    const again = await run(workspace, inputs)
    expect(again.result.code).toBe(0)
    expect(uploads(again.requests).map(r => r.files[0].filename)).toEqual(['a.bin'])
    expect(results(again.result)).toEqual([
      expect.not.objectContaining({ reused: true }),
      expect.objectContaining({ path: 'dist/b.bin', reused: true, verified: true })
    ])
  })

  it('warns as verification does when neither profile matches', async () => {
    const { result } = await run(await makeWorkspace(SITE), { 'cid-profile': 'unixfs-v1-2025' })
    expect(result.stdout).toContain('::warning::CID mismatch for dist')
    servers.pinarkive.set({ cidProfile: undefined })
    const neither = await run(await makeWorkspace(SITE), { 'cid-profile': 'auto' })
    expect(neither.result.code).toBe(0)
    expect(neither.result.stdout).toContain(
      "cid-profile auto: Pinarkive's CID matches neither unixfs-v1-2025 nor unixfs-v0-2015"
    )
    expect(neither.result.stdout).toContain('::warning::CID mismatch for dist')
  })

  it('a dry run with auto computes unixfs-v1-2025 and says so', async () => {
    const { result, requests } = await run(await makeWorkspace(SITE), {
      'cid-profile': 'auto',
      'dry-run': 'true'
    })
    expect(result.code).toBe(0)
    expect(requests).toHaveLength(0)
    expect(result.outputs.cid).toMatch(/^bafy/)
    expect(result.stdout).toContain('cid-profile auto: a dry run computes unixfs-v1-2025')
    expect(result.stdout).not.toContain("Pinarkive's CIDs match")
    expect(result.summary).toContain('computed locally with the `unixfs-v1-2025` profile')
  })
})
