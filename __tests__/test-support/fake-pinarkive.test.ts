/**
 * Tests of the fake Pinarkive server itself, through real HTTP with the global fetch.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { directoryCid } from '../../src/content/file-cids.js'
import {
  expandTree,
  type CidVector,
  type TreeRecipe
} from '../../test-support/cid-vector-inputs.mjs'
import {
  HOSTILE_CIDS,
  HOSTILE_CLUSTER_ID,
  hostileClusterOptions,
  hugeCid,
  startFakePinarkive,
  type FakeOptions,
  type FakePinarkive
} from '../../test-support/fake-pinarkive.mjs'

type Json = Record<string, unknown>

let fake: FakePinarkive
const running: FakePinarkive[] = []

async function start(options?: FakeOptions): Promise<FakePinarkive> {
  fake = await startFakePinarkive(options)
  running.push(fake)
  return fake
}

afterEach(async () => {
  await Promise.all(running.splice(0).map(server => server.close()))
})

/** Calls the fake with the default key as Bearer unless `key` is null or auth is set. */
async function api<T = Json>(
  path: string,
  init: RequestInit = {},
  key: string | null = 'test-key'
) {
  const headers = new Headers(init.headers)
  const hasAuth = headers.has('authorization') || headers.has('x-api-key')
  if (key !== null && !hasAuth) headers.set('authorization', `Bearer ${key}`)
  const res = await fetch(`${fake.url}${path}`, { ...init, headers })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : {}) as T }
}

function fileForm(content: string, fields: Record<string, string> = {}, name = 'hello.txt') {
  const form = new FormData()
  for (const [field, value] of Object.entries(fields)) form.append(field, value)
  form.append('file', new Blob([content]), name)
  return form
}

function dirForm(
  files: Record<string, string>,
  fields: Record<string, string> = {},
  part = 'files'
) {
  const form = new FormData()
  for (const [field, value] of Object.entries(fields)) form.append(field, value)
  for (const [path, content] of Object.entries(files)) form.append(part, new Blob([content]), path)
  return form
}

const post = (body: FormData | string) => ({ method: 'POST', body })

function rawCid(content: string) {
  const sha256 = createHash('sha256').update(content).digest()
  return CID.createV1(0x55, Digest.create(0x12, sha256)).toString()
}

const inOneHour = () => new Date(Date.now() + 3_600_000).toISOString()

describe('routing and auth', () => {
  beforeEach(() =>
    start({
      keys: {
        'test-key': {
          scopes: ['files:write', 'files:read'],
          plan: 'premium',
          clusters: ['cl0-global']
        },
        'read-only': { scopes: ['files:read'], plan: 'free', clusters: ['cl0-global'] },
        unverified: { scopes: ['files:write'], plan: 'free', clusters: [], emailVerified: false }
      }
    })
  )

  it('serves public routes, 410 for old versions, 404 for unknown ones', async () => {
    expect((await api('', {}, null)).body).toMatchObject({ links: { health: '/api/v3/health' } })
    expect((await api('/health/', {}, null)).body).toEqual({ status: 'ok' })
    const gone = await fetch(`${fake.origin}/api/v2/files`, { method: 'POST' })
    expect(gone.status).toBe(410)
    expect(await gone.json()).toMatchObject({
      error: 'api_version_deprecated',
      currentApiBase: '/api/v3'
    })
    expect((await api('/no/such/route')).status).toBe(404)
    const stats = await (await fetch(`${fake.origin}/__fake/stats`)).json()
    expect(stats).toMatchObject({ total: 4, byStatus: { 200: 2, 410: 1, 404: 1 } })
    expect(fake.requests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET / 200',
      'GET /health 200',
      'POST /api/v2/files 410',
      'GET /no/such/route 404'
    ])
  })

  it('accepts Bearer or X-API-Key, either one valid when both are sent', async () => {
    const noKey = await api('/users/me/uploads', {}, null)
    expect(noKey.status).toBe(401)
    expect(noKey.body).toEqual({
      error: 'Unauthorized',
      code: 'INVALID_API_KEY',
      message: 'Invalid or missing API key'
    })
    expect((await api('/users/me/uploads', {}, 'wrong')).status).toBe(401)
    expect((await api('/users/me/uploads', { headers: { 'X-API-Key': 'test-key' } })).status).toBe(
      200
    )
    const both = { authorization: 'Bearer wrong', 'x-api-key': 'read-only' }
    expect((await api('/users/me/uploads', { headers: both })).status).toBe(200)
  })

  it('refuses unverified accounts and missing scopes with 403', async () => {
    const unverified = await api('/files/pin/bafkqaaa', { method: 'POST' }, 'unverified')
    expect(unverified).toMatchObject({ status: 403, body: { code: 'email_not_verified' } })
    const scope = await api('/files', post(fileForm('x')), 'read-only')
    expect(scope).toMatchObject({
      status: 403,
      body: { error: 'Forbidden', code: 'missing_scope', required: 'files:write' }
    })
    expect(scope.body.message).toBe('Missing scope: files:write')
    const clusters = await api('/users/me/clusters')
    expect(clusters.body).toMatchObject({ code: 'missing_scope', required: 'cluster:read' })
    expect(fake.requests.at(-2)?.files).toHaveLength(1) // rejected, but still read and recorded
  })
})

describe('POST /files', () => {
  beforeEach(() => start())

  it('pins a file under its raw CIDv1 and records the parts in arrival order', async () => {
    const res = await api('/files/', post(fileForm('hello', { cl: 'cl1-eu' })))
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      cid: 'bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq',
      clusterId: 'cl1-eu',
      expiresAt: null,
      status: 'pinned',
      uploadId: expect.any(String)
    })
    expect(res.body.cid).toBe(rawCid('hello'))
    const [rec] = fake.requests
    expect(rec).toMatchObject({
      method: 'POST',
      path: '/files',
      rawPath: '/api/v3/files/',
      status: 201
    })
    expect(rec.parts.map(p => `${p.kind}:${p.name}`)).toEqual(['field:cl', 'file:file'])
    expect(rec.files[0]).toMatchObject({ filename: 'hello.txt', size: 5 })
    expect(rec.files[0].sha256).toBe(createHash('sha256').update('hello').digest('hex'))
    expect(fake.pins).toEqual([
      expect.objectContaining({ cid: res.body.cid, name: 'hello.txt', type: 'file', size: 5 })
    ])
  })

  it('takes cl from a field, the query or X-Cluster; refuses clusters not allowed', async () => {
    const query = await api('/files?cl=cl2-de', post(fileForm('a')))
    const header = await api('/files', {
      ...post(fileForm('b')),
      headers: { 'X-Cluster': 'cl1-eu' }
    })
    expect([query.body.clusterId, header.body.clusterId]).toEqual(['cl2-de', 'cl1-eu'])
    const refused = await api('/files', post(fileForm('c', { cl: 'cl2-us' })))
    expect(refused).toMatchObject({
      status: 403,
      body: { code: 'cluster_not_allowed', message: 'Cluster cl2-us is not allowed on your plan' }
    })
  })

  it('checks timelocks: format, future, premium plan', async () => {
    const bad = await api('/files', post(fileForm('a', { timelock: 'tomorrow' })))
    expect(bad).toMatchObject({ status: 400, body: { message: 'Invalid timelock' } })
    const past = await api('/files', post(fileForm('a', { timelock: '2020-01-01T00:00:00Z' })))
    expect(past.body.message).toBe('Timelock must be in the future')
    const ok = await api('/files', post(fileForm('a', { timelock: inOneHour() })))
    expect(ok.body.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    fake.set({
      keys: { 'test-key': { scopes: ['files:write'], plan: 'free', clusters: ['cl0-global'] } }
    })
    const free = await api('/files', post(fileForm('a', { timelock: inOneHour() })))
    expect(free).toMatchObject({ status: 403, body: { code: 'timelock_not_allowed' } })
  })

  it('answers 413 FILE_TOO_LARGE past maxFileSize, after reading the whole body', async () => {
    fake.set({ maxFileSize: 1000 })
    const res = await api('/files', post(fileForm('x'.repeat(300_000))))
    expect(res).toMatchObject({
      status: 413,
      body: { error: 'Payload Too Large', code: 'FILE_TOO_LARGE', message: 'File too large' }
    })
    expect(fake.requests[0].files[0].size).toBe(300_000)
    expect(fake.pins).toHaveLength(0)
  })

  it('honours successStatus, cidFor and strict field names', async () => {
    fake.set({ successStatus: 200, cidFor: ({ kind, size }) => `bafy-${kind}-${size}` })
    expect((await api('/files', post(fileForm('abc')))).body.cid).toBe('bafy-file-3')
    expect(fake.requests[0].status).toBe(200)
    const form = new FormData()
    form.append('upload', new Blob(['x']), 'x.txt')
    expect((await api('/files', post(form))).body).toMatchObject({ message: 'Unexpected field' })
  })
})

describe('POST /files/directory-dag', () => {
  beforeEach(() => start())

  const site = { 'index.html': '<h1>hi</h1>', 'assets/app.js': 'x()', 'docs/ñandú/é.txt': 'é' }

  it('keeps nested and non-ASCII paths and returns the union shape', async () => {
    const res = await api(
      '/files/directory-dag',
      post(dirForm(site, { cl: 'cl1-eu', dirName: 'site' }))
    )
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      cid: expect.stringMatching(/^bafy/),
      dagCid: res.body.cid,
      filename: 'site',
      type: 'directory',
      size: 16,
      total_files: 3,
      total_size: 16,
      clusterId: 'cl1-eu',
      expiresAt: null,
      files: [
        { path: 'index.html', filename: 'index.html', size: 11, cid: rawCid(site['index.html']) },
        { path: 'assets/app.js', filename: 'app.js', size: 3 },
        { path: 'docs/ñandú/é.txt', filename: 'é.txt', size: 2 }
      ]
    })
    expect(fake.requests[0].parts.map(p => p.name)).toEqual([
      'cl',
      'dirName',
      'files',
      'files',
      'files'
    ])
    expect(fake.pins[0]).toMatchObject({ type: 'directory', name: 'site', cid: res.body.cid })

    const reversed = Object.fromEntries(Object.entries(site).reverse())
    const again = await api('/files/directory-dag', post(dirForm(reversed)))
    expect(again.body.cid).toBe(res.body.cid) // order does not matter, content does
    const changed = await api('/files/directory-dag', post(dirForm({ ...site, 'index.html': '!' })))
    expect(changed.body.cid).not.toBe(res.body.cid)
  })

  it('flattens paths like multer without preservePath when flattenPaths is on', async () => {
    fake.set({ flattenPaths: true })
    const res = await api('/files/directory-dag', post(dirForm(site)))
    const files = res.body.files as { path: string }[]
    expect(files.map(f => f.path)).toEqual(['index.html', 'app.js', 'é.txt'])
  })

  it('rejects other field names in strict mode only', async () => {
    const strict = await api('/files/directory-dag', post(dirForm(site, {}, 'files[]')))
    expect(strict).toMatchObject({
      status: 400,
      body: { error: 'Bad Request', message: 'Unexpected field' }
    })
    const oldFormat = new FormData()
    oldFormat.append('files[0][path]', 'a/b.txt')
    oldFormat.append('files[0][content]', new Blob(['b']), 'blob')
    expect((await api('/files/directory-dag', post(oldFormat))).status).toBe(400)

    fake.set({ strictFieldNames: false })
    expect((await api('/files/directory-dag', post(dirForm(site, {}, 'files[]')))).status).toBe(201)
    const lenient = await api('/files/directory-dag', post(oldFormat))
    expect(lenient.body.files).toEqual([expect.objectContaining({ path: 'a/b.txt' })])
  })

  it('refuses unsafe paths, empty uploads and directories over maxDirSize', async () => {
    for (const path of ['../up.txt', 'a/../../b', '/etc/passwd']) {
      const res = await api('/files/directory-dag', post(dirForm({ [path]: 'x' })))
      expect(res.status).toBe(400)
    }
    const empty = await api('/files/directory-dag', post(dirForm({}, { dirName: 'x' })))
    expect(empty).toMatchObject({ status: 400, body: { message: 'No files uploaded' } })
    fake.set({ maxDirSize: 20 })
    expect(
      (await api('/files/directory-dag', post(dirForm({ a: '1'.repeat(15), b: '2'.repeat(15) }))))
        .status
    ).toBe(413)
    expect(fake.pins).toHaveLength(0)
  })

  it('takes a thousand parts in one request', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [`d${i % 7}/f${i}.txt`, `${i}`])
    )
    const res = await api('/files/directory-dag', post(dirForm(many)))
    expect(res.body.total_files).toBe(1000)
    expect(fake.requests[0].files).toHaveLength(1000)
  })
})

describe('real UnixFS CIDs (cidProfile)', () => {
  beforeEach(() => start())

  const vectors: CidVector[] = JSON.parse(
    readFileSync(new URL('../fixtures/cid-vectors/vectors.json', import.meta.url), 'utf8')
  )
  const vector = (id: string) => vectors.find(v => v.id === id)!

  /** The parts of a directory vector; only vectors with literal or generated UTF-8 content. */
  function vectorParts(id: string): Record<string, string> {
    const entries = expandTree(vector(id).input as TreeRecipe)
    return Object.fromEntries(
      entries.map(entry => {
        if (!('recipe' in entry) || !('utf8' in entry.recipe)) throw new Error(`not UTF-8: ${id}`)
        return [entry.path, entry.recipe.utf8]
      })
    )
  }

  /** The same files on disk, for src/content/file-cids.ts, which the action uses. */
  async function onDisk(files: Record<string, string | Uint8Array>) {
    const dir = await mkdtemp(path.join(tmpdir(), 'fake-cid-'))
    const entries = []
    for (const [rel, content] of Object.entries(files)) {
      const absPath = path.join(dir, ...rel.split('/'))
      await mkdir(path.dirname(absPath), { recursive: true })
      await writeFile(absPath, content)
      entries.push({ absPath, path: rel })
    }
    return entries
  }

  function form(files: Record<string, string | Uint8Array>, part = 'files') {
    const body = new FormData()
    for (const [name, content] of Object.entries(files)) {
      body.append(part, new Blob([content]), name)
    }
    return body
  }

  it.each([
    ['unixfs-v1-2025', 'v1-file-hello-world'],
    ['unixfs-v0-2015', 'v0-file-hello-world']
  ] as const)('answers POST /files with the published CID (%s)', async (cidProfile, id) => {
    fake.set({ cidProfile })
    const res = await api('/files', post(fileForm('hello world')))
    expect(res.body.cid).toBe(vector(id).cid)
    expect(fake.requests[0].files[0].cid).toBe(vector(id).cid)
  })

  it.each([
    ['unixfs-v0-2015', 'v0-dir-nested-refs'],
    ['unixfs-v1-2025', 'v1-dir-nested-gateway-dag'],
    ['unixfs-v1-2025', 'v1-dir-hamt-1344-long-names']
  ] as const)('answers a directory with the published CID (%s %s)', async (cidProfile, id) => {
    fake.set({ cidProfile })
    const res = await api('/files/directory-dag', post(dirForm(vectorParts(id))))
    expect(res.status).toBe(201)
    expect(res.body.cid).toBe(vector(id).cid)
  })

  it.each(['unixfs-v1-2025', 'unixfs-v0-2015'] as const)(
    'agrees with local-cid on multi-chunk files, per file and for the root (%s)',
    async cidProfile => {
      fake.set({ cidProfile })
      const big = new Uint8Array(2 * 1048576 + 12345).map((_, i) => (i * 31) % 253)
      const files = { 'index.html': '<h1>hi</h1>', 'media/big.bin': big, 'a/b/c.txt': '' }
      const res = await api('/files/directory-dag', post(form(files)))
      const local = await directoryCid(await onDisk(files), cidProfile)
      expect(res.body.cid).toBe(local.root)
      expect(Object.fromEntries((res.body.files as Json[]).map(f => [f.path, f.cid]))).toEqual(
        Object.fromEntries(local.files)
      )
      const single = await api('/files', post(form({ 'big.bin': big }, 'file')))
      expect(single.body.cid).toBe(local.files.get('media/big.bin'))
    }
  )

  it('builds the directory at the flattened names, the last part winning', async () => {
    fake.set({ cidProfile: 'unixfs-v1-2025', flattenPaths: true })
    const res = await api('/files/directory-dag', post(dirForm({ 'a/x.txt': '1', 'b/x.txt': '2' })))
    const local = await directoryCid(await onDisk({ 'x.txt': '2' }), 'unixfs-v1-2025')
    expect(res.body.cid).toBe(local.root)
  })

  it('still lets cidFor decide first', async () => {
    fake.set({ cidProfile: 'unixfs-v1-2025', cidFor: ({ kind }) => `custom-${kind}` })
    expect((await api('/files', post(fileForm('x')))).body.cid).toBe('custom-file')
    const dir = await api('/files/directory-dag', post(dirForm({ a: 'x' })))
    expect(dir.body.cid).toBe('custom-directory')
  })
})

describe('pins, uploads, clusters, profile', () => {
  beforeEach(() => start({ unknownCids: ['bafkqaaa'] }))

  it('pins CIDs, with or without a body, and validates them', async () => {
    const qm = 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG'
    const bare = await api(`/files/pin/${qm}`, { method: 'POST' })
    expect(bare).toMatchObject({
      status: 201,
      body: { cid: qm, clusterId: 'cl0-global', pinned: true }
    })
    const cid = rawCid('pinned')
    const named = await api(`/files/pin/${cid}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ customName: 'release', cl: 'cl2-de', timelock: inOneHour() })
    })
    expect(named.body).toMatchObject({
      cid,
      customName: 'release',
      clusterId: 'cl2-de',
      pinned: true
    })
    expect(fake.requests[1].json).toMatchObject({ customName: 'release' })
    expect((await api('/files/pin/not-a-cid', post('{}'))).body).toMatchObject({
      message: 'Invalid CID'
    })
    const unknown = await api('/files/pin/bafkqaaa', post('{}'))
    expect(unknown).toMatchObject({
      status: 404,
      body: { error: 'Not Found', message: 'CID not found' }
    })
  })

  it('lists uploads newest first with total and pagination, and removes them', async () => {
    for (const content of ['one', 'two', 'three']) await api('/files', post(fileForm(content)))
    const page = await api('/users/me/uploads?page=1&limit=2')
    expect(page.body).toMatchObject({ total: 3, pagination: { page: 1, limit: 2, total: 3 } })
    const uploads = page.body.uploads as Json[]
    expect(uploads.map(u => u.cid)).toEqual([rawCid('three'), rawCid('two')])
    expect(uploads[0]).toMatchObject({
      name: 'hello.txt',
      size: 5,
      clusterId: 'cl0-global',
      expiresAt: null
    })
    expect(uploads[0].createdAt).toBe(uploads[0].uploadedAt)

    const removed = await api(`/files/remove/${rawCid('two')}`, { method: 'DELETE' })
    expect(removed).toMatchObject({ status: 200, body: { cid: rawCid('two'), removed: true } })
    expect((await api(`/files/remove/${rawCid('two')}`, { method: 'DELETE' })).status).toBe(404)
    expect((await api('/users/me/uploads?page=2&limit=1')).body.uploads).toEqual([
      expect.objectContaining({ cid: rawCid('one') })
    ])
  })

  it('lists only allowed clusters, as a bare array of union items', async () => {
    const res = await api<Json[]>('/users/me/clusters')
    expect(res.body.map(c => c.clusterId)).toEqual(['cl0-global', 'cl1-eu', 'cl2-de'])
    expect(res.body[1]).toMatchObject({ id: 'cl1-eu', label: 'EU', region: 'eu', country: 'EU' })
    expect((res.body[1].gateways as Json[]).map(g => g.order)).toEqual([1, 0])
    expect(res.body[2].gateways).toEqual([
      { url: 'https://de1.gateway.pinarkive.com/ipfs/', label: 'DE', order: 0 }
    ])
    fake.set({
      keys: {
        'test-key': {
          scopes: ['cluster:read', 'user:read'],
          plan: 'free',
          clusters: ['cl0-global']
        }
      }
    })
    expect((await api<Json[]>('/users/me/clusters')).body.map(c => c.id)).toEqual(['cl0-global'])
    expect((await api('/users/me')).body).toMatchObject({ plan: 'free', clusters: ['cl0-global'] })
  })
})

describe('injected faults', () => {
  beforeEach(() => start())

  it('sends 429 with Retry-After as header, body, HTTP-date or nothing', async () => {
    fake.inject(
      'POST /files',
      { status: 429, retryAfter: 2 },
      { status: 429, retryAfter: 0.25, via: 'body' },
      { status: 429, retryAfter: 3, via: 'date' },
      { status: 429, via: 'none' }
    )
    const both = await api('/files', post(fileForm('a')))
    expect(both.headers.get('retry-after')).toBe('2')
    expect(both.body).toMatchObject({
      error: 'Too Many Requests',
      retryAfter: 2,
      limit: 100,
      remaining: 0,
      resetTime: expect.stringMatching(/Z$/)
    })
    const body = await api('/files', post(fileForm('a')))
    expect([body.headers.get('retry-after'), body.body.retryAfter]).toEqual([null, 0.25])
    const date = await api('/files', post(fileForm('a')))
    const wait = Date.parse(date.headers.get('retry-after') ?? '') - Date.now()
    expect(wait).toBeGreaterThan(1500)
    expect(wait).toBeLessThanOrEqual(4000)
    expect(date.body.retryAfter).toBeUndefined()
    const none = await api('/files', post(fileForm('a')))
    expect([none.status, none.headers.get('retry-after'), none.body.retryAfter]).toEqual([
      429,
      null,
      undefined
    ])
    expect((await api('/files', post(fileForm('a')))).status).toBe(201)
    expect(fake.pins).toHaveLength(1)
    expect(fake.stats()).toMatchObject({ rateLimited: 4, uploads: 1 })
  })

  it('matches by method and path prefix, in queue order, then behaves normally', async () => {
    fake.inject('POST /files$', {
      status: 400,
      body: { error: 'Bad Request', message: 'only /files' }
    })
    fake.inject('POST /files', { status: 503 }, { status: 403, body: { code: 'quota' } })
    fake.inject('*', { status: 502, body: '<html>Bad gateway</html>' })
    expect(fake.pendingFaults()).toBe(4)
    const dir = () => api('/files/directory-dag', post(dirForm({ a: 'a' })))
    expect((await dir()).status).toBe(503)
    expect((await dir()).body).toEqual({ code: 'quota' })
    expect((await api('/files', post(fileForm('a')))).body.message).toBe('only /files')
    const proxy = await fetch(`${fake.url}/users/me`, {
      headers: { authorization: 'Bearer test-key' }
    })
    expect([proxy.status, proxy.headers.get('content-type'), await proxy.text()]).toEqual([
      502,
      'text/plain; charset=utf-8',
      '<html>Bad gateway</html>'
    ])
    expect((await dir()).status).toBe(201)
    fake.inject('*', { status: 500 })
    fake.reset()
    expect([fake.pendingFaults(), fake.requests.length, fake.pins.length]).toEqual([0, 0, 0])
    expect((await api('/users/me')).status).toBe(200)
  })

  it('drops, hangs and delays', async () => {
    fake.inject('GET /users/me', { drop: true }, { hang: true }, { delayMs: 150 })
    await expect(fetch(`${fake.url}/users/me`)).rejects.toThrow('fetch failed')
    const hung = fetch(`${fake.url}/users/me`, { signal: AbortSignal.timeout(150) })
    await expect(hung).rejects.toMatchObject({ name: 'TimeoutError' })
    const started = Date.now()
    expect((await api('/users/me')).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(fake.requests.map(r => r.status)).toEqual(['dropped', 'hung', 200])
  })

  it('stores then drops: the client sees the socket close, the upload or pin is kept', async () => {
    fake.inject('POST /files$', { storeThenDrop: true })
    const content = 'x'.repeat(200_000)
    const upload = fetch(`${fake.url}/files`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-key' },
      body: fileForm(content)
    })
    await expect(upload).rejects.toMatchObject({
      message: 'fetch failed',
      cause: { code: 'UND_ERR_SOCKET' }
    })
    expect(fake.requests[0]).toMatchObject({
      status: 'handled-then-dropped',
      unsentStatus: 201,
      bodySize: Number(fake.requests[0].headers['content-length'])
    })
    expect(fake.pins.map(p => [p.cid, p.size])).toEqual([[rawCid(content), 200_000]])
    const listed = (await api(`/users/me/uploads?cid=${rawCid(content)}`)).body.uploads
    expect(listed).toEqual([expect.objectContaining({ cid: rawCid(content), name: 'hello.txt' })])

    // Through the control route too, after a delay; a pin is stored as well.
    const faults = { storeThenDrop: true, delayMs: 100 }
    const control = await fetch(`${fake.origin}/__fake/inject`, {
      method: 'POST',
      body: JSON.stringify({ match: 'POST /files/pin', faults })
    })
    expect(await control.json()).toEqual({ injected: 1 })
    const started = Date.now()
    const pinned = api(`/files/pin/${rawCid('pinned')}`, post('{"customName":"kept"}'))
    await expect(pinned).rejects.toThrow('fetch failed')
    expect(Date.now() - started).toBeGreaterThanOrEqual(90)
    expect(fake.pins.map(p => p.name)).toEqual(['hello.txt', 'kept'])

    // A request that fails is handled, so not stored, and dropped all the same.
    fake.inject('POST /files$', { storeThenDrop: true })
    await expect(api('/files', post(fileForm('refused')), null)).rejects.toThrow('fetch failed')
    expect(fake.requests[3]).toMatchObject({ status: 'handled-then-dropped', unsentStatus: 401 })
    expect(fake.pins).toHaveLength(2)
    expect(fake.stats()).toMatchObject({
      uploads: 1,
      pinned: 1,
      byStatus: { 'handled-then-dropped': 3, 200: 1 }
    })
    expect((await api('/files', post(fileForm('normal')))).status).toBe(201)
  })

  it('stalls an upload after some bytes so the client times out', async () => {
    fake.inject('POST /files', { stallAfterBytes: 100_000 })
    // A lazy stream shows how much the client could hand over before the window filled.
    const total = 64 * 1024 * 1024
    let pulled = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) return controller.close()
        pulled += 64 * 1024
        controller.enqueue(new Uint8Array(64 * 1024))
      }
    })
    // Long enough for the request to reach the fake on a loaded machine: a stall holds the
    // client at the socket's buffers however long it waits.
    const signal = AbortSignal.timeout(2_000)
    const init: RequestInit = { method: 'POST', body, duplex: 'half', signal }
    await expect(fetch(`${fake.url}/files`, init)).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(pulled).toBeLessThan(total / 2)
    expect(fake.requests[0].status).toBe('stalled')
    expect(fake.requests[0].bodySize).toBeGreaterThanOrEqual(100_000)
    expect(fake.requests[0].bodySize).toBeLessThan(1024 * 1024)
  })
})

describe('rate limiting', () => {
  it('limits per key per second, with X-RateLimit-* headers on every answer', async () => {
    await start({ rateLimit: { perSecond: 2, headers: true } })
    const answers = []
    for (let i = 0; i < 3; i++) answers.push(await api('/files', post(fileForm(`f${i}`))))
    expect(answers.map(a => a.status)).toEqual([201, 201, 429])
    expect(answers.map(a => a.headers.get('x-ratelimit-remaining'))).toEqual(['1', '0', '0'])
    const limited = answers[2]
    expect(limited.headers.get('x-ratelimit-limit')).toBe('2')
    const reset = Number(limited.headers.get('x-ratelimit-reset'))
    expect(reset * 1000 - Date.now()).toBeLessThanOrEqual(1000)
    expect(limited.headers.get('retry-after')).toBe('1')
    expect(limited.body).toMatchObject({ error: 'Too Many Requests', limit: 2, remaining: 0 })
    expect(limited.body.retryAfter).toBeGreaterThan(0)
    expect(limited.body.retryAfter).toBeLessThanOrEqual(1)
    expect(fake.pins).toHaveLength(2) // the limited upload was read but not stored
    expect(fake.stats()).toMatchObject({ total: 3, rateLimited: 1, byStatus: { 201: 2, 429: 1 } })
    // Another key has its own window.
    fake.set({ keys: { 'test-key': {}, other: { scopes: ['user:read'] } } })
    expect((await api('/users/me', {}, 'other')).status).toBe(200)
  })
})

describe('command line', () => {
  const cliPath = fileURLToPath(
    new URL('../../test-support/fake-pinarkive-cli.mjs', import.meta.url)
  )

  it('prints its options with --help, and the usage with exit code 2 for an unknown one', () => {
    const help = spawnSync(process.execPath, [cliPath, '--help'], { encoding: 'utf8' })
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^usage: node test-support\/fake-pinarkive-cli\.mjs/)
    expect(help.stdout).toContain('--cid-profile PROFILE')
    expect(help.stdout).toContain('--param-charset CHARSET')
    const wrong = spawnSync(process.execPath, [cliPath, '--bogus'], { encoding: 'utf8' })
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain("Unknown option '--bogus'")
    expect(wrong.stderr).toContain('usage:')
  })

  it('prints the URL and key, reports stats on SIGUSR2 and stops on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('../../test-support/fake-pinarkive-cli.mjs', import.meta.url))
    const child = spawn(process.execPath, [cli, '--rate-per-second', '5', '--rate-headers'], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
    const { url, apiKey } = JSON.parse(String((await lines.next()).value))
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/)
    const res = await fetch(`${url}/users/me`, { headers: { 'x-api-key': apiKey } })
    expect(res.headers.get('x-ratelimit-limit')).toBe('5')
    const stats = await (await fetch(new URL('/__fake/stats', url))).json()
    expect(stats).toMatchObject({ total: 1, byStatus: { 200: 1 } })
    child.kill('SIGUSR2')
    expect(JSON.parse(String((await lines.next()).value))).toMatchObject({ total: 1 })
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
  })
})

describe('hostile answers', () => {
  beforeEach(() => start())

  it('patches a handled answer: the upload is stored, the answer lies', async () => {
    fake.inject('POST /files', { patch: { cid: HOSTILE_CIDS[0], clusterId: HOSTILE_CLUSTER_ID } })
    const res = await api('/files', post(fileForm('hello')))
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ cid: 'javascript:alert(1)', clusterId: HOSTILE_CLUSTER_ID })
    expect(fake.pins).toEqual([expect.objectContaining({ cid: rawCid('hello') })])
    expect(hugeCid(1000)).toHaveLength(1000)
  })

  it('echoes the key the request presented in an error', async () => {
    fake.inject('POST /files', { status: 500, echoKey: true })
    const res = await api('/files', post(fileForm('x')))
    expect(res.status).toBe(500)
    expect(res.body.message).toBe(
      'Request with API key test-key failed; key test-key was logged for support'
    )
  })

  it('trickles an answer one byte at a time', async () => {
    fake.inject('GET /health', { trickleMs: 30 })
    const started = Date.now()
    const res = await fetch(`${fake.url}/health`)
    const headersAfter = Date.now() - started
    expect(await res.json()).toEqual({ status: 'ok' })
    const bytes = Number(res.headers.get('content-length'))
    expect(headersAfter).toBeLessThan(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(bytes * 30 - 50)
  })

  it('lists clusters with unsafe gateways and a hostile id, all allowed to the key', async () => {
    fake.set(hostileClusterOptions())
    const res = await api<Json[]>('/users/me/clusters')
    expect(res.body.map(c => c.clusterId)).toEqual(['cl0-global', 'cl1-eu', HOSTILE_CLUSTER_ID])
    expect(JSON.stringify(res.body)).toContain('javascript:alert(document.cookie)//')
    expect(JSON.stringify(res.body)).toContain('http://gateway.evil.example/ipfs/')
  })

  it('answers a 429 asking for 1e13 seconds without failing itself', async () => {
    fake.inject('POST /files', { status: 429, via: 'both', retryAfter: 1e13 })
    const res = await api('/files', post(fileForm('x')))
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('10000000000000')
    expect(res.body).toMatchObject({ retryAfter: 1e13, resetTime: '+275760-09-13T00:00:00.000Z' })
  })
})

describe('paramCharset', () => {
  // Browsers and undici send file names as raw UTF-8, as the fetch FormData here does.
  it('reads raw UTF-8 names as utf8 by default, and garbles them as latin1 like multer', async () => {
    await start()
    await api('/files', post(fileForm('x', {}, 'café.txt')))
    fake.set({ paramCharset: 'latin1' })
    await api('/files', post(fileForm('x', {}, 'café.txt')))
    expect(fake.requests.map(r => r.files[0].filename)).toEqual(['café.txt', 'cafÃ©.txt'])
  })

  it('records a filename* parameter exactly under either charset', async () => {
    await start({ paramCharset: 'latin1' })
    const boundary = 'xyz'
    const body =
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="caf%C3%A9.txt"; filename*=UTF-8''caf%C3%A9.txt\r\n` +
      `Content-Type: application/octet-stream\r\n\r\nx\r\n--${boundary}--\r\n`
    const res = await api('/files', {
      method: 'POST',
      body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }
    })
    expect(res.status).toBe(201)
    expect(fake.requests[0].files[0].filename).toBe('café.txt')
  })
})
