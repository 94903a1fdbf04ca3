/**
 * The fake Pinarkive server's preview routes, through real HTTP with the global fetch: pin
 * status, its gateway, removals, seeded upload records and the uploads filter.
 */
import { createHash } from 'node:crypto'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import {
  startFakePinarkive,
  type FakeOptions,
  type FakePinarkive
} from '../../test-support/fake-pinarkive.mjs'

type Json = Record<string, unknown>

const V1 = 'bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y'
const V0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'

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

async function api(path: string, init: RequestInit = {}, key: string | null = 'test-key') {
  const headers = new Headers(init.headers)
  if (key !== null) headers.set('authorization', `Bearer ${key}`)
  const res = await fetch(`${fake.url}${path}`, { ...init, headers })
  const text = await res.text()
  let body: Json
  try {
    body = text ? JSON.parse(text) : {}
  } catch {
    body = { text }
  }
  return { status: res.status, headers: res.headers, body }
}

/** The gateway, with no key at all. */
async function gateway(path: string, method = 'GET') {
  const res = await fetch(`${fake.gatewayUrl}${path}`, { method })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

function rawCid(content: string) {
  const sha256 = createHash('sha256').update(content).digest()
  return CID.createV1(0x55, Digest.create(0x12, sha256)).toString()
}

async function uploadFile(content: string, name = 'hello.txt') {
  const form = new FormData()
  form.append('file', new Blob([content]), name)
  return (await api('/files', { method: 'POST', body: form })).body.cid as string
}

async function uploadDirectory(files: Record<string, string>) {
  const form = new FormData()
  for (const [path, content] of Object.entries(files))
    form.append('files', new Blob([content]), path)
  return (await api('/files/directory-dag', { method: 'POST', body: form })).body.cid as string
}

const status = (cid: string, query = '') => api(`/status/${cid}${query}`)

describe('GET /status/:cid', () => {
  it('answers pinning for statusPolls polls, then pinned, in the IPFS Cluster shape', async () => {
    await start({ statusPolls: 1 })
    const cid = await uploadFile('site')
    const first = await status(cid)
    expect(first.status).toBe(200)
    const peers = (body: Json) =>
      Object.values(body.peer_map as Record<string, Json>).map(p => p.status)
    expect(peers(first.body)).toEqual(['pinning', 'pinning', 'remote'])
    const second = await status(cid)
    expect(second.body).toMatchObject({ cid, name: 'hello.txt', metadata: null })
    expect(peers(second.body)).toEqual(['pinned', 'pinning', 'remote'])
    expect(Object.values(second.body.peer_map as Record<string, Json>)[0]).toEqual({
      peername: 'cluster-0',
      ipfs_peer_id: expect.stringMatching(/^12D3KooW/),
      ipfs_peer_addresses: [],
      status: 'pinned',
      timestamp: expect.stringMatching(/Z$/),
      error: '',
      attempt_count: 0,
      priority_pin: false
    })
    expect(fake.stats().statusChecks).toBe(2)
  })

  it('answers the normalised shape, queued for ever with neverPinned', async () => {
    await start({ statusShape: 'normalised', neverPinned: true, pendingStatus: 'queued' })
    const cid = await uploadFile('site')
    for (let i = 0; i < 3; i++) {
      expect((await status(cid)).body).toEqual({
        success: true,
        cid,
        name: 'hello.txt',
        status: 'queued',
        peers: 3,
        replication_factor: 2
      })
    }
    await start({ neverPinned: true, pendingStatus: 'queued' })
    const other = await uploadFile('other')
    const peerMap = (await status(other)).body.peer_map as Record<string, Json>
    expect(Object.values(peerMap).map(p => p.status)).toEqual([
      'pin_queued',
      'pin_queued',
      'remote'
    ])
  })

  it('answers 404 unless the caller holds a live pin of that content on that cluster', async () => {
    await start({
      keys: {
        'test-key': {
          scopes: ['cluster:read', 'files:read'],
          plan: 'premium',
          clusters: ['cl0-global', 'cl1-eu'],
          username: 'ci'
        },
        other: { scopes: ['cluster:read'], clusters: ['cl0-global'], username: 'someone' }
      }
    })
    fake.addUpload({ cid: V1, clusterId: 'cl1-eu' })
    fake.addUpload({ cid: rawCid('old'), expiresAt: '2020-01-01T00:00:00Z' })
    expect((await status(V1)).status).toBe(404)
    expect((await status(V1, '?cl=cl1-eu')).status).toBe(200)
    expect((await status(V0, '?cl=cl1-eu')).status).toBe(200) // the same content as CIDv0
    expect((await api(`/status/${V1}?cl=cl1-eu`, {}, 'other')).status).toBe(403) // cluster not allowed
    expect((await api(`/status/${V1}`, {}, 'other')).status).toBe(404) // not theirs
    expect((await status(rawCid('old'))).status).toBe(404)
    expect((await status('not-a-cid')).body).toEqual({
      error: 'Bad Request',
      message: 'Invalid CID'
    })
  })

  it('needs cluster:read, and takes injected answers (an unreadable body, a 503)', async () => {
    await start({ keys: { 'test-key': { scopes: ['files:read'] } } })
    expect((await status(V1)).body).toMatchObject({
      code: 'missing_scope',
      required: 'cluster:read'
    })
    fake.inject('GET /status', { status: 200, body: 'garbage' }, { status: 503 })
    expect(await status(V1)).toMatchObject({ status: 200, body: { text: 'garbage' } })
    expect((await status(V1)).status).toBe(503)
  })
})

describe('the gateway', () => {
  it('serves an uploaded file by CID with keepContent, GET and HEAD, no key needed', async () => {
    await start({ keepContent: true })
    const cid = await uploadFile('hello gateway')
    const got = await gateway(cid)
    expect([got.status, got.text, got.headers.get('content-type')]).toEqual([
      200,
      'hello gateway',
      'application/octet-stream'
    ])
    expect(got.headers.get('x-ipfs-path')).toBe(`/ipfs/${cid}`)
    const head = await gateway(cid, 'HEAD')
    expect([head.status, head.text, head.headers.get('content-length')]).toEqual([200, '', '13'])
    expect((await gateway(`${cid}/inside`)).status).toBe(404)
    expect((await gateway(cid, 'POST')).status).toBe(405)
    expect((await gateway('nonsense')).status).toBe(400)
    expect(fake.stats().gatewayRequests).toBe(5)
  })

  it('serves a directory: the root and its folders as listings, its files by path', async () => {
    await start({ keepContent: true })
    const root = await uploadDirectory({
      'index.html': '<h1>hi</h1>',
      'assets/app.js': 'run()',
      'assets/a b.css': 'p{}'
    })
    expect(await gateway(root)).toMatchObject({
      status: 200,
      text: 'index.html\nassets/app.js\nassets/a b.css'
    })
    expect(await gateway(`${root}/index.html`)).toMatchObject({ status: 200, text: '<h1>hi</h1>' })
    expect(await gateway(`${root}/assets/a%20b.css`)).toMatchObject({ status: 200, text: 'p{}' })
    expect(await gateway(`${root}/assets/`)).toMatchObject({ status: 200, text: 'app.js\na b.css' })
    expect((await gateway(`${root}/missing.html`)).status).toBe(404)
  })

  it('answers 404 until the status reached pinned, then gatewayMisses more times', async () => {
    await start({ statusPolls: 1, gatewayMisses: 2 })
    const cid = await uploadFile('lagging')
    expect((await gateway(cid)).status).toBe(404)
    await status(cid) // pinning
    expect((await gateway(cid)).status).toBe(404)
    await status(cid) // pinned: announced
    const answers = []
    for (let i = 0; i < 3; i++) answers.push((await gateway(cid)).status)
    expect(answers).toEqual([404, 404, 200])
  })

  it('serves a placeholder without keepContent, nothing with neverPinned, nothing once removed', async () => {
    await start()
    const cid = await uploadFile('not kept')
    const placeholder = await gateway(cid)
    expect(placeholder.status).toBe(200)
    expect(placeholder.headers.get('x-fake-content')).toBe('not-kept')
    expect(placeholder.text).toContain('bytes not kept')
    await api(`/files/remove/${cid}`, { method: 'DELETE' })
    expect((await gateway(cid)).status).toBe(404)
    fake.set({ neverPinned: true })
    const other = await uploadFile('never')
    expect((await gateway(other)).status).toBe(404)
  })

  it('is outside the API rate limit, and can be listed as every cluster gateway', async () => {
    await start({ rateLimit: { perSecond: 1 }, ownGateway: true })
    const cid = await uploadFile('x')
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await gateway(cid)).status)
    expect(statuses).toEqual([200, 200, 200])
    expect(fake.stats().rateLimited).toBe(0)
    await new Promise(resolve => setTimeout(resolve, 1000))
    const clusters = (await api('/users/me/clusters')).body as unknown as Json[]
    expect(clusters[1].gateways).toEqual([
      { url: fake.gatewayUrl, publicUrl: fake.gatewayUrl, label: 'Fake gateway', order: 0 }
    ])
    expect(fake.gatewayUrl).toBe(`${fake.origin}/ipfs/`)
  })
})

describe('records: removal, seeding, the uploads filter', () => {
  it('records what DELETE removed, one record at a time', async () => {
    await start()
    const seeded = fake.addUpload({ cid: V1, clusterId: 'cl1-eu', name: 'production' })
    fake.addUpload({ cid: V1, name: 'preview' })
    expect(seeded).toMatchObject({
      owner: 'ci',
      cid: V1,
      type: 'pin',
      expiresAt: null,
      uploadId: 'upl_000001'
    })
    expect((await api(`/files/remove/${V1}`, { method: 'DELETE' })).body).toEqual({
      cid: V1,
      removed: true
    })
    expect((await api(`/users/me/uploads/${V1}`, { method: 'DELETE' })).status).toBe(200)
    expect((await api(`/files/remove/${V1}`, { method: 'DELETE' })).status).toBe(404)
    expect(fake.removed.map(r => [r.cid, r.clusterId, r.uploadId])).toEqual([
      [V1, 'cl1-eu', 'upl_000001'],
      [V1, 'cl0-global', 'upl_000002']
    ])
    expect(fake.stats().removed).toBe(2)
    fake.reset()
    expect([fake.removed.length, fake.pins.length]).toEqual([0, 0])
  })

  it('filters uploads by content, by exact string, or not at all', async () => {
    await start()
    fake.addUpload({ cid: V1 })
    fake.addUpload({ cid: V0 })
    fake.addUpload({ cid: rawCid('other') })
    fake.addUpload({ cid: V1, owner: 'somebody-else' })
    const listed = async () =>
      ((await api(`/users/me/uploads?cid=${V1}`)).body.uploads as Json[]).map(u => u.cid)
    expect(await listed()).toEqual([V0, V1])
    fake.set({ uploadsFilter: 'exact' })
    expect(await listed()).toEqual([V1])
    fake.set({ uploadsFilter: 'ignored' })
    expect(await listed()).toEqual([rawCid('other'), V0, V1])
    expect((await api(`/users/me/uploads?cid=${V1}`)).body.total).toBe(3)
  })

  it('merges a re-upload into its record by default, or keeps both', async () => {
    await start()
    await uploadFile('same')
    await uploadFile('same')
    expect(fake.pins).toHaveLength(1)
    fake.set({ mergeReuploads: false })
    await uploadFile('same')
    expect(fake.pins.map(p => p.cid)).toEqual([rawCid('same'), rawCid('same')])
  })
})
