import { RELEASE_BODY_LIMIT, renderReleaseNotes } from '../../src/report/release-notes.js'
import { emptyReport, type PublishedItem, type Report } from '../../src/report/report.js'
import { parseGfm } from '../../test-support/gfm.mjs'

const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'
const item: PublishedItem = {
  type: 'directory',
  path: 'dist',
  name: 'site',
  cid: CID,
  size: 2048,
  files: 2,
  cluster: 'cl1-eu',
  gatewayUrl: `https://gw.example/ipfs/${CID}`,
  expiresAt: '2027-01-31T00:00:00.000Z',
  verified: true
}

function report(overrides: Partial<Report> = {}): Report {
  return {
    ...emptyReport('cl1-eu', undefined),
    items: [item],
    published: {
      at: '2026-12-01T10:00:00.000Z',
      sha: 'abcdef0123456789abcdef0123456789abcdef01',
      runUrl: 'https://github.com/o/r/actions/runs/77'
    },
    ...overrides
  }
}

describe('renderReleaseNotes', () => {
  it('shows the main link, the CIDs, the gateway links, the commit, cluster and expiry', () => {
    const notes = renderReleaseNotes(report(), { limit: RELEASE_BODY_LIMIT })
    const lines = notes.split('\n')
    expect(lines[0]).toBe('## Published to IPFS')
    expect(lines.slice(2, 5)).toEqual([
      `**[Open on IPFS](${item.gatewayUrl})** · Built from \`abcdef0\``,
      '',
      `**Root CID:** \`${CID}\` (✓ equals the CID computed here from the files) · \`dist\` (2 files) · 2.0 KiB`
    ])
    expect(notes).toContain('**Cluster:** `cl1-eu` · **Expires:** 2027-01-31 00:00 UTC')
    // Nothing that changes from one run of the same content to the next.
    expect(notes).not.toContain('in 61 days')
    expect(notes).not.toContain('actions/runs/77')
    expect(notes).not.toContain('2026-12-01')
    expect(
      renderReleaseNotes(report({ published: { ...report().published!, at: 'x', runUrl: 'y' } }), {
        limit: RELEASE_BODY_LIMIT
      })
    ).toBe(notes)
  })

  it('names the site, escaped, and shows names only as text', () => {
    const hostile = { ...item, path: 'dist/<img src=x onerror=alert(1)>', cid: CID }
    const notes = renderReleaseNotes(report({ items: [hostile] }), {
      limit: RELEASE_BODY_LIMIT,
      site: 'docs *v2* @team'
    })
    const parsed = parseGfm(notes)
    // Shown as written (escaped as shared/escape-markdown.ts says), no emphasis, no mention.
    expect(parsed.headings[0].replace(/\u200b/g, '')).toBe('Published to IPFS: docs *v2* @team')
    expect(parsed.tags).toEqual([])
    expect(parsed.inlines.flatMap(inline => inline.emphasis).filter(e => e === 'em')).toEqual([])
    expect(parsed.paragraphs.find(p => p.text.startsWith('Root CID:'))?.code).toEqual([
      CID,
      'dist/<img src=x onerror=alert(1)>'
    ])
  })

  it('says what could not be published, without the error itself', () => {
    const notes = renderReleaseNotes(
      report({
        failures: [{ type: 'file', name: 'a', path: 'a', error: 'secret server message' }],
        error: 'the step failed badly'
      }),
      { limit: RELEASE_BODY_LIMIT }
    )
    expect(notes).toContain(
      "> ⚠️ 1 item could not be published; this lists only what was. The workflow run's log says what went wrong."
    )
    expect(notes).not.toContain('secret server message')
    expect(notes).not.toContain('the step failed badly')
  })

  it('keeps within the limit it is given, with a visible note', () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({
      ...item,
      type: 'file' as const,
      path: `release/asset-${i}.tar.gz`,
      files: undefined
    }))
    for (const limit of [RELEASE_BODY_LIMIT, 20_000, 2_000, 600]) {
      const notes = renderReleaseNotes(report({ items }), { limit })
      expect(notes.length).toBeLessThanOrEqual(limit)
      expect(notes).toMatch(
        /not shown: trimmed to fit GitHub's 125,000-character limit on release notes/
      )
    }
  })
})

it('renders a re-run that reused the content as the first publish', () => {
  const first = renderReleaseNotes(report(), { limit: RELEASE_BODY_LIMIT })
  const reused = report({
    items: [{ ...item, reused: true, mayBeStoredTwice: 'the connection dropped' }]
  })
  expect(renderReleaseNotes(reused, { limit: RELEASE_BODY_LIMIT })).toBe(first)
})
