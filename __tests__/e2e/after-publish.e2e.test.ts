/**
 * End to end: what comes after the publish. The bundled action under Node 24, the fake
 * Pinarkive (real UnixFS CIDs) and the fake GitHub API (with releases) on 127.0.0.1: the CIDs
 * in a release's notes, re-runs that replace only that section, a token that may not write
 * them, and the outputs a DNSLink update and an attestation take.
 */
import { jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import * as dagPb from '@ipld/dag-pb'
import { UnixFS } from 'ipfs-unixfs'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { fakeServers } from './fake-servers.js'
import { makeWorkspace, runAction } from '../../test-support/run-action.mjs'

jest.setTimeout(90_000)

const OWNER = 'octo-org'
const REPO = 'site'

const servers = fakeServers({ cidProfile: 'unixfs-v1-2025', keepContent: true })

const START = /^<!-- pinarkive\/pin-action release-notes start: publish sha256=[0-9a-f]{64} -->$/m
const END = '<!-- pinarkive/pin-action release-notes end: publish -->'

function releaseEvent(id: number, body: string) {
  return {
    action: 'published',
    release: { id, tag_name: 'v1.0.0', body, draft: false },
    repository: { full_name: `${OWNER}/${REPO}`, name: REPO, default_branch: 'main' }
  }
}

async function publishRelease(
  id: number,
  site: Record<string, string>,
  options: { githubToken?: string; inputs?: Record<string, string> } = {}
) {
  const workspace = await makeWorkspace(site)
  return runAction({
    workspace,
    eventName: 'release',
    // The payload's body is stale on a re-run: the action reads the release again.
    event: releaseEvent(id, 'stale body from the event'),
    githubToken: options.githubToken ?? 'ghs_test',
    env: {
      GITHUB_API_URL: servers.github.url,
      GITHUB_GRAPHQL_URL: servers.github.graphqlUrl,
      GITHUB_REF: 'refs/tags/v1.0.0'
    },
    inputs: {
      'api-key': servers.pinarkive.apiKey,
      'api-url': servers.pinarkive.url,
      path: 'dist',
      'release-notes': 'true',
      ...options.inputs
    }
  })
}

function body(id: number): string {
  const release = servers.github.releases.find(r => r.id === id)
  if (!release) throw new Error(`no release ${id}`)
  return release.body ?? ''
}

describe('release notes', () => {
  const AUTHOR = '## What changed\r\n\r\n- A *faster* build (thanks @octocat)\r\n'

  it('adds a section with the CIDs and gateway links to the release body', async () => {
    const release = servers.github.addRelease({ owner: OWNER, repo: REPO, body: AUTHOR })
    const result = await publishRelease(release.id, { 'dist/index.html': '<h1>v1</h1>' })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const { cid } = result.outputs
    const gatewayUrl = result.outputs['gateway-url']
    expect(cid).toMatch(/^bafy/)

    const notes = body(release.id)
    expect(notes.startsWith(`${AUTHOR}\n<!-- pinarkive/pin-action release-notes start:`)).toBe(true)
    expect(notes).toMatch(START)
    expect(notes.endsWith(END)).toBe(true)
    expect(notes).toContain(`**[Open on IPFS](${gatewayUrl})** · Built from`)
    expect(notes).toContain(`**Root CID:** \`${cid}\``)
    expect(notes).not.toContain('stale body from the event')
    expect(result.stdout).toContain(
      `Release v1.0.0: IPFS section appended in its notes: https://github.com/${OWNER}/${REPO}/releases/tag/v1.0.0`
    )
  })

  it('replaces only its own section on a re-run: the author text around it stays byte for byte', async () => {
    const release = servers.github.addRelease({ owner: OWNER, repo: REPO, body: AUTHOR })
    const first = await publishRelease(release.id, { 'dist/index.html': '<h1>v1</h1>' })
    expect(first.code).toBe(0)
    // The author edits the notes in GitHub's editor: text before and after, CRLF line endings,
    // and a line that quotes a start marker with no end.
    const before = `Intro \u{1F680} <!-- pinarkive/pin-action release-notes start: publish -->\r\n\r\n`
    const after = '\r\n\r\n### Thanks\r\n\r\nTo everyone.  \r\n'
    const edited = `${before}${body(release.id)
      .replace(/\n/g, '\r\n')
      .replace(/\r\r\n/g, '\r\n')}${after}`
    servers.github.releases[0].body = edited

    const second = await publishRelease(release.id, { 'dist/index.html': '<h1>v2</h1>' })
    expect(second.stderr).toBe('')
    expect(second.code).toBe(0)
    expect(second.outputs.cid).not.toBe(first.outputs.cid)

    const notes = body(release.id)
    const start = notes.search(START)
    const end = notes.indexOf(END) + END.length
    expect(notes.slice(0, start)).toBe(edited.slice(0, edited.search(START)))
    expect(notes.slice(0, start).startsWith(before)).toBe(true)
    expect(notes.slice(end)).toBe(after)
    expect(notes).toContain(second.outputs.cid)
    expect(notes).not.toContain(first.outputs.cid)
    expect(notes.match(/release-notes start: publish sha256=/g)).toHaveLength(1)

    // The same content again: nothing to change, so nothing is written.
    const patches = () => servers.github.requests.filter(r => r.method === 'PATCH').length
    const written = patches()
    const third = await publishRelease(release.id, { 'dist/index.html': '<h1>v2</h1>' })
    expect(third.code).toBe(0)
    expect(patches()).toBe(written)
    expect(body(release.id)).toBe(notes)
    expect(third.stdout).toContain('Release v1.0.0: the IPFS section of its notes is up to date')
  })

  it('warns naming contents: write when the token may not write, and the step succeeds', async () => {
    const release = servers.github.addRelease({ owner: OWNER, repo: REPO, body: AUTHOR })
    const result = await publishRelease(
      release.id,
      { 'dist/index.html': '<h1>v1</h1>' },
      { githubToken: 'ghs_readonly' }
    )
    expect(result.code).toBe(0)
    expect(result.outputs.cid).toMatch(/^bafy/)
    expect(result.stdout).toMatch(
      /::warning::Could not write the notes of release v1\.0\.0: the token may not do it \(HTTP 403: .*Resource not accessible by integration.*\)\. Give the job "permissions: contents: write"\./
    )
    expect(body(release.id)).toBe(AUTHOR)
  })
})

describe('outputs for DNSLink and attestations', () => {
  const SITE = {
    'dist/index.html': '<h1>home</h1>',
    'dist/style.css': 'body { color: rebeccapurple }',
    'dist/app.js': 'console.log("app")'
  }

  /** The directory's root block, built here from the UnixFS spec, not by the action's code. */
  function rootBlock(files: Record<string, string>): Uint8Array {
    const links = Object.entries(files).map(([name, content]) => {
      const bytes = Buffer.from(content)
      const digest = createHash('sha256').update(bytes).digest()
      // Files under 1 MiB are single raw leaves in unixfs-v1-2025.
      const hash = CID.createV1(0x55, Digest.create(0x12, digest))
      return { Name: name, Hash: hash, Tsize: bytes.length }
    })
    const node = dagPb.prepare({ Data: new UnixFS({ type: 'directory' }).marshal(), Links: links })
    return dagPb.encode(node)
  }

  it('give dnslink, and the SHA-256 of the root block as the attestation digest', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await runAction({
      workspace,
      inputs: {
        'api-key': servers.pinarkive.apiKey,
        'api-url': servers.pinarkive.url,
        path: 'dist'
      }
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const block = rootBlock(
      Object.fromEntries(Object.entries(SITE).map(([p, c]) => [p.slice('dist/'.length), c]))
    )
    const sha256 = createHash('sha256').update(block).digest('hex')
    // The block built here is the root of what was published…
    const cid = CID.createV1(dagPb.code, Digest.create(0x12, Buffer.from(sha256, 'hex')))
    expect(result.outputs.cid).toBe(cid.toString())
    // …and the digest output is the SHA-256 of its bytes.
    expect(result.outputs).toMatchObject({
      dnslink: `dnslink=/ipfs/${cid.toString()}`,
      'attestation-subject-name': `ipfs://${cid.toString()}`,
      'attestation-subject-digest': `sha256:${sha256}`
    })
  })

  it('of a single small file: the digest is the SHA-256 of its bytes (a raw leaf)', async () => {
    const content = '<h1>only file</h1>'
    const workspace = await makeWorkspace({ 'out/index.html': content })
    const result = await runAction({
      workspace,
      inputs: {
        'api-key': servers.pinarkive.apiKey,
        'api-url': servers.pinarkive.url,
        path: 'out/index.html'
      }
    })
    expect(result.code).toBe(0)
    expect(result.outputs.cid).toMatch(/^bafkrei/)
    const sha256 = createHash('sha256').update(content).digest('hex')
    expect(result.outputs['attestation-subject-digest']).toBe(`sha256:${sha256}`)
    expect(result.outputs['attestation-subject-name']).toBe(`ipfs://${result.outputs.cid}`)
  })

  it('in a dry run: dnslink of the computed CID, but no attestation subject', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await runAction({
      workspace,
      inputs: { path: 'dist', 'dry-run': 'true', 'wait-for': 'gateway' }
    })
    expect(result.code).toBe(0)
    expect(result.outputs.cid).toMatch(/^bafy/)
    expect(result.outputs.dnslink).toBe(`dnslink=/ipfs/${result.outputs.cid}`)
    // The DNSLink recipe waits for ready == 'true', which a dry run never gives.
    expect(result.outputs.ready).toBe('')
    expect(result.outputs['attestation-subject-name']).toBe('')
    expect(result.outputs['attestation-subject-digest']).toBe('')
    expect(servers.pinarkive.requests).toEqual([])
  })
})
