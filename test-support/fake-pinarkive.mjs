// @ts-check
/**
 * Fake Pinarkive REST API v3 server, shared by the tests, the demo and the benchmark.
 *
 * It follows /work/shared/pinarkive-api.md ("§n" below refers to its sections). Where that
 * reference is unsure ([?]) the fake is lenient: either auth header, optional trailing slash,
 * 200 or 201 on success, and the "union" response shapes of §19, so that a client relying only
 * on documented fields works, and a client relying on undocumented ones is not rewarded.
 *
 * Inventions (the real behaviour is unknown, keep them out of client logic):
 * - 403 codes `cluster_not_allowed` and `timelock_not_allowed`.
 * - Directory CIDs are CIDv1 dag-pb over sha256 of the sorted `path\0cid\n` lines: stable and
 *   content-derived, but NOT a real UnixFS directory. Plug real CIDs in with `cidFor`, or set
 *   `cidProfile` for the CIDs Kubo computes (UnixFS, as the real service pins).
 * - `X-RateLimit-Reset` is Unix time in seconds with a millisecond fraction (`1767225600.250`).
 *
 * A real node:http server: no mocking, nothing buffered beyond small JSON bodies, and `close()`
 * destroys every socket (hung ones included) so that jest exits on its own.
 */
import { createHash } from 'node:crypto'
import http from 'node:http'
import { PassThrough } from 'node:stream'
import busboy from 'busboy'
import { bases } from 'multiformats/basics'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'

/**
 * @typedef {'free' | 'premium'} Plan
 *
 * @typedef {object} KeyConfig
 * @property {string[]} [scopes] default: the §3 token default `['user:read', 'files:read']`
 * @property {Plan} [plan] default 'free'
 * @property {string[]} [clusters] allowed cluster ids, default `['cl0-global']`
 * @property {boolean} [emailVerified] default true
 * @property {string} [username] default: the key itself; pins are stored per username
 * @property {string} [email]
 *
 * @typedef {object} Gateway
 * @property {string} [url]
 * @property {string} [publicUrl]
 * @property {string} [label]
 * @property {number} order
 *
 * @typedef {object} ClusterDef
 * @property {string} clusterId
 * @property {string} [label]
 * @property {string} [region]
 * @property {string} [country]
 * @property {Gateway[]} gateways
 *
 * @typedef {object} DirEntry
 * @property {string} path
 * @property {string} cid
 * @property {number} size
 *
 * @typedef {object} CidInput
 * @property {'file' | 'directory'} kind
 * @property {Uint8Array} sha256 file: of the bytes; directory: of the canonical listing
 * @property {number} size bytes of the file, or total bytes of the directory
 * @property {string} [filename] file parts only
 * @property {DirEntry[]} [entries] directories only, sorted by path, one per distinct path
 *
 * @typedef {'unixfs-v1-2025' | 'unixfs-v0-2015'} CidProfile IPIP-499 import profiles
 *
 * @typedef {'per-upload' | 'per-cid-replace' | 'per-cid-merge'} RecordModel how uploads and pins
 *   become upload records, see `FakeOptions.recordModel`
 * @typedef {'record' | 'all'} RemoveScope what one DELETE removes, see `FakeOptions.removeScope`
 * @typedef {'drop-block' | 'corrupt-block' | 'other-root' | 'extra-blocks' | 'wrong-content-type' |
 *   'no-trustless'} CarFault what is wrong with the gateway's CARs, see `FakeOptions.carFault`
 *
 * @typedef {object} FakeOptions
 * @property {number} [port] default 0 (random)
 * @property {Record<string, KeyConfig>} [keys] default: one all-scopes premium key 'test-key'
 * @property {ClusterDef[]} [clusters] what GET /users/me/clusters may list
 * @property {number} [maxFileSize] bytes; a bigger POST /files part gets 413
 * @property {number} [maxDirSize] bytes; a bigger directory-dag total gets 413
 * @property {number} [latencyMs] added before every answer
 * @property {{ perSecond: number, headers?: boolean }} [rateLimit] fixed 1 s window per key
 * @property {boolean} [flattenPaths] strip directories from part filenames, like multer does
 * @property {boolean} [strictFieldNames] default true: only `files` parts on directory-dag
 * @property {200 | 201} [successStatus] for uploads and pins, default 201
 * @property {(input: CidInput) => string | undefined} [cidFor] undefined falls back to the default
 * @property {CidProfile} [cidProfile] answer with the real UnixFS CIDs of the bytes received
 *   (`cidFor` still comes first); default: the placeholder CIDs
 * @property {string[]} [unknownCids] POST /files/pin/:cid answers 404 for these
 * @property {number} [maxPageSize] cap on GET /users/me/uploads `limit`, default 100
 * @property {number} [maxRecordedRequests] keep only the newest N records, default unlimited
 * @property {'utf8' | 'latin1'} [paramCharset] how busboy decodes header parameters such as
 *   `filename` that carry no charset of their own: 'utf8' (default) or 'latin1', multer's
 *   default (`defParamCharset`)
 * @property {number} [statusPolls] GET /status/:cid answers `pendingStatus` to the first N polls
 *   of a CID, then pinned; default 0 (pinned at once)
 * @property {boolean} [neverPinned] GET /status/:cid never answers pinned, and the gateway
 *   never serves; default false
 * @property {'pinning' | 'queued'} [pendingStatus] what a pin not yet pinned reports, default
 *   'pinning' ('queued' is `pin_queued` in the cluster shape)
 * @property {'cluster' | 'normalised'} [statusShape] the body of GET /status/:cid (§12):
 *   'cluster' (default) is IPFS Cluster's `{cid, name, peer_map: {<peer>: {status, error}}}`,
 *   where a pinned CID has one peer `pinned`, one still `pinning` and one `remote`;
 *   'normalised' is `{success, cid, name, status, peers, replication_factor}`. An unreadable body
 *   is injected: `inject('GET /status', { status: 200, body: 'garbage' })`
 * @property {boolean} [keepContent] keep the bytes of uploads so that the gateway serves them;
 *   default false (the benchmark's memory stays bounded), when the gateway answers 200 with a
 *   placeholder body and `X-Fake-Content: not-kept`
 * @property {number} [gatewayMisses] how many 404s the gateway still answers for a CID after it is
 *   announced (a gateway that lags), default 0
 * @property {'honoured' | 'exact' | 'ignored'} [uploadsFilter] what GET /users/me/uploads does
 *   with `cid`: 'honoured' (default) lists the records of that content in any CID version or
 *   base, 'exact' only records with that very string, 'ignored' lists every upload
 * @property {RecordModel} [recordModel] how a successful upload (POST /files, /files/directory-dag)
 *   or pin (POST /files/pin/:cid) becomes a record of GET /users/me/uploads, which Pinarkive
 *   does not document (§7–§9). "Content the caller holds" means a record of the same owner
 *   whose CID has the same multihash and codec in any CID version or base (`Qm…` and its
 *   `bafy…`, base32 and base58btc alike: `contentKey`); a string that is not a CID (only `cidFor`
 *   or `addUpload` can store one) matches only itself. When several records hold it, the first
 *   in `pins` is the one affected. Other users' records are never touched.
 *   - 'per-cid-replace' (default; `mergeReuploads: true`): one record per (owner, content). An
 *     upload or pin of held content replaces that record whole, in its place in `pins`: the new
 *     CID string, name, size, type, cluster, expiry, createdAt and uploadId. A 14-day pin of
 *     content held for ever thus makes it expire in 14 days.
 *   - 'per-cid-merge': one record per (owner, content). An upload or pin of held content merges
 *     into that record: its expiry becomes the later of the two (null, never expiring, wins);
 *     its CID string, name, size, type, cluster, createdAt and uploadId stay.
 *   - 'per-upload' (`mergeReuploads: false`): every upload or pin adds a record, so the same
 *     content may be listed many times, with different clusters and expiries.
 *   Under every model the answer echoes the cluster and expiry the request asked for: only the
 *   listing tells what the record now says. POST /files answers the `uploadId` of the record
 *   that holds the content now (under 'per-cid-merge', the old record's). GET /status/:cid and
 *   the gateway follow the records: after a merge the content is on the record's cluster only.
 *   Before this option existed, 'per-cid-replace' matched the exact CID string only; the two
 *   differ only when held content comes back under another CID version or base.
 * @property {boolean} [mergeReuploads] the older name of `recordModel`: true is
 *   'per-cid-replace', false 'per-upload'. Both at once must agree (else TypeError); a later
 *   `set({ mergeReuploads })` overrides an earlier `recordModel`
 * @property {RemoveScope} [removeScope] what DELETE /files/remove/:cid (and DELETE
 *   /users/me/uploads/:cid) removes of the caller's records, under any `recordModel`:
 *   - 'record' (default): one record, the first in `pins` whose CID is that very string (not
 *     another version or base of it). Other records of the same content stay listed and live,
 *     and so does the content (status, gateway).
 *   - 'all': every record of the caller holding that content, in any CID version or base.
 *   200 `{ cid, removed: true }` when something was removed (each record is in `removed`), else
 *   404 "Pin not found for this CID"
 * @property {boolean} [ownGateway] GET /users/me/clusters lists the fake's own gateway
 *   (`gatewayUrl`) for every cluster instead of the configured ones; default false
 * @property {CarFault} [carFault] what is wrong with the gateway's CAR answers (Trustless
 *   Gateway, see `gatewayUrl`); default none, every CAR is right. The bafkqaaa probe is
 *   affected by 'no-trustless' only; the others change the CAR of kept content:
 *   - 'drop-block': one block that is not the root is left out, the first leaf in DFS order (a
 *     DAG of one block is served whole);
 *   - 'corrupt-block': that same block's bytes have one byte flipped, its CID kept, so that it
 *     no longer hashes to it;
 *   - 'other-root': the header names another root (the CID of a raw block of `other`), the
 *     blocks are unchanged;
 *   - 'extra-blocks': one block not in the DAG is appended (a raw block of
 *     `fake-pinarkive: not in the DAG`, under its right CID);
 *   - 'wrong-content-type': the same body, with `Content-Type: text/html`;
 *   - 'no-trustless': the gateway ignores `format=car` and `Accept` (it serves the content as
 *     for any other request) and answers the bafkqaaa probe 400.
 *
 * @typedef {FakeOptions & Required<Pick<FakeOptions, 'keys' | 'clusters' | 'latencyMs' |
 *   'flattenPaths' | 'strictFieldNames' | 'successStatus' | 'unknownCids' | 'maxPageSize' |
 *   'maxRecordedRequests' | 'statusPolls' | 'neverPinned' | 'pendingStatus' | 'statusShape' |
 *   'keepContent' | 'gatewayMisses' | 'uploadsFilter' | 'recordModel' | 'removeScope' |
 *   'ownGateway' | 'paramCharset'>>}
 *   ResolvedOptions
 *
 * @typedef {object} Fault
 * @property {number} [status] answer with this status (after reading the body)
 * @property {unknown} [body] JSON body (a string is sent as text/plain)
 * @property {Record<string, string>} [headers] extra response headers
 * @property {number} [retryAfter] 429 only, seconds (may be fractional), default 1
 * @property {'header' | 'body' | 'both' | 'date' | 'none'} [via] 429 only, default 'both'
 * @property {number} [limit] 429 only, the `limit` body field, default 100
 * @property {boolean} [drop] destroy the socket right after the request headers
 * @property {boolean} [storeThenDrop] read the whole request and handle it as usual (an upload
 *   or pin is stored and counted in `stats()`), wait `latencyMs` and `delayMs`, then destroy the
 *   socket without answering: the body went in full, the connection dropped, yet the server
 *   kept it. Outcome 'handled-then-dropped', with the unsent status in `unsentStatus`. With
 *   `status` (or when rate limited) the request is not handled, so nothing is stored
 * @property {boolean} [hang] read the whole request, never answer
 * @property {number} [delayMs] answer after this extra delay
 * @property {number} [stallAfterBytes] read this many body bytes, then stop reading for good
 * @property {Record<string, unknown>} [patch] fields to set in the answer's JSON body after the
 *   request was handled as usual: `{ cid: 'javascript:alert(1)' }` answers a stored upload with
 *   a hostile CID, `{ padding: 'x'.repeat(n) }` makes the answer large
 * @property {boolean} [echoKey] with `status`: the error message repeats the API key the request
 *   presented, as a careless server might
 * @property {number} [trickleMs] send the answer's body one byte every this many ms (headers at
 *   once), until it ends or the client goes away
 *
 * @typedef {object} PartRecord
 * @property {'field' | 'file'} kind
 * @property {string} name
 * @property {string} [filename] file parts only, as the server saw it (after any flattening)
 * @property {string} [contentType]
 * @property {number} size bytes
 * @property {string} [sha256] hex, file parts only
 * @property {string} [cid] file parts only, with `cidProfile`: the UnixFS CID of the bytes
 * @property {string} [value] field parts only
 *
 * @typedef {number | 'dropped' | 'handled-then-dropped' | 'hung' | 'stalled' | 'aborted'} Outcome
 *   'dropped': cut before the body was read (`drop`); 'handled-then-dropped': cut after the
 *   request was handled, instead of the answer (`storeThenDrop`)
 *
 * @typedef {object} RequestRecord
 * @property {string} method
 * @property {string} path without `/api/v3`, query and trailing slash; the API root is '/'
 * @property {string} rawPath the request target as received (with prefix and query)
 * @property {Record<string, string>} query
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {Outcome | null} status null while in flight
 * @property {number} [unsentStatus] 'handled-then-dropped' only: the status the server would
 *   have answered (201 when the upload or pin was stored)
 * @property {number} receivedAt ms since the epoch
 * @property {number} bodySize bytes of body read so far
 * @property {unknown} json parsed JSON body, if any
 * @property {{ name: string, value: string }[]} fields multipart text fields, in arrival order
 * @property {PartRecord[]} parts every multipart part, in arrival order
 * @property {PartRecord[]} files the file parts only
 *
 * @typedef {object} Pin
 * @property {string} owner username of the key that stored it
 * @property {string} cid
 * @property {string} name
 * @property {number} size
 * @property {string} clusterId
 * @property {string | null} expiresAt
 * @property {'file' | 'directory' | 'pin'} type
 * @property {string} createdAt
 * @property {string} uploadId
 *
 * @typedef {object} Stats
 * @property {number} total requests received (control routes under /__fake excluded)
 * @property {Record<string, number>} byStatus by answered status or outcome ('dropped', …)
 * @property {number} rateLimited 429 answers, injected or from `rateLimit`
 * @property {number} uploads successful POST /files and /files/directory-dag requests
 * @property {number} filesReceived file parts in those successful uploads
 * @property {number} pinned successful POST /files/pin/:cid requests
 * @property {number} bytesReceived request body bytes, all requests
 * @property {number} statusChecks GET /status/:cid requests that reached the pinset (not 404)
 * @property {number} gatewayRequests requests to the gateway (`/ipfs/…`), answered or not
 * @property {number} carRequests those of them that are GET or HEAD asking for a CAR
 *   (`format=car` or `Accept: application/vnd.ipld.car`), the bafkqaaa probe and those
 *   `carFault: 'no-trustless'` ignores included
 * @property {number} removed upload records removed by DELETE
 *
 * @typedef {object} UploadSeed a record `addUpload` stores as is, never merged with another
 * @property {string} cid
 * @property {string} [clusterId] default 'cl0-global'
 * @property {string | null} [expiresAt] ISO date (may be past: an expired record), default null
 * @property {string} [owner] username of the key that holds it, default the first key's
 * @property {string} [name] default the CID
 * @property {number} [size] default 0
 * @property {Pin['type']} [type] default 'pin'
 * @property {string} [createdAt] default now
 *
 * @typedef {object} Removal what a DELETE removed
 * @property {string} owner
 * @property {string} cid as the record held it
 * @property {string} clusterId
 * @property {string} uploadId
 * @property {string} removedAt
 *
 * @typedef {Map<string, Uint8Array>} BlockMap blocks by their CID's string, as the importer
 *   made it (`Qm…` under 'unixfs-v0-2015')
 *
 * @typedef {({ kind: 'file', bytes: Buffer } | { kind: 'directory', files: Map<string, Buffer> })
 *   & { root: string, blocks: BlockMap }} StoredContent what the gateway serves for a root CID
 *   (with `keepContent`): the bytes by path, and for CARs the CID the upload answered and the
 *   blocks kept while importing (with `cidProfile`; without it, a file's raw CID is its one
 *   block, and a directory has none)
 *
 * @typedef {object} Progress how far one content (keyed by its CIDv1) is on its way to readers
 * @property {number} polls GET /status answers given for it
 * @property {boolean} announced status has reached pinned: the gateway may serve it
 * @property {number} misses 404s the gateway answered since it was announced
 *
 * @typedef {object} FakePinarkive
 * @property {string} url base URL, e.g. `http://127.0.0.1:41234/api/v3`
 * @property {string} origin e.g. `http://127.0.0.1:41234`
 * @property {string} apiKey the first configured key (`'test-key'` by default)
 * @property {RequestRecord[]} requests in arrival order
 * @property {Pin[]} pins every user's pins; filter on `owner` for one user
 * @property {string} gatewayUrl the fake's own gateway base, `http://127.0.0.1:PORT/ipfs/`:
 *   GET and HEAD `<gatewayUrl><cid>[/<path>]`, no key needed. It answers 404 until the CID is
 *   announced (a live pin whose status has reached pinned, see `statusPolls`), then
 *   `gatewayMisses` more 404s, then 200 with the content (see `keepContent`); a directory and
 *   its folders answer 200 with a listing, its files with their bytes. It is a Trustless
 *   Gateway for `/ipfs/<cid>` itself: `?format=car` or `Accept: application/vnd.ipld.car`
 *   answers 200 `application/vnd.ipld.car; version=1; order=dfs; dups=n`, a CARv1 whose root
 *   is `<cid>` as asked and whose blocks are the whole DAG under it (`dag-scope=all`, the
 *   default; `dag-scope=block` is the root block only; `entity` and `entity-bytes` answer 400),
 *   each once, in depth-first pre-order from the root. A path inside the root answers 400 to a
 *   CAR request; content not kept, or kept without its blocks (no `cidProfile`, see
 *   StoredContent), answers 501 with `X-Fake-Content: not-kept` or `no-blocks`. An identity
 *   CID such as `bafkqaaa`, which clients probe trustless support with, answers a CAR of its
 *   root and no block, always, with no upload. Injected faults apply to CAR requests as to any
 *   other; see `carFault` for wrong CARs
 * @property {Removal[]} removed what DELETE /files/remove/:cid removed, in order
 * @property {(seed: UploadSeed) => Pin} addUpload stores an upload record as is (another
 *   cluster, an expired one, another CID version, a second record of the same CID)
 * @property {(match: string, ...faults: Fault[]) => void} inject
 * @property {() => number} pendingFaults injected faults not consumed yet
 * @property {(partial: Partial<FakeOptions>) => void} set
 * @property {() => void} reset clears records, pins and faults, and restores the starting options
 * @property {() => Stats} stats
 * @property {() => Promise<void>} close
 *
 * @typedef {{ status: number, body?: unknown, headers: Record<string, string> }} Reply
 * @typedef {object} BodyResult
 * @property {boolean} [aborted] the client went away before the body ended
 * @property {boolean} [multipart] the body was multipart/form-data and parsed fine
 * @property {string} [error] why the body is unusable (answered after auth)
 * @property {number} [errorStatus] default 400
 * @typedef {{ limit: number, remaining: number, resetAt: number, limited: boolean }} RateWindow
 * @typedef {{ clusterId: string, expiresAt: string | null }} Target
 *
 * @typedef {object} Account
 * @property {string} key
 * @property {string} owner
 * @property {string[]} scopes
 * @property {Plan} plan
 * @property {string[]} clusters
 * @property {boolean} emailVerified
 * @property {string} username
 * @property {string} email
 *
 * @typedef {object} State
 * @property {FakeOptions} initial the options given to startFakePinarkive
 * @property {ResolvedOptions} opts
 * @property {RequestRecord[]} requests
 * @property {Pin[]} pins
 * @property {Map<string, Fault[]>} faults
 * @property {Map<string, { start: number, count: number }>} windows
 * @property {Set<{ timer: NodeJS.Timeout, resolve: () => void }>} sleepers
 * @property {Omit<Stats, 'byStatus'> & { byStatus: Record<string, number> }} counters
 * @property {number} nextUploadId
 * @property {Promise<void> | undefined} closing
 * @property {string} origin set once listening
 * @property {Map<string, Progress>} progress by content key (CIDv1)
 * @property {Map<string, StoredContent>} content by content key, with `keepContent`
 * @property {Removal[]} removed
 *
 * @typedef {object} Ctx
 * @property {State} state
 * @property {RequestRecord} rec
 * @property {Account} account
 * @property {string[]} params
 * @property {boolean} multipart
 *
 * @typedef {object} Route
 * @property {string} method
 * @property {RegExp} pattern
 * @property {string} scope
 * @property {(ctx: Ctx) => Reply | Promise<Reply>} handler
 */

const API_PREFIX = '/api/v3'
const GATEWAY_PREFIX = '/ipfs'
const DEFAULT_CLUSTER = 'cl0-global'
const RAW_CODEC = 0x55
const DAG_PB_CODEC = 0x70
const SHA256_CODE = 0x12
/** JSON bodies are only pin options; cap what is buffered, as express.json() does. */
const JSON_BODY_LIMIT = 1024 * 1024
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i

export const DEFAULT_API_KEY = 'test-key'

/** Every scope of §3. */
export const ALL_SCOPES = Object.freeze([
  'files:read',
  'files:write',
  'files:delete',
  'files:rename',
  'user:read',
  'user:write',
  'tokens:read',
  'tokens:write',
  'tokens:delete',
  'plans:read',
  'plans:write',
  'referrals:read',
  'logs:read',
  'cluster:read'
])

/** @returns {Record<string, KeyConfig>} */
function defaultKeys() {
  return {
    [DEFAULT_API_KEY]: {
      scopes: [...ALL_SCOPES],
      plan: 'premium',
      clusters: ['cl0-global', 'cl1-eu', 'cl2-de'],
      emailVerified: true,
      username: 'ci',
      email: 'ci@example.com'
    }
  }
}

/**
 * cl1-eu lists its gateways out of `order` on purpose (clients must sort), and cl2-de has a
 * gateway without `publicUrl` (clients must fall back to `url`), per §10.
 * @returns {ClusterDef[]}
 */
function defaultClusters() {
  return [
    {
      clusterId: 'cl0-global',
      label: 'Global',
      region: 'global',
      gateways: [
        {
          url: 'https://gateway.pinarkive.com/ipfs/',
          publicUrl: 'https://gateway.pinarkive.com/ipfs/',
          label: 'Primary',
          order: 0
        }
      ]
    },
    {
      clusterId: 'cl1-eu',
      label: 'EU',
      region: 'eu',
      country: 'EU',
      gateways: [
        {
          url: 'https://eu-internal-2.example/ipfs/',
          publicUrl: 'https://eu2.gateway.pinarkive.com/ipfs/',
          label: 'EU backup',
          order: 1
        },
        {
          url: 'https://eu-internal.example/ipfs/',
          publicUrl: 'https://eu1.gateway.pinarkive.com/ipfs/',
          label: 'EU',
          order: 0
        }
      ]
    },
    {
      clusterId: 'cl2-de',
      label: 'Germany',
      region: 'eu',
      country: 'DE',
      gateways: [{ url: 'https://de1.gateway.pinarkive.com/ipfs/', label: 'DE', order: 0 }]
    }
  ]
}

// ---------------------------------------------------------------------------------------------
// Hostile answers: what a compromised or buggy server (or a proxy) could send. Use them with
// `inject(match, { status: 201, patch: { cid } })`, or `set(hostileClusterOptions())`.

/** `cid` answers that are not CIDs, each an attack on some place a CID goes. */
export const HOSTILE_CIDS = Object.freeze([
  'javascript:alert(1)',
  '../../x',
  'evil.example/phish?',
  "bafy'$(touch PWNED)'",
  '`bafy` ![x](https://evil.example/x.png)<img src=x onerror=alert(1)>',
  'bafy\n::error title=forged::from the server'
])

/**
 * A `cid` answer of `bytes` characters (10 MiB by default): base32-looking, not a CID.
 * @param {number} [bytes]
 */
export function hugeCid(bytes = 10 * 1024 * 1024) {
  return `b${'a'.repeat(bytes - 1)}`
}

/** A cluster id with Markdown, a newline and a workflow command in it. */
export const HOSTILE_CLUSTER_ID = 'cl9-**bold**\n::error title=forged::cluster'

/**
 * A cluster list with gateways no link may use: cl0-global lists a `javascript:` URL first and
 * a plain-http one second, and a good https one third; cl1-eu lists only a `javascript:` one; a
 * third cluster has a hostile id. The default key may use all three.
 * @returns {Pick<FakeOptions, 'clusters' | 'keys'>}
 */
export function hostileClusterOptions() {
  /** @type {ClusterDef[]} */
  const clusters = [
    {
      clusterId: 'cl0-global',
      gateways: [
        { publicUrl: 'javascript:alert(document.cookie)//', order: 0 },
        { publicUrl: 'http://gateway.evil.example/ipfs/', order: 1 },
        { publicUrl: 'https://second.gateway.example/ipfs/', order: 2 }
      ]
    },
    { clusterId: 'cl1-eu', gateways: [{ url: 'javascript:alert(1)', order: 0 }] },
    {
      clusterId: HOSTILE_CLUSTER_ID,
      gateways: [{ publicUrl: 'https://hostile.gateway.example/ipfs/', order: 0 }]
    }
  ]
  const keys = defaultKeys()
  keys[DEFAULT_API_KEY].clusters = clusters.map(cluster => cluster.clusterId)
  return { clusters, keys }
}

/**
 * @param {FakeOptions} options
 * @returns {ResolvedOptions}
 */
function resolveOptions(options) {
  return {
    ...options,
    keys: options.keys ?? defaultKeys(),
    clusters: options.clusters ?? defaultClusters(),
    latencyMs: options.latencyMs ?? 0,
    flattenPaths: options.flattenPaths ?? false,
    strictFieldNames: options.strictFieldNames ?? true,
    successStatus: options.successStatus ?? 201,
    unknownCids: options.unknownCids ?? [],
    maxPageSize: options.maxPageSize ?? 100,
    maxRecordedRequests: options.maxRecordedRequests ?? Infinity,
    paramCharset: options.paramCharset ?? 'utf8',
    statusPolls: options.statusPolls ?? 0,
    neverPinned: options.neverPinned ?? false,
    pendingStatus: options.pendingStatus ?? 'pinning',
    statusShape: options.statusShape ?? 'cluster',
    keepContent: options.keepContent ?? false,
    gatewayMisses: options.gatewayMisses ?? 0,
    uploadsFilter: options.uploadsFilter ?? 'honoured',
    recordModel: recordModelOf(options),
    // Folded into recordModel, so that a later set({ recordModel }) is not contradicted by it.
    mergeReuploads: undefined,
    removeScope: oneOf('removeScope', options.removeScope, REMOVE_SCOPES) ?? 'record',
    ownGateway: options.ownGateway ?? false,
    carFault: oneOf('carFault', options.carFault, CAR_FAULTS)
  }
}

/** @type {readonly RecordModel[]} */
const RECORD_MODELS = ['per-upload', 'per-cid-replace', 'per-cid-merge']
/** @type {readonly RemoveScope[]} */
const REMOVE_SCOPES = ['record', 'all']
/** @type {readonly CarFault[]} */
const CAR_FAULTS = [
  'drop-block',
  'corrupt-block',
  'other-root',
  'extra-blocks',
  'wrong-content-type',
  'no-trustless'
]

/**
 * `recordModel`, or what its alias `mergeReuploads` stands for; a typo or a contradiction
 * throws rather than silently playing another model.
 * @param {FakeOptions} options
 * @returns {RecordModel}
 */
function recordModelOf(options) {
  const model = oneOf('recordModel', options.recordModel, RECORD_MODELS)
  const { mergeReuploads } = options
  if (mergeReuploads === undefined) return model ?? 'per-cid-replace'
  const alias = mergeReuploads ? 'per-cid-replace' : 'per-upload'
  if (model !== undefined && model !== alias) {
    throw new TypeError(`recordModel '${model}' contradicts mergeReuploads: ${mergeReuploads}`)
  }
  return alias
}

/**
 * @template {string} T
 * @param {string} name
 * @param {T | undefined} value
 * @param {readonly T[]} allowed
 * @returns {T | undefined}
 */
function oneOf(name, value, allowed) {
  if (value === undefined || allowed.includes(value)) return value
  throw new TypeError(`${name}: expected ${allowed.join(' | ')}, got ${String(value)}`)
}

// ---------------------------------------------------------------------------------------------
// Server lifecycle

/**
 * Starts the fake on 127.0.0.1.
 * @param {FakeOptions} [options]
 * @returns {Promise<FakePinarkive>}
 */
export async function startFakePinarkive(options = {}) {
  const state = createState(options)
  const server = http.createServer((req, res) => {
    handle(state, req, res).catch(err => internalError(res, err))
  })
  // Hung and stalled requests must stay open until close(), not be cut after 300 s by Node.
  server.requestTimeout = 0
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined))
  })
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  const origin = `http://127.0.0.1:${port}`
  state.origin = origin
  return {
    url: `${origin}${API_PREFIX}`,
    origin,
    gatewayUrl: `${origin}${GATEWAY_PREFIX}/`,
    removed: state.removed,
    addUpload: seed => addUpload(state, seed),
    get apiKey() {
      return Object.keys(state.opts.keys)[0] ?? DEFAULT_API_KEY
    },
    requests: state.requests,
    pins: state.pins,
    inject: (match, ...faults) => inject(state, match, faults),
    pendingFaults: () => [...state.faults.values()].reduce((sum, queue) => sum + queue.length, 0),
    set: partial => {
      /** @type {FakeOptions} */
      const previous = { ...state.opts }
      // The alias given now wins over the model resolved earlier.
      if (partial.mergeReuploads !== undefined && partial.recordModel === undefined) {
        delete previous.recordModel
      }
      state.opts = resolveOptions({ ...previous, ...partial })
    },
    reset: () => reset(state),
    stats: () => snapshotStats(state),
    close: () => close(state, server)
  }
}

/**
 * @param {FakeOptions} options
 * @returns {State}
 */
function createState(options) {
  return {
    initial: options,
    opts: resolveOptions(options),
    requests: [],
    pins: [],
    faults: new Map(),
    windows: new Map(),
    sleepers: new Set(),
    counters: emptyCounters(),
    nextUploadId: 1,
    closing: undefined,
    origin: '',
    progress: new Map(),
    content: new Map(),
    removed: []
  }
}

/** @returns {State['counters']} */
function emptyCounters() {
  return {
    total: 0,
    byStatus: {},
    rateLimited: 0,
    uploads: 0,
    filesReceived: 0,
    pinned: 0,
    bytesReceived: 0,
    statusChecks: 0,
    gatewayRequests: 0,
    carRequests: 0,
    removed: 0
  }
}

/**
 * Clears in place, so that references to `requests` and `pins` taken earlier stay live.
 * @param {State} state
 */
function reset(state) {
  // Back to the options the server started with, so one test's `set()` cannot leak into the next.
  state.opts = resolveOptions(state.initial)
  state.requests.length = 0
  state.pins.length = 0
  state.faults.clear()
  state.windows.clear()
  state.counters = emptyCounters()
  state.progress.clear()
  state.content.clear()
  state.removed.length = 0
}

/**
 * @param {State} state
 * @returns {Stats}
 */
function snapshotStats(state) {
  return { ...state.counters, byStatus: { ...state.counters.byStatus } }
}

/**
 * @param {State} state
 * @param {import('node:http').Server} server
 */
function close(state, server) {
  state.closing ??= new Promise(resolve => {
    // Wake delayed answers; they notice the server is closing and give up.
    for (const sleeper of state.sleepers) {
      clearTimeout(sleeper.timer)
      sleeper.resolve()
    }
    state.sleepers.clear()
    server.close(() => resolve())
    server.closeAllConnections()
  })
  return state.closing
}

/**
 * A delay that close() can cut short, so no timer outlives the server.
 * @param {State} state
 * @param {number} ms
 * @returns {Promise<void>}
 */
function sleep(state, ms) {
  if (ms <= 0 || state.closing) return Promise.resolve()
  return new Promise(resolve => {
    const sleeper = {
      timer: setTimeout(() => {
        state.sleepers.delete(sleeper)
        resolve()
      }, ms),
      resolve
    }
    state.sleepers.add(sleeper)
  })
}

// ---------------------------------------------------------------------------------------------
// Request pipeline

/**
 * @param {State} state
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function handle(state, req, res) {
  const url = new URL(req.url ?? '/', 'http://fake.invalid')
  if (url.pathname.startsWith('/__fake/')) return control(state, req, res, url)
  req.on('error', () => {}) // client aborts are detected via 'close' + req.complete instead
  const { api, path } = classifyPath(url.pathname)
  const rec = recordRequest(state, req, url, path)

  const fault = takeFault(state, rec)
  if (fault?.drop) return dropRequest(state, rec, req)
  if (fault?.hang) return hangRequest(state, rec, req)
  if (fault?.stallAfterBytes !== undefined) {
    return stallRequest(state, rec, req, fault.stallAfterBytes)
  }

  // Counted on arrival, like a rate limiter in front of the app; injected statuses bypass it.
  const window = fault?.status === undefined ? hitRateLimit(state, req) : undefined
  const body = await readBody(state, req, rec)
  if (body.aborted) return settle(state, rec, 'aborted')

  let reply
  if (fault?.status !== undefined) reply = faultReply(fault, fault.status, req.headers)
  else if (window?.limited) reply = rateLimitedReply(window)
  else reply = await route(state, req, rec, api, body)
  if (window && state.opts.rateLimit?.headers) Object.assign(reply.headers, rateHeaders(window))
  if (fault?.patch && isRecord(reply.body)) reply.body = { ...reply.body, ...fault.patch }

  await sleep(state, state.opts.latencyMs + (fault?.delayMs ?? 0))
  if (state.closing || res.destroyed) return settle(state, rec, 'aborted')
  if (fault?.storeThenDrop) return dropUnanswered(state, rec, req, reply.status)
  settle(state, rec, reply.status)
  if (fault?.trickleMs !== undefined) return trickleReply(state, res, reply, fault.trickleMs)
  sendReply(res, reply)
}

/**
 * Splits a pathname into the API it targets and the path inside it.
 * @param {string} pathname
 * @returns {{ api: 'v3' | 'legacy' | 'other', path: string }}
 */
function classifyPath(pathname) {
  const trimmed = pathname.replace(/\/+$/, '') || '/'
  if (trimmed === API_PREFIX || trimmed.startsWith(`${API_PREFIX}/`)) {
    return { api: 'v3', path: trimmed.slice(API_PREFIX.length) || '/' }
  }
  if (/^\/api\/v[12](\/|$)/.test(trimmed)) return { api: 'legacy', path: trimmed }
  return { api: 'other', path: trimmed }
}

/**
 * @param {State} state
 * @param {import('node:http').IncomingMessage} req
 * @param {URL} url
 * @param {string} path
 * @returns {RequestRecord}
 */
function recordRequest(state, req, url, path) {
  /** @type {RequestRecord} */
  const rec = {
    method: req.method ?? 'GET',
    path,
    rawPath: req.url ?? '/',
    query: Object.fromEntries(url.searchParams),
    headers: { ...req.headers },
    status: null,
    receivedAt: Date.now(),
    bodySize: 0,
    json: undefined,
    fields: [],
    parts: [],
    files: []
  }
  state.requests.push(rec)
  if (state.requests.length > state.opts.maxRecordedRequests) state.requests.shift()
  state.counters.total += 1
  return rec
}

/**
 * @param {State} state
 * @param {RequestRecord} rec
 * @param {Outcome} outcome
 */
function settle(state, rec, outcome) {
  rec.status = outcome
  const { byStatus } = state.counters
  byStatus[outcome] = (byStatus[outcome] ?? 0) + 1
  if (outcome === 429) state.counters.rateLimited += 1
}

/**
 * A reply's bytes and headers, as sent.
 * @param {Reply} reply
 * @returns {{ payload: Buffer, headers: Record<string, string> }}
 */
function encodeReply({ body, headers }) {
  /** @type {Record<string, string>} */
  const base = {}
  /** @type {string | Buffer} */
  let payload = ''
  if (typeof body === 'string') {
    payload = body
    base['Content-Type'] = 'text/plain; charset=utf-8'
  } else if (Buffer.isBuffer(body)) {
    payload = body
    base['Content-Type'] = 'application/octet-stream'
  } else if (body !== undefined) {
    payload = JSON.stringify(body)
    base['Content-Type'] = 'application/json; charset=utf-8'
  }
  const bytes = Buffer.from(payload)
  base['Content-Length'] = String(bytes.length)
  return { payload: bytes, headers: { ...base, ...headers } }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {Reply} reply
 */
function sendReply(res, reply) {
  const { payload, headers } = encodeReply(reply)
  res.writeHead(reply.status, headers)
  res.end(payload)
}

/**
 * Headers at once, then the body a byte at a time: always moving, never done in time.
 * @param {State} state
 * @param {import('node:http').ServerResponse} res
 * @param {Reply} reply
 * @param {number} intervalMs
 */
async function trickleReply(state, res, reply, intervalMs) {
  const { payload, headers } = encodeReply(reply)
  res.writeHead(reply.status, headers)
  res.flushHeaders()
  for (let at = 0; at < payload.length; at++) {
    await sleep(state, intervalMs)
    if (state.closing || res.destroyed) return
    res.write(payload.subarray(at, at + 1))
  }
  res.end()
}

/**
 * A bug in the fake must not look like a deliberate answer: say so loudly.
 * @param {import('node:http').ServerResponse} res
 * @param {unknown} err
 */
function internalError(res, err) {
  process.stderr.write(`fake-pinarkive: ${err instanceof Error ? err.stack : String(err)}\n`)
  if (res.headersSent || res.destroyed) return
  sendReply(res, reply(500, { error: 'Internal Server Error', message: 'fake-pinarkive bug' }))
}

/**
 * Test hooks outside the API: not recorded, not delayed, never faulted or rate limited.
 * @param {State} state
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 */
async function control(state, req, res, url) {
  const raw = await readSmallBody(req)
  const action = `${req.method} ${url.pathname.replace(/\/+$/, '')}`
  if (action === 'GET /__fake/stats') return sendReply(res, reply(200, snapshotStats(state)))
  if (action === 'POST /__fake/reset') {
    reset(state)
    return sendReply(res, reply(200, { reset: true }))
  }
  if (action === 'POST /__fake/inject') {
    try {
      const { match, faults } = JSON.parse(raw.text)
      inject(state, match, Array.isArray(faults) ? faults : [faults])
      return sendReply(res, reply(200, { injected: Array.isArray(faults) ? faults.length : 1 }))
    } catch (err) {
      return sendReply(res, badRequest(err instanceof Error ? err.message : String(err)))
    }
  }
  sendReply(res, notFound('Unknown fake control route'))
}

// ---------------------------------------------------------------------------------------------
// Fault injection

/**
 * @param {State} state
 * @param {string} match `'*'`, or `'METHOD /path'` (METHOD may be `*`); the path matches itself
 *   and everything below it, or only itself when it ends in `$` (`'POST /files$'`).
 * @param {Fault[]} faults
 */
function inject(state, match, faults) {
  parseMatch(match) // fail fast on a typo rather than never matching
  state.faults.set(match, [...(state.faults.get(match) ?? []), ...faults])
}

/**
 * @param {string} match
 * @returns {{ method: string, prefix: string, exact: boolean }}
 */
function parseMatch(match) {
  if (match === '*') return { method: '*', prefix: '/', exact: false }
  const parts = /^(\*|[A-Za-z]+) (\/\S*)$/.exec(match)
  if (!parts) throw new TypeError(`inject: expected '*' or 'METHOD /path', got ${match}`)
  const exact = parts[2].endsWith('$')
  const { path } = classifyPath(exact ? parts[2].slice(0, -1) : parts[2])
  return { method: parts[1].toUpperCase(), prefix: path, exact }
}

/**
 * Queues are tried in the order they were first injected; the first non-empty queue whose
 * match applies gives up its oldest fault.
 * @param {State} state
 * @param {RequestRecord} rec
 * @returns {Fault | undefined}
 */
function takeFault(state, rec) {
  for (const [match, queue] of state.faults) {
    if (queue.length > 0 && matches(parseMatch(match), rec)) return queue.shift()
  }
  return undefined
}

/**
 * @param {{ method: string, prefix: string, exact: boolean }} match
 * @param {RequestRecord} rec
 */
function matches({ method, prefix, exact }, rec) {
  if (method !== '*' && method !== rec.method) return false
  if (exact) return rec.path === prefix
  return prefix === '/' || rec.path === prefix || rec.path.startsWith(`${prefix}/`)
}

/**
 * @param {State} state
 * @param {RequestRecord} rec
 * @param {import('node:http').IncomingMessage} req
 */
function dropRequest(state, rec, req) {
  settle(state, rec, 'dropped')
  req.socket.destroy()
}

/**
 * The request was read and handled (an upload stored): cut the connection instead of answering.
 * @param {State} state
 * @param {RequestRecord} rec
 * @param {import('node:http').IncomingMessage} req
 * @param {number} status what the answer would have been
 */
function dropUnanswered(state, rec, req, status) {
  rec.unsentStatus = status
  settle(state, rec, 'handled-then-dropped')
  req.socket.destroy()
}

/**
 * @param {State} state
 * @param {RequestRecord} rec
 * @param {import('node:http').IncomingMessage} req
 */
function hangRequest(state, rec, req) {
  settle(state, rec, 'hung')
  req.on('data', chunk => countBytes(state, rec, chunk.length))
}

/**
 * Stops reading after `limit` bytes. Node then stops reading the socket once the request's
 * buffer is full, the kernel buffers fill and the client's upload stalls. Chunks arrive in
 * pieces of up to 64 KiB, so slightly more than `limit` may be read.
 * @param {State} state
 * @param {RequestRecord} rec
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 */
function stallRequest(state, rec, req, limit) {
  settle(state, rec, 'stalled')
  if (limit <= 0) return
  /** @param {Buffer} chunk */
  const onData = chunk => {
    countBytes(state, rec, chunk.length)
    if (rec.bodySize < limit) return
    req.off('data', onData)
    req.pause()
  }
  req.on('data', onData)
}

/**
 * @param {Fault} fault
 * @param {number} status
 * @param {import('node:http').IncomingHttpHeaders} headers the request's
 * @returns {Reply}
 */
function faultReply(fault, status, headers) {
  if (fault.echoKey) {
    const key = presentedKeys(headers)[0] ?? '(none)'
    const body = {
      error: http.STATUS_CODES[status] ?? 'Error',
      message: `Request with API key ${key} failed; key ${key} was logged for support`
    }
    return reply(status, body, { ...fault.headers })
  }
  if (status === 429) {
    const limited = tooManyRequests(fault.retryAfter ?? 1, fault.via ?? 'both', fault.limit ?? 100)
    if (fault.body !== undefined) limited.body = fault.body
    Object.assign(limited.headers, fault.headers)
    return limited
  }
  const body = fault.body ?? {
    error: http.STATUS_CODES[status] ?? 'Error',
    message: `Injected ${status}`
  }
  return reply(status, body, { ...fault.headers })
}

// ---------------------------------------------------------------------------------------------
// Rate limiting (§15)

/**
 * A fixed one-second window per key, opened by the key's first request.
 * @param {State} state
 * @param {import('node:http').IncomingMessage} req
 * @returns {RateWindow | undefined}
 */
function hitRateLimit(state, req) {
  const config = state.opts.rateLimit
  // The gateway is another service: Pinarkive's API limit does not apply to it.
  if (!config || isGatewayPath(req.url ?? '')) return undefined
  const now = Date.now()
  const key = authenticate(state, req.headers)?.key ?? presentedKeys(req.headers)[0] ?? 'anonymous'
  let window = state.windows.get(key)
  if (!window || now - window.start >= 1000) {
    window = { start: now, count: 0 }
    state.windows.set(key, window)
  }
  window.count += 1
  return {
    limit: config.perSecond,
    remaining: Math.max(0, config.perSecond - window.count),
    resetAt: window.start + 1000,
    limited: window.count > config.perSecond
  }
}

/**
 * The body carries the exact time left; the header its ceiling (it must be an integer).
 * @param {RateWindow} window
 */
function rateLimitedReply(window) {
  const seconds = Math.max(0.001, Math.round(window.resetAt - Date.now()) / 1000)
  return tooManyRequests(seconds, 'both', window.limit)
}

/**
 * A 429 in the shape of §15. `via` picks where the retry delay is announced.
 * @param {number} retryAfter seconds
 * @param {NonNullable<Fault['via']>} via
 * @param {number} limit
 * @returns {Reply}
 */
function tooManyRequests(retryAfter, via, limit) {
  // A hostile `retryAfter` (1e13 s) is past the last valid Date: say nothing of the reset then.
  const resetAt = Math.min(Date.now() + retryAfter * 1000, 8.64e15)
  /** @type {Record<string, string>} */
  const headers = {}
  if (via === 'header' || via === 'both') {
    headers['Retry-After'] = String(
      Number.isInteger(retryAfter) ? retryAfter : Math.ceil(retryAfter)
    )
  }
  // An HTTP-date has whole seconds: round up so the date never comes early.
  if (via === 'date')
    headers['Retry-After'] = new Date(Math.ceil(resetAt / 1000) * 1000).toUTCString()
  const body = {
    error: 'Too Many Requests',
    message: 'Too many requests, please try again later.',
    ...(via === 'body' || via === 'both' ? { retryAfter } : {}),
    limit,
    remaining: 0,
    resetTime: new Date(resetAt).toISOString()
  }
  return reply(429, body, headers)
}

/**
 * @param {RateWindow} window
 * @returns {Record<string, string>}
 */
function rateHeaders(window) {
  return {
    'X-RateLimit-Limit': String(window.limit),
    'X-RateLimit-Remaining': String(window.remaining),
    'X-RateLimit-Reset': (window.resetAt / 1000).toFixed(3)
  }
}

// ---------------------------------------------------------------------------------------------
// Body reading: everything is streamed and hashed, only small JSON bodies are buffered

/** @type {BodyResult} */
const ABORTED = { aborted: true }

/**
 * Reads the whole body before any answer, so that the client never sees a reset in place of
 * the status (§19: answer 413 and friends only after draining).
 * @param {State} state
 * @param {import('node:http').IncomingMessage} req
 * @param {RequestRecord} rec
 * @returns {Promise<BodyResult>}
 */
async function readBody(state, req, rec) {
  req.on('data', chunk => countBytes(state, rec, chunk.length))
  if (/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
    return readMultipart(state, req, rec)
  }
  const raw = await readSmallBody(req)
  if (!raw.complete) return ABORTED
  return parseJson(req, rec, raw)
}

/**
 * @param {State} state
 * @param {RequestRecord} rec
 * @param {number} bytes
 */
function countBytes(state, rec, bytes) {
  rec.bodySize += bytes
  state.counters.bytesReceived += bytes
}

/**
 * Parses with busboy, which multer (the real backend's parser) is built on. `preservePath`
 * decides whether `a/b.txt` survives as is or arrives as `b.txt` (§5).
 * @param {State} state
 * @param {import('node:http').IncomingMessage} req
 * @param {RequestRecord} rec
 * @returns {Promise<BodyResult>}
 */
function readMultipart(state, req, rec) {
  return new Promise(resolve => {
    let done = false
    let failed = false
    /** @param {BodyResult} result */
    const finish = result => {
      if (!done) resolve(result)
      done = true
    }
    /** @param {unknown} err */
    const fail = err => {
      failed = true // busboy still emits 'close' after an error
      req.unpipe()
      const error = `Malformed multipart body: ${err instanceof Error ? err.message : String(err)}`
      // drain() never rejects: it resolves on 'end' or 'close'.
      void drain(req).then(complete => finish(complete ? { error } : ABORTED))
    }
    let parser
    try {
      const preservePath = !state.opts.flattenPaths
      const defParamCharset = state.opts.paramCharset
      parser = busboy({ headers: req.headers, preservePath, defParamCharset })
    } catch (err) {
      return fail(err)
    }
    let openFiles = 0
    let parsed = false
    const finishIfDone = () => {
      if (parsed && openFiles === 0 && !failed) finish({ multipart: true })
    }
    parser.on('field', (name, value, info) => recordField(rec, name, value, info.mimeType))
    const onPartEnd = () => {
      openFiles -= 1
      finishIfDone()
    }
    parser.on('file', (name, stream, info) => {
      const part = recordFile(rec, name, info)
      openFiles += 1
      hashPart(stream, part, onPartEnd)
      if (state.opts.keepContent) keepPart(stream, part)
      const profile = state.opts.cidProfile
      if (profile) {
        openFiles += 1
        importPart(stream, part, profile, state.opts.keepContent, onPartEnd)
      }
    })
    parser.on('close', () => {
      parsed = true
      finishIfDone()
    })
    parser.on('error', fail)
    req.on('close', () => {
      if (!req.complete) finish(ABORTED)
    })
    req.pipe(parser)
  })
}

/**
 * @param {RequestRecord} rec
 * @param {string} name
 * @param {string} value
 * @param {string} contentType
 */
function recordField(rec, name, value, contentType) {
  rec.fields.push({ name, value })
  rec.parts.push({ kind: 'field', name, value, contentType, size: Buffer.byteLength(value) })
}

/**
 * @param {RequestRecord} rec
 * @param {string} name
 * @param {import('busboy').FileInfo} info
 * @returns {PartRecord}
 */
function recordFile(rec, name, info) {
  /** @type {PartRecord} */
  const part = { kind: 'file', name, filename: info.filename, contentType: info.mimeType, size: 0 }
  rec.parts.push(part)
  rec.files.push(part)
  return part
}

/**
 * Counts and hashes a file part as it streams by; its bytes are never kept.
 * @param {import('node:stream').Readable} stream
 * @param {PartRecord} part
 * @param {() => void} onEnd
 */
function hashPart(stream, part, onEnd) {
  const hash = createHash('sha256')
  stream.on('data', chunk => {
    part.size += chunk.length
    hash.update(chunk)
  })
  stream.on('end', () => {
    part.sha256 = hash.digest('hex')
    onEnd()
  })
  stream.on('error', () => {}) // a truncated form also fails the parser, which reports it
}

/**
 * With `cidProfile`: feeds a file part to the UnixFS importer as it streams by, pausing the
 * part while the importer is behind, so that memory stays bounded whatever the part's size.
 * With `keep` (`keepContent`) its blocks are kept too, for the gateway's CARs.
 * @param {import('node:stream').Readable} stream
 * @param {PartRecord} part
 * @param {CidProfile} profile
 * @param {boolean} keep
 * @param {() => void} onEnd
 */
function importPart(stream, part, profile, keep, onEnd) {
  const bytes = new PassThrough({ highWaterMark: 1 << 20 })
  stream.on('data', chunk => {
    if (!bytes.write(chunk)) stream.pause()
  })
  bytes.on('drain', () => stream.resume())
  stream.on('end', () => bytes.end())
  stream.on('error', err => bytes.destroy(err))
  unixfsFile(bytes, profile, keep ? new Map() : undefined)
    .then(
      result => {
        unixfsParts.set(part, result)
        part.cid = result.cid.toString()
      },
      () => {} // a truncated part: the body is reported aborted or malformed anyway
    )
    .finally(onEnd)
}

/**
 * Resolves true once the rest of the body has been read and discarded, false on client abort.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<boolean>}
 */
function drain(req) {
  return new Promise(resolve => {
    if (req.readableEnded) return resolve(true)
    req.on('end', () => resolve(true))
    req.on('close', () => resolve(req.complete))
    req.resume()
  })
}

/**
 * Buffers at most JSON_BODY_LIMIT bytes; the rest is read and discarded.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<{ complete: boolean, text: string, tooLarge: boolean }>}
 */
function readSmallBody(req) {
  return new Promise(resolve => {
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    req.on('data', chunk => {
      size += chunk.length
      if (size <= JSON_BODY_LIMIT) chunks.push(chunk)
    })
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      resolve({ complete: true, text, tooLarge: size > JSON_BODY_LIMIT })
    })
    req.on('close', () => {
      if (!req.complete) resolve({ complete: false, text: '', tooLarge: false })
    })
    req.on('error', () => {})
  })
}

/**
 * Lenient like §7 asks: an empty body is fine, and JSON is accepted even without the
 * `application/json` content type. Broken JSON is an error only when declared as JSON.
 * @param {import('node:http').IncomingMessage} req
 * @param {RequestRecord} rec
 * @param {{ text: string, tooLarge: boolean }} raw
 * @returns {BodyResult}
 */
function parseJson(req, rec, raw) {
  const declared = /json/i.test(req.headers['content-type'] ?? '')
  if (raw.tooLarge) return declared ? { errorStatus: 413, error: 'Request body too large' } : {}
  if (raw.text.trim() === '') return {}
  try {
    rec.json = JSON.parse(raw.text)
    return {}
  } catch {
    return declared ? { error: 'Invalid JSON body' } : {}
  }
}

// ---------------------------------------------------------------------------------------------
// Routing and auth (§2, §3)

/** @type {Route[]} */
const ROUTES = [
  { method: 'POST', pattern: /^\/files$/, scope: 'files:write', handler: uploadFile },
  {
    method: 'POST',
    pattern: /^\/files\/directory-dag$/,
    scope: 'files:write',
    handler: uploadDirectory
  },
  { method: 'POST', pattern: /^\/files\/pin\/([^/]+)$/, scope: 'files:write', handler: pinCid },
  {
    method: 'DELETE',
    pattern: /^\/files\/remove\/([^/]+)$/,
    scope: 'files:delete',
    handler: removePin
  },
  {
    method: 'DELETE',
    pattern: /^\/users\/me\/uploads\/([^/]+)$/,
    scope: 'files:delete',
    handler: removePin
  },
  { method: 'GET', pattern: /^\/users\/me$/, scope: 'user:read', handler: profile },
  { method: 'GET', pattern: /^\/users\/me\/clusters$/, scope: 'cluster:read', handler: clusters },
  { method: 'GET', pattern: /^\/users\/me\/uploads$/, scope: 'files:read', handler: listUploads },
  { method: 'GET', pattern: /^\/status\/([^/]+)$/, scope: 'cluster:read', handler: pinStatus }
]

/**
 * Auth runs before body errors are reported, as the real middleware order would have it.
 * @param {State} state
 * @param {import('node:http').IncomingMessage} req
 * @param {RequestRecord} rec
 * @param {'v3' | 'legacy' | 'other'} api
 * @param {BodyResult} body
 * @returns {Reply | Promise<Reply>}
 */
function route(state, req, rec, api, body) {
  if (api === 'legacy') {
    return reply(410, {
      error: 'api_version_deprecated',
      message: 'This API version is no longer available; use /api/v3',
      currentApiBase: API_PREFIX
    })
  }
  if (api === 'other' && isGatewayPath(rec.path)) return gateway(state, rec)
  if (api !== 'v3') return notFound('Route not found')
  if (rec.method === 'GET' && rec.path === '/') return reply(200, apiInfo())
  if (rec.method === 'GET' && rec.path === '/health') return reply(200, { status: 'ok' })

  const found = findRoute(rec)
  if (!found) return notFound('Route not found')
  const account = authenticate(state, req.headers)
  if (!account) return unauthorized()
  const denied = checkAccess(account, found.route.scope)
  if (denied) return denied
  if (body.error) {
    const status = body.errorStatus ?? 400
    return reply(status, { error: http.STATUS_CODES[status], message: body.error })
  }
  const ctx = { state, rec, account, params: found.params, multipart: body.multipart === true }
  return found.route.handler(ctx)
}

/**
 * @param {RequestRecord} rec
 * @returns {{ route: Route, params: string[] } | undefined}
 */
function findRoute(rec) {
  for (const candidate of ROUTES) {
    const found = candidate.method === rec.method && candidate.pattern.exec(rec.path)
    if (found) return { route: candidate, params: found.slice(1).map(safeDecode) }
  }
  return undefined
}

/**
 * @param {Account} account
 * @param {string} scope
 * @returns {Reply | undefined}
 */
function checkAccess(account, scope) {
  if (!account.emailVerified) {
    return forbidden('email_not_verified', 'Please verify your email address first')
  }
  if (!account.scopes.includes(scope)) {
    return forbidden('missing_scope', `Missing scope: ${scope}`, { required: scope })
  }
  return undefined
}

/**
 * Bearer or X-API-Key; with both, either valid key is enough (§19).
 * @param {State} state
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {Account | undefined}
 */
function authenticate(state, headers) {
  const key = presentedKeys(headers).find(candidate => Object.hasOwn(state.opts.keys, candidate))
  return key === undefined ? undefined : toAccount(key, state.opts.keys[key])
}

/**
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {string[]}
 */
function presentedKeys(headers) {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim()
  const apiKey = [headers['x-api-key'] ?? []].flat()[0]?.trim()
  /** @type {string[]} */
  const keys = []
  for (const key of [bearer, apiKey]) if (key) keys.push(key)
  return keys
}

/**
 * @param {string} key
 * @param {KeyConfig} config
 * @returns {Account}
 */
function toAccount(key, config) {
  const username = config.username ?? key
  return {
    key,
    owner: username,
    scopes: config.scopes ?? ['user:read', 'files:read'],
    plan: config.plan ?? 'free',
    clusters: config.clusters ?? [DEFAULT_CLUSTER],
    emailVerified: config.emailVerified !== false,
    username,
    email: config.email ?? `${username}@example.com`
  }
}

/**
 * Picks `cl` and `timelock` from a multipart field, the JSON body, the query or (for `cl`)
 * the `X-Cluster` header, and checks them against the account (§2).
 * @param {Ctx} ctx
 * @returns {Reply | Target}
 */
function resolveTarget(ctx) {
  const { account } = ctx
  const header = ctx.rec.headers['x-cluster']
  const clusterId = param(ctx, 'cl') || (typeof header === 'string' && header) || DEFAULT_CLUSTER
  if (!account.clusters.includes(clusterId)) {
    return forbidden('cluster_not_allowed', `Cluster ${clusterId} is not allowed on your plan`)
  }
  // An empty timelock field means "none": a client may well send the empty action input.
  const timelock = param(ctx, 'timelock')
  if (!timelock) return { clusterId, expiresAt: null }
  if (account.plan !== 'premium') {
    return forbidden('timelock_not_allowed', 'Timelock requires a premium plan')
  }
  const time = ISO_DATE_TIME.test(timelock) ? Date.parse(timelock) : NaN
  if (Number.isNaN(time)) return badRequest('Invalid timelock')
  if (time <= Date.now()) return badRequest('Timelock must be in the future')
  return { clusterId, expiresAt: new Date(time).toISOString() }
}

/**
 * The last multipart field wins, as in multer's req.body; then the JSON body, then the query.
 * @param {Ctx} ctx
 * @param {string} name
 * @returns {string | undefined}
 */
function param(ctx, name) {
  const field = ctx.rec.fields.findLast(candidate => candidate.name === name)
  if (field) return field.value
  const { json } = ctx.rec
  if (isRecord(json) && typeof json[name] === 'string') return json[name]
  return ctx.rec.query[name]
}

// ---------------------------------------------------------------------------------------------
// Handlers

function apiInfo() {
  return {
    name: 'Pinarkive API (fake)',
    version: 'v3',
    links: {
      health: `${API_PREFIX}/health`,
      plans: `${API_PREFIX}/plans/`,
      docs: `${API_PREFIX}/docs/swagger`
    }
  }
}

/**
 * POST /files (§4): one `file` part, as multer's `upload.single('file')` expects.
 * @param {Ctx} ctx
 * @returns {Reply}
 */
function uploadFile(ctx) {
  const { rec, state } = ctx
  if (!ctx.multipart) return badRequest('Expected multipart/form-data with a "file" part')
  if (state.opts.strictFieldNames) {
    const stray = rec.files.find((part, index) => part.name !== 'file' || index > 0)
    if (stray) return unexpectedField(stray.name)
  }
  const file = rec.files[0]
  if (!file) return badRequest('No file uploaded')
  if (file.size > (state.opts.maxFileSize ?? Infinity)) return payloadTooLarge()
  const target = resolveTarget(ctx)
  if ('status' in target) return target

  const cid = fileCid(state, file)
  const name = file.filename || 'blob'
  const uploadId = savePin(ctx, { cid, name, size: file.size, type: 'file', ...target })
  if (state.opts.keepContent) {
    const bytes = keptBytes(file)
    storeContent(state, cid, { kind: 'file', bytes, root: cid, blocks: fileBlocks(file, bytes) })
  }
  state.counters.uploads += 1
  state.counters.filesReceived += 1
  return created(state, { cid, ...target, status: 'pinned', uploadId })
}

/**
 * POST /files/directory-dag (§5): text fields, then one `files` part per file whose filename
 * is the relative path.
 * @param {Ctx} ctx
 * @returns {Promise<Reply>}
 */
async function uploadDirectory(ctx) {
  const { rec, state } = ctx
  if (!ctx.multipart) return badRequest('Expected multipart/form-data with "files" parts')
  if (state.opts.strictFieldNames) {
    const stray = rec.parts.find(isUnexpectedDirectoryPart)
    if (stray) return unexpectedField(stray.name)
  }
  const entries = directoryEntries(rec)
  if (entries.length === 0) return badRequest('No files uploaded')
  const unsafe = entries.find(entry => !isSafeRelativePath(entry.path))
  if (unsafe) return badRequest(`Invalid file path: ${JSON.stringify(unsafe.path)}`)
  const totalSize = entries.reduce((sum, entry) => sum + entry.part.size, 0)
  if (totalSize > (state.opts.maxDirSize ?? Infinity)) return payloadTooLarge()
  const target = resolveTarget(ctx)
  if ('status' in target) return target

  const files = entries.map(({ path, part }) => ({
    cid: fileCid(state, part),
    filename: path.slice(path.lastIndexOf('/') + 1),
    size: part.size,
    path
  }))
  /** @type {BlockMap | undefined} every part's blocks, then the directory's */
  const blocks = state.opts.keepContent ? new Map() : undefined
  for (const { part } of blocks ? entries : []) {
    for (const [key, block] of unixfsParts.get(part)?.blocks ?? []) blocks?.set(key, block)
  }
  const cid = await directoryCid(state, files, totalSize, entries, blocks)
  const filename = param(ctx, 'dirName') || `directory-${Date.now()}`
  savePin(ctx, { cid, name: filename, size: totalSize, type: 'directory', ...target })
  if (blocks) {
    const stored = new Map(entries.map(({ path, part }) => [path, keptBytes(part)]))
    storeContent(state, cid, { kind: 'directory', files: stored, root: cid, blocks })
  }
  state.counters.uploads += 1
  state.counters.filesReceived += files.length
  return created(state, {
    message: 'Directory uploaded and pinned successfully',
    cid,
    dagCid: cid,
    filename,
    size: totalSize,
    type: 'directory',
    files,
    total_files: files.length,
    total_size: totalSize,
    ...target
  })
}

/**
 * multer's `upload.array('files')` rejects any other file field; the old SDK format also sent
 * `files[i][path]` text fields, which are refused too so that a client using it notices.
 * @param {PartRecord} part
 */
function isUnexpectedDirectoryPart(part) {
  return part.kind === 'file' ? part.name !== 'files' : part.name.startsWith('files[')
}

/**
 * Pairs each file part with its path. Outside strict mode the old `files[i][path]` +
 * `files[i][content]` format is understood too.
 * @param {RequestRecord} rec
 * @returns {{ path: string, part: PartRecord }[]}
 */
function directoryEntries(rec) {
  const indexedPaths = new Map()
  for (const field of rec.fields) {
    const index = /^files\[(\d+)\]\[path\]$/.exec(field.name)?.[1]
    if (index !== undefined) indexedPaths.set(index, field.value)
  }
  return rec.files.map(part => {
    const index = /^files\[(\d+)\]/.exec(part.name)?.[1]
    return { path: indexedPaths.get(index) ?? part.filename ?? '', part }
  })
}

/** @param {string} path */
function isSafeRelativePath(path) {
  return path.trim() !== '' && !path.startsWith('/') && !path.split(/[\\/]/).includes('..')
}

/**
 * POST /files/pin/:cid (§7).
 * @param {Ctx} ctx
 * @returns {Reply}
 */
function pinCid(ctx) {
  const { state } = ctx
  const cid = ctx.params[0]
  if (!isValidCid(cid)) return badRequest('Invalid CID')
  if (state.opts.unknownCids.includes(cid)) return notFound('CID not found')
  const target = resolveTarget(ctx)
  if ('status' in target) return target

  const body = isRecord(ctx.rec.json) ? ctx.rec.json : {}
  // v3 names first; `filename` is the v2 field, honoured in case the server still reads it.
  const customName = [body.customName, body.originalName, body.filename].find(
    name => typeof name === 'string' && name !== ''
  )
  const name = typeof customName === 'string' ? customName : cid
  savePin(ctx, { cid, name, size: 0, type: 'pin', ...target })
  state.counters.pinned += 1
  return created(state, { cid, ...target, pinned: true, customName })
}

/**
 * DELETE /files/remove/:cid and DELETE /users/me/uploads/:cid (§8).
 * @param {Ctx} ctx
 * @returns {Reply}
 */
function removePin(ctx) {
  const { state, account } = ctx
  const cid = ctx.params[0]
  const mine = state.pins.filter(pin => pin.owner === account.owner)
  const doomed =
    state.opts.removeScope === 'all'
      ? mine.filter(pin => holdsContent(pin, cid, contentKey(cid)))
      : mine.filter(pin => pin.cid === cid).slice(0, 1)
  if (doomed.length === 0) return notFound('Pin not found for this CID')
  // All out first, so that the content leaves the gateway once its last record is gone.
  for (const pin of doomed) state.pins.splice(state.pins.indexOf(pin), 1)
  for (const pin of doomed) recordRemoval(state, pin)
  return reply(200, { cid, removed: true })
}

/**
 * GET /users/me (§11).
 * @param {Ctx} ctx
 * @returns {Reply}
 */
function profile({ account }) {
  const { email, username, plan, clusters, emailVerified } = account
  return reply(200, { email, username, plan, clusters, emailVerified })
}

/**
 * GET /users/me/clusters (§10): a bare array, union of the documented and the SDK keys.
 * @param {Ctx} ctx
 * @returns {Reply}
 */
function clusters({ state, account }) {
  const allowed = state.opts.clusters.filter(cluster =>
    account.clusters.includes(cluster.clusterId)
  )
  const own = [{ url: `${state.origin}${GATEWAY_PREFIX}/`, label: 'Fake gateway', order: 0 }]
  const items = allowed.map(({ clusterId, label, region, country, gateways }) => ({
    clusterId,
    id: clusterId,
    label,
    region,
    country,
    gateways: state.opts.ownGateway ? own.map(g => ({ ...g, publicUrl: g.url })) : gateways
  }))
  return reply(200, items)
}

/**
 * GET /users/me/uploads (§9): newest first, with both `total` and `pagination`.
 * @param {Ctx} ctx
 * @returns {Reply}
 */
function listUploads({ state, account, rec }) {
  const { query } = rec
  const page = positiveInt(query.page, 1)
  const limit = Math.min(positiveInt(query.limit, 10), state.opts.maxPageSize)
  const mine = state.pins
    .filter(pin => pin.owner === account.owner)
    .filter(pin => !query.cid || filterMatches(state.opts.uploadsFilter, pin.cid, query.cid))
    .filter(pin => query.hasExpiration !== 'true' || pin.expiresAt !== null)
    .reverse()
  const uploads = mine.slice((page - 1) * limit, page * limit).map(pin => ({
    cid: pin.cid,
    name: pin.name,
    size: pin.size,
    type: pin.type,
    clusterId: pin.clusterId,
    expiresAt: pin.expiresAt,
    createdAt: pin.createdAt,
    uploadedAt: pin.createdAt,
    uploadId: pin.uploadId,
    bk: 0
  }))
  const total = mine.length
  return reply(200, { uploads, total, pagination: { page, limit, total } })
}

/**
 * Stores a pin for the caller as `recordModel` says: a new record, or the caller's first record
 * of the same content (any CID version or base) replaced or merged into.
 * @param {Ctx} ctx
 * @param {Omit<Pin, 'owner' | 'createdAt' | 'uploadId'>} fields
 * @returns {string} the upload id of the record that holds the content now
 */
function savePin(ctx, fields) {
  const { state, account } = ctx
  const model = state.opts.recordModel
  const key = contentKey(fields.cid)
  const existing =
    model === 'per-upload'
      ? -1
      : state.pins.findIndex(
          old => old.owner === account.owner && holdsContent(old, fields.cid, key)
        )
  if (existing !== -1 && model === 'per-cid-merge') {
    const held = state.pins[existing]
    state.pins[existing] = { ...held, expiresAt: laterExpiry(held.expiresAt, fields.expiresAt) }
    return held.uploadId
  }
  const uploadId = `upl_${String(state.nextUploadId++).padStart(6, '0')}`
  /** @type {Pin} */
  const pin = { owner: account.owner, ...fields, createdAt: new Date().toISOString(), uploadId }
  if (existing === -1) state.pins.push(pin)
  else state.pins[existing] = pin
  return uploadId
}

/**
 * Whether a record holds the content of `cid`: the same multihash and codec in any CID version
 * or base. A string that is not a CID is the same content as itself only.
 * @param {Pin} pin
 * @param {string} cid
 * @param {string | undefined} key `contentKey(cid)`, which the caller computes once
 */
function holdsContent(pin, cid, key) {
  return key === undefined ? pin.cid === cid : recordKey(pin) === key
}

/** @type {WeakMap<Pin, { cid: string, key: string | undefined }>} */
const recordKeys = new WeakMap()

/**
 * A record's content key, parsed once per record (again if a test changed its `cid`): a
 * benchmark's thousand uploads would otherwise parse half a million CIDs.
 * @param {Pin} pin
 */
function recordKey(pin) {
  const cached = recordKeys.get(pin)
  if (cached?.cid === pin.cid) return cached.key
  const key = contentKey(pin.cid)
  recordKeys.set(pin, { cid: pin.cid, key })
  return key
}

/**
 * The later of two expiries; null (never expires) is later than any date.
 * @param {string | null} held
 * @param {string | null} asked
 * @returns {string | null}
 */
function laterExpiry(held, asked) {
  if (held === null || asked === null) return null
  return Date.parse(asked) > Date.parse(held) ? asked : held
}

// ---------------------------------------------------------------------------------------------
// Pin status, the gateway, seeded records

/** Made-up cluster peers, in IPFS Cluster's peer id form. */
const PEERS = [
  ['12D3KooWFakePeer0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'cluster-0'],
  ['12D3KooWFakePeer1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'cluster-1'],
  ['12D3KooWFakePeer2ccccccccccccccccccccccccccccccccccc', 'cluster-2']
]

/**
 * GET /status/:cid?cl= (§12): 404 unless the caller holds a live pin of this content on that
 * cluster; then `pendingStatus` for the first `statusPolls` polls (or for ever with
 * `neverPinned`), then pinned, in the `statusShape` body.
 * @param {Ctx} ctx
 * @returns {Reply}
 */
function pinStatus(ctx) {
  const { state, account } = ctx
  const cid = ctx.params[0]
  const key = contentKey(cid)
  if (key === undefined) return badRequest('Invalid CID')
  const target = resolveTarget(ctx)
  if ('status' in target) return target
  const pin = state.pins.find(
    candidate =>
      candidate.owner === account.owner &&
      candidate.clusterId === target.clusterId &&
      contentKey(candidate.cid) === key &&
      isLive(candidate)
  )
  if (!pin) return notFound('CID not found in the pinset of this cluster')
  state.counters.statusChecks += 1
  const progress = progressOf(state, key)
  progress.polls += 1
  const pinned = !state.opts.neverPinned && progress.polls > state.opts.statusPolls
  if (pinned) progress.announced = true
  return reply(200, statusBody(state, cid, pin.name, pinned))
}

/**
 * @param {State} state
 * @param {string} cid as asked
 * @param {string} name
 * @param {boolean} pinned
 */
function statusBody(state, cid, name, pinned) {
  const pending = state.opts.pendingStatus
  if (state.opts.statusShape === 'normalised') {
    const status = pinned ? 'pinned' : pending
    return { success: true, cid, name, status, peers: PEERS.length, replication_factor: 2 }
  }
  const waiting = pending === 'queued' ? 'pin_queued' : 'pinning'
  const statuses = pinned ? ['pinned', 'pinning', 'remote'] : [waiting, waiting, 'remote']
  const timestamp = new Date().toISOString()
  const peerMap = Object.fromEntries(
    PEERS.map(([id, peername], i) => [
      id,
      {
        peername,
        ipfs_peer_id: id,
        ipfs_peer_addresses: [],
        status: statuses[i],
        timestamp,
        error: '',
        attempt_count: 0,
        priority_pin: false
      }
    ])
  )
  return {
    cid,
    name,
    allocations: PEERS.slice(0, 2).map(([id]) => id),
    origins: [],
    metadata: null,
    peer_map: peerMap
  }
}

/** @param {string} path */
function isGatewayPath(path) {
  return path.startsWith(`${GATEWAY_PREFIX}/`)
}

/**
 * GET and HEAD `/ipfs/<cid>[/<path>]`: a public gateway on the fake's origin, no key needed,
 * and a Trustless Gateway for `/ipfs/<cid>` (see `gatewayUrl`).
 * @param {State} state
 * @param {RequestRecord} rec
 * @returns {Reply | Promise<Reply>}
 */
function gateway(state, rec) {
  state.counters.gatewayRequests += 1
  if (rec.method !== 'GET' && rec.method !== 'HEAD') {
    return reply(405, 'method not allowed', { Allow: 'GET, HEAD' })
  }
  const asksCar = wantsCar(rec)
  if (asksCar) state.counters.carRequests += 1
  const car = asksCar && state.opts.carFault !== 'no-trustless'
  const [cid = '', ...rest] = rec.path.slice(GATEWAY_PREFIX.length + 1).split('/')
  const parsed = parseAnyCid(safeDecode(cid))
  const key = parsed?.toV1().toString()
  if (!parsed || key === undefined) return reply(400, `invalid path: ${cid} is not a CID`)
  if (asksCar && rest.length === 0 && parsed.multihash.code === IDENTITY_CODE) {
    // The probe: an identity CID holds its bytes, so any trustless gateway can answer it.
    if (!car) return reply(400, `fake gateway: no CAR answers here (carFault: 'no-trustless')`)
    return carReply(state, rec, parsed, undefined, 'all')
  }
  const scope = car ? carScope(rec) : undefined
  if (car && rest.length > 0) {
    return reply(400, 'fake gateway: CARs are served for /ipfs/<cid> only, not paths inside it')
  }
  if (car && scope === undefined) {
    return reply(400, 'fake gateway: only dag-scope=all or block, and no entity-bytes')
  }
  const progress = state.progress.get(key)
  const announced =
    !state.opts.neverPinned &&
    state.pins.some(pin => contentKey(pin.cid) === key && isLive(pin)) &&
    (state.opts.statusPolls === 0 || progress?.announced === true)
  if (!announced) return reply(404, `no provider found for ${cid}`)
  const lag = progressOf(state, key)
  if (lag.misses < state.opts.gatewayMisses) {
    lag.misses += 1
    return reply(404, `no provider found for ${cid}`)
  }
  if (car) {
    const stored = state.content.get(key)
    if (!stored) {
      const body = `fake gateway: no CAR of ${cid} (bytes not kept; start the fake with keepContent)`
      return reply(501, body, { 'X-Fake-Content': 'not-kept' })
    }
    if (!stored.blocks.has(stored.root)) {
      const body = `fake gateway: no CAR of ${cid} (no blocks kept; upload it with a cidProfile)`
      return reply(501, body, { 'X-Fake-Content': 'no-blocks' })
    }
    return carReply(state, rec, parsed, stored, scope ?? 'all')
  }
  return serveContent(state, key, rest.map(safeDecode).join('/'), rec.path)
}

const IDENTITY_CODE = 0x00
const CAR_CONTENT_TYPE = 'application/vnd.ipld.car; version=1; order=dfs; dups=n'
/** What 'other-root' names as the root, and what 'extra-blocks' appends. */
const OTHER_ROOT_BYTES = Buffer.from('other')
const EXTRA_BLOCK_BYTES = Buffer.from('fake-pinarkive: not in the DAG')

/**
 * `?format=car`, or an `Accept` that lists `application/vnd.ipld.car` (whatever its parameters).
 * @param {RequestRecord} rec
 */
function wantsCar(rec) {
  const accept = [rec.headers.accept ?? ''].flat().join(',')
  return rec.query.format === 'car' || /application\/vnd\.ipld\.car/i.test(accept)
}

/**
 * The `dag-scope` asked (the spec's default is 'all'), undefined for what the fake does not do.
 * @param {RequestRecord} rec
 * @returns {'all' | 'block' | undefined}
 */
function carScope(rec) {
  const scope = rec.query['dag-scope'] ?? 'all'
  if (rec.query['entity-bytes'] !== undefined) return undefined
  return scope === 'all' || scope === 'block' ? scope : undefined
}

/**
 * @typedef {{ cid: CID, bytes: Uint8Array, leaf: boolean }} CarBlock
 */

/**
 * A CARv1 of `root`'s DAG (or of nothing but its root, for an identity CID), with `carFault`.
 * @param {State} state
 * @param {RequestRecord} rec
 * @param {CID} root as asked: the header names it, and the first block goes by it
 * @param {StoredContent | undefined} stored undefined for an identity CID
 * @param {'all' | 'block'} scope
 * @returns {Promise<Reply>}
 */
async function carReply(state, rec, root, stored, scope) {
  const fault = stored ? state.opts.carFault : undefined
  const blocks = stored ? dagBlocks(stored, root, scope, (await loadImporter()).dagPb) : []
  const { CarWriter } = await loadCarWriter()
  const leaf = blocks.findIndex((block, index) => index > 0 && block.leaf)
  if (fault === 'drop-block' && leaf > 0) blocks.splice(leaf, 1)
  if (fault === 'corrupt-block' && leaf > 0) {
    const bytes = Uint8Array.from(blocks[leaf].bytes)
    bytes[bytes.length >> 1] ^= 0xff
    blocks[leaf] = { ...blocks[leaf], bytes }
  }
  if (fault === 'extra-blocks') {
    blocks.push({ cid: rawBlockCid(EXTRA_BLOCK_BYTES), bytes: EXTRA_BLOCK_BYTES, leaf: true })
  }
  const header = fault === 'other-root' ? rawBlockCid(OTHER_ROOT_BYTES) : root
  const { writer, out } = CarWriter.create([header])
  /** @type {Uint8Array[]} */
  const chunks = []
  const collected = (async () => {
    for await (const chunk of out) chunks.push(chunk)
  })()
  for (const { cid, bytes } of blocks) await writer.put({ cid, bytes })
  await writer.close()
  await collected
  const type = fault === 'wrong-content-type' ? 'text/html' : CAR_CONTENT_TYPE
  return reply(200, Buffer.concat(chunks), {
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${root.toString()}.car"`,
    'X-Content-Type-Options': 'nosniff',
    'X-Ipfs-Path': rec.path,
    Vary: 'Accept'
  })
}

/**
 * The DAG under `root`, each block once, in depth-first pre-order (links in their order);
 * identity links hold their bytes and need no block. `scope` 'block' is the root alone.
 * @param {StoredContent} stored
 * @param {CID} root
 * @param {'all' | 'block'} scope
 * @param {typeof import('@ipld/dag-pb')} dagPb
 * @returns {CarBlock[]}
 */
function dagBlocks(stored, root, scope, dagPb) {
  /** @type {CarBlock[]} */
  const out = []
  const seen = new Set()
  /** @type {{ cid: CID, key: string }[]} */
  const stack = [{ cid: root, key: stored.root }]
  while (stack.length > 0) {
    const { cid, key } = /** @type {{ cid: CID, key: string }} */ (stack.pop())
    if (seen.has(key)) continue
    seen.add(key)
    const bytes = stored.blocks.get(key)
    if (!bytes) throw new Error(`fake gateway: block ${key} of ${stored.root} was not kept`)
    const links = cid.code === DAG_PB_CODEC ? dagPb.decode(bytes).Links.map(link => link.Hash) : []
    out.push({ cid, bytes, leaf: links.length === 0 })
    if (scope === 'block') break
    for (const link of links.reverse()) {
      if (link.multihash.code !== IDENTITY_CODE) stack.push({ cid: link, key: link.toString() })
    }
  }
  return out
}

/** @param {Uint8Array} bytes */
function rawBlockCid(bytes) {
  return CID.createV1(
    RAW_CODEC,
    Digest.create(SHA256_CODE, createHash('sha256').update(bytes).digest())
  )
}

/**
 * @param {State} state
 * @param {string} key
 * @param {string} path inside the root, '' for the root
 * @param {string} ipfsPath for the `X-Ipfs-Path` header
 * @returns {Reply}
 */
function serveContent(state, key, path, ipfsPath) {
  const headers = { 'X-Ipfs-Path': ipfsPath }
  const stored = state.content.get(key)
  if (!stored) {
    const body = `fake gateway: ${ipfsPath} (bytes not kept; start the fake with keepContent)`
    return reply(200, body, { ...headers, 'X-Fake-Content': 'not-kept' })
  }
  if (stored.kind === 'file') {
    return path === '' ? reply(200, stored.bytes, headers) : reply(404, 'no link named that')
  }
  const file = stored.files.get(path)
  if (file) return reply(200, file, headers)
  const prefix = path === '' ? '' : `${path}/`
  const listed = [...stored.files.keys()].filter(name => name.startsWith(prefix))
  if (listed.length === 0) return reply(404, 'no link named that')
  const listing = listed.map(name => name.slice(prefix.length)).join('\n')
  return reply(200, listing, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
}

/**
 * @param {State} state
 * @param {string} key
 * @returns {Progress}
 */
function progressOf(state, key) {
  let progress = state.progress.get(key)
  if (!progress) {
    progress = { polls: 0, announced: false, misses: 0 }
    state.progress.set(key, progress)
  }
  return progress
}

/**
 * A pin whose timelock has passed is gone from the cluster (the worker unpins it), even while
 * its record is still listed.
 * @param {Pin} pin
 */
function isLive(pin) {
  return pin.expiresAt === null || Date.parse(pin.expiresAt) > Date.now()
}

/**
 * Collects a file part's bytes as they stream by (only with `keepContent`).
 * @param {import('node:stream').Readable} stream
 * @param {PartRecord} part
 */
function keepPart(stream, part) {
  /** @type {Buffer[]} */
  const chunks = []
  keptParts.set(part, chunks)
  stream.on('data', chunk => chunks.push(chunk))
}

/** @type {WeakMap<PartRecord, Buffer[]>} */
const keptParts = new WeakMap()

/** @param {PartRecord} part */
function keptBytes(part) {
  return Buffer.concat(keptParts.get(part) ?? [])
}

/**
 * A kept file's blocks: those the importer made (`cidProfile`), else its raw CID's one block.
 * @param {PartRecord} part
 * @param {Buffer} bytes
 * @returns {BlockMap}
 */
function fileBlocks(part, bytes) {
  const imported = unixfsParts.get(part)?.blocks
  if (imported) return imported
  const raw = cidV1(RAW_CODEC, Buffer.from(part.sha256 ?? '', 'hex'))
  return new Map([[raw, bytes]])
}

/**
 * @param {State} state
 * @param {string} cid
 * @param {StoredContent} stored
 */
function storeContent(state, cid, stored) {
  const key = contentKey(cid)
  if (key !== undefined) state.content.set(key, stored)
}

/**
 * Notes a removal; content no live record holds any more leaves the cluster and the gateway,
 * and a later pin of it starts over.
 * @param {State} state
 * @param {Pin} pin
 */
function recordRemoval(state, pin) {
  const { owner, cid, clusterId, uploadId } = pin
  state.removed.push({ owner, cid, clusterId, uploadId, removedAt: new Date().toISOString() })
  state.counters.removed += 1
  const key = contentKey(cid)
  if (key === undefined || state.pins.some(p => contentKey(p.cid) === key && isLive(p))) return
  state.progress.delete(key)
  state.content.delete(key)
}

/**
 * @param {State} state
 * @param {UploadSeed} seed
 * @returns {Pin}
 */
function addUpload(state, seed) {
  const [key, config] = Object.entries(state.opts.keys)[0] ?? [DEFAULT_API_KEY, {}]
  /** @type {Pin} */
  const pin = {
    owner: seed.owner ?? toAccount(key, config).owner,
    cid: seed.cid,
    name: seed.name ?? seed.cid,
    size: seed.size ?? 0,
    clusterId: seed.clusterId ?? DEFAULT_CLUSTER,
    expiresAt: seed.expiresAt ?? null,
    type: seed.type ?? 'pin',
    createdAt: seed.createdAt ?? new Date().toISOString(),
    uploadId: `upl_${String(state.nextUploadId++).padStart(6, '0')}`
  }
  state.pins.push(pin)
  return pin
}

/**
 * @param {ResolvedOptions['uploadsFilter']} mode
 * @param {string} recorded
 * @param {string} asked
 */
function filterMatches(mode, recorded, asked) {
  if (mode === 'ignored') return true
  if (mode === 'exact') return recorded === asked
  const key = contentKey(asked)
  return key !== undefined ? contentKey(recorded) === key : recorded === asked
}

// ---------------------------------------------------------------------------------------------
// CIDs

/**
 * With `cidProfile`, the UnixFS CID computed while the part streamed in. Otherwise CIDv1 raw
 * over sha256: the real IPFS CID of a file up to 1 MiB added with raw leaves.
 * @param {State} state
 * @param {PartRecord} part
 */
function fileCid(state, part) {
  const sha256 = Buffer.from(part.sha256 ?? '', 'hex')
  const input = { kind: /** @type {const} */ ('file'), sha256, size: part.size }
  const custom = state.opts.cidFor?.({ ...input, filename: part.filename })
  return custom ?? part.cid ?? cidV1(RAW_CODEC, sha256)
}

/**
 * With `cidProfile`, the UnixFS directory of the parts at their paths. Otherwise not a UnixFS
 * directory: a dag-pb CID over a canonical listing, so it is stable, changes with any path or
 * content, and does not depend on the upload order. Repeated paths: the last part wins, as when
 * a server writes the files to disk.
 * @param {State} state
 * @param {DirEntry[]} files
 * @param {number} size
 * @param {{ path: string, part: PartRecord }[]} parts
 * @param {BlockMap} [blocks] where the UnixFS directory's own blocks go, with `keepContent`
 * @returns {Promise<string>}
 */
async function directoryCid(state, files, size, parts, blocks) {
  const byPath = new Map(files.map(({ path, cid, size }) => [path, { path, cid, size }]))
  const entries = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1))
  const listing = entries.map(entry => `${entry.path}\0${entry.cid}\n`).join('')
  const sha256 = createHash('sha256').update(listing).digest()
  const custom = state.opts.cidFor?.({ kind: 'directory', sha256, size, entries })
  if (custom !== undefined) return custom
  const imported = new Map(parts.map(({ path, part }) => [path, unixfsParts.get(part)]))
  const profile = state.opts.cidProfile
  if (profile && [...imported.values()].every(result => result?.profile === profile)) {
    const results = /** @type {Map<string, UnixfsResult>} */ (imported)
    return await unixfsDirectory(results, profile, blocks)
  }
  return cidV1(DAG_PB_CODEC, sha256)
}

/**
 * @param {number} codec
 * @param {Uint8Array} sha256
 */
function cidV1(codec, sha256) {
  return CID.createV1(codec, Digest.create(SHA256_CODE, sha256)).toString()
}

/**
 * Accepts any multibase CID string; CID.parse alone only knows base32, base36 and base58btc
 * (which covers `Qm…` CIDv0).
 * @param {string} text
 */
function isValidCid(text) {
  return parseAnyCid(text) !== undefined
}

/**
 * @param {string} text
 * @returns {CID | undefined}
 */
function parseAnyCid(text) {
  const base = Object.values(bases).find(candidate => candidate.prefix === text[0])
  for (const decoder of [undefined, base?.decoder]) {
    try {
      return CID.parse(text, /** @type {any} */ (decoder))
    } catch {
      // try the next decoder
    }
  }
  return undefined
}

/**
 * One key per content, whatever the CID's version or base: its CIDv1 in base32.
 * @param {string} text
 * @returns {string | undefined} undefined when `text` is not a CID
 */
function contentKey(text) {
  return parseAnyCid(text)?.toV1().toString()
}

// ---------------------------------------------------------------------------------------------
// Real UnixFS CIDs (`cidProfile`)
//
// The options are those of src/content/cid-profiles.ts and import-pipeline.ts, which the action
// uses to predict CIDs; the fake tests check that both agree. One difference, harmless: the fake
// uses the importer's own chunker. Like src/content/importer-fixes.ts, it re-encodes file nodes
// whose sizes protons-runtime encodes wrongly (2 to 4 GiB, see `fixLargeSizes`), so a 2 GiB part
// gets Kubo's CID too.

/**
 * @typedef {object} UnixfsResult
 * @property {CidProfile} profile
 * @property {CID} cid
 * @property {bigint} size bytes of the DAG, which a parent directory's link records
 * @property {BlockMap} [blocks] every block of the DAG, when they were kept
 */

/** @type {WeakMap<PartRecord, UnixfsResult>} */
const unixfsParts = new WeakMap()

/** @type {Record<CidProfile, { cidVersion: 0 | 1, rawLeaves: boolean, chunkSize: number, maxChildrenPerNode: number, shardSplitStrategy: 'links-bytes' | 'block-bytes' }>} */
const UNIXFS_PROFILES = {
  'unixfs-v0-2015': {
    cidVersion: 0,
    rawLeaves: false,
    chunkSize: 262144,
    maxChildrenPerNode: 174,
    shardSplitStrategy: 'links-bytes'
  },
  'unixfs-v1-2025': {
    cidVersion: 1,
    rawLeaves: true,
    chunkSize: 1048576,
    maxChildrenPerNode: 1024,
    shardSplitStrategy: 'block-bytes'
  }
}

/** @type {import('ipfs-unixfs-importer').WritableStorage} blocks are hashed, never kept */
const DISCARD_BLOCKS = { put: cid => cid }

/**
 * An in-memory blockstore over `blocks`, or DISCARD_BLOCKS without.
 * @param {BlockMap | undefined} blocks
 * @returns {import('ipfs-unixfs-importer').WritableStorage}
 */
function blockstore(blocks) {
  if (!blocks) return DISCARD_BLOCKS
  return {
    put: async (cid, bytes) => {
      if (bytes instanceof Uint8Array) blocks.set(cid.toString(), bytes)
      else {
        /** @type {Uint8Array[]} */
        const chunks = []
        for await (const chunk of bytes) chunks.push(chunk)
        blocks.set(cid.toString(), Buffer.concat(chunks))
      }
      return cid
    }
  }
}

/**
 * @typedef {object} ImporterModules
 * @property {typeof import('ipfs-unixfs-importer').importer} importer
 * @property {typeof import('ipfs-unixfs-importer/chunker').fixedSize} fixedSize
 * @property {typeof import('ipfs-unixfs-importer/layout').balanced} balanced
 * @property {typeof import('@ipld/dag-pb')} dagPb
 */

/** @type {Promise<ImporterModules> | undefined} */
let importerModules
/** @type {Promise<typeof import('@ipld/car/writer')> | undefined} */
let carWriterModule

/**
 * Loaded on first use only, so that tests without `cidProfile` do not pay for it. One import
 * after the other: jest's ESM loader fails on parallel imports that share a dependency, so
 * each loader waits for the other if it started first.
 * @returns {Promise<ImporterModules>}
 */
function loadImporter() {
  const before = carWriterModule
  importerModules ??= (async () => {
    await before?.catch(() => {})
    const { importer } = await import('ipfs-unixfs-importer')
    const { fixedSize } = await import('ipfs-unixfs-importer/chunker')
    const { balanced } = await import('ipfs-unixfs-importer/layout')
    const dagPb = await import('@ipld/dag-pb')
    return { importer, fixedSize, balanced, dagPb }
  })()
  return importerModules
}

/**
 * `@ipld/car`'s writer, for the gateway's CARs, loaded on first use as `loadImporter` is.
 * @returns {Promise<typeof import('@ipld/car/writer')>}
 */
function loadCarWriter() {
  const before = importerModules
  carWriterModule ??= (async () => {
    await before?.catch(() => {})
    return await import('@ipld/car/writer')
  })()
  return carWriterModule
}

/**
 * A fresh object per import: the importer may write to the options it is given.
 * @param {CidProfile} profile
 * @param {ImporterModules} modules
 * @param {import('ipfs-unixfs-importer').WritableStorage} store where a node `fixLargeSizes`
 *   encodes again goes, as the importer's own blocks do
 * @returns {import('ipfs-unixfs-importer').ImporterOptions}
 */
function unixfsOptions(profile, modules, store) {
  const settings = UNIXFS_PROFILES[profile]
  const layout = modules.balanced({ maxChildrenPerNode: settings.maxChildrenPerNode })
  return {
    cidVersion: settings.cidVersion,
    rawLeaves: settings.rawLeaves,
    leafType: 'file',
    reduceSingleLeafToSelf: true,
    chunker: modules.fixedSize({ chunkSize: settings.chunkSize }),
    layout: (source, reduce) =>
      layout(source, async leaves => {
        const node = await reduce(leaves)
        const fixed = fixLargeSizes(node, settings.cidVersion, modules.dagPb)
        if (fixed !== node) await store.put(fixed.cid, fixed.block)
        return fixed
      }),
    shardSplitThresholdBytes: 262144,
    shardSplitStrategy: settings.shardSplitStrategy,
    shardFanoutBits: 8,
    wrapWithDirectory: false,
    fileImportConcurrency: 1,
    blockWriteConcurrency: 2
  }
}

/**
 * @param {AsyncIterable<Uint8Array>} content
 * @param {CidProfile} profile
 * @param {BlockMap} [blocks] where the blocks go, when they are kept
 * @returns {Promise<UnixfsResult>}
 */
async function unixfsFile(content, profile, blocks) {
  const modules = await loadImporter()
  const store = blockstore(blocks)
  let last
  for await (const entry of modules.importer(
    [{ content }],
    store,
    unixfsOptions(profile, modules, store)
  )) {
    last = entry
  }
  if (!last) throw new Error('the importer returned nothing')
  return { profile, cid: last.cid, size: last.size, ...(blocks ? { blocks } : {}) }
}

/**
 * protons-runtime, which encodes UnixFS, writes a size from 2^31 to 2^32 - 1 as one byte and
 * leaves the rest of its varint as a fresh buffer held it, so a file of 2 to 4 GiB gets a wrong
 * root (see `fixLargeSizes` in src/content/importer-fixes.ts, which this follows). Such a node is encoded
 * again with correct varints; its length, so its parent's link, does not change.
 * @param {any} node what the importer's reducer returned
 * @param {0 | 1} cidVersion
 * @param {typeof import('@ipld/dag-pb')} dagPb
 */
function fixLargeSizes(node, cidVersion, dagPb) {
  const unixfs = node.unixfs
  if (unixfs?.type !== 'file' || unixfs.data !== undefined || !node.block) return node
  /** @type {bigint[]} */
  const sizes = [unixfs.fileSize(), ...unixfs.blockSizes]
  if (!sizes.some(size => size >= 2n ** 31n && size < 2n ** 32n)) return node
  const decoded = dagPb.decode(node.block)
  const data = [0x08, 0x02, 0x18, ...varint(unixfs.fileSize())]
  for (const size of unixfs.blockSizes) data.push(0x20, ...varint(size))
  if (decoded.Data?.length !== data.length) throw new Error('unexpected UnixFS file node layout')
  const block = dagPb.encode({ Data: Uint8Array.from(data), Links: decoded.Links })
  const digest = Digest.create(SHA256_CODE, createHash('sha256').update(block).digest())
  return { ...node, cid: CID.create(cidVersion, dagPb.code, digest), block }
}

/**
 * Protobuf's unsigned varint: 7 bits a byte, least significant first.
 * @param {bigint} value
 */
function varint(value) {
  /** @type {number[]} */
  const out = []
  while (value >= 0x80n) {
    out.push(Number(value & 0x7fn) | 0x80)
    value >>= 7n
  }
  out.push(Number(value))
  return out
}

/**
 * The directory of files already imported, built by the importer's own tree builder (flat
 * directories, HAMT past the threshold) from their CIDs and sizes. Paths go under one top
 * directory, whose entry is the root. Only files: directories exist through them.
 * @param {Map<string, UnixfsResult>} files by path inside the directory
 * @param {CidProfile} profile
 * @param {BlockMap} [blocks] where the directory's blocks (HAMT shards included) go, if kept
 * @returns {Promise<string>}
 */
async function unixfsDirectory(files, profile, blocks) {
  const modules = await loadImporter()
  const store = blockstore(blocks)
  const byPath = new Map([...files].map(([path, result]) => [`root/${path}`, result]))
  /** @type {import('ipfs-unixfs-importer').ImporterOptions} */
  const options = {
    ...unixfsOptions(profile, modules, store),
    dagBuilder: async function* (source) {
      for await (const candidate of source) {
        const path = candidate.path ?? ''
        const result = /** @type {UnixfsResult} */ (byPath.get(path))
        yield async () => ({ cid: result.cid, size: result.size, path, originalPath: path })
      }
    }
  }
  const candidates = [...byPath.keys()].map(path => ({ path }))
  for await (const entry of modules.importer(candidates, store, options)) {
    if (entry.path === 'root') return entry.cid.toString()
  }
  throw new Error('the importer did not return the directory')
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/**
 * @param {number} status
 * @param {unknown} [body]
 * @param {Record<string, string>} [headers]
 * @returns {Reply}
 */
function reply(status, body, headers = {}) {
  return { status, body, headers }
}

/**
 * @param {State} state
 * @param {unknown} body
 */
function created(state, body) {
  return reply(state.opts.successStatus, body)
}

/** @param {string} message */
function badRequest(message) {
  return reply(400, { error: 'Bad Request', message })
}

function unauthorized() {
  return reply(401, {
    error: 'Unauthorized',
    code: 'INVALID_API_KEY',
    message: 'Invalid or missing API key'
  })
}

/**
 * @param {string} code
 * @param {string} message
 * @param {Record<string, string>} [extra]
 */
function forbidden(code, message, extra = {}) {
  return reply(403, { error: 'Forbidden', code, ...extra, message })
}

/** @param {string} message */
function notFound(message) {
  return reply(404, { error: 'Not Found', message })
}

function payloadTooLarge() {
  return reply(413, {
    error: 'Payload Too Large',
    code: 'FILE_TOO_LARGE',
    message: 'File too large'
  })
}

/**
 * multer's LIMIT_UNEXPECTED_FILE message; `field` is extra, to help debugging.
 * @param {string} name
 */
function unexpectedField(name) {
  return reply(400, { error: 'Bad Request', message: 'Unexpected field', field: name })
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * @param {string | undefined} text
 * @param {number} fallback
 */
function positiveInt(text, fallback) {
  const value = Number(text)
  return Number.isInteger(value) && value > 0 ? value : fallback
}

/** @param {string} text */
function safeDecode(text) {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
