/**
 * Which upload records of this account hold a CID, from `GET /users/me/uploads?cid=` (API §9).
 * The server's filter is never trusted: only records naming the same content count. The walk is
 * bounded, and says when it could not see everything, so a caller can answer "could not find out".
 */
import { asObject } from '../shared/json.js'
import { isPlainId } from './answers.js'
import { parseCid, sameContent } from '../shared/cid.js'
import { quoteValue } from '../shared/quote.js'
import { ProtocolError } from '../transport/errors.js'

export interface UploadRecord {
  /** Canonical form (CIDv1 in base32, CIDv0 as is) of the record's CID. */
  cid: string
  /** The cluster the record says the content is pinned on; undefined when it does not say. */
  clusterId: string | undefined
  /** ISO 8601 in UTC, or null for no expiry. */
  expiresAt: string | null
  /** The upload's name, as the server gave it: untrusted text. */
  name?: string
  /** ISO 8601 in UTC (`createdAt`, or the older `uploadedAt`). */
  createdAt?: string
}

export interface UploadsLookup {
  records: UploadRecord[]
  /**
   * False when a record of this content may be missing: pages remained after `maxPages`, the
   * server's counts disagree with what it listed, or a record of this content could not be read.
   */
  complete: boolean
}

export interface UploadsOptions {
  /** Pages read at most; default 2. */
  maxPages?: number
  /** Records asked for per page (`limit`); default 100. */
  pageSize?: number
}

/** One page, read. */
export interface UploadsPage {
  /** Readable records of the same content as the CID asked about. */
  records: UploadRecord[]
  /** Items on the page, readable or not: whether another page may follow depends on it. */
  count: number
  /** How many records the whole listing holds, when the server says. */
  total?: number
  /** The page size the server says it used, when it says. */
  limit?: number
  /** Records of this content that could not be read (a hostile cluster id, a bad date). */
  unreadable: number
  /** Upload ids by record, to drop a record a server lists twice (it ignored `page`). */
  ids: (string | undefined)[]
}

const MAX_NAME_LENGTH = 1024
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined
}

/** An ISO 8601 date-time, normalised to UTC; undefined when it is not one (`02-30` is not). */
function isoDate(value: unknown): string | undefined {
  const parts = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null
  if (parts === null) return undefined
  const [year, month, day] = [parts[1], parts[2], parts[3]].map(Number)
  // Date rolls 30 February over into March; a date that does not exist is not one.
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) {
    return undefined
  }
  const time = Date.parse(value as string)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

/**
 * One listed item: a record of `cid`'s content, `'other'` (other content, or no CID at all:
 * it cannot be this content), or `'unreadable'` (this content, with a field we cannot trust).
 */
function readRecord(item: unknown, cid: string): UploadRecord | 'other' | 'unreadable' {
  const data = asObject(item)
  if (data === undefined || typeof data.cid !== 'string' || !sameContent(data.cid, cid)) {
    return 'other'
  }
  const cluster = data.clusterId ?? undefined
  const expires = data.expiresAt ?? null
  const expiresAt = expires === null ? null : isoDate(expires)
  if (cluster !== undefined && (typeof cluster !== 'string' || !isPlainId(cluster))) {
    return 'unreadable'
  }
  if (expiresAt === undefined) return 'unreadable'
  const found: UploadRecord = {
    cid: parseCid(data.cid).toString(),
    clusterId: cluster,
    expiresAt
  }
  if (typeof data.name === 'string' && data.name.length <= MAX_NAME_LENGTH) found.name = data.name
  const createdAt = isoDate(data.createdAt ?? data.uploadedAt)
  if (createdAt !== undefined) found.createdAt = createdAt
  return found
}

function uploadId(item: unknown): string | undefined {
  const data = asObject(item)
  const id = data?.uploadId ?? data?.id ?? data?._id
  return typeof id === 'string' && id !== '' ? id : undefined
}

/**
 * Reads one page: `{uploads, total}` as documented, `{uploads, pagination: {total, limit}}` as
 * the SDK types it, or a bare array. Throws a ProtocolError when there is no list to read.
 */
export function readUploadsPage(body: unknown, cid: string): UploadsPage {
  const data = asObject(body)
  const items = Array.isArray(body) ? body : data?.uploads
  if (!Array.isArray(items)) {
    const shown = typeof body === 'string' ? quoteValue(body) : `a JSON ${typeof body}`
    throw new ProtocolError(`Pinarkive's list of uploads has no "uploads" array: ${shown}`)
  }
  const pagination = asObject(data?.pagination)
  const page: UploadsPage = {
    records: [],
    count: items.length,
    total: count(data?.total) ?? count(pagination?.total),
    limit: count(pagination?.limit),
    unreadable: 0,
    ids: []
  }
  for (const item of items) {
    const read = readRecord(item, cid)
    if (read === 'unreadable') page.unreadable++
    if (typeof read !== 'object') continue
    page.records.push(read)
    page.ids.push(uploadId(item))
  }
  return page
}

/**
 * After a page: `done` (everything seen), `partial` (the server stopped short of the total it
 * announced), or `more`. An empty page always ends the walk: a server that ignores `page` is
 * never walked further than `maxPages`. A short page ends it too, unless the total says more
 * records exist and the page also lists other content: then the server may have cut `limit`
 * below what was asked, and the next page is read. (A filter evidently honoured lists few
 * records; its short page is the end, whatever a total counting every upload says.)
 */
export function afterPage(
  page: UploadsPage,
  seen: number,
  pageSize: number
): 'done' | 'partial' | 'more' {
  if (page.total !== undefined && seen >= page.total) return 'done'
  if (page.count === 0) return page.total === undefined ? 'done' : 'partial'
  const short = page.count < Math.min(pageSize, page.limit || pageSize)
  const onlyThisContent = page.records.length + page.unreadable === page.count
  if (short && (page.total === undefined || onlyThisContent)) return 'done'
  return 'more'
}

/**
 * Walks at most `maxPages` pages of `pageSize` through `fetchPage` (which sends the request)
 * and keeps the records of `cid`'s content.
 */
export async function collectUploads(
  cid: string,
  options: UploadsOptions,
  fetchPage: (page: number, limit: number) => Promise<unknown>
): Promise<UploadsLookup> {
  const maxPages = options.maxPages ?? 2
  const pageSize = options.pageSize ?? 100
  for (const [name, value] of [
    ['maxPages', maxPages],
    ['pageSize', pageSize]
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > 1000) {
      throw new RangeError(`uploadsOf: ${name} must be an integer from 1 to 1000, got ${value}`)
    }
  }
  const records: UploadRecord[] = []
  const ids = new Set<string>()
  let seen = 0
  let unreadable = 0
  for (let number = 1; number <= maxPages; number++) {
    const page = readUploadsPage(await fetchPage(number, pageSize), cid)
    seen += page.count
    unreadable += page.unreadable
    page.records.forEach((found, i) => {
      const id = page.ids[i]
      if (id !== undefined && ids.has(id)) return
      if (id !== undefined) ids.add(id)
      records.push(found)
    })
    const next = afterPage(page, seen, pageSize)
    if (next !== 'more') return { records, complete: next === 'done' && unreadable === 0 }
  }
  return { records, complete: false }
}
