/**
 * What a publish leaves for later runs to read: in the sticky comment's hidden state and in a
 * deployment's payload. Read back defensively: a record is only trusted for what parses as one.
 */
import { arrayOf, fieldsOf } from '../shared/json.js'
import { checkCids } from '../shared/cid.js'

/** One publish of a pull request's preview. */
export interface PublishRecord {
  /** The commit the content was built from. */
  sha: string
  /** When it was published, ISO 8601. */
  at: string
  /** The run that published it. */
  runUrl: string
  /** What was published, the main item first. */
  cids: string[]
  /** Of `cids`, those Pinarkive already held: this preview did not create them. */
  reused: string[]
  /** When the pins expire; null: never. */
  expiresAt: string | null
}

/** The state kept in the sticky comment: every preview of the pull request, newest last. */
export interface PreviewState {
  pullRequest: number
  history: PublishRecord[]
  /** Set by a cleanup: what it unpinned. */
  unpinned: string[]
}

/** Identifies this action's records among other tools' payloads. */
export const RECORD_TOOL = 'pinarkive/pin-action'
/** Earlier previews kept in the comment: enough to clean up after, small enough to stay hidden. */
const MAX_HISTORY = 30
const MAX_CIDS = 50

const STATE_PREFIX = '<!-- pin-action-state:'
const STATE_SUFFIX = '-->'

/** The hidden line that carries the state: base64url, so no content can end the comment. */
export function encodeState(state: PreviewState): string {
  const trimmed: PreviewState = { ...state, history: state.history.slice(-MAX_HISTORY) }
  const data = Buffer.from(JSON.stringify({ tool: RECORD_TOOL, ...trimmed })).toString('base64url')
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
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  const value = fieldsOf(parsed)
  if (value.tool !== RECORD_TOOL || !isPullNumber(value.pullRequest)) return undefined
  return {
    pullRequest: value.pullRequest,
    history: arrayOf(value.history).flatMap(entry => readRecord(entry) ?? []),
    unpinned: cids(value.unpinned)
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
    ...record,
    cids: record.cids.slice(0, MAX_CIDS)
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

function readRecord(value: unknown): PublishRecord | undefined {
  const data = fieldsOf(value)
  const sha = typeof data.sha === 'string' && /^[0-9a-f]{7,64}$/.test(data.sha) ? data.sha : ''
  const recorded = cids(data.cids)
  if (recorded.length === 0) return undefined
  return {
    sha,
    at: isoTime(data.at) ?? '',
    runUrl:
      typeof data.runUrl === 'string' && /^https:\/\/\S+$/.test(data.runUrl) ? data.runUrl : '',
    cids: recorded,
    reused: cids(data.reused),
    expiresAt: isoTime(data.expiresAt) ?? null
  }
}

/** Valid CIDs only, in canonical form: a record is never trusted for anything else. */
function cids(value: unknown): string[] {
  const strings = arrayOf(value).filter((v): v is string => typeof v === 'string')
  return checkCids(strings.slice(0, MAX_CIDS)).valid
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
