/**
 * Reads Pinarkive's success bodies. Every server answer is hostile input: a CID must parse as
 * one and is kept in canonical form, cluster ids must be plain ids, gateway bases must pass the
 * same checks as the `gateway` input, dates must be dates. What fails is refused (a CID, which
 * the item cannot do without) or left out with a warning (the rest).
 */
import { fieldsOf } from '../shared/json.js'
import { canonicalCid } from '../shared/cid.js'
import { quoteValue } from '../shared/quote.js'
import { ProtocolError } from './errors.js'
import { type Cluster, gatewayProblem } from './gateway.js'
import { parseIsoDateTime } from './header-values.js'

export interface Uploaded {
  /** Canonical (CIDv1 in base32, CIDv0 as is). */
  cid: string
  /** A plain id (`isPlainId`). */
  clusterId?: string
  /** ISO 8601 in UTC. */
  expiresAt?: string
}

export interface UploadedDirectory extends Uploaded {
  /** Per-file results when the server lists them. */
  files?: { path: string; cid?: string; size?: number }[]
}

/** Where a dropped value is reported: the user sees it as a warning. */
export type Warn = (message: string) => void

/** Cluster ids as Pinarkive names them (`cl0-global`): anything else is not used anywhere. */
export function isPlainId(id: string): boolean {
  return /^[A-Za-z0-9._-]{1,64}$/.test(id)
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/**
 * A CID from an answer in canonical form, which also keeps a base64 answer (`/`, `+`) out of
 * URL paths. Anything else fails the item: it must not reach an output, a link or a log as if
 * it were a CID, and the content may be stored all the same.
 */
export function serverCid(value: string, what: string): string {
  try {
    return canonicalCid(value)
  } catch (error) {
    // The library's reason would only repeat the value.
    throw new ProtocolError(
      `Pinarkive answered the ${what} with success, but its answer is not a CID: ${quoteValue(value)}. ` +
        'The content may have been stored anyway: check the account on Pinarkive before re-running.',
      { cause: error }
    )
  }
}

/** A `clusterId` field: a plain id, or left out with a warning. */
function answeredCluster(value: unknown, what: string, warn: Warn): string | undefined {
  const id = optionalString(value)
  if (id === undefined || isPlainId(id)) return id
  warn(
    `Pinarkive answered the ${what} with a cluster id that is not a plain id, ignored: ${quoteValue(id)}.`
  )
  return undefined
}

/** An `expiresAt` field in ISO 8601, normalised to UTC, or left out with a warning. */
function answeredExpiry(value: unknown, what: string, warn: Warn): string | undefined {
  const text = optionalString(value)
  if (text === undefined) return undefined
  const time = parseIsoDateTime(text)
  if (time !== undefined) return new Date(time).toISOString()
  warn(
    `Pinarkive answered the ${what} with an expiry that is not a date, ignored: ${quoteValue(text)}.`
  )
  return undefined
}

/** Reads `cid` (or the older `dagCid`) and the optional fields every success body may carry. */
export function readUploaded(body: unknown, what: string, warn: Warn): Uploaded {
  const data = fieldsOf(body)
  const cid = optionalString(data.cid) ?? optionalString(data.dagCid)
  if (cid === undefined) {
    const shown = typeof body === 'string' ? body : (JSON.stringify(body) ?? String(body))
    throw new ProtocolError(
      `Pinarkive answered the ${what} with success but no CID in the body: ${quoteValue(shown, 300)}`
    )
  }
  return {
    cid: serverCid(cid, what),
    clusterId: answeredCluster(data.clusterId, what, warn),
    expiresAt: answeredExpiry(data.expiresAt, what, warn)
  }
}

/** A pin's answer. Older servers answer `{ pinned: true }`: then the CID asked for is the CID. */
export function readPinned(body: unknown, cid: string, warn: Warn): Uploaded {
  const data = fieldsOf(body)
  return readUploaded({ ...data, cid: optionalString(data.cid) ?? cid }, `pin of ${cid}`, warn)
}

/** What an error body says, raw: `ApiError` bounds it, `parseRetryAfter` checks the wait. */
export function readErrorBody(body: unknown) {
  const data = fieldsOf(body)
  return {
    message: optionalString(data.message) ?? optionalString(data.error),
    code: optionalString(data.code),
    required: optionalString(data.required),
    retryAfter: data.retryAfter
  }
}

/** A directory's answer: its root, and the files it lists (each listed CID must be one too). */
export function readDirectory(body: unknown, what: string, warn: Warn): UploadedDirectory {
  const uploaded: UploadedDirectory = readUploaded(body, what, warn)
  const listed = fieldsOf(body).files
  if (!Array.isArray(listed)) return uploaded
  uploaded.files = listed.flatMap(entry => {
    const e = fieldsOf(entry)
    const path = optionalString(e.path) ?? optionalString(e.filename)
    if (path === undefined) return []
    const cid = optionalString(e.cid)
    return [
      {
        path,
        cid: cid === undefined ? undefined : serverCid(cid, `${what} (file ${quoteValue(path)})`),
        size: typeof e.size === 'number' ? e.size : undefined
      }
    ]
  })
  return uploaded
}

/** A cluster's gateways that pass `gatewayProblem`, by `order`; the others with a warning. */
function clusterGateways(id: string, gateways: unknown, warn: Warn): Cluster['gateways'] {
  const usable = (Array.isArray(gateways) ? gateways : []).flatMap(gateway => {
    const g = fieldsOf(gateway)
    const base = optionalString(g.publicUrl) ?? optionalString(g.url)
    if (base === undefined) return []
    const problem = gatewayProblem(base)
    if (problem) {
      warn(
        `Pinarkive lists a gateway for cluster ${id} that ${problem}, skipped: ${quoteValue(base)}.`
      )
      return []
    }
    const order = typeof g.order === 'number' ? g.order : Number.MAX_SAFE_INTEGER
    return [{ base, order }]
  })
  return usable.sort((a, b) => a.order - b.order)
}

/** `GET /users/me/clusters`, read leniently (id or clusterId, publicUrl or url) and checked. */
export function readClusters(body: unknown, warn: Warn): Cluster[] {
  const items = Array.isArray(body) ? body : []
  return items.flatMap(item => {
    const data = fieldsOf(item)
    const id = optionalString(data.clusterId) ?? optionalString(data.id)
    if (id === undefined) return []
    if (!isPlainId(id)) {
      warn(`Pinarkive lists a cluster whose id is not a plain id, ignored: ${quoteValue(id)}.`)
      return []
    }
    return [{ id, gateways: clusterGateways(id, data.gateways, warn) }]
  })
}
