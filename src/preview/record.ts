/**
 * What a publish leaves for later runs to read: in the sticky comment's hidden state and in a
 * deployment's payload. Read back defensively: a record is only trusted for what parses as one.
 * Records hold roots, not every file, so their size stays bounded however large the site is.
 */
import { arrayOf, fieldsOf } from '../shared/json.js'
import { checkCids } from '../shared/cid.js'
import { safeUrl } from '../shared/escape-markdown.js'

/** One publish of a pull request's preview. */
export interface PublishRecord {
  /** The commit the content was built from. */
  sha: string
  /** When it was published, ISO 8601. */
  at: string
  /** The run that published it. */
  runUrl: string
  /** The main CID first, then at most a few more: never every file. */
  cids: string[]
  /** How many CIDs the publish produced, listed in `cids` or not. */
  total: number
  /**
   * The root of a directory preview that carries this site's marker (marker.ts), so no other
   * content can have it. A deployment records the root computed locally with the marker; the
   * comment records Pinarkive's answer, and only when it equals that local root.
   */
  previewRoot?: string
  /** The site (`comment-header`, else the workflow) the preview was published for. */
  site?: string
  /** 2 for records whose previews carry a marker; earlier versions' records read as 1. */
  format: number
  /** Of `cids`, those Pinarkive already held: this preview did not create them. */
  reused: string[]
  /** When the pins expire; null: never. */
  expiresAt: string | null
  /** The main CID's gateway link, so that the comment can link an earlier preview. */
  url?: string
}

/** The state kept in the sticky comment: the pull request's previews, newest last. */
export interface PreviewState {
  pullRequest: number
  history: PublishRecord[]
  /** Marker roots of publishes that no longer fit in `history`, still to be cleaned up. */
  olderRoots: string[]
  /** What the state no longer lists at all: a cleanup says these stay until their timelock. */
  dropped: { publishes: number; cids: number }
  /** Set by a cleanup: what it unpinned. */
  unpinned: string[]
}

/** Identifies this action's records among other tools' payloads. */
export const RECORD_TOOL = 'pinarkive/pin-action'
export const RECORD_FORMAT = 2
/** Previews listed in full: enough for the comment's history, small enough to stay hidden. */
const MAX_HISTORY = 20
/** Roots of older previews, and unpinned roots, kept beyond that. */
const MAX_ROOTS = 60
/** CIDs a record lists besides its root: the main item and a few more, for the history. */
const MAX_CIDS = 5

const STATE_PREFIX = '<!-- pin-action-state:'
const STATE_SUFFIX = '-->'

export function emptyState(pullRequest: number): PreviewState {
  return {
    pullRequest,
    history: [],
    olderRoots: [],
    dropped: { publishes: 0, cids: 0 },
    unpinned: []
  }
}

/**
 * The state within its bounds: the oldest previews leave `history` first, their roots move to
 * `olderRoots`, and whatever no longer fits is counted in `dropped`, never lost without a word.
 */
export function boundState(state: PreviewState): PreviewState {
  const excess = Math.max(0, state.history.length - MAX_HISTORY)
  const leaving = state.history.slice(0, excess)
  const dropped = { ...state.dropped }
  const olderRoots = [...state.olderRoots]
  for (const record of leaving) {
    dropped.publishes += 1
    if (record.previewRoot) olderRoots.push(record.previewRoot)
    dropped.cids += Math.max(0, record.total - (record.previewRoot ? 1 : 0))
  }
  const overflow = Math.max(0, olderRoots.length - MAX_ROOTS)
  dropped.cids += overflow
  return {
    ...state,
    history: state.history.slice(excess).map(capRecord),
    olderRoots: olderRoots.slice(overflow),
    dropped,
    unpinned: state.unpinned.slice(-MAX_ROOTS)
  }
}

/** The hidden line that carries the state: base64url, so no content can end the comment. */
export function encodeState(state: PreviewState): string {
  const data = Buffer.from(JSON.stringify({ tool: RECORD_TOOL, ...boundState(state) })).toString(
    'base64url'
  )
  return `${STATE_PREFIX}${data}${STATE_SUFFIX}`
}

/** The state in a comment body, when it holds a readable one. */
export function decodeState(body: string): PreviewState | undefined {
  const start = body.lastIndexOf(STATE_PREFIX)
  if (start === -1) return undefined
  const end = body.indexOf(STATE_SUFFIX, start)
  if (end === -1) return undefined
  const data = body.slice(start + STATE_PREFIX.length, end).trim()
  if (!/^[A-Za-z0-9_-]*$/.test(data)) return undefined
  const value = fieldsOf(parseJson(Buffer.from(data, 'base64url').toString('utf8')))
  if (value.tool !== RECORD_TOOL || !isPullNumber(value.pullRequest)) return undefined
  const dropped = fieldsOf(value.dropped)
  return {
    pullRequest: value.pullRequest,
    history: arrayOf(value.history)
      .slice(-MAX_HISTORY)
      .flatMap(entry => readRecord(entry) ?? []),
    olderRoots: cids(value.olderRoots, MAX_ROOTS),
    dropped: { publishes: count(dropped.publishes), cids: count(dropped.cids) },
    unpinned: cids(value.unpinned, MAX_ROOTS)
  }
}

/** A deployment's payload: the record of one publish, and the pull request it was for. */
export function recordPayload(
  record: PublishRecord,
  context: { pullRequest: number | undefined; cluster: string; profile: string }
): Record<string, unknown> {
  return {
    tool: RECORD_TOOL,
    pullRequest: context.pullRequest ?? null,
    cluster: context.cluster,
    profile: context.profile,
    ...capRecord(record)
  }
}

/** The record in a deployment's payload, when it is one of ours. */
export function readPayload(
  payload: unknown
): (PublishRecord & { pullRequest: number | undefined }) | undefined {
  const value = fieldsOf(typeof payload === 'string' ? parseJson(payload) : payload)
  if (value.tool !== RECORD_TOOL) return undefined
  const record = readRecord(value)
  if (!record) return undefined
  return { ...record, pullRequest: isPullNumber(value.pullRequest) ? value.pullRequest : undefined }
}

/**
 * Whether a deployment's payload is of `site`. A record that names no site (an earlier
 * version's) belongs to every site, as it did then.
 */
export function ofSite(payload: unknown, site: string | undefined): boolean {
  const recorded = readPayload(payload)?.site
  return recorded === undefined || site === undefined || recorded === site
}

function capRecord(record: PublishRecord): PublishRecord {
  return {
    ...record,
    cids: record.cids.slice(0, MAX_CIDS),
    reused: record.reused.slice(0, MAX_CIDS)
  }
}

function readRecord(value: unknown): PublishRecord | undefined {
  const data = fieldsOf(value)
  const sha = typeof data.sha === 'string' && /^[0-9a-f]{7,64}$/.test(data.sha) ? data.sha : ''
  const format = data.format === RECORD_FORMAT ? RECORD_FORMAT : 1
  // Earlier versions listed up to 50 CIDs, every file of a files-mode publish among them.
  const recorded = cids(data.cids, format === RECORD_FORMAT ? MAX_CIDS : 50)
  // A root is trusted only when it parses as a CID, like everything else here.
  const [previewRoot] = cids([data.previewRoot], 1)
  if (recorded.length === 0 && !previewRoot) return undefined
  return {
    sha,
    at: isoTime(data.at) ?? '',
    runUrl:
      typeof data.runUrl === 'string' && /^https:\/\/\S+$/.test(data.runUrl) ? data.runUrl : '',
    cids: recorded,
    // Earlier records listed every CID (up to 50), so what they list is all they can tell.
    total: Math.max(count(data.total), recorded.length),
    ...(previewRoot && format === RECORD_FORMAT && { previewRoot }),
    ...(typeof data.site === 'string' && data.site.length <= 200 && { site: data.site }),
    format,
    reused: cids(data.reused, MAX_CIDS),
    expiresAt: isoTime(data.expiresAt) ?? null,
    ...(gatewayLink(data.url) && { url: data.url as string })
  }
}

/**
 * A link the comment may show: https (or http to this machine), no white space, not too long.
 * The renderers check it again (mdLinkDestination) before they link it, as they check every URL.
 */
function gatewayLink(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 2048 && !/\s/.test(value) && !!safeUrl(value)
}

/** Valid CIDs only, in canonical form: a record is never trusted for anything else. */
function cids(value: unknown, max: number): string[] {
  const strings = arrayOf(value).filter((v): v is string => typeof v === 'string')
  return checkCids(strings.slice(0, max)).valid
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0
}

function isoTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

function isPullNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
