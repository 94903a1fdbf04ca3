/**
 * The Pinarkive API v3 endpoints, on the transport (transport/: retries, the shared rate
 * limiter, limits on every attempt) and request.ts (the key, headers and bodies). Answers are
 * checked before use. Knows nothing of @actions/core: it reports through events.
 */
import { fieldsOf } from '../shared/json.js'
import { parseCid } from '../shared/cid.js'
import { quoteValue } from '../shared/quote.js'
import type { Cluster } from '../gateway/gateway-url.js'
import { ApiError } from '../transport/errors.js'
import type { ProgressEvent } from '../transport/progress.js'
import type { BeforeResend } from '../transport/resend.js'
import { type RetryEvent, Transport, type TransportOptions } from '../transport/transport.js'
import {
  isPlainId,
  readClusters,
  readDirectory,
  readPinned,
  readUploaded,
  type Uploaded,
  type UploadedDirectory
} from './answers.js'
import { type ByteSource, multipartBody, newBoundary, type Part } from './multipart.js'
import { type PinStatus, readPinStatus } from './pin-status.js'
import { ApiRequests, type ApiOptions } from './request.js'
import { collectUploads, type UploadsLookup, type UploadsOptions } from './uploads.js'

export type { PinStatus } from './pin-status.js'
export type { UploadsLookup, UploadsOptions } from './uploads.js'
export type { ResendEvent } from '../transport/resend.js'
export type { RetryEvent } from '../transport/transport.js'

interface ClientEvents {
  retry?(event: RetryEvent): void
  progress?(event: ProgressEvent): void
  /**
   * Something in an answer was left out because it is not safe to use (a cluster id that is
   * not a plain id, a gateway that is not https://). The message quotes the value with
   * `quoteValue`, but is not escaped for any sink: the log escapes it.
   */
  warning?(message: string): void
}

export interface ClientOptions extends TransportOptions, Omit<ApiOptions, 'progress'> {
  events?: ClientEvents
}

export interface PinOptions {
  /** Cluster id sent as `cl`; omitted when empty. */
  cluster?: string
  /** Pin expiry, sent as ISO 8601 UTC. */
  timelock?: Date
}

/** How one upload or pin is sent. */
export interface SendOptions {
  /** Asked before a body the server may have stored is sent again (see resend.ts). */
  beforeResend?: BeforeResend
}

export type { Cluster, Uploaded, UploadedDirectory }

/** A file of a directory upload: its path inside the directory and its bytes. */
export interface DirectoryFile {
  path: string
  source: ByteSource
}

function timelockFields(options: PinOptions): Record<string, string> {
  const fields: Record<string, string> = {}
  if (options.cluster) fields.cl = options.cluster
  if (options.timelock) fields.timelock = options.timelock.toISOString()
  return fields
}

export class PinarkiveClient {
  /** The HTTP underneath, shared with what else the run sends (the gateway probe). */
  readonly transport: Transport
  private readonly api: ApiRequests
  /** One boundary per client: unique enough, and not drawn for every request. */
  private readonly boundary = newBoundary()
  private readonly warn = (message: string) => this.options.events?.warning?.(message)

  constructor(private readonly options: ClientOptions) {
    this.transport = new Transport(options)
    this.api = new ApiRequests(this.transport, {
      ...options,
      progress: event => options.events?.progress?.(event)
    })
  }

  /** Allowed clusters and their gateways (`GET /users/me/clusters`, scope `cluster:read`). */
  async listClusters(): Promise<Cluster[]> {
    const body = await this.api.send({
      method: 'GET',
      path: '/users/me/clusters',
      label: 'cluster list'
    })
    return readClusters(body, this.options.apiUrl, this.warn)
  }

  /** `POST /files`: one file, under `filename`. */
  async uploadFile(
    file: { filename: string; source: ByteSource },
    options: PinOptions & SendOptions,
    label: string
  ): Promise<Uploaded> {
    const parts: Part[] = [
      ...Object.entries(timelockFields(options)).map(([name, value]) => ({ name, value })),
      { name: 'file', filename: file.filename, source: file.source }
    ]
    const body = await this.api.send({
      method: 'POST',
      path: '/files',
      label,
      multipart: multipartBody(parts, this.boundary),
      beforeResend: options.beforeResend
    })
    return readUploaded(body, `upload of ${label}`, this.warn)
  }

  /**
   * `POST /files/directory-dag`: every file as a repeated `files` part whose filename is its
   * path inside the directory; `cl`, `timelock` and `dirName` first, because multer only fills
   * `req.body` with fields parsed before the first file.
   */
  async uploadDirectory(
    files: readonly DirectoryFile[],
    options: PinOptions & SendOptions & { dirName?: string },
    label: string
  ): Promise<UploadedDirectory> {
    const fields = timelockFields(options)
    if (options.dirName) fields.dirName = options.dirName
    const parts: Part[] = [
      ...Object.entries(fields).map(([name, value]) => ({ name, value })),
      ...files.map(file => ({ name: 'files', filename: file.path, source: file.source }))
    ]
    const body = await this.api.send({
      method: 'POST',
      path: '/files/directory-dag',
      label,
      multipart: multipartBody(parts, this.boundary),
      beforeResend: options.beforeResend
    })
    return readDirectory(body, `upload of ${label}`, this.warn)
  }

  /** `POST /files/pin/:cid`: pin content already on the network. */
  async pin(cid: string, options: PinOptions & SendOptions & { name?: string }): Promise<Uploaded> {
    const json: Record<string, string> = timelockFields(options)
    if (options.name) json.customName = options.name
    const body = await this.api.send({
      method: 'POST',
      path: `/files/pin/${encodeURIComponent(cid)}`,
      label: `pin ${cid}`,
      json,
      beforeResend: options.beforeResend
    })
    return readPinned(body, cid, this.warn)
  }

  /**
   * `GET /status/:cid?cl=` (scope `cluster:read`): whether the cluster holds the pin. A 404 means
   * the CID is not in the pinset (yet): `unpinned`, not an error. An answer that cannot be read
   * is `unknown`, with the reason in `detail`.
   */
  async pinStatus(cid: string, cluster?: string): Promise<PinStatus> {
    requireCid(cid)
    if (cluster !== undefined && cluster !== '' && !isPlainId(cluster)) {
      throw new TypeError(`pinStatus: ${quoteValue(cluster)} is not a cluster id`)
    }
    const query = cluster ? `?${new URLSearchParams({ cl: cluster }).toString()}` : ''
    const body = await unlessNotFound(
      this.api.send({
        method: 'GET',
        path: `/status/${encodeURIComponent(cid)}${query}`,
        label: `status of ${cid}`
      })
    )
    if (body === NOT_FOUND) return { state: 'unpinned', detail: 'not in the pinset: HTTP 404' }
    return readPinStatus(body, cid)
  }

  /**
   * `DELETE /files/remove/:cid` (scope `files:delete`): the server unpins it from the cluster its
   * upload record names. `absent` when the account holds no such pin (404).
   */
  async unpin(cid: string): Promise<'removed' | 'absent'> {
    requireCid(cid)
    const body = await unlessNotFound(
      this.api.send({
        method: 'DELETE',
        path: `/files/remove/${encodeURIComponent(cid)}`,
        label: `unpin ${cid}`
      })
    )
    return body === NOT_FOUND || fieldsOf(body).removed === false ? 'absent' : 'removed'
  }

  /**
   * The account's upload records of `cid`'s content (`GET /users/me/uploads?cid=`, scope
   * `files:read`), in any CID version or base, whatever the server's filter did. Reads at most
   * `maxPages` pages; `complete` is false when a record may have been missed.
   */
  async uploadsOf(cid: string, options: UploadsOptions = {}): Promise<UploadsLookup> {
    requireCid(cid)
    return collectUploads(cid, options, (page, limit) => {
      const query = new URLSearchParams({ cid, page: String(page), limit: String(limit) })
      return this.api.send({
        method: 'GET',
        path: `/users/me/uploads?${query.toString()}`,
        label: `uploads of ${cid}`
      })
    })
  }

  /** Releases pooled connections so the process can exit. */
  async close(): Promise<void> {
    await this.transport.close()
  }
}

/** Refuses anything but a CID before it becomes part of a request path. */
function requireCid(cid: string): void {
  try {
    parseCid(cid)
  } catch {
    throw new TypeError(`${quoteValue(cid)} is not a CID`)
  }
}

const NOT_FOUND = Symbol('not found')

/** The request's body, or NOT_FOUND when the server answered 404. */
async function unlessNotFound(sending: Promise<unknown>): Promise<unknown> {
  try {
    return await sending
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return NOT_FOUND
    throw error
  }
}
