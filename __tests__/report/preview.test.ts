import { renderComment } from '../../src/report/comment.js'
import { expiryText, formatTime, readinessText, relativeTime } from '../../src/report/preview.js'
import { emptyReport, isReady, type PublishedItem, type Report } from '../../src/report/report.js'
import { statusCell } from '../../src/report/headline.js'
import { commitStatusFor } from '../../src/report/status.js'
import { renderSummary } from '../../src/report/summary.js'
import { parseGfm } from '../../test-support/gfm.mjs'

const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'
const item: PublishedItem = {
  type: 'directory',
  path: 'dist',
  name: 'site',
  cid: CID,
  size: 10,
  files: 1,
  cluster: 'cl0-global',
  gatewayUrl: `https://gw.example/ipfs/${CID}`,
  expiresAt: '2026-12-14T10:00:00.000Z'
}

function report(overrides: Partial<Report> = {}): Report {
  return {
    ...emptyReport('', undefined),
    items: [item],
    published: {
      at: '2026-11-30T10:00:00.000Z',
      sha: 'a'.repeat(40),
      runUrl: 'https://github.com/o/r/actions/runs/5'
    },
    ...overrides
  }
}

describe('times', () => {
  it('shows a date any reader can place, and how far off it is', () => {
    expect(formatTime('2026-12-14T10:00:00.000Z')).toBe('2026-12-14 10:00 UTC')
    const now = '2026-11-30T10:00:00.000Z'
    expect(relativeTime('2026-12-14T10:00:00.000Z', now)).toBe('in 14 days')
    expect(relativeTime('2026-12-01T14:00:00.000Z', now)).toBe('in 28 hours')
    expect(relativeTime('2026-11-30T10:30:00.000Z', now)).toBe('in 30 minutes')
    expect(relativeTime('2026-11-30T09:00:00.000Z', now)).toBe('expired')
    expect(expiryText('2026-12-14T10:00:00.000Z', now)).toBe('2026-12-14 10:00 UTC (in 14 days)')
    expect(expiryText('2026-12-14T10:00:00.000Z', undefined)).toBe('2026-12-14 10:00 UTC')
  })
})

describe('the links state', () => {
  const readiness = { checked: 1, total: 1, waitedMs: 300_000 }
  it('says which state the links are in', () => {
    expect(readinessText(report())).toBe('not checked')
    expect(
      readinessText(
        report({ readiness: { ...readiness, state: 'retrievable', waitedFor: 'gateway' } })
      )
    ).toMatch(/^✅ retrievable/)
    expect(
      readinessText(report({ readiness: { ...readiness, state: 'pinned', waitedFor: 'pinned' } }))
    ).toMatch(/^📌 pinned on the cluster/)
    expect(
      readinessText(
        report({
          readiness: { ...readiness, state: 'pinned', waitedFor: 'gateway', detail: 'HTTP 404' }
        })
      )
    ).toBe('⏳ pinned, but not served by the gateway yet after 300 s: HTTP 404')
    expect(
      readinessText(
        report({
          readiness: {
            ...readiness,
            state: 'not-ready',
            waitedFor: 'pinned',
            checked: 10,
            total: 30
          }
        })
      )
    ).toBe('⏳ not pinned yet after 300 s (10 of 30 items checked)')
  })
  it('with wait-for: verified, tells a verified DAG from another one and from an unchecked one', () => {
    const verified = { ...readiness, waitedFor: 'verified' as const }
    expect(readinessText(report({ readiness: { ...verified, state: 'verified' } }))).toBe(
      '✅ verified: the gateway served every block, each hashing to its CID'
    )
    expect(
      readinessText(
        report({
          readiness: {
            ...verified,
            state: 'mismatch',
            detail: 'dist: docs/page-3.html: 2 of 5 blocks missing'
          }
        })
      )
    ).toBe(
      // Markdown: the colons escaped, the path a code span (it could read as a link).
      '⚠️ the gateway served a different or incomplete DAG: dist\\: `docs/page-3.html`\\: 2 of 5 blocks missing'
    )
    expect(
      readinessText(
        report({ readiness: { ...verified, state: 'retrievable', detail: 'no CAR support' } })
      )
    ).toBe('✅ retrievable: the gateway serves them; not verified: no CAR support')
    const status = (state: 'verified' | 'mismatch' | 'retrievable') =>
      commitStatusFor(report({ readiness: { ...verified, state } }), {
        name: 'pinarkive',
        runUrl: 'https://r'
      }).description
    expect(status('verified')).toBe(`Published 1 file as ${CID} (verified)`)
    expect(status('mismatch')).toBe(`Published 1 file as ${CID} (gateway serves another DAG)`)
    expect(isReady({ ...verified, state: 'verified' })).toBe(true)
    expect(isReady({ ...verified, state: 'retrievable' })).toBe(false)
    expect(isReady({ ...verified, state: 'mismatch' })).toBe(false)
  })

  it.each([
    ['verified', 'verified', '✅ Verified'],
    ['verified', 'retrievable', '✅ Served, not verified'],
    ['verified', 'mismatch', '⚠️ Gateway serves another DAG'],
    ['gateway', 'retrievable', '✅ Served'],
    ['gateway', 'pinned', '⏳ Not served yet'],
    ['pinned', 'pinned', '📌 Pinned'],
    ['pinned', 'not-ready', '⏳ Not pinned yet']
  ] as const)(
    'says the same of wait-for %s ending %s in the comment and the commit status',
    (waitedFor, state, cell) => {
      const shown = report({ readiness: { ...readiness, state, waitedFor } })
      expect(statusCell(shown)).toBe(cell)
      const words = cell.slice(cell.indexOf(' ') + 1)
      const lowered = words.charAt(0).toLowerCase() + words.slice(1)
      expect(commitStatusFor(shown, { name: 'pinarkive', runUrl: 'https://r' }).description).toBe(
        `Published 1 file as ${CID} (${lowered})`
      )
    }
  )

  it('puts it in the commit status', () => {
    const ready = report({
      readiness: { ...readiness, state: 'retrievable', waitedFor: 'gateway' }
    })
    expect(commitStatusFor(ready, { name: 'pinarkive', runUrl: 'https://r' }).description).toBe(
      `Published 1 file as ${CID} (served)`
    )
  })
})

describe('the comment of a preview', () => {
  it('shows when and by which run, the expiry in days, the deployment, and the earlier previews, linked while pinned', () => {
    const body = renderComment(
      report({
        deployment: { id: 3, environment: 'preview', url: item.gatewayUrl, state: 'success' },
        history: [
          {
            sha: 'b'.repeat(40),
            at: '2026-11-29T09:00:00.000Z',
            runUrl: 'https://github.com/o/r/actions/runs/4',
            cid: CID,
            url: item.gatewayUrl,
            expiresAt: null,
            pinned: true
          },
          {
            sha: 'c'.repeat(40),
            at: '2026-11-28T09:00:00.000Z',
            runUrl: '',
            cid: CID,
            url: `${item.gatewayUrl}/gone`,
            expiresAt: '2026-11-29T00:00:00.000Z',
            pinned: false
          }
        ]
      }),
      {
        marker: '<!-- m -->',
        sha: 'a'.repeat(40),
        commitUrl: 'https://github.com/o/r/commit/a',
        runUrl: 'https://github.com/o/r/actions/runs/5'
      }
    )
    expect(parseGfm(body).tables[0].map(row => row.map(cell => cell.text))).toEqual([
      ['✅ Published', 'Open', 'aaaaaaa', '2026-11-30 10:00 UTC']
    ])
    expect(body).toContain(
      '| [`aaaaaaa`](https://github.com/o/r/commit/a) | [2026-11-30 10:00 UTC](https://github.com/o/r/actions/runs/5) |'
    )
    expect(body).toContain('**Expires:** 2026-12-14 10:00 UTC (in 14 days)')
    // The deployment's URL is the preview's: not linked again.
    expect(body).toContain('**Deployment:** `preview`, success\n')
    const history = parseGfm(body).tables.at(-1)
    expect(history?.map(row => row.map(cell => cell.text))).toEqual([
      ['bbbbbbb', '2026-11-29 09:00 UTC', CID, 'pinned'],
      ['ccccccc', '2026-11-28 09:00 UTC', CID, 'removed or expired']
    ])
    // A preview still pinned opens from its row; a removed one is not linked.
    expect(history?.map(row => row[2].links.map(link => link.href))).toEqual([
      [item.gatewayUrl],
      []
    ])
    expect(body).toContain('<details><summary>2 earlier previews</summary>')
  })

  it('says what a cleanup removed and kept, and why', () => {
    const cleaned = report({
      items: [],
      published: undefined,
      cleanup: {
        pullRequest: 7,
        merged: true,
        unpinned: [CID],
        kept: [
          {
            cid: 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH',
            reason: 'the active production deployment serves it'
          }
        ],
        notes: ['Marked 2 deployments inactive.']
      }
    })
    const comment = renderComment(cleaned, {
      marker: '<!-- m -->',
      sha: 'a'.repeat(40),
      commitUrl: 'https://github.com/o/r/commit/a'
    })
    const parsed = parseGfm(comment)
    expect(parsed.headings).toEqual(['🗑️ IPFS preview removed'])
    expect(parsed.paragraphs.map(p => p.text)).toEqual([
      'The pull request was merged: 1 CID unpinned, 1 kept.',
      'Marked 2 deployments inactive.'
    ])
    // Each CID once, with what happened to it; no commit line on a cleanup.
    expect(parsed.tables.map(t => t.map(row => row.map(cell => cell.text)))).toEqual([
      [
        [CID, '🗑️ unpinned'],
        [
          'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH',
          '📌 kept: the active production deployment serves it'
        ]
      ]
    ])
    expect(comment).not.toContain('aaaaaaa')
    expect(comment).not.toContain('Nothing was published')
    expect(parseGfm(renderSummary(cleaned)).headings[0]).toBe(
      '🗑️ Preview of pull request #7 removed'
    )
    expect(
      commitStatusFor(cleaned, {
        name: 'pinarkive',
        runUrl: 'https://github.com/o/r/actions/runs/5'
      })
    ).toMatchObject({
      state: 'success',
      description: 'Preview removed: 1 unpinned, 1 kept',
      target_url: 'https://github.com/o/r/actions/runs/5'
    })
  })
})
