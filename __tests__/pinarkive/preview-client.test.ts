/**
 * The client calls previews need (pin status, unpin, upload records) against
 * the fake Pinarkive server, over real HTTP on 127.0.0.1.
 */
import { jest } from '@jest/globals'
import { clientHarness } from './client-harness.js'
import { ApiError } from '../../src/transport/errors.js'
import type { FakeOptions } from '../../test-support/fake-pinarkive.mjs'

jest.setTimeout(30_000)

const V1 = 'bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y'
const V0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH' // V1 as CIDv0
const OTHER = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'

const harness = clientHarness({ retries: 2 })
const client = harness.client

/** The fake with only these scopes on its key. */
function onlyScopes(...scopes: string[]) {
  harness.fake.set({
    keys: { 'test-key': { scopes, plan: 'premium', clusters: ['cl0-global', 'cl1-eu'] } }
  })
}

function configure(options: Partial<FakeOptions>) {
  harness.fake.set(options)
}

describe('pinStatus', () => {
  it('reports pinning for the first polls, then pinned, asking the given cluster', async () => {
    configure({ statusPolls: 2 })
    harness.fake.addUpload({ cid: V1, clusterId: 'cl1-eu' })
    const api = client()
    const states = []
    for (let i = 0; i < 3; i++) states.push(await api.pinStatus(V1, 'cl1-eu'))
    expect(states).toEqual([
      { state: 'pinning', detail: 'peers: 2 pinning, 1 remote' },
      { state: 'pinning', detail: 'peers: 2 pinning, 1 remote' },
      // One peer pinned and one still pinning: the content is held, so it counts as pinned.
      { state: 'pinned', detail: 'peers: 1 pinned, 1 pinning, 1 remote' }
    ])
    expect(harness.fake.requests.map(r => r.rawPath)).toEqual(
      Array(3).fill(`/api/v3/status/${V1}?cl=cl1-eu`)
    )
  })

  it('reads the normalised shape, queued then pinned', async () => {
    configure({ statusShape: 'normalised', pendingStatus: 'queued', statusPolls: 1 })
    harness.fake.addUpload({ cid: V1 })
    const api = client()
    expect(await api.pinStatus(V1)).toEqual({ state: 'queued', detail: 'status queued' })
    expect(await api.pinStatus(V1)).toEqual({ state: 'pinned', detail: 'status pinned' })
    expect(harness.fake.requests[0].query).toEqual({})
  })

  it('keeps reporting pinning for a pin that never completes', async () => {
    configure({ neverPinned: true, pendingStatus: 'queued' })
    harness.fake.addUpload({ cid: V1 })
    for (let i = 0; i < 3; i++) {
      expect(await client().pinStatus(V1)).toMatchObject({ state: 'queued' })
    }
  })

  it('answers unpinned for a 404: not pinned, pinned on another cluster, or expired', async () => {
    harness.fake.addUpload({ cid: V1, clusterId: 'cl1-eu' })
    harness.fake.addUpload({ cid: OTHER, expiresAt: new Date(Date.now() - 1000).toISOString() })
    const api = client()
    const unpinned = { state: 'unpinned', detail: 'not in the pinset: HTTP 404' }
    expect(await api.pinStatus(V1, 'cl0-global')).toEqual(unpinned)
    expect(await api.pinStatus(OTHER)).toEqual(unpinned)
    expect(await api.pinStatus(V1, 'cl1-eu')).toMatchObject({ state: 'pinned' })
    expect(harness.fake.requests.map(r => r.status)).toEqual([404, 404, 200])
  })

  it('says why an answer it cannot read is unknown', async () => {
    harness.fake.addUpload({ cid: V1 })
    harness.fake.inject('GET /status', { status: 200, body: '<html>maintenance</html>' })
    expect(await client().pinStatus(V1)).toEqual({
      state: 'unknown',
      detail: 'the answer is not a JSON object: "<html>maintenance</html>"'
    })
  })

  it('throws a missing scope at once, and a 503 after its retries', async () => {
    onlyScopes('files:read')
    const refused = await client()
      .pinStatus(V1)
      .catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect(refused).toMatchObject({
      status: 403,
      code: 'missing_scope',
      required: 'cluster:read',
      attempts: 1
    })
    harness.fake.reset()
    harness.fake.inject('GET /status', { status: 503 }, { status: 503 }, { status: 503 })
    const unreachable = await client()
      .pinStatus(V1)
      .catch((e: unknown) => e)
    expect(unreachable).toMatchObject({ status: 503, attempts: 3 })
    expect(harness.fake.requests).toHaveLength(3)
  })

  it('refuses what is not a CID or a cluster id before any request', async () => {
    await expect(client().pinStatus('../users/me')).rejects.toThrow('"../users/me" is not a CID')
    await expect(client().pinStatus(V1, 'cl0&x=1')).rejects.toThrow(
      'pinStatus: "cl0&x=1" is not a cluster id'
    )
    expect(harness.fake.requests).toHaveLength(0)
  })
})

describe('unpin', () => {
  it('removes a pin, then finds it absent', async () => {
    harness.fake.addUpload({ cid: V1, clusterId: 'cl1-eu' })
    const api = client()
    expect(await api.unpin(V1)).toBe('removed')
    expect(await api.unpin(V1)).toBe('absent')
    expect(harness.fake.removed).toEqual([
      expect.objectContaining({ owner: 'ci', cid: V1, clusterId: 'cl1-eu' })
    ])
    expect(harness.fake.requests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `DELETE /files/remove/${V1} 200`,
      `DELETE /files/remove/${V1} 404`
    ])
  })

  it('removes one record at a time when the account holds the CID twice', async () => {
    harness.fake.addUpload({ cid: V1, name: 'production' })
    harness.fake.addUpload({ cid: V1, name: 'preview' })
    const api = client()
    expect(await api.unpin(V1)).toBe('removed')
    expect((await api.uploadsOf(V1)).records).toHaveLength(1)
    expect(await api.pinStatus(V1)).toMatchObject({ state: 'pinned' })
  })

  it('throws a missing files:delete for the caller to explain', async () => {
    onlyScopes('files:read', 'files:write')
    await expect(client().unpin(V1)).rejects.toMatchObject({
      status: 403,
      code: 'missing_scope',
      required: 'files:delete'
    })
  })
})

describe('uploadsOf', () => {
  /** Records the lookup must find, and some it must not. */
  function seed() {
    harness.fake.addUpload({ cid: V1, clusterId: 'cl0-global', name: 'production' })
    harness.fake.addUpload({ cid: V1, clusterId: 'cl1-eu', name: 'eu copy' })
    harness.fake.addUpload({ cid: V1, expiresAt: '2020-01-01T00:00:00.000Z', name: 'expired' })
    harness.fake.addUpload({ cid: V0, name: 'as CIDv0' })
    harness.fake.addUpload({ cid: OTHER, name: 'other content' })
  }

  it('finds every record of the content through an honoured filter', async () => {
    seed()
    const lookup = await client().uploadsOf(V1)
    expect(lookup.complete).toBe(true)
    expect(lookup.records.map(r => [r.name, r.cid, r.clusterId, r.expiresAt])).toEqual([
      ['as CIDv0', V0, 'cl0-global', null],
      ['expired', V1, 'cl0-global', '2020-01-01T00:00:00.000Z'],
      ['eu copy', V1, 'cl1-eu', null],
      ['production', V1, 'cl0-global', null]
    ])
    expect(lookup.records[0].createdAt).toMatch(/Z$/)
    expect(harness.fake.requests.map(r => r.query)).toEqual([{ cid: V1, page: '1', limit: '100' }])
  })

  it('matches a CIDv0 record to a CIDv1 question, and the other way round', async () => {
    harness.fake.addUpload({ cid: V0 })
    configure({ uploadsFilter: 'ignored' })
    expect((await client().uploadsOf(V1)).records.map(r => r.cid)).toEqual([V0])
    harness.fake.reset()
    harness.fake.addUpload({ cid: V1 })
    expect((await client().uploadsOf(V0)).records.map(r => r.cid)).toEqual([V1])
  })

  it('does not see another version through a server filter that matches strings only', async () => {
    configure({ uploadsFilter: 'exact' })
    harness.fake.addUpload({ cid: V0 })
    expect(await client().uploadsOf(V1)).toEqual({ records: [], complete: true })
  })

  it('keeps only matching records when the server ignores the filter', async () => {
    configure({ uploadsFilter: 'ignored' })
    seed()
    const lookup = await client().uploadsOf(V1)
    expect(lookup.records.map(r => r.name)).toEqual([
      'as CIDv0',
      'expired',
      'eu copy',
      'production'
    ])
    expect(lookup.complete).toBe(true)
  })

  it('says incomplete when a server ignoring the filter has more pages than it reads', async () => {
    configure({ uploadsFilter: 'ignored' })
    harness.fake.addUpload({ cid: V1, name: 'oldest' })
    for (let i = 0; i < 30; i++) harness.fake.addUpload({ cid: OTHER, name: `other ${i}` })
    harness.fake.addUpload({ cid: V1, name: 'newest' })
    const lookup = await client().uploadsOf(V1, { maxPages: 2, pageSize: 10 })
    expect(lookup).toEqual({
      records: [expect.objectContaining({ name: 'newest' })],
      complete: false
    })
    expect(harness.fake.requests.map(r => r.query.page)).toEqual(['1', '2'])
  })

  it('throws a 500 after its retries, and a missing files:read at once', async () => {
    harness.fake.inject('GET /users/me/uploads', { status: 500 }, { status: 500 }, { status: 500 })
    const failed = await client()
      .uploadsOf(V1)
      .catch((e: unknown) => e)
    expect(failed).toBeInstanceOf(ApiError)
    expect(failed).toMatchObject({ status: 500, attempts: 3 })
    onlyScopes('files:write')
    await expect(client().uploadsOf(V1)).rejects.toMatchObject({
      status: 403,
      required: 'files:read',
      attempts: 1
    })
  })

  it('throws on an answer without a list of uploads', async () => {
    harness.fake.inject('GET /users/me/uploads', { status: 200, body: { message: 'ok' } })
    await expect(client().uploadsOf(V1)).rejects.toThrow(
      `Pinarkive's list of uploads has no "uploads" array: a JSON object`
    )
  })
})
