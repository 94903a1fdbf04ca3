/**
 * Proof of retrieval for one root: GET it from the gateway as a CAR (Trustless Gateway spec:
 * `Accept: application/vnd.ipld.car; version=1; order=dfs; dups=n`, `?format=car`,
 * `dag-scope=all`), hash every block back to its CID, and compare what came with the DAG that
 * was computed locally from the files. The gateway's word counts for nothing: only blocks
 * that hash to the CIDs of our DAG do. `@ipld/car` is loaded on first use.
 */
import { request, type Dispatcher } from 'undici'
import type { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { blockKey } from '../shared/cid.js'
import { plural } from '../shared/format.js'
import { errorText } from '../shared/error-text.js'
import { quoteValue } from '../shared/quote.js'
import { parseRetryAfter } from '../shared/header-values.js'

export const CAR_ACCEPT = 'application/vnd.ipld.car; version=1; order=dfs; dups=n'

/** The DAG computed locally: each block's CID (multihash bytes, base64url) and its file. */
export interface LocalDag {
  root: CID
  /** Every block of the DAG by `blockKey`, with the path of the file (or directory) it is of. */
  blocks: ReadonlyMap<string, string>
}

export interface CheckLimits {
  /** Bytes read from the gateway for this root, at most. */
  maxBytes: number
  /** A block larger than this is refused (the spec's 2 MiB, by default). */
  maxBlockBytes: number
  /** No byte for this long ends the read. */
  stallMs: number
  signal?: AbortSignal
  dispatcher?: Dispatcher
  userAgent: string
}

export const DEFAULT_MAX_BLOCK_BYTES = 2 * 1024 * 1024

export type CarCheck =
  /** Every block of the local DAG came, each hashing to its CID, and nothing else. */
  | { kind: 'verified'; blocks: number; bytes: number }
  /** Not served (yet): 404, 410, 429, 5xx. `retryAfterMs` when the gateway asked. */
  | { kind: 'absent'; status: number; retryAfterMs?: number }
  /** A redirect: never followed, never counted as served. */
  | { kind: 'redirected'; status: number; location: string }
  /** The gateway cannot answer with a CAR (no trustless support). */
  | { kind: 'unsupported'; why: string }
  /** The byte budget ran out first: this many blocks checked of the DAG's. */
  | { kind: 'partial'; checked: number; total: number; bytes: number }
  /** Something was served, but not our DAG: what was wrong, and what is missing by path. */
  | { kind: 'mismatch'; problems: string[]; missing: string[] }
  /** The read failed on the way (a stall, a reset): try again later. */
  | { kind: 'failed'; why: string }

/** The URL of `cid`'s CAR on the gateway that serves it at `url`. */
function carUrl(url: string): string {
  const parsed = new URL(url)
  parsed.searchParams.set('format', 'car')
  parsed.searchParams.set('dag-scope', 'all')
  return parsed.href
}

/**
 * Whether the gateway answers CAR requests: the empty identity CID `bafkqaaa`, which every
 * trustless gateway can serve without holding anything, fetched at the place of `cid` in `url`.
 */
export async function probeTrustless(
  url: string,
  cid: string,
  limits: CheckLimits
): Promise<{ supported: true } | { supported: false; why: string }> {
  const probe = carUrl(url.split(cid).join('bafkqaaa'))
  try {
    const response = await get(probe, limits)
    const type = header(response.headers, 'content-type')
    await response.body.dump({ limit: 64 * 1024 })
    if (response.statusCode !== 200) {
      return { supported: false, why: `it answered HTTP ${response.statusCode} to a CAR request` }
    }
    if (!isCarType(type)) {
      return {
        supported: false,
        why: `it answered a CAR request with ${quoteValue(type ?? 'no content type', 80)}`
      }
    }
    return { supported: true }
  } catch (error) {
    return { supported: false, why: `the probe failed: ${errorText(error)}` }
  }
}

/** Fetches `url`'s CAR and checks it against `local`. */
export async function checkCar(
  url: string,
  local: LocalDag,
  limits: CheckLimits
): Promise<CarCheck> {
  let response: Dispatcher.ResponseData
  try {
    response = await get(carUrl(url), limits)
  } catch (error) {
    if (limits.signal?.aborted) return { kind: 'failed', why: 'the time to wait ran out' }
    return { kind: 'failed', why: errorText(error) }
  }
  const status = response.statusCode
  if (status !== 200) {
    await response.body.dump({ limit: 64 * 1024 }).catch(() => {})
    if (status >= 300 && status < 400) {
      return { kind: 'redirected', status, location: header(response.headers, 'location') ?? '' }
    }
    if (status === 406 || status === 415 || status === 501) {
      return { kind: 'unsupported', why: `it answered HTTP ${status} to a CAR request` }
    }
    const retryAfterMs = retryAfter(header(response.headers, 'retry-after'))
    return retryAfterMs === undefined
      ? { kind: 'absent', status }
      : { kind: 'absent', status, retryAfterMs }
  }
  const type = header(response.headers, 'content-type')
  if (!isCarType(type)) {
    await response.body.dump({ limit: 64 * 1024 }).catch(() => {})
    return {
      kind: 'mismatch',
      problems: [
        `the gateway answered with ${quoteValue(type ?? 'no content type', 80)}, not a CAR`
      ],
      missing: []
    }
  }
  return readAndCompare(response.body, local, limits)
}

async function readAndCompare(
  body: Dispatcher.ResponseData['body'],
  local: LocalDag,
  limits: CheckLimits
): Promise<CarCheck> {
  const { CarBlockIterator } = await import('@ipld/car/iterator')
  const meter = new Meter(body, limits)
  const received = new Set<string>()
  const problems: string[] = []
  let extra = 0
  let corrupt = 0
  try {
    const blocks = await CarBlockIterator.fromIterable(meter.chunks())
    const roots = await blocks.getRoots()
    if (roots.length !== 1 || blockKey(roots[0]) !== blockKey(local.root)) {
      problems.push(
        `the CAR names ${roots.length === 1 ? `the root ${roots[0].toString()}` : `${plural(roots.length, 'root')}`} instead of ${local.root.toString()}`
      )
    }
    for await (const { cid, bytes } of blocks) {
      if (bytes.length > limits.maxBlockBytes) {
        problems.push(
          `block ${cid.toString()} is larger than ${limits.maxBlockBytes} bytes, which no import makes`
        )
        break
      }
      if (!(await hashesTo(cid, bytes))) {
        corrupt += 1
        continue
      }
      const key = blockKey(cid)
      if (local.blocks.has(key)) received.add(key)
      else extra += 1
    }
  } catch (error) {
    if (meter.overBudget) {
      return {
        kind: 'partial',
        checked: received.size,
        total: local.blocks.size,
        bytes: meter.bytes
      }
    }
    if (meter.stalled) return { kind: 'failed', why: errorText(error) }
    if (limits.signal?.aborted) {
      return {
        kind: 'failed',
        why: `the time to wait ran out while reading, after ${meter.bytes} bytes`
      }
    }
    problems.push(`the CAR could not be read: ${errorText(error)}`)
  } finally {
    meter.stop()
  }
  if (corrupt > 0)
    problems.push(
      `${plural(corrupt, 'block')} did not hash to ${corrupt === 1 ? 'its' : 'their'} CID`
    )
  if (extra > 0)
    problems.push(
      `${plural(extra, 'block')} that ${extra === 1 ? 'is' : 'are'} not in the published DAG`
    )
  const missing = missingByPath(local, received)
  if (problems.length === 0 && missing.length === 0) {
    return { kind: 'verified', blocks: received.size, bytes: meter.bytes }
  }
  return { kind: 'mismatch', problems, missing }
}

/** "docs/page-3.html: 2 of 5 blocks missing", by path, in path order. */
function missingByPath(local: LocalDag, received: ReadonlySet<string>): string[] {
  const byPath = new Map<string, { missing: number; total: number }>()
  for (const [key, file] of local.blocks) {
    const counts = byPath.get(file) ?? { missing: 0, total: 0 }
    counts.total += 1
    if (!received.has(key)) counts.missing += 1
    byPath.set(file, counts)
  }
  return [...byPath]
    .filter(([, counts]) => counts.missing > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([file, { missing, total }]) =>
        `${file || '(the root)'}: ${missing} of ${plural(total, 'block')} missing`
    )
}

async function hashesTo(cid: CID, bytes: Uint8Array): Promise<boolean> {
  if (cid.multihash.code === 0x00)
    return Buffer.from(cid.multihash.digest).equals(Buffer.from(bytes))
  if (cid.multihash.code !== sha256.code) return false
  const digest = await sha256.digest(bytes)
  return Buffer.from(digest.digest).equals(Buffer.from(cid.multihash.digest))
}

function get(url: string, limits: CheckLimits) {
  // No redirect is followed (undici's request does not), and nothing but these two headers goes.
  return request(url, {
    method: 'GET',
    headers: { accept: CAR_ACCEPT, 'user-agent': limits.userAgent },
    signal: limits.signal,
    dispatcher: limits.dispatcher
  })
}

function isCarType(type: string | undefined): boolean {
  return (
    type !== undefined && type.split(';')[0].trim().toLowerCase() === 'application/vnd.ipld.car'
  )
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** `Retry-After` as the API's is read (seconds or an HTTP-date), bounded to 5 minutes. */
function retryAfter(value: string | undefined): number | undefined {
  const ms = parseRetryAfter(value, undefined, Date.now())
  return ms === undefined ? undefined : Math.min(ms, MAX_GATEWAY_WAIT_MS)
}

const MAX_GATEWAY_WAIT_MS = 5 * 60_000

/** The body as chunks, within the byte budget and without stalling for `stallMs`. */
class Meter {
  bytes = 0
  overBudget = false
  stalled = false
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly body: Dispatcher.ResponseData['body'],
    private readonly limits: CheckLimits
  ) {}

  async *chunks(): AsyncGenerator<Uint8Array> {
    this.arm()
    for await (const chunk of this.body as AsyncIterable<Buffer>) {
      this.arm()
      this.bytes += chunk.length
      if (this.bytes > this.limits.maxBytes) {
        this.overBudget = true
        throw new Error(`the byte budget of ${this.limits.maxBytes} bytes ran out`)
      }
      yield chunk
    }
  }

  stop(): void {
    clearTimeout(this.timer)
    if (!this.body.destroyed) this.body.destroy()
  }

  private arm(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.stalled = true
      this.body.destroy(new Error(`the gateway sent nothing for ${this.limits.stallMs} ms`))
    }, this.limits.stallMs)
  }
}
