import { emptyReport, type Report } from '../../src/report/report.js'
import { fitRows } from '../../src/report/budget.js'
import { renderSummary } from '../../src/report/summary.js'
import { failureMessage } from '../../src/report/outputs.js'

function report(overrides: Partial<Report> = {}): Report {
  return { ...emptyReport('cl1-eu', undefined), ...overrides }
}

const directory = {
  type: 'directory' as const,
  path: 'dist',
  name: 'octo-org/site@0123456',
  cid: 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi',
  size: 3072,
  files: 2,
  cluster: 'cl1-eu',
  gatewayUrl:
    'https://eu1.gateway.pinarkive.com/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi',
  expiresAt: '2030-01-01T00:00:00.000Z'
}

describe('renderSummary', () => {
  it('opens with the status and the main link, then the CID, size, cluster, expiry and a collapsed file list in natural order', () => {
    const md = renderSummary(
      report({
        items: [directory],
        directoryFiles: [
          { path: 'index.html', size: 1024, url: `${directory.gatewayUrl}/index.html` },
          { path: 'page-10.html', size: 10, url: `${directory.gatewayUrl}/page-10.html` },
          { path: 'page-2.html', size: 10, url: `${directory.gatewayUrl}/page-2.html` },
          { path: 'assets/[x].css', size: 2048, url: `${directory.gatewayUrl}/assets/%5Bx%5D.css` }
        ]
      })
    )
    const lines = md.split('\n').filter(line => line !== '')
    expect(lines.slice(0, 3)).toEqual([
      '## ✅ Published to IPFS with Pinarkive',
      `**[Open on IPFS](${directory.gatewayUrl})**`,
      `**Root CID:** \`${directory.cid}\` · \`dist\` (2 files) · 3.0 KiB`
    ])
    // The URL once, as the main link: no table repeats it for a single item.
    expect(md.split(`${directory.gatewayUrl})`).length - 1).toBe(1)
    expect(md).not.toContain('Links:')
    const files = lines.filter(line => line.startsWith('| ['))
    expect(files.map(line => /`([^`]+)`/.exec(line)?.[1])).toEqual([
      'assets/[x].css',
      'index.html',
      'page-2.html',
      'page-10.html'
    ])
    expect(md).toContain('| File | Size |\n| --- | ---: |')
    expect(md).toContain('**Cluster:** `cl1-eu` · **Expires:** 2030-01-01 00:00 UTC')
    expect(md).toContain('<details><summary>4 files in <code>dist</code></summary>')
    expect(md).toContain(`| [\`index.html\`](${directory.gatewayUrl}/index.html) | 1.0 KiB |`)
    expect(md).toContain(`| [\`assets/[x].css\`](${directory.gatewayUrl}/assets/%5Bx%5D.css) |`)
  })

  it('lists failures with their explanation, and what was not attempted', () => {
    const md = renderSummary(
      report({
        failures: [
          {
            type: 'file',
            path: 'dist/big.iso',
            name: 'big.iso',
            size: 9,
            error: 'too large | split it'
          }
        ],
        notAttempted: { items: ['dist/c.js'], reason: 'Pinarkive rejected the API key' }
      })
    )
    expect(md).toContain('### ❌ Failed (1)')
    expect(md).toContain('| `dist/big.iso` | too large \\\\| split it |')
    expect(md).toContain('### ⏹️ Not attempted (1)')
    expect(md).toContain('Pinarkive rejected the API key')
  })

  it('says a fatal failure once: the items it stopped point back to it', () => {
    const reason = 'Pinarkive rejected the API key'
    const failed = {
      type: 'file' as const,
      path: 'dist/a.js',
      name: 'a.js',
      size: 1,
      error: reason
    }
    const md = renderSummary(
      report({ failures: [failed], notAttempted: { items: ['dist/b.js'], reason } })
    )
    expect(md.split(reason)).toHaveLength(2)
    expect(md).toContain('The run stopped before these, because of the failure above.')
    const message = failureMessage(
      report({ failures: [failed], notAttempted: { items: ['dist/b.js'], reason } })
    )
    expect(message.split(reason)).toHaveLength(2)
    expect(message).toContain('1 item not attempted, because of that failure.')
  })

  it('names hidden files that were left out', () => {
    const md = renderSummary(
      report({ hiddenSkipped: ['dist/.well-known/security.txt', 'dist/.nojekyll'] })
    )
    expect(md).toMatch(
      /2 hidden files left out: `dist\/.well-known\/security.txt`, `dist\/.nojekyll`/
    )
    expect(md).toContain('include-hidden-files: true')
  })

  it('says so when nothing was published', () => {
    expect(renderSummary(report())).toContain('Nothing was published')
  })

  it('shows a run-stopping error', () => {
    expect(renderSummary(report({ error: 'Pinarkive rejected the API key' }))).toContain(
      '### ❌ The step failed\n\nPinarkive rejected the API key'
    )
  })

  it('stays under the size limit, with a visible note, when the file list is huge', () => {
    const directoryFiles = Array.from({ length: 50_000 }, (_, i) => ({
      path: `assets/chunk-${i}.js`,
      size: 1000,
      url: `https://gw/ipfs/bafy/assets/chunk-${i}.js`
    }))
    const md = renderSummary(report({ items: [directory], directoryFiles }), {
      limitBytes: 200_000
    })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(200_000)
    expect(md).toMatch(/… [\d,]+ files not shown: trimmed to fit GitHub's 1 MiB summary limit/)
    expect(md).toContain('| [`assets/chunk-0.js`]')
    expect(md).toContain('</details>')
  })

  it('keeps failures visible even when the item table is trimmed', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({
      ...directory,
      type: 'file' as const,
      path: `dist/f${i}`,
      files: undefined
    }))
    const md = renderSummary(
      report({ items, failures: [{ type: 'file', path: 'dist/x', name: 'x', error: 'boom' }] }),
      { limitBytes: 100_000 }
    )
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(100_000)
    expect(md).toMatch(/items? not shown/)
    expect(md).toContain('| `dist/x` | boom |')
  })
  it('says which items may have been stored twice, and why', () => {
    const why =
      'the connection dropped after the upload was sent in full, and it was sent again without knowing whether Pinarkive had stored it: the key may not list uploads (it lacks the scope `files:read`)'
    const file = {
      ...directory,
      type: 'file' as const,
      path: 'dist/app.js',
      name: 'app.js',
      files: undefined,
      mayBeStoredTwice: why
    }
    const md = renderSummary(
      report({
        items: [file, { ...file, path: 'dist/other.js', mayBeStoredTwice: undefined }],
        warnings: [`dist/app.js may have been stored twice: ${why}.`]
      })
    )
    expect(md).toContain('| 📄 `dist/app.js` (⚠️ may have been stored twice) |')
    expect(md).toContain('| 📄 `dist/other.js` |')
    expect(md).toContain('### ⚠️ Warnings')
    // The warning's text, whatever Markdown escapes it carries.
    expect(md.replace(/\\/g, '')).toContain(
      '- dist/app.js may have been stored twice: the connection dropped after the upload was sent in full'
    )
  })
})

describe('markdown helpers', () => {
  it('fits rows into a budget and counts the rest', () => {
    expect(fitRows(['aaaa', 'bbbb', 'cccc'], 10)).toEqual({ lines: ['aaaa', 'bbbb'], left: 1 })
  })
})
