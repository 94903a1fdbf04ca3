/** report/headline.ts: the outcome first, in the summary's and the comment's titles. */
import { closingLine, commentTitle, summaryTitle } from '../../src/report/headline.js'
import {
  emptyReport,
  type FailedItem,
  type PublishedItem,
  type Report
} from '../../src/report/report.js'

const file = (name: string): PublishedItem => ({
  type: 'file',
  path: `out/${name}`,
  name,
  cid: 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku',
  size: 1,
  cluster: 'cl0-global',
  gatewayUrl: 'https://gw/ipfs/bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku',
  expiresAt: null
})
const failed = (name: string): FailedItem => ({
  type: 'file',
  path: `out/${name}`,
  name,
  size: 1,
  error: 'no'
})
const report = (overrides: Partial<Report> = {}) => ({
  ...emptyReport('', undefined),
  ...overrides
})

describe('the titles say the outcome first', () => {
  it.each([
    [
      'published',
      report({ items: [file('a')] }),
      '✅ Published to IPFS with Pinarkive',
      '✅ IPFS preview'
    ],
    [
      'published, but not served by the gateway yet',
      report({
        items: [file('a')],
        readiness: { state: 'pinned', waitedFor: 'gateway', checked: 1, total: 1, waitedMs: 1 }
      }),
      '✅ Published to IPFS with Pinarkive',
      '⏳ IPFS preview'
    ],
    [
      'published, but the gateway serves another DAG',
      report({
        items: [file('a')],
        readiness: { state: 'mismatch', waitedFor: 'verified', checked: 1, total: 1, waitedMs: 1 }
      }),
      '✅ Published to IPFS with Pinarkive',
      '⚠️ IPFS preview'
    ],
    [
      'published in part',
      report({ items: [file('a'), file('b'), file('c')], failures: [failed('d')] }),
      '⚠️ Published 3 of 4 files to IPFS with Pinarkive',
      '⚠️ IPFS preview: 3 of 4 files published'
    ],
    [
      'stopped early',
      report({
        items: [file('a')],
        failures: [failed('b')],
        notAttempted: { items: ['out/c'], reason: 'r' }
      }),
      '⚠️ Published 1 of 3 files to IPFS with Pinarkive',
      '⚠️ IPFS preview: 1 of 3 files published'
    ],
    [
      'every file failed',
      report({ failures: [failed('a'), failed('b')] }),
      '❌ Publish to IPFS failed',
      '❌ IPFS preview failed'
    ],
    [
      'a rejected key',
      report({ error: 'Pinarkive rejected the API key' }),
      '❌ Publish to IPFS failed',
      '❌ IPFS preview failed'
    ],
    [
      'a dry run',
      report({ dryRun: true, items: [file('a')] }),
      '🧪 Dry run: CIDs computed, nothing published',
      '🧪 IPFS preview (dry run: nothing published)'
    ],
    ['nothing to publish', report(), 'Nothing published to IPFS', 'IPFS preview: nothing published']
  ])('%s', (_, shown, summary, comment) => {
    expect(summaryTitle(shown)).toBe(summary)
    expect(commentTitle(shown)).toBe(comment)
  })
})

describe('the closing line of the log', () => {
  const one = {
    type: 'directory' as const,
    path: 'dist',
    name: 'dist',
    cid: 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi',
    size: 1,
    files: 1,
    cluster: null,
    gatewayUrl:
      'https://gw.example/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi',
    expiresAt: null
  }
  it('says the outcome first, then the link, with no emoji that needs a variation selector', () => {
    const base = emptyReport('', undefined)
    const lines = [
      closingLine({ ...base, items: [one] }, '2.0 s'),
      closingLine({ ...base, items: [one, { ...one, cid: 'x' }] }, '2.0 s'),
      closingLine(
        { ...base, items: [one], failures: [{ type: 'file', name: 'b', error: 'x' }] },
        '2.0 s'
      ),
      closingLine({ ...base, error: 'key rejected' }, '2.0 s'),
      closingLine({ ...base, items: [one], dryRun: true }, '2.0 s')
    ]
    expect(lines).toEqual([
      `✅ Published 1 item in 2.0 s: ${one.gatewayUrl}`,
      '✅ Published 2 items in 2.0 s (the summary links each)',
      '⚠ Published 1 of 2 items in 2.0 s; see the errors above.',
      '❌ Publish failed after 2.0 s: see the error above.',
      '🧪 Dry run in 2.0 s: 1 CID computed, nothing published.'
    ])
    expect(lines.join('')).not.toContain('\ufe0f')
  })
})
