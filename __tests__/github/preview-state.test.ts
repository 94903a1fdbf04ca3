import { nextState, previewHistory, publishRecord } from '../../src/github/preview-state.js'
import { encodeState } from '../../src/preview/record.js'
import { emptyReport, type PublishedItem, type Report } from '../../src/report/report.js'

const A = 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy'
const B = 'bafkreiaxnnnb7qz2focittuqq3ya25q7rcv3bqynnczfzao7i4w2dmqqoe'
const item = (cid: string, reused = false): PublishedItem => ({
  type: 'file',
  path: `${cid}.txt`,
  name: 'f',
  cid,
  cluster: null,
  gatewayUrl: '',
  expiresAt: '2026-12-14T10:00:00.000Z',
  reused
})
const published = (at: string, ...items: PublishedItem[]): Report => ({
  ...emptyReport('', undefined),
  items,
  published: { at, sha: 'a'.repeat(40), runUrl: 'https://github.com/o/r/actions/runs/1' }
})

describe('the comment state from run to run', () => {
  it('adds each publish, with what it reused, and lists the earlier ones as still pinned', () => {
    const first = nextState(undefined, published('2026-11-30T10:00:00.000Z', item(A)), 7)
    const second = published('2026-11-30T11:00:00.000Z', item(B), item(A, true))
    const state = nextState(`<!-- m -->\n${encodeState(first)}`, second, 7)
    expect(state.history.map(h => [h.cids, h.reused])).toEqual([
      [[A], []],
      [[B, A], [A]]
    ])
    expect(previewHistory(state, second, Date.parse('2026-12-01T00:00:00Z'))).toEqual([
      expect.objectContaining({ cid: A, at: '2026-11-30T10:00:00.000Z', pinned: true })
    ])
  })

  it('records what a cleanup unpinned, and shows those previews as gone', () => {
    const first = nextState(undefined, published('2026-11-30T10:00:00.000Z', item(A)), 7)
    const cleanup = {
      ...emptyReport('', undefined),
      cleanup: { pullRequest: 7, merged: false, unpinned: [A], kept: [], notes: [] }
    }
    const state = nextState(encodeState(first), cleanup, 7)
    expect(state.unpinned).toEqual([A])
    expect(previewHistory(state, cleanup, Date.parse('2026-12-01T00:00:00Z'))).toEqual([
      expect.objectContaining({ cid: A, pinned: false })
    ])
  })

  it("adds nothing for a dry run or a failed publish, and ignores another pull request's state", () => {
    const other = nextState(undefined, published('2026-11-30T10:00:00.000Z', item(A)), 8)
    expect(nextState(encodeState(other), published('2026-11-30T11:00:00.000Z'), 7).history).toEqual(
      []
    )
    const dry = { ...published('2026-11-30T11:00:00.000Z', item(B)), dryRun: true }
    expect(nextState(undefined, dry, 7).history).toEqual([])
  })

  it('shows an expired preview as gone', () => {
    const state = nextState(undefined, published('2026-11-30T10:00:00.000Z', item(A)), 7)
    expect(
      previewHistory(state, published('x'), Date.parse('2027-01-01T00:00:00Z'))[0].pinned
    ).toBe(false)
  })

  it("records a directory's root only when it carries the marker and matches the local root", () => {
    const directory = (cid: string, localCid: string | null): PublishedItem => ({
      type: 'directory',
      path: 'dist',
      name: 'site',
      cid,
      cluster: null,
      gatewayUrl: '',
      expiresAt: null,
      localCid
    })
    const marked = (dir: PublishedItem): Report => ({
      ...published('2026-11-30T10:00:00.000Z', dir),
      preview: { pullRequest: 7, site: 'docs', marker: '.pin-action-preview.json' }
    })
    expect(publishRecord(marked(directory(A, A)))).toMatchObject({ previewRoot: A, site: 'docs' })
    // Pinarkive answered another root than the one computed with the marker: not proved.
    expect(publishRecord(marked(directory(A, B))).previewRoot).toBeUndefined()
    expect(publishRecord(marked(directory(A, null))).previewRoot).toBeUndefined()
    // No marker (files mode, or a run that is not a preview): never a root.
    const unmarked = published('2026-11-30T10:00:00.000Z', directory(A, A))
    expect(publishRecord(unmarked).previewRoot).toBeUndefined()
  })
})
