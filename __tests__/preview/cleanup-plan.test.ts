import {
  EARLIER_REASON,
  planCleanup,
  recordedContent,
  UNMARKED_REASON,
  type CleanupFacts,
  type RecordedContent
} from '../../src/preview/cleanup-plan.js'
import type { PublishRecord } from '../../src/preview/record.js'
import { CID } from 'multiformats/cid'

const A = 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy'
const B = 'bafkreiaxnnnb7qz2focittuqq3ya25q7rcv3bqynnczfzao7i4w2dmqqoe'
const C = 'bafkreidvyhyf6chbgmn5vgmf6hrb4kfyhmmfb3kayhrbo7ljbudbzmuhqa'
const P = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'
/** The same content as P, as CIDv1. */
const P1 = CID.parse(P).toV1().toString()

function record(fields: Partial<PublishRecord> = {}): PublishRecord {
  return {
    sha: 'a'.repeat(40),
    at: '2026-11-30T10:00:00.000Z',
    runUrl: 'https://github.com/o/r/actions/runs/1',
    cids: [],
    total: 1,
    format: 2,
    reused: [],
    expiresAt: null,
    ...fields
  }
}

const roots = (...cids: string[]): RecordedContent => ({ roots: cids, unproven: [], unlisted: 0 })

function facts(overrides: Partial<CleanupFacts> = {}): CleanupFacts {
  return {
    recorded: roots(A, B),
    production: { known: true, value: [] },
    otherPulls: { known: true, value: [] },
    ...overrides
  }
}

describe('recordedContent', () => {
  it('takes marked roots as provable, once per content, whichever record names them', () => {
    const recorded = recordedContent(
      [
        record({ cids: [A], previewRoot: A }),
        record({ cids: [P], previewRoot: P, sha: 'b'.repeat(40) }),
        record({ cids: [P1], previewRoot: P1, sha: 'b'.repeat(40) })
      ],
      { olderRoots: [C, A], dropped: { publishes: 2, cids: 0 } }
    )
    expect(recorded).toEqual({ roots: [A, P, C], unproven: [], unlisted: 0 })
  })

  it('keeps what no marker proves: files, pins, a root Pinarkive answered differently, earlier records', () => {
    const recorded = recordedContent(
      [
        // A deployment recorded the local root A; the comment recorded B, which differed.
        record({ cids: [A], previewRoot: A }),
        record({ cids: [B], runUrl: 'https://github.com/o/r/actions/runs/2' }),
        record({ cids: [C, A], format: 1, total: 2 })
      ],
      undefined
    )
    expect(recorded.roots).toEqual([A])
    expect(recorded.unproven).toEqual([
      { cid: B, reason: UNMARKED_REASON },
      { cid: C, reason: EARLIER_REASON }
    ])
  })

  it('counts what the records count but do not list, each publish once', () => {
    const files = { sha: 'c'.repeat(40), cids: [A, B], total: 120 }
    const recorded = recordedContent(
      // The comment and the deployment describe the same files-mode publish.
      [record(files), record({ ...files, total: 118 }), record({ cids: [C], total: 3 })],
      { olderRoots: [], dropped: { publishes: 1, cids: 7 } }
    )
    expect(recorded.unlisted).toBe(118 + 2 + 7)
  })
})

describe('planCleanup', () => {
  it('unpins the marked roots and keeps the rest with its reason', () => {
    const plan = planCleanup(
      facts({ recorded: { roots: [A], unproven: [{ cid: B, reason: 'why' }], unlisted: 3 } })
    )
    expect(plan).toEqual({ unpin: [A], keep: [{ cid: B, reason: 'why' }] })
  })

  it('keeps a root a production deployment serves, in any CID version', () => {
    const plan = planCleanup(
      facts({ recorded: roots(P1, A), production: { known: true, value: [P] } })
    )
    expect(plan.unpin).toEqual([A])
    expect(plan.keep).toEqual([{ cid: P1, reason: 'a production deployment serves it' }])
  })

  it('keeps a root another open pull request holds', () => {
    const plan = planCleanup(
      facts({ otherPulls: { known: true, value: [{ cid: B, pullRequest: 9 }] } })
    )
    expect(plan.unpin).toEqual([A])
    expect(plan.keep).toEqual([{ cid: B, reason: 'the preview of pull request #9 uses it' }])
  })

  it('keeps every root when a check fails, saying which', () => {
    expect(
      planCleanup(facts({ production: { known: false, why: 'HTTP 500: boom' } })).keep
    ).toEqual([
      { cid: A, reason: 'could not check the production deployments (HTTP 500: boom)' },
      { cid: B, reason: 'could not check the production deployments (HTTP 500: boom)' }
    ])
    expect(planCleanup(facts({ otherPulls: { known: false, why: 'x' } })).unpin).toEqual([])
  })
})
