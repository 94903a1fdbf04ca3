/**
 * End to end: local CIDs, verification against what the server returns, and dry runs.
 */
import { jest } from '@jest/globals'
import { base36 } from 'multiformats/bases/base36'
import { CID } from 'multiformats/cid'
import { fakeServers } from './fake-servers.js'
import { makeWorkspace, runAction } from '../../test-support/run-action.mjs'

jest.setTimeout(60_000)

// reset() before each test puts back these options, undoing any `cidFor`.
const servers = fakeServers({ cidProfile: 'unixfs-v1-2025' })

const SITE = {
  'site/index.html': '<h1>hello</h1>',
  'site/docs/guide.html': '<p>guide</p>',
  'site/assets/big.bin': { size: 3 * 1024 * 1024 + 17 }
}

/** A pull_request payload from a fork: no secrets, and GITHUB_SHA is not the head. */
const FORK_PULL_REQUEST = {
  pull_request: {
    number: 12,
    head: { sha: 'e'.repeat(40), repo: { full_name: 'contributor/site' } },
    base: { repo: { full_name: 'octo-org/site' } }
  }
}

function run(inputs: Record<string, string>, workspace?: string) {
  return runAction({
    workspace,
    inputs: { 'api-key': servers.pinarkive.apiKey, 'api-url': servers.pinarkive.url, ...inputs }
  })
}

describe('verify', () => {
  it('passes verify: error when the server returns the CID of the bytes it was given', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await run({ path: 'site', verify: 'error' }, workspace)
    expect(result.code).toBe(0)
    expect(result.outputs['local-cid']).toBe(result.outputs.cid)
    expect(JSON.parse(result.outputs.results)[0]).toMatchObject({
      localCid: result.outputs.cid,
      verified: true
    })
    expect(result.stdout).toContain('Verified 1 CID against the unixfs-v1-2025 profile.')
    expect(result.summary).toContain(
      `\`${result.outputs.cid}\` (✓ equals the CID computed here from the files)`
    )
  })

  it('verifies each file in files mode, including multi-chunk ones', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await run({ path: 'site', 'upload-as': 'files', verify: 'error' }, workspace)
    expect(result.code).toBe(0)
    const results = JSON.parse(result.outputs.results)
    expect(results).toHaveLength(3)
    for (const item of results) expect(item).toMatchObject({ verified: true, localCid: item.cid })
    expect(results[0].cid).toMatch(/^bafybei/) // 3 MiB: a balanced DAG of 1 MiB raw leaves
  })

  it('fails under verify: error when the server returns another CID, naming both and the profile', async () => {
    const wrong = 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'
    servers.pinarkive.set({ cidFor: () => wrong })
    const workspace = await makeWorkspace(SITE)
    const result = await run({ path: 'site', verify: 'error' }, workspace)
    expect(result.code).toBe(1)
    const local = result.outputs['local-cid']
    expect(local).toMatch(/^bafybei/)
    expect(result.outputs.cid).toBe(wrong)
    expect(result.stdout).toContain(
      `CID mismatch for site: Pinarkive returned ${wrong}, but these bytes have the CID ${local} under the unixfs-v1-2025 profile.`
    )
    expect(result.stdout).toMatch(/::error::1 of 1 item failed:/)
    expect(JSON.parse(result.outputs.results)[0]).toMatchObject({
      verified: false,
      localCid: local
    })
  })

  it('only warns under verify: warn (the default)', async () => {
    servers.pinarkive.set({
      cidFor: () => 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'
    })
    const workspace = await makeWorkspace(SITE)
    const result = await run({ path: 'site' }, workspace)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/::warning::CID mismatch for site: /)
  })

  it('records null when verify is off', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await run({ path: 'site', verify: 'off' }, workspace)
    expect(result.code).toBe(0)
    expect(result.outputs['local-cid']).toBe('')
    expect(JSON.parse(result.outputs.results)[0]).toMatchObject({ localCid: null, verified: null })
  })

  it('accepts the same content under another CID version or base', async () => {
    const v0 = 'Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD' // "hello world", legacy profile
    const sameAsV1 = CID.parse(v0).toV1().toString(base36)
    servers.pinarkive.set({ cidFor: () => sameAsV1 })
    const workspace = await makeWorkspace({ 'a.txt': 'hello world' })
    const result = await run(
      { path: 'a.txt', 'cid-profile': 'unixfs-v0-2015', verify: 'error' },
      workspace
    )
    expect(result.code).toBe(0)
    // The server's answer is kept in canonical form: CIDv1 in base32.
    expect(result.outputs.cid).toBe(CID.parse(v0).toV1().toString())
    expect(result.outputs['local-cid']).toBe(v0)
    expect(JSON.parse(result.outputs.results)[0].verified).toBe(true)
  })
})

describe('dry-run', () => {
  it('computes CIDs, sets every output and contacts nobody, without an api-key', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await runAction({
      workspace,
      inputs: {
        'api-url': servers.pinarkive.url,
        path: 'site',
        cids: 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH',
        'dry-run': 'true',
        cluster: 'cl1-eu',
        timelock: '7d'
      }
    })
    expect(result.code).toBe(0)
    expect(servers.pinarkive.requests).toHaveLength(0)

    // The same tree uploaded for real yields the same root CID.
    const real = await run({ path: 'site', cluster: 'cl1-eu' }, workspace)
    expect(result.outputs.cid).toBe(real.outputs.cid)
    expect(result.outputs['local-cid']).toBe(result.outputs.cid)
    expect(result.outputs['gateway-url']).toBe(
      `https://gateway.pinarkive.com/ipfs/${result.outputs.cid}`
    )
    expect(JSON.parse(result.outputs.cids)).toEqual([
      result.outputs.cid,
      'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'
    ])
    expect(result.outputs.cluster).toBe('cl1-eu')
    const [directory, pin] = JSON.parse(result.outputs.results)
    expect(directory).toMatchObject({
      type: 'directory',
      files: 3,
      localCid: result.outputs.cid,
      verified: null
    })
    expect(pin).toMatchObject({
      type: 'pin',
      cid: 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH',
      localCid: null
    })
    expect(result.summary).toContain('## 🧪 Dry run: CIDs computed, nothing published')
    expect(result.summary).toContain('Nothing was sent to Pinarkive')
    expect(result.stdout).toContain(`Would upload site/ (3 files, 3.0 MiB) → ${result.outputs.cid}`)
    expect(result.stdout).not.toContain('::add-mask::')
  })

  it('follows cid-profile', async () => {
    const workspace = await makeWorkspace({ 'hello.txt': 'hello world' })
    const v0 = await runAction({
      workspace,
      inputs: { path: 'hello.txt', 'dry-run': 'true', 'cid-profile': 'unixfs-v0-2015' }
    })
    const v1 = await runAction({ workspace, inputs: { path: 'hello.txt', 'dry-run': 'true' } })
    expect(v0.outputs.cid).toBe('Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD')
    expect(v1.outputs.cid).toBe('bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e')
  })

  it('on a fork PR, writes the comment marked as a dry run when the token allows', async () => {
    const { github } = servers
    const workspace = await makeWorkspace(SITE)
    const result = await runAction({
      workspace,
      eventName: 'pull_request',
      event: FORK_PULL_REQUEST,
      githubToken: 'ghs_test',
      env: { GITHUB_API_URL: github.url },
      inputs: { path: 'site', 'dry-run': 'true', comment: 'true' }
    })
    expect(result.code).toBe(0)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0].body).toContain('## 🧪 IPFS preview (dry run: nothing published)')
    expect(github.comments[0].body).toContain(result.outputs.cid)
  })

  it('suggests dry-run when a fork PR has no api-key', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await runAction({
      workspace,
      eventName: 'pull_request',
      event: FORK_PULL_REQUEST,
      inputs: { path: 'site', 'api-url': servers.pinarkive.url }
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      'Set "dry-run: true" to compute and show the CIDs a merge would publish'
    )
  })
})
