/**
 * End to end: an upload whose body went out in full before the connection dropped. The fake
 * Pinarkive stores it, then cuts the connection without answering (`storeThenDrop`), and keeps
 * one record per upload, so a blind resend would leave two. The bundled action under Node 24
 * asks Pinarkive first whether it holds the content, and says so when it cannot.
 */
import { jest } from '@jest/globals'
import { fakeServers } from './fake-servers.js'
import type { RequestRecord } from '../../test-support/fake-pinarkive.mjs'
import { makeWorkspace, runAction, type RunResult } from '../../test-support/run-action.mjs'

jest.setTimeout(60_000)

/** Asked about in files mode (1 MiB and more), and streamed (over 1 MiB). */
const BIG = 1536 * 1024

const servers = fakeServers({ cidProfile: 'unixfs-v1-2025', recordModel: 'per-upload' })

const SITE = {
  'dist/index.html': '<h1>Hello</h1>',
  'dist/assets/app.js': 'console.log("hi")'
}

/** A key that may upload but not list uploads (no `files:read`). */
function keyWithoutFilesRead() {
  servers.pinarkive.set({
    keys: {
      [servers.pinarkive.apiKey]: {
        scopes: ['files:write', 'cluster:read'],
        plan: 'premium',
        clusters: ['cl0-global']
      }
    }
  })
}

/** Runs the action on `workspace`; returns the result and the requests the fake received. */
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
const recordsOf = (cid: string) => servers.pinarkive.pins.filter(p => p.cid === cid)

function results(result: RunResult): Record<string, unknown>[] {
  return JSON.parse(result.outputs.results)
}

describe('an upload stored, then its connection dropped', () => {
  it('files mode: asks, finds it held, does not send it again; one record', async () => {
    const workspace = await makeWorkspace({ 'dist/big.bin': Buffer.alloc(BIG, 'big\n') })
    servers.pinarkive.inject('POST /files$', { storeThenDrop: true })
    const { result, requests } = await run(workspace, { 'upload-as': 'files' })
    expect(result.code).toBe(0)
    expect(uploads(requests).map(r => r.status)).toEqual(['handled-then-dropped'])
    // reuse's lookup before the upload, then the question after it: not the cached answer.
    expect(lookups(requests)).toHaveLength(2)
    const { cid } = result.outputs
    expect(cid).toMatch(/^bafy/)
    expect(result.outputs['local-cid']).toBe(cid)
    expect(recordsOf(cid)).toHaveLength(1)
    expect(result.stdout).toContain(
      `dist/big.bin: the connection dropped after the upload was sent in full; Pinarkive holds it now, so it was not sent again → ${cid}`
    )
    expect(result.stdout).toMatch(
      /dist\/big\.bin: .*; retry 1\/\d+ in [^\n]* \(it had been sent in full\)\n/
    )
    expect(results(result)).toEqual([
      expect.objectContaining({ path: 'dist/big.bin', cid, verified: true })
    ])
    expect(results(result)[0]).not.toHaveProperty('mayBeStoredTwice')
    expect(results(result)[0]).not.toHaveProperty('reused')
    expect(result.summary).not.toContain('stored twice')
  })

  it('directory mode: the same, with the root CID', async () => {
    const workspace = await makeWorkspace(SITE)
    servers.pinarkive.inject('POST /files/directory-dag', { storeThenDrop: true })
    const { result, requests } = await run(workspace)
    expect(result.code).toBe(0)
    expect(uploads(requests)).toHaveLength(1)
    const { cid } = result.outputs
    expect(result.outputs['local-cid']).toBe(cid)
    expect(recordsOf(cid)).toHaveLength(1)
    expect(result.stdout).toContain(
      `dist/ (2 files, 31 B): the connection dropped after the upload was sent in full; Pinarkive holds it now, so it was not sent again → ${cid}`
    )
    expect(results(result)).toEqual([expect.objectContaining({ type: 'directory', cid, files: 2 })])
    expect(result.summary).toContain('`dist` (2 files)')
    expect(result.summary).not.toContain('stored twice')
  })

  it('asks with reuse: off too: it is no reuse, but whether this run stored it', async () => {
    const workspace = await makeWorkspace(SITE)
    servers.pinarkive.inject('POST /files/directory-dag', { storeThenDrop: true })
    const { result, requests } = await run(workspace, { reuse: 'off' })
    expect(result.code).toBe(0)
    expect(uploads(requests)).toHaveLength(1)
    expect(lookups(requests)).toHaveLength(1)
    expect(recordsOf(result.outputs.cid)).toHaveLength(1)
  })

  it('cannot ask with a key that may not list uploads: sends it again, and says it may be stored twice', async () => {
    const workspace = await makeWorkspace(SITE)
    keyWithoutFilesRead()
    servers.pinarkive.inject('POST /files/directory-dag', { storeThenDrop: true })
    const { result, requests } = await run(workspace)
    expect(result.code).toBe(0)
    expect(uploads(requests).map(r => r.status)).toEqual(['handled-then-dropped', 201])
    const { cid } = result.outputs
    expect(recordsOf(cid)).toHaveLength(2)
    const [item] = results(result)
    expect(item).toMatchObject({
      cid,
      mayBeStoredTwice: expect.stringContaining(
        'the connection dropped after the upload was sent in full, and it was sent again without knowing whether Pinarkive had stored it: the key may not list uploads (it lacks the scope `files:read`)'
      )
    })
    expect(result.summary).toContain('(⚠️ may have been stored twice)')
    // The warning, whatever Markdown escapes it carries.
    expect(result.summary.replace(/\\/g, '')).toContain(
      'dist/ (2 files, 31 B) may have been stored twice: the connection dropped after the upload was sent in full'
    )
    expect(result.stdout).toMatch(/::warning::dist\/ \(2 files, 31 B\) may have been stored twice/)
  })

  it('cannot ask without a local CID (files mode, verify: off)', async () => {
    const workspace = await makeWorkspace({ 'dist/big.bin': Buffer.alloc(BIG, 'big\n') })
    servers.pinarkive.inject('POST /files$', { storeThenDrop: true })
    const { result, requests } = await run(workspace, { 'upload-as': 'files', verify: 'off' })
    expect(result.code).toBe(0)
    expect(lookups(requests)).toHaveLength(0)
    expect(uploads(requests)).toHaveLength(2)
    expect(results(result)[0].mayBeStoredTwice).toMatch(
      /no local CID was computed for it \(`verify: off`\)$/
    )
    expect(result.summary).toContain('may have been stored twice')
  })

  it('says so in the failure of an item sent again unchecked that then failed', async () => {
    const workspace = await makeWorkspace(SITE)
    keyWithoutFilesRead()
    servers.pinarkive.inject(
      'POST /files/directory-dag',
      { storeThenDrop: true },
      { status: 400, body: { error: 'Bad Request', message: 'nope' } }
    )
    const { result } = await run(workspace)
    expect(result.code).not.toBe(0)
    expect(result.summary).toContain('### ❌ Failed (1)')
    expect(result.summary.replace(/\\/g, '')).toContain(
      'It may have been stored twice: the connection dropped after the upload was sent in full, and it was sent again without knowing whether Pinarkive had stored it'
    )
  })

  it('asks nothing after a connection dropped before the body was read', async () => {
    const workspace = await makeWorkspace({ 'dist/big.bin': Buffer.alloc(8 * BIG, 'big\n') })
    servers.pinarkive.inject('POST /files$', { drop: true })
    const { result, requests } = await run(workspace, { 'upload-as': 'files' })
    expect(result.code).toBe(0)
    expect(uploads(requests).map(r => r.status)).toEqual(['dropped', 201])
    expect(lookups(requests)).toHaveLength(1) // reuse's, before the upload
    expect(results(result)[0]).not.toHaveProperty('mayBeStoredTwice')
  })
})
