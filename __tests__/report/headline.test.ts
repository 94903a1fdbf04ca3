/** report/headline.ts: the outcome first, in the summary's and the comment's titles. */
import { commentTitle, summaryTitle } from '../../src/report/headline.js'
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
