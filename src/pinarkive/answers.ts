/**
 * Reads Pinarkive's success bodies. Every server answer is hostile input: a CID must parse as
 * one, be one an upload can produce (or the one a pin asked for), and is kept in canonical
 * form; cluster ids must be plain ids; gateway bases must pass the checks of the `gateway`
 * input and more (`serverGatewayProblem`); dates must be dates. What fails is refused (a CID,
 * which the item cannot do without) or left out with a warning (the rest).
 */
import { fieldsOf } from '../shared/json.js'
import { canonicalCid, parseCid, sameContent } from '../shared/cid.js'
import { quoteValue } from '../shared/quote.js'
import { ProtocolError } from '../transport/errors.js'
import { type Cluster, serverGatewayProblem } from '../gateway/gateway-url.js'
import { parseIsoDateTime } from '../shared/header-values.js'

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
function serverCid(value: string, what: string): string {
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

/** Multicodecs a UnixFS import produces: dag-pb for files, chunked files and directories. */
const DAG_PB = 0x70
const RAW = 0x55
/** The only multihash every import profile uses (Kubo's, IPIP-499's), with its length. */
const SHA2_256 = 0x12

/**
 * Why `cid` cannot be what an upload produced, or undefined when it can: dag-pb or raw, hashed
 * with sha2-256. An identity-hash CID carries its bytes inside itself, so a server could make a
 * gateway's origin serve HTML and script of its choice; a libp2p-key names an IPNS record.
 */
function uploadCidProblem(cid: string): string | undefined {
  const { code, multihash } = parseCid(cid)
  if (code !== DAG_PB && code !== RAW) {
    return `its codec is 0x${code.toString(16)}, but an upload gives dag-pb (0x70) or raw (0x55)`
  }
  if (multihash.code === 0x00) {
    return 'it is an identity CID, which holds content inside itself instead of naming stored content'
  }
  if (multihash.code !== SHA2_256 || multihash.digest.length !== 32) {
    return `its hash is 0x${multihash.code.toString(16)}, but every import profile hashes with sha2-256 (0x12)`
  }
  return undefined
}

/**
 * The CID of an upload's answer: a CID (see `serverCid`) that an upload can produce (see
 * `uploadCidProblem`). Anything else fails the item, as a non-CID does.
 */
function uploadedCid(value: string, what: string): string {
  const cid = serverCid(value, what)
  const problem = uploadCidProblem(cid)
  if (problem === undefined) return cid
  throw new ProtocolError(
    `Pinarkive answered the ${what} with the CID ${cid}, which no upload produces: ${problem}. ` +
      'It is not used or linked. The content may have been stored anyway: check the account on Pinarkive before re-running.'
  )
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

/**
 * Reads `cid` (or the older `dagCid`) and the optional fields every success body may carry.
 * `readCid` checks the CID: `uploadedCid` unless the caller knows better (a pin).
 */
export function readUploaded(
  body: unknown,
  what: string,
  warn: Warn,
  readCid: (value: string, what: string) => string = uploadedCid
): Uploaded {
  const data = fieldsOf(body)
  const cid = optionalString(data.cid) ?? optionalString(data.dagCid)
  if (cid === undefined) {
    const shown = typeof body === 'string' ? body : (JSON.stringify(body) ?? String(body))
    throw new ProtocolError(
      `Pinarkive answered the ${what} with success but no CID in the body: ${quoteValue(shown, 300)}`
    )
  }
  return {
    cid: readCid(cid, what),
    clusterId: answeredCluster(data.clusterId, what, warn),
    expiresAt: answeredExpiry(data.expiresAt, what, warn)
  }
}

/**
 * A pin's answer. Older servers answer `{ pinned: true }`: then the CID asked for is the CID.
 * Any codec the user asked for is fine (a pin is not an import), but the answer must name that
 * same content: a server answering another CID would have us link what we never asked for.
 */
export function readPinned(body: unknown, cid: string, warn: Warn): Uploaded {
  const data = fieldsOf(body)
  const sameAsAsked = (value: string, what: string) => {
    const answered = serverCid(value, what)
    if (sameContent(answered, cid)) return answered
    throw new ProtocolError(
      `Pinarkive answered the ${what} with another CID, ${answered}, which is not used or linked. ` +
        'Check the pin on Pinarkive before re-running.'
    )
  }
  return readUploaded(
    { ...data, cid: optionalString(data.cid) ?? cid },
    `pin of ${cid}`,
    warn,
    sameAsAsked
  )
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
        cid: cid === undefined ? undefined : uploadedCid(cid, `${what} (file ${quoteValue(path)})`),
        size: typeof e.size === 'number' ? e.size : undefined
      }
    ]
  })
  return uploaded
}

/**
 * A cluster's gateways that pass `serverGatewayProblem`, by `order`; the others with a warning.
 */
function clusterGateways(
  id: string,
  gateways: unknown,
  apiUrl: string,
  warn: Warn
): Cluster['gateways'] {
  const usable = (Array.isArray(gateways) ? gateways : []).flatMap(gateway => {
    const g = fieldsOf(gateway)
    const base = optionalString(g.publicUrl) ?? optionalString(g.url)
    if (base === undefined) return []
    const problem = serverGatewayProblem(base, apiUrl)
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

/**
 * `GET /users/me/clusters`, read leniently (id or clusterId, publicUrl or url) and checked;
 * `apiUrl` is where the list came from (see `serverGatewayProblem`).
 */
export function readClusters(body: unknown, apiUrl: string, warn: Warn): Cluster[] {
  const items = Array.isArray(body) ? body : []
  return items.flatMap(item => {
    const data = fieldsOf(item)
    const id = optionalString(data.clusterId) ?? optionalString(data.id)
    if (id === undefined) return []
    if (!isPlainId(id)) {
      warn(`Pinarkive lists a cluster whose id is not a plain id, ignored: ${quoteValue(id)}.`)
      return []
    }
    return [{ id, gateways: clusterGateways(id, data.gateways, apiUrl, warn) }]
  })
}
