/**
 * `reuse`: the decision whether Pinarkive already holds an item, over the records of
 * `GET /users/me/uploads` (pure), and through the real client against the fake server, whose
 * filter may be honoured, ignored or failing.
 */
import { jest } from '@jest/globals'
import { PinarkiveClient } from '../../src/pinarkive/client.js'
import type { UploadRecord } from '../../src/pinarkive/uploads.js'
import {
  DEFAULT_CLUSTER,
  judgeRecords,
  REUSE_MIN_FILE_SIZE,
  ReuseCheck,
  reusedUpFront,
  type ReuseWanted
} from '../../src/publish/reuse.js'
import { startFakePinarkive, type FakePinarkive } from '../../test-support/fake-pinarkive.mjs'

jest.setTimeout(30_000)

const V1 = 'bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y'
const V0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH' // V1 as CIDv0
const OTHER = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'

const NOW = Date.parse('2026-11-28T12:00:00.000Z')
const LATER = '2027-06-01T00:00:00.000Z'
const SOONER = '2026-12-01T00:00:00.000Z'
const PAST = '2026-01-01T00:00:00.000Z'

function record(fields: Partial<UploadRecord> = {}): UploadRecord {
  return { cid: V1, clusterId: DEFAULT_CLUSTER, expiresAt: null, name: 'site', ...fields }
}

function wanted(fields: Partial<ReuseWanted> = {}): ReuseWanted {
  return { cid: V1, name: 'site', cluster: '', timelock: undefined, now: NOW, ...fields }
}

describe('judgeRecords', () => {
  it('skips the upload of content held with no expiry under the same name', () => {
    const held = record()
    expect(judgeRecords([held], wanted())).toEqual({ action: 'skip', record: held })
  })

  it('matches the content in another CID version', () => {
    expect(judgeRecords([record({ cid: V0 })], wanted()).action).toBe('skip')
  })

  it('skips when the record expires no earlier than the timelock asked for', () => {
    const timelock = new Date(LATER)
    expect(judgeRecords([record({ expiresAt: LATER })], wanted({ timelock })).action).toBe('skip')
    expect(judgeRecords([record({ expiresAt: null })], wanted({ timelock })).action).toBe('skip')
  })

  it('pins by CID what expires earlier than asked, or expires at all when no timelock is', () => {
    const sooner = record({ expiresAt: SOONER })
    expect(judgeRecords([sooner], wanted({ timelock: new Date(LATER) }))).toEqual({
      action: 'pin',
      record: sooner,
      reason: 'held, but expiring earlier than asked'
    })
    expect(judgeRecords([sooner], wanted()).action).toBe('pin')
  })

  it('pins by CID what is held under another name, or under no name the server gave', () => {
    const renamed = record({ name: 'octo-org/site@1234567' })
    expect(judgeRecords([renamed], wanted())).toEqual({
      action: 'pin',
      record: renamed,
      reason: 'held under another name'
    })
    expect(judgeRecords([record({ name: undefined })], wanted()).action).toBe('pin')
  })

  it('prefers a record it can skip for over one it would pin', () => {
    const renamed = record({ name: 'other' })
    const same = record()
    expect(judgeRecords([renamed, same], wanted())).toEqual({ action: 'skip', record: same })
  })

  it('ignores expired records, other clusters, records with no cluster, other content', () => {
    const ignored = [
      record({ expiresAt: PAST }),
      record({ clusterId: 'cl1-eu' }),
      record({ clusterId: undefined }),
      record({ cid: OTHER })
    ]
    expect(judgeRecords(ignored, wanted())).toEqual({
      action: 'upload',
      reason: 'not held on cl0-global'
    })
  })

  it('reads an empty cluster as the documented default cl0-global, and a set one as itself', () => {
    const eu = record({ clusterId: 'cl1-eu' })
    expect(judgeRecords([eu], wanted({ cluster: 'cl1-eu' })).action).toBe('skip')
    expect(judgeRecords([record()], wanted({ cluster: 'cl1-eu' })).action).toBe('upload')
  })
})

describe('ReuseCheck against the fake server', () => {
  let fake: FakePinarkive
  const clients: PinarkiveClient[] = []
  beforeAll(async () => {
    fake = await startFakePinarkive()
  })
  afterAll(() => fake.close())
  beforeEach(() => fake.reset())
  afterEach(async () => {
    await Promise.all(clients.splice(0).map(c => c.close()))
  })

  function check(settings: { cluster?: string; timelock?: Date } = {}) {
    const client = new PinarkiveClient({
      apiUrl: fake.url,
      apiKey: fake.apiKey,
      userAgent: 'pin-action-test',
      retries: 2,
      timeoutMs: 5000,
      backoff: { baseDelayMs: 10 }
    })
    clients.push(client)
    const debug: string[] = []
    const log = { info: () => {}, warning: () => {}, debug: (line: string) => debug.push(line) }
    const reuse = new ReuseCheck(
      client,
      // The records' dates are fixed, so the clock is too: a real one would make them expire.
      { cluster: settings.cluster ?? '', timelock: settings.timelock, now: () => NOW },
      log
    )
    return { reuse, debug }
  }

  const lookups = () => fake.requests.filter(r => r.path === '/users/me/uploads')

  it('asks once per CID, however often it is asked', async () => {
    fake.addUpload({ cid: V1, name: 'site' })
    const { reuse } = check()
    const decisions = await Promise.all([reuse.decide(V1, 'site'), reuse.decide(V1, 'other')])
    expect(decisions.map(d => d.action)).toEqual(['skip', 'pin'])
    expect(await reuse.decide(V1, 'site')).toMatchObject({ action: 'skip' })
    expect(lookups().map(r => r.query)).toEqual([{ cid: V1, page: '1', limit: '100' }])
  })

  it('finds a record stored as CIDv0 when asked about the CIDv1', async () => {
    fake.addUpload({ cid: V0, name: 'site' })
    expect((await check().reuse.decide(V1, 'site')).action).toBe('skip')
  })

  it('skips nothing on the strength of a filter the server ignores', async () => {
    fake.set({ uploadsFilter: 'ignored' })
    fake.addUpload({ cid: OTHER, name: 'site' })
    fake.addUpload({ cid: V1, name: 'site', clusterId: 'cl1-eu' })
    fake.addUpload({ cid: V1, name: 'site', expiresAt: PAST })
    const { reuse, debug } = check()
    expect(await reuse.decide(V1, 'site')).toEqual({
      action: 'upload',
      reason: 'not held on cl0-global'
    })
    expect(debug).toEqual([`Pinarkive does not hold ${V1} as asked: not held on cl0-global.`])
  })

  it('uploads when a lookup that could not read everything found no match', async () => {
    fake.set({ uploadsFilter: 'ignored' })
    fake.addUpload({ cid: V1, name: 'site' }) // oldest: beyond the two pages read
    for (let i = 0; i < 200; i++) fake.addUpload({ cid: OTHER, name: `other ${i}` })
    const { reuse, debug } = check()
    expect((await reuse.decide(V1, 'site')).action).toBe('upload')
    expect(lookups()).toHaveLength(2)
    expect(debug[0]).toContain('among the records read (the list was not complete)')
  })

  it('still uses a match from a lookup that could not read everything', async () => {
    fake.set({ uploadsFilter: 'ignored' })
    for (let i = 0; i < 200; i++) fake.addUpload({ cid: OTHER, name: `other ${i}` })
    fake.addUpload({ cid: V1, name: 'site' }) // newest: on the first page
    expect((await check().reuse.decide(V1, 'site')).action).toBe('skip')
  })

  it('uploads after a 500 that outlasts the retries, saying why in a debug line', async () => {
    fake.addUpload({ cid: V1, name: 'site' })
    fake.inject('GET /users/me/uploads', { status: 500 }, { status: 500 }, { status: 500 })
    const { reuse, debug } = check()
    expect(await reuse.decide(V1, 'site')).toEqual({
      action: 'upload',
      reason: 'the lookup failed'
    })
    expect(debug).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Could not find out whether Pinarkive already holds ${V1} \\(HTTP 500.*uploading it\\.$`
        )
      )
    ])
  })

  it('uploads after an unreadable answer', async () => {
    fake.addUpload({ cid: V1, name: 'site' })
    fake.inject('GET /users/me/uploads', { status: 200, body: 'not json' })
    expect((await check().reuse.decide(V1, 'site')).action).toBe('upload')
  })

  it('uploads without files:read, and sends no further lookup once refused', async () => {
    fake.set({
      keys: { 'test-key': { scopes: ['files:write'], plan: 'premium', clusters: ['cl0-global'] } }
    })
    fake.addUpload({ cid: V1, name: 'site' })
    const { reuse, debug } = check()
    expect((await reuse.decide(V1, 'site')).action).toBe('upload')
    expect((await reuse.decide(OTHER, 'site')).action).toBe('upload')
    expect(lookups().map(r => r.status)).toEqual([403])
    expect(debug.join('\n')).toContain('no more are sent in this run')
    expect(debug.join('\n')).toContain('`files:read`')
  })

  it('judges against the timelock and cluster it was given', async () => {
    fake.addUpload({ cid: V1, name: 'site', clusterId: 'cl1-eu', expiresAt: SOONER })
    expect((await check({ cluster: 'cl1-eu' }).reuse.decide(V1, 'site')).action).toBe('pin')
    const far = new Date(NOW + 86_400_000)
    fake.reset()
    fake.addUpload({ cid: V1, name: 'site', expiresAt: LATER })
    expect((await check({ timelock: far }).reuse.decide(V1, 'site')).action).toBe('skip')
  })

  it('asks about files of 1 MiB and more only', () => {
    const { reuse } = check()
    expect(reuse.worthAsking(REUSE_MIN_FILE_SIZE)).toBe(true)
    expect(reuse.worthAsking(REUSE_MIN_FILE_SIZE - 1)).toBe(false)
  })

  it('decides up front the directory and the big files, returning the CIDs already held', async () => {
    fake.addUpload({ cid: V1, name: 'big.bin' })
    fake.addUpload({ cid: V0, name: 'site' }) // same content, for the directory question below
    const { reuse } = check()
    const file = (relPath: string, size: number) => ({
      relPath,
      absPath: `/w/${relPath}`,
      size,
      inode: { dev: 0n, ino: 0n }
    })
    const plan = {
      files: [file('dist/big.bin', REUSE_MIN_FILE_SIZE), file('dist/small.txt', 10)],
      pins: []
    }
    const local = {
      directory: undefined,
      files: new Map([
        ['dist/big.bin', V1],
        ['dist/small.txt', OTHER]
      ])
    }
    const settings = { name: 'site', concurrency: 2 }
    expect(await reusedUpFront(reuse, plan, local, settings)).toEqual([V1])
    // The small file was not asked about.
    expect(lookups().map(r => r.query.cid)).toEqual([V1])
    // A directory is asked about once, for its root, under the `name` input.
    const directory = { rootRelPath: 'dist', entries: [] }
    const dirLocal = { directory: V1, files: new Map<string, string>() }
    expect(
      await reusedUpFront(reuse, { directory, files: [], pins: [] }, dirLocal, settings)
    ).toEqual([V1])
    expect(lookups()).toHaveLength(1) // the same CID: answered from the cache
    expect(await reusedUpFront(undefined, plan, local, settings)).toEqual([])
    expect(await reusedUpFront(reuse, plan, new Error('not hashed'), settings)).toEqual([])
  })
})
