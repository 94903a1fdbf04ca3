/**
 * Reads the answer of `GET /status/:cid`, whose body Pinarkive does not document (API §12):
 * the IPFS Cluster shape `{cid, name, peer_map: {<peer>: {status, error?}}}`, or the normalised
 * one `{success, cid, status, peers, …}`. What cannot be read is said, never guessed.
 */
import { asObject } from '../shared/json.js'
import { sameContent } from '../shared/cid.js'
import { quoteValue } from '../shared/quote.js'

type PinState = 'pinned' | 'pinning' | 'queued' | 'unpinned' | 'failed' | 'unknown'

export interface PinStatus {
  /** `unknown`: the answer could not be read; `detail` says why. */
  state: PinState
  /** What the answer said beyond the state (peers, the cluster's error), or why it is unknown. */
  detail?: string
}

/**
 * IPFS Cluster's tracker statuses, and the plainer words a normalised body may use. `remote`
 * (a peer not allocated to the pin) and `sharded` say nothing about whether the content is held.
 */
const STATES: Readonly<Record<string, Exclude<PinState, 'unknown'> | 'silent'>> = {
  pinned: 'pinned',
  pinning: 'pinning',
  pin_queued: 'queued',
  queued: 'queued',
  unpinned: 'unpinned',
  unpinning: 'unpinned',
  unpin_queued: 'unpinned',
  unexpectedly_unpinned: 'failed',
  pin_error: 'failed',
  unpin_error: 'failed',
  cluster_error: 'failed',
  error: 'failed',
  failed: 'failed',
  remote: 'silent',
  sharded: 'silent'
}

/** Which state wins when peers disagree (pinned is handled first: see `fromPeerMap`). */
const PRECEDENCE: readonly Exclude<PinState, 'unknown'>[] = [
  'pinned',
  'pinning',
  'queued',
  'failed',
  'unpinned'
]

function unknown(detail: string): PinStatus {
  return { state: 'unknown', detail }
}

/** Older cluster versions write a CID as `{"/": "bafy…"}`. */
function cidOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  const link = asObject(value)?.['/']
  return typeof link === 'string' ? link : undefined
}

/**
 * The pin status of `cid` in a status answer's body (as the transport parsed it: JSON, text, or
 * undefined when empty).
 */
export function readPinStatus(body: unknown, cid: string): PinStatus {
  if (body === undefined) return unknown('the answer was empty')
  const data = asObject(body)
  if (data === undefined) {
    const shown = typeof body === 'string' ? quoteValue(body) : `a JSON ${typeof body}`
    return unknown(`the answer is not a JSON object: ${shown}`)
  }
  const answered = cidOf(data.cid)
  if (answered !== undefined && !sameContent(answered, cid)) {
    return unknown(`the answer is about another CID: ${quoteValue(answered)}`)
  }
  if (data.success === false) {
    const said = [data.message, data.error].find(text => typeof text === 'string')
    return unknown(`the answer says success: false${said ? `: ${quoteValue(said)}` : ''}`)
  }
  const peers = asObject(data.peer_map)
  if (peers !== undefined && Object.keys(peers).length > 0) return fromPeerMap(peers)
  if (typeof data.status === 'string') return fromStatus(data.status)
  return unknown('the answer has neither a peer_map nor a status')
}

function fromStatus(status: string): PinStatus {
  const state = Object.hasOwn(STATES, status) ? STATES[status] : undefined
  if (state === undefined || state === 'silent') {
    return unknown(`status ${quoteValue(status)} is not one we know`)
  }
  return { state, detail: `status ${status}` }
}

/**
 * The content counts as pinned as soon as one peer reports `pinned`: that peer holds every block
 * and serves them to the network, so gateways can fetch the content. Replicating it to the
 * other allocated peers is the cluster's own business; waiting for all of them would wait on
 * the slowest peer, or forever on one that is down (`cluster_error`), for no gain to a reader.
 */
function fromPeerMap(peers: Record<string, unknown>): PinStatus {
  const counts = new Map<string, number>()
  let error: string | undefined
  for (const info of Object.values(peers)) {
    const peer = asObject(info)
    const status = typeof peer?.status === 'string' ? peer.status : 'unreadable'
    counts.set(status, (counts.get(status) ?? 0) + 1)
    if (error === undefined && typeof peer?.error === 'string' && peer.error !== '') {
      error = peer.error
    }
  }
  const seen = new Set(
    [...counts.keys()].map(status => (Object.hasOwn(STATES, status) ? STATES[status] : undefined))
  )
  const summary = [...counts]
    .map(
      ([status, count]) =>
        `${count} ${Object.hasOwn(STATES, status) ? status : quoteValue(status, 40)}`
    )
    .join(', ')
  const detail = `peers: ${summary}${error === undefined ? '' : `; error: ${quoteValue(error)}`}`
  const state = PRECEDENCE.find(candidate => seen.has(candidate))
  return state === undefined ? unknown(`no peer status we know (${detail})`) : { state, detail }
}
