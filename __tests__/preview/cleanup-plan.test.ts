import { planCleanup, type CleanupFacts } from '../../src/preview/cleanup-plan.js'
import { CID } from 'multiformats/cid'

const A = 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy'
const B = 'bafkreiaxnnnb7qz2focittuqq3ya25q7rcv3bqynnczfzao7i4w2dmqqoe'
const C = 'bafkreidvyhyf6chbgmn5vgmf6hrb4kfyhmmfb3kayhrbo7ljbudbzmuhqa'
const P = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'
/** The same content as P, as CIDv1. */
const P1 = CID.parse(P).toV1().toString()

function facts(overrides: Partial<CleanupFacts> = {}): CleanupFacts {
  return {
    recorded: [A, B, C].map(cid => ({ cid, reused: false })),
    production: { known: true, value: [] },
    otherPulls: { known: true, value: [] },
    accountRecords: () => ({ known: true, value: 1 }),
    ...overrides
  }
}

describe('planCleanup', () => {
  it('unpins what only this preview created, once per content', () => {
    const plan = planCleanup(facts({ recorded: [A, B, A].map(cid => ({ cid, reused: false })) }))
    expect(plan).toEqual({ unpin: [A, B], keep: [] })
  })

  it('keeps what production serves, in any CID version', () => {
    const plan = planCleanup(
      facts({
        recorded: [
          { cid: P1, reused: false },
          { cid: A, reused: false }
        ],
        production: { known: true, value: [P] }
      })
    )
    expect(plan.unpin).toEqual([A])
    expect(plan.keep).toEqual([{ cid: P1, reason: 'the active production deployment serves it' }])
  })

  it('keeps what another open pull request uses, what was reused, and what another upload holds', () => {
    const plan = planCleanup(
      facts({
        recorded: [
          { cid: A, reused: true },
          { cid: B, reused: false },
          { cid: C, reused: false }
        ],
        otherPulls: { known: true, value: [{ cid: B, pullRequest: 9 }] },
        accountRecords: cid => ({ known: true, value: cid === C ? 2 : 1 })
      })
    )
    expect(plan.unpin).toEqual([])
    expect(plan.keep.map(k => k.reason)).toEqual([
      'it was already pinned when the preview reused it',
      'the preview of pull request #9 uses it',
      'the account holds it in 2 upload records, so something else uploaded it too'
    ])
  })

  it('keeps everything it could not check, saying which check failed', () => {
    expect(
      planCleanup(facts({ production: { known: false, why: 'HTTP 500: boom' } })).keep[0]
    ).toEqual({ cid: A, reason: 'could not check the production deployment (HTTP 500: boom)' })
    expect(planCleanup(facts({ otherPulls: { known: false, why: 'x' } })).unpin).toEqual([])
    const plan = planCleanup(
      facts({
        accountRecords: cid =>
          cid === B ? { known: false, why: 'HTTP 403' } : { known: true, value: 1 }
      })
    )
    expect(plan.unpin).toEqual([A, C])
    expect(plan.keep).toEqual([
      { cid: B, reason: "could not check the account's uploads (HTTP 403)" }
    ])
  })
})
