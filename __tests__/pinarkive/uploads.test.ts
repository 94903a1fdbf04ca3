/** Reading `GET /users/me/uploads` pages defensively, and walking them within bounds. */
import { ProtocolError } from '../../src/transport/errors.js'
import { afterPage, collectUploads, readUploadsPage } from '../../src/pinarkive/uploads.js'

const V1 = 'bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y'
const V0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'
const OTHER = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'
const B58_V1 = 'zdj7WiLc855B1KPRgV7Fh8ivjuAhePE1tuJafmxH5HmmSjqaD' // V1 in base58btc

describe('readUploadsPage', () => {
  it('keeps the records of the content in any CID version or base, canonical', () => {
    const page = readUploadsPage(
      {
        uploads: [
          {
            cid: V1,
            clusterId: 'cl0-global',
            expiresAt: null,
            name: 'site',
            createdAt: '2026-01-02T03:04:05Z'
          },
          { cid: OTHER, clusterId: 'cl0-global', expiresAt: null },
          {
            cid: V0,
            clusterId: 'cl1-eu',
            expiresAt: '2026-12-31T23:59:59.000Z',
            uploadedAt: '2026-01-01T00:00:00.000Z'
          },
          { cid: B58_V1, expiresAt: '2027-01-01T00:00:00+01:00' }
        ],
        total: 4
      },
      V1
    )
    expect(page).toMatchObject({ count: 4, total: 4, unreadable: 0 })
    expect(page.records).toEqual([
      {
        cid: V1,
        clusterId: 'cl0-global',
        expiresAt: null,
        name: 'site',
        createdAt: '2026-01-02T03:04:05.000Z'
      },
      {
        cid: V0,
        clusterId: 'cl1-eu',
        expiresAt: '2026-12-31T23:59:59.000Z',
        createdAt: '2026-01-01T00:00:00.000Z'
      },
      { cid: V1, clusterId: undefined, expiresAt: '2026-12-31T23:00:00.000Z' }
    ])
  })

  it('reads pagination.total and pagination.limit, and a bare array', () => {
    const page = readUploadsPage({ uploads: [], pagination: { page: 1, limit: 50, total: 7 } }, V1)
    expect(page).toMatchObject({ count: 0, total: 7, limit: 50 })
    expect(readUploadsPage([{ cid: V1 }], V1).records).toEqual([
      { cid: V1, clusterId: undefined, expiresAt: null }
    ])
  })

  it('ignores items that cannot be this content, and counts records of it it cannot trust', () => {
    const page = readUploadsPage(
      {
        uploads: [
          'junk',
          null,
          { cid: 'not-a-cid', clusterId: 'cl0-global' },
          { cid: 42 },
          { cid: V1, clusterId: 'cl0 global<script>' },
          { cid: V1, clusterId: 7 },
          { cid: V1, expiresAt: 'next year' },
          { cid: V1, expiresAt: '2026-02-30T00:00:00Z' },
          { cid: V1, name: 'x'.repeat(2000), createdAt: 'yesterday' }
        ]
      },
      V1
    )
    expect(page.count).toBe(9)
    expect(page.unreadable).toBe(4)
    // A long name and a bad createdAt are left out: only fields a caller can trust are kept.
    expect(page.records).toEqual([{ cid: V1, clusterId: undefined, expiresAt: null }])
  })

  it('takes only non-negative whole numbers as counts', () => {
    const counts = (total: unknown, limit: unknown) => {
      const page = readUploadsPage({ uploads: [], pagination: { total, limit } }, V1)
      return [page.total, page.limit]
    }
    expect(counts(0, 0)).toEqual([0, 0])
    expect(counts(-1, -50)).toEqual([undefined, undefined])
    expect(counts(2.5, '50')).toEqual([undefined, undefined])
  })

  it('reads dates without seconds, and refuses days a month does not have', () => {
    const page = readUploadsPage(
      {
        uploads: [
          { cid: V1, expiresAt: '2027-01-01T00:00+01:00' },
          { cid: V1, expiresAt: '2028-02-29T00:00:00Z' },
          { cid: V1, expiresAt: '2027-02-29T00:00:00Z' },
          { cid: V1, expiresAt: '2027-04-31T00:00:00Z' }
        ]
      },
      V1
    )
    expect(page.records.map(r => r.expiresAt)).toEqual([
      '2026-12-31T23:00:00.000Z',
      '2028-02-29T00:00:00.000Z'
    ])
    expect(page.unreadable).toBe(2)
  })

  it('keeps a name of up to 1,024 characters', () => {
    const names = readUploadsPage(
      [
        { cid: V1, name: 'n'.repeat(1024) },
        { cid: V1, name: 'n'.repeat(1025) }
      ],
      V1
    ).records.map(r => r.name?.length)
    expect(names).toEqual([1024, undefined])
  })

  it('throws a ProtocolError when there is no list to read', () => {
    expect(() => readUploadsPage({ items: [] }, V1)).toThrow(ProtocolError)
    expect(() => readUploadsPage('<html>', V1)).toThrow(
      `Pinarkive's list of uploads has no "uploads" array: "<html>"`
    )
  })
})

describe('afterPage', () => {
  const page = (count: number, matching: number, total?: number, limit?: number) => ({
    records: Array.from({ length: matching }, () => ({
      cid: V1,
      clusterId: undefined,
      expiresAt: null
    })),
    count,
    total,
    limit,
    unreadable: 0,
    ids: []
  })

  it('ends on an empty or short page, or once the total is seen', () => {
    expect(afterPage(page(0, 0), 0, 100)).toBe('done')
    expect(afterPage(page(3, 1), 3, 100)).toBe('done')
    expect(afterPage(page(100, 1, 100), 100, 100)).toBe('done')
    expect(afterPage(page(100, 1), 100, 100)).toBe('more')
  })

  it('reads on when the server cut the page size yet the total says more', () => {
    expect(afterPage(page(50, 0, 120), 50, 100)).toBe('more')
    expect(afterPage(page(50, 0, 120, 50), 50, 100)).toBe('more')
  })

  it('trusts a short page that lists only this content over a total of every upload', () => {
    expect(afterPage(page(2, 2, 500), 2, 100)).toBe('done')
    // Records it could not read are this content too.
    expect(afterPage({ ...page(3, 2, 500), unreadable: 1 }, 3, 100)).toBe('done')
  })

  it('reads on after a page as full as the server allows, though smaller than asked', () => {
    expect(afterPage(page(50, 50, 120, 50), 50, 100)).toBe('more')
  })

  it('says partial when the listing stops short of its total', () => {
    expect(afterPage(page(0, 0, 120), 100, 100)).toBe('partial')
  })
})

describe('collectUploads', () => {
  const record = (cid: string, id: string) => ({
    cid,
    uploadId: id,
    clusterId: 'cl0-global',
    expiresAt: null
  })

  it('reads at most maxPages pages and says when it could not see everything', async () => {
    const asked: string[] = []
    const full = Array.from({ length: 10 }, (_, i) => record(i === 3 ? V1 : OTHER, `u${i}`))
    const lookup = await collectUploads(V1, { maxPages: 3, pageSize: 10 }, async (page, limit) => {
      asked.push(`${page}/${limit}`)
      return { uploads: full.map(r => ({ ...r, uploadId: `${page}-${r.uploadId}` })) }
    })
    expect(asked).toEqual(['1/10', '2/10', '3/10'])
    expect(lookup.complete).toBe(false)
    expect(lookup.records).toHaveLength(3)
  })

  it('drops a record listed twice by a server that ignores page', async () => {
    const lookup = await collectUploads(V1, { maxPages: 2, pageSize: 2 }, async () => ({
      uploads: [record(V1, 'same'), record(OTHER, 'x')],
      total: 4
    }))
    expect(lookup.records).toHaveLength(1)
    expect(lookup.complete).toBe(true)
  })

  it('is incomplete when a record of this content could not be read', async () => {
    const lookup = await collectUploads(V1, {}, async () => ({
      uploads: [record(V1, 'a'), { cid: V0, clusterId: '../../etc' }]
    }))
    expect(lookup).toEqual({
      records: [{ cid: V1, clusterId: 'cl0-global', expiresAt: null }],
      complete: false
    })
  })

  it('keeps records whose upload id is empty: an empty id is no id', async () => {
    const lookup = await collectUploads(V1, {}, async () => [
      { ...record(V1, ''), name: 'first' },
      { ...record(V1, ''), name: 'second' }
    ])
    expect(lookup.records.map(r => r.name)).toEqual(['first', 'second'])
  })

  it('is incomplete when the listing stops short of the total it announced', async () => {
    const lookup = await collectUploads(V1, { pageSize: 2 }, async page =>
      page === 1
        ? { uploads: [record(V1, 'a'), record(OTHER, 'b')], total: 5 }
        : { uploads: [], total: 5 }
    )
    expect(lookup).toEqual({
      records: [{ cid: V1, clusterId: 'cl0-global', expiresAt: null }],
      complete: false
    })
  })

  it('accepts bounds from 1 to 1000', async () => {
    const empty = async () => ({ uploads: [] })
    for (const bound of [1, 1000]) {
      expect(await collectUploads(V1, { maxPages: bound, pageSize: bound }, empty)).toEqual({
        records: [],
        complete: true
      })
    }
    await expect(collectUploads(V1, { maxPages: 1001 }, empty)).rejects.toThrow(
      'uploadsOf: maxPages must be an integer from 1 to 1000, got 1001'
    )
    await expect(collectUploads(V1, { pageSize: 1001 }, empty)).rejects.toThrow(
      'uploadsOf: pageSize must be an integer from 1 to 1000, got 1001'
    )
  })

  it('refuses bounds that are not small positive integers, before any request', async () => {
    const fetchPage = async () => {
      throw new Error('no request expected')
    }
    await expect(collectUploads(V1, { maxPages: 0 }, fetchPage)).rejects.toThrow(
      'uploadsOf: maxPages must be an integer from 1 to 1000, got 0'
    )
    await expect(collectUploads(V1, { pageSize: 1.5 }, fetchPage)).rejects.toThrow(RangeError)
  })
})
