/**
 * The fake Pinarkive server's record models, through real HTTP on 127.0.0.1 with the global
 * fetch: how uploads and pins become upload records (`recordModel`, and its older name
 * `mergeReuploads`), what GET /users/me/uploads?cid= then lists, and what one DELETE removes
 * (`removeScope`).
 */
import { createHash } from 'node:crypto'
import { base36 } from 'multiformats/bases/base36'
import { base58btc } from 'multiformats/bases/base58'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import {
  startFakePinarkive,
  type FakeOptions,
  type FakePinarkive
} from '../../test-support/fake-pinarkive.mjs'

type Json = Record<string, unknown>

interface Upload {
  cid: string
  name: string
  size: number
  type: string
  clusterId: string
  expiresAt: string | null
  createdAt: string
  uploadId: string
}

const SCOPES = ['files:read', 'files:write', 'files:delete', 'cluster:read']
/** Two users: `ci` (the default key) and `someone`, who may hold the same content. */
const KEYS: FakeOptions['keys'] = {
  'test-key': {
    scopes: SCOPES,
    plan: 'premium',
    clusters: ['cl0-global', 'cl1-eu', 'cl2-de'],
    username: 'ci'
  },
  'other-key': { scopes: SCOPES, plan: 'premium', clusters: ['cl0-global'], username: 'someone' }
}

/** The same dag-pb content as CIDv1 and CIDv0. */
const V1 = 'bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y'
const V0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'

let fake: FakePinarkive
const running: FakePinarkive[] = []

async function start(options: FakeOptions = {}): Promise<FakePinarkive> {
  fake = await startFakePinarkive({ keys: KEYS, ...options })
  running.push(fake)
  return fake
}

afterEach(async () => {
  await Promise.all(running.splice(0).map(server => server.close()))
})

async function api(path: string, init: RequestInit = {}, key = 'test-key') {
  const headers = new Headers(init.headers)
  headers.set('authorization', `Bearer ${key}`)
  const res = await fetch(`${fake.url}${path}`, { ...init, headers })
  const text = await res.text()
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Json }
}

/** POST /files; `fields` (cl, timelock) go before the file part. Returns the answer's body. */
async function upload(
  content: string,
  name: string,
  fields: Record<string, string> = {},
  key = 'test-key'
) {
  const form = new FormData()
  for (const [field, value] of Object.entries(fields)) form.append(field, value)
  form.append('file', new Blob([content]), name)
  const res = await api('/files', { method: 'POST', body: form }, key)
  expect(res.status).toBe(201)
  return res.body as Json & { cid: string; uploadId: string }
}

/** POST /files/pin/:cid with a JSON body (customName, cl, timelock). Returns the answer's body. */
async function pin(cid: string, body: Json = {}, key = 'test-key') {
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  }
  const res = await api(`/files/pin/${cid}`, init, key)
  expect(res.status).toBe(201)
  return res.body
}

/** The upload id of the record stored last (an answer to a pin carries none). */
const lastUploadId = () => fake.pins[fake.pins.length - 1].uploadId

/** GET /users/me/uploads?cid=: the caller's records of that content, newest first. */
async function listed(cid: string, key = 'test-key') {
  const res = await api(`/users/me/uploads?cid=${cid}&limit=100`, {}, key)
  expect(res.body.total).toBe((res.body.uploads as unknown[]).length)
  return res.body.uploads as Upload[]
}

const remove = (cid: string) => api(`/files/remove/${cid}`, { method: 'DELETE' })

function rawCid(content: string) {
  const sha256 = createHash('sha256').update(content).digest()
  return CID.createV1(0x55, Digest.create(0x12, sha256)).toString()
}

/** The same CID in base58btc (`z…`) and base36 (`k…`): other strings, the same content. */
const inBase58 = (cid: string) => CID.parse(cid).toString(base58btc)
const inBase36 = (cid: string) => CID.parse(cid).toString(base36)

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

describe("recordModel 'per-cid-replace' (the default)", () => {
  it('replaces the record of held content whole: a 14-day pin ends a never-expiring one', async () => {
    await start()
    const cid = (await upload('site', 'production.txt', { cl: 'cl1-eu' })).cid
    const [production] = await listed(cid)
    expect(production).toMatchObject({
      cid,
      name: 'production.txt',
      size: 4,
      type: 'file',
      clusterId: 'cl1-eu',
      expiresAt: null
    })
    await upload('site', 'theirs.txt', {}, 'other-key')

    // A pin of the same content, under another CID string, with a timelock.
    const fortnight = inDays(14)
    const other = inBase58(cid)
    const pinned = await pin(other, {
      customName: 'preview',
      cl: 'cl0-global',
      timelock: fortnight
    })
    expect(pinned).toMatchObject({ cid: other, clusterId: 'cl0-global', expiresAt: fortnight })
    const replaced = await listed(cid)
    expect(replaced).toEqual([
      {
        cid: other,
        name: 'preview',
        size: 0,
        type: 'pin',
        clusterId: 'cl0-global',
        expiresAt: fortnight,
        createdAt: expect.any(String),
        uploadedAt: expect.any(String),
        uploadId: expect.any(String),
        bk: 0
      }
    ])
    expect(replaced[0].uploadId).not.toBe(production.uploadId)
    expect(await listed(other)).toEqual(replaced)

    // A re-upload replaces it again, expiry included.
    const again = await upload('site', 'again.txt')
    expect(await listed(cid)).toEqual([
      expect.objectContaining({ cid, name: 'again.txt', type: 'file', expiresAt: null })
    ])
    expect((await listed(cid))[0].uploadId).toBe(again.uploadId)

    // The other user's record of the same content is untouched.
    expect(await listed(cid, 'other-key')).toEqual([
      expect.objectContaining({ cid, name: 'theirs.txt', expiresAt: null })
    ])
    expect(fake.pins.map(p => p.owner)).toEqual(['ci', 'someone'])
  })

  it('replaces a seeded CIDv1 record on a CIDv0 pin, in its place in the listing', async () => {
    await start()
    fake.addUpload({ cid: V1, name: 'seeded', clusterId: 'cl1-eu' })
    fake.addUpload({ cid: rawCid('later') })
    await pin(V0, { customName: 'pinned' })
    expect(fake.pins.map(p => [p.cid, p.name, p.clusterId])).toEqual([
      [V0, 'pinned', 'cl0-global'],
      [rawCid('later'), rawCid('later'), 'cl0-global']
    ])
    expect((await listed(V1)).map(u => u.cid)).toEqual([V0])
  })
})

describe("recordModel 'per-cid-merge'", () => {
  it('merges into the held record: the later expiry wins, name, cluster, createdAt stay', async () => {
    await start({ recordModel: 'per-cid-merge' })
    const cid = (await upload('site', 'production.txt', { cl: 'cl1-eu' })).cid
    const [production] = await listed(cid)
    await upload('site', 'theirs.txt', {}, 'other-key')

    // The answers echo what was asked; an upload's names the record that holds the content.
    const fortnight = inDays(14)
    const pinned = await pin(inBase58(cid), {
      customName: 'preview',
      cl: 'cl0-global',
      timelock: fortnight
    })
    expect(pinned).toMatchObject({ clusterId: 'cl0-global', expiresAt: fortnight })
    const reupload = await upload('site', 'again.txt', { cl: 'cl2-de', timelock: fortnight })
    expect(reupload.uploadId).toBe(production.uploadId)
    // Never expiring wins over 14 days; the record is as it was, CID string included.
    expect(await listed(cid)).toEqual([production])
    expect(await listed(inBase36(cid))).toEqual([production])

    // An expiring record takes the later expiry, and null over any.
    const preview = (await upload('preview', 'preview.txt', { timelock: inDays(1) })).cid
    const expiry = async () => (await listed(preview)).map(u => [u.name, u.expiresAt])
    await pin(preview, { customName: 'renamed', timelock: fortnight })
    expect(await expiry()).toEqual([['preview.txt', fortnight]])
    await pin(preview, { timelock: inDays(2) })
    expect(await expiry()).toEqual([['preview.txt', fortnight]])
    await pin(preview)
    expect(await expiry()).toEqual([['preview.txt', null]])
    await pin(preview, { timelock: fortnight })
    expect(await expiry()).toEqual([['preview.txt', null]])

    expect(await listed(cid, 'other-key')).toEqual([
      expect.objectContaining({ name: 'theirs.txt', expiresAt: null })
    ])
    expect(fake.pins).toHaveLength(3)
  })

  it("removes the record by its own CID string with 'record', by any with 'all'", async () => {
    await start({ recordModel: 'per-cid-merge' })
    const cid = (await upload('site', 'site.txt')).cid
    await pin(inBase58(cid), { timelock: inDays(14) })
    expect(await remove(inBase58(cid))).toMatchObject({
      status: 404,
      body: { message: 'Pin not found for this CID' }
    })
    fake.set({ removeScope: 'all' })
    expect(await remove(inBase58(cid))).toEqual({
      status: 200,
      body: { cid: inBase58(cid), removed: true }
    })
    expect(await listed(cid)).toEqual([])
  })
})

describe("recordModel 'per-upload'", () => {
  it('adds a record for every upload and pin, all listed under ?cid= in any version', async () => {
    await start({ recordModel: 'per-upload' })
    const production = await upload('site', 'production.txt', { cl: 'cl1-eu' })
    const cid = production.cid
    const fortnight = inDays(14)
    await pin(cid, { customName: 'preview', timelock: fortnight })
    const preview = lastUploadId()
    await pin(inBase58(cid), { customName: 'preview', timelock: fortnight })
    const retried = lastUploadId()
    const records = (await listed(cid)).map(u => [u.cid, u.name, u.clusterId, u.expiresAt])
    expect(records).toEqual([
      [inBase58(cid), 'preview', 'cl0-global', fortnight],
      [cid, 'preview', 'cl0-global', fortnight],
      [cid, 'production.txt', 'cl1-eu', null]
    ])
    expect((await listed(inBase36(cid))).map(u => u.uploadId)).toEqual([
      retried,
      preview,
      production.uploadId
    ])
  })

  it("removes one record per DELETE with 'record': the others stay listed and live", async () => {
    await start({ recordModel: 'per-upload' })
    const production = await upload('site', 'production.txt', { cl: 'cl1-eu' })
    const cid = production.cid
    await pin(cid, { customName: 'preview', timelock: inDays(14) })
    const preview = lastUploadId()
    await pin(inBase58(cid), { customName: 'preview' })
    const other = lastUploadId()

    // The first record of that very string goes: here the never-expiring production one.
    expect(await remove(cid)).toEqual({ status: 200, body: { cid, removed: true } })
    expect(fake.removed.map(r => [r.uploadId, r.clusterId])).toEqual([
      [production.uploadId, 'cl1-eu']
    ])
    expect((await listed(cid)).map(u => u.uploadId)).toEqual([other, preview])
    expect((await api(`/status/${cid}`)).status).toBe(200)
    expect((await api(`/status/${cid}?cl=cl1-eu`)).status).toBe(404)
    expect((await fetch(`${fake.gatewayUrl}${cid}`)).status).toBe(200)

    expect((await remove(cid)).status).toBe(200)
    expect((await remove(cid)).status).toBe(404) // the base58 record is another string
    expect((await listed(cid)).map(u => u.uploadId)).toEqual([other])
    expect((await fetch(`${fake.gatewayUrl}${cid}`)).status).toBe(200)
    expect((await remove(inBase58(cid))).status).toBe(200)
    expect(await listed(cid)).toEqual([])
    expect((await fetch(`${fake.gatewayUrl}${cid}`)).status).toBe(404)
    expect(fake.stats().removed).toBe(3)
  })

  it("removes every record of the content in any version with 'all', the caller's only", async () => {
    await start({ recordModel: 'per-upload', removeScope: 'all' })
    const production = await upload('site', 'production.txt', { cl: 'cl1-eu' })
    const cid = production.cid
    await pin(inBase58(cid), { timelock: inDays(14) })
    const preview = lastUploadId()
    await pin(cid, { cl: 'cl2-de' })
    const eu = lastUploadId()
    await upload('site', 'theirs.txt', {}, 'other-key')
    const unrelated = await upload('unrelated', 'unrelated.txt')

    expect(await remove(inBase36(cid))).toEqual({
      status: 200,
      body: { cid: inBase36(cid), removed: true }
    })
    expect(fake.removed.map(r => [r.uploadId, r.cid, r.clusterId])).toEqual([
      [production.uploadId, cid, 'cl1-eu'],
      [preview, inBase58(cid), 'cl0-global'],
      [eu, cid, 'cl2-de']
    ])
    expect(await listed(cid)).toEqual([])
    expect((await remove(cid)).status).toBe(404)
    expect((await listed(cid, 'other-key')).map(u => u.name)).toEqual(['theirs.txt'])
    expect((await listed(unrelated.cid)).map(u => u.uploadId)).toEqual([unrelated.uploadId])
    // Someone else's live record keeps the content on the gateway.
    expect((await fetch(`${fake.gatewayUrl}${cid}`)).status).toBe(200)
  })
})

describe('what counts as the same content', () => {
  it('is the same multihash and codec; a string that is not a CID only matches itself', async () => {
    await start({
      recordModel: 'per-cid-merge',
      cidFor: ({ filename }) => (filename?.startsWith('x-') ? filename : undefined)
    })
    await upload('one', 'x-one')
    await upload('two', 'x-two')
    await upload('three', 'x-one')
    await upload('plain', 'plain.txt')
    // The same sha256 as dag-pb is another block, so other content.
    const plain = rawCid('plain')
    const dagPb = CID.createV1(0x70, CID.parse(plain).multihash).toString()
    await pin(dagPb)
    expect(fake.pins.map(p => p.cid)).toEqual(['x-one', 'x-two', plain, dagPb])
  })
})

describe('mergeReuploads, the older name of recordModel', () => {
  let round = 0
  /** Which model the fake plays: upload content, then pin it again with another name. */
  async function played() {
    const cid = (await upload(`content ${round++}`, 'first')).cid
    await pin(cid, { customName: 'second' })
    const names = (await listed(cid)).map(u => u.name)
    if (names.length === 2) return 'per-upload'
    return names[0] === 'second' ? 'per-cid-replace' : 'per-cid-merge'
  }

  it('stands for per-cid-replace (true, as the default) or per-upload (false)', async () => {
    await start()
    expect(await played()).toBe('per-cid-replace')
    await start({ mergeReuploads: true })
    expect(await played()).toBe('per-cid-replace')
    await start({ mergeReuploads: false })
    expect(await played()).toBe('per-upload')
    await start({ mergeReuploads: false, recordModel: 'per-upload' })
    expect(await played()).toBe('per-upload')
  })

  it('gives way to whichever set() came last, until reset()', async () => {
    await start({ recordModel: 'per-cid-merge' })
    fake.set({ mergeReuploads: false })
    expect(await played()).toBe('per-upload')
    fake.set({ recordModel: 'per-cid-replace' })
    expect(await played()).toBe('per-cid-replace')
    fake.set({ latencyMs: 0 })
    expect(await played()).toBe('per-cid-replace')
    fake.reset()
    expect(await played()).toBe('per-cid-merge')
  })

  it('throws on a contradiction or an unknown value, and changes nothing then', async () => {
    await expect(
      startFakePinarkive({ recordModel: 'per-cid-merge', mergeReuploads: true })
    ).rejects.toThrow("recordModel 'per-cid-merge' contradicts mergeReuploads: true")
    await expect(
      startFakePinarkive({ recordModel: 'per-cid' as unknown as 'per-upload' })
    ).rejects.toThrow('recordModel: expected per-upload | per-cid-replace | per-cid-merge')
    await start({ mergeReuploads: false })
    expect(() => fake.set({ removeScope: 'every' as unknown as 'all' })).toThrow(
      'removeScope: expected record | all, got every'
    )
    expect(() => fake.set({ recordModel: 'per-cid-merge', mergeReuploads: false })).toThrow(
      TypeError
    )
    expect(await played()).toBe('per-upload')
  })
})
