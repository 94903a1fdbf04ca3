/** Reading the undocumented `GET /status/:cid` body in both shapes it may take. */
import { readPinStatus } from '../../src/pinarkive/pin-status.js'

const CID = 'bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y'
const V0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH' // the same content as CIDv0

function cluster(...statuses: (string | { status: unknown; error?: unknown })[]) {
  const peerMap = Object.fromEntries(
    statuses.map((s, i) => [
      `12D3KooPeer${i}`,
      typeof s === 'string' ? { status: s, error: '' } : s
    ])
  )
  return { cid: CID, name: 'site', peer_map: peerMap }
}

describe('readPinStatus, IPFS Cluster shape', () => {
  it('counts the content pinned as soon as one peer has it', () => {
    expect(readPinStatus(cluster('pinning', 'pinned', 'remote'), CID)).toEqual({
      state: 'pinned',
      detail: 'peers: 1 pinning, 1 pinned, 1 remote'
    })
  })

  it('otherwise reports the most advanced state any peer is in', () => {
    expect(readPinStatus(cluster('pin_queued', 'pinning'), CID).state).toBe('pinning')
    expect(readPinStatus(cluster('pin_queued', 'remote'), CID).state).toBe('queued')
    expect(readPinStatus(cluster('unpinned', 'unpin_queued'), CID).state).toBe('unpinned')
  })

  it('reports a failed pin with the first error a peer gives, quoted', () => {
    const body = cluster(
      { status: 'pin_error', error: 'context deadline exceeded\n\u001b[31m' },
      'cluster_error'
    )
    expect(readPinStatus(body, CID)).toEqual({
      state: 'failed',
      detail:
        'peers: 1 pin_error, 1 cluster_error; error: "context deadline exceeded\\n\\u001b[31m"'
    })
  })

  it('counts a peer without a status as unreadable, and shows the first error only', () => {
    const body = cluster(
      'pinned',
      { status: undefined },
      { status: 'pin_error', error: 'first' },
      { status: 'pin_error', error: 'second' },
      { status: 'pin_error' }
    )
    expect(readPinStatus(body, CID)).toEqual({
      state: 'pinned',
      detail: 'peers: 1 pinned, 1 "unreadable", 3 pin_error; error: "first"'
    })
  })

  it('accepts the older {"/": cid} form and another version of the same CID', () => {
    expect(readPinStatus({ ...cluster('pinned'), cid: { '/': CID } }, CID).state).toBe('pinned')
    expect(readPinStatus({ ...cluster('pinned'), cid: V0 }, CID).state).toBe('pinned')
  })

  it('is unknown when no peer says anything it knows', () => {
    expect(readPinStatus(cluster('remote', 'warp_speed'), CID)).toEqual({
      state: 'unknown',
      detail: 'no peer status we know (peers: 1 remote, 1 "warp_speed")'
    })
    expect(readPinStatus(cluster({ status: 7 }), CID).state).toBe('unknown')
  })
})

describe('readPinStatus, normalised shape', () => {
  it('reads status', () => {
    const body = { success: true, cid: CID, status: 'pinned', peers: 3, replication_factor: 2 }
    expect(readPinStatus(body, CID)).toEqual({ state: 'pinned', detail: 'status pinned' })
    expect(readPinStatus({ ...body, status: 'queued' }, CID).state).toBe('queued')
  })

  it('prefers a peer_map when both are present', () => {
    expect(readPinStatus({ ...cluster('pinned'), status: 'pinning' }, CID).state).toBe('pinned')
  })

  it('is unknown on success: false, with what the server said', () => {
    expect(readPinStatus({ success: false, error: 'cluster timeout' }, CID)).toEqual({
      state: 'unknown',
      detail: 'the answer says success: false: "cluster timeout"'
    })
  })
})

describe('readPinStatus, answers it cannot read', () => {
  it.each([
    [undefined, 'the answer was empty'],
    ['<html>Bad gateway</html>', 'the answer is not a JSON object: "<html>Bad gateway</html>"'],
    [[cluster('pinned')], 'the answer is not a JSON object: a JSON object'],
    [42, 'the answer is not a JSON object: a JSON number'],
    [{ cid: CID }, 'the answer has neither a peer_map nor a status'],
    [{ cid: CID, peer_map: {}, status: 'done' }, 'status "done" is not one we know'],
    [{ cid: CID, status: 'constructor' }, 'status "constructor" is not one we know']
  ])('%j is unknown: %s', (body, detail) => {
    expect(readPinStatus(body, CID)).toEqual({ state: 'unknown', detail })
  })

  it('refuses an answer about another CID, in either form', () => {
    const other = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'
    expect(readPinStatus({ ...cluster('pinned'), cid: other }, CID)).toEqual({
      state: 'unknown',
      detail: `the answer is about another CID: "${other}"`
    })
    expect(readPinStatus({ ...cluster('pinned'), cid: { '/': other } }, CID)).toEqual({
      state: 'unknown',
      detail: `the answer is about another CID: "${other}"`
    })
  })

  it('says success: false even when the server says nothing more', () => {
    expect(readPinStatus({ success: false, message: 42 }, CID)).toEqual({
      state: 'unknown',
      detail: 'the answer says success: false'
    })
  })
})
