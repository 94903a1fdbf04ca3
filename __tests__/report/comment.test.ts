import { renderSummary } from '../../src/report/summary.js'
import { COMMENT_LIMIT, renderComment } from '../../src/report/comment.js'
import { commitStatusFor } from '../../src/report/status.js'
import { commentMarker } from '../../src/github/sticky-comment.js'
import { emptyReport, type PublishedItem, type Report } from '../../src/report/report.js'

const item: PublishedItem = {
  type: 'directory',
  path: 'dist',
  name: 'site',
  cid: 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi',
  size: 10,
  files: 2,
  cluster: 'cl0-global',
  gatewayUrl: 'https://gw/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi',
  expiresAt: null
}

function report(overrides: Partial<Report> = {}): Report {
  return { ...emptyReport('', undefined), ...overrides }
}

describe('renderComment', () => {
  const context = {
    marker: commentMarker('docs'),
    sha: 'f'.repeat(40),
    commitUrl: 'https://github.com/o/r/commit/fff'
  }

  it('never names the CAR, a file on the runner; the job summary does', () => {
    const car = {
      path: '/runner/tmp/pin-action/bafy.car',
      roots: [item.cid],
      blocks: 3,
      bytes: 2048
    }
    expect(renderComment(report({ items: [item], car }), context)).not.toContain('CAR')
    expect(renderSummary(report({ items: [item], car }))).toContain(
      '**CAR:** `/runner/tmp/pin-action/bafy.car` · 1 root · 3 blocks · 2.0 KiB (the `car-path` output)'
    )
  })

  it('starts with the hidden marker, the status, and one row: status, preview, commit, updated', () => {
    const body = renderComment(report({ items: [item] }), context)
    const lines = body.split('\n').filter(line => line !== '')
    expect(lines.slice(0, 5)).toEqual([
      '<!-- pinarkive/pin-action: docs -->',
      '## ✅ IPFS preview',
      '| Status | Preview | Commit | Updated |',
      '| --- | --- | --- | --- |',
      `| ✅ Published | [**Open**](${item.gatewayUrl}) | [\`fffffff\`](https://github.com/o/r/commit/fff) | — |`
    ])
    expect(lines[5]).toBe(`**Root CID:** \`${item.cid}\` · \`dist\` (2 files) · 10 B`)
    // Nothing said twice: the link once, the CID once.
    expect(body.split(item.gatewayUrl).length - 1).toBe(1)
    expect(body.split(item.cid).length - 1).toBe(2)
  })

  it('links the last preview still pinned when this push failed', () => {
    const body = renderComment(
      report({
        error: 'Pinarkive rejected the API key (401).',
        history: [
          {
            sha: 'b'.repeat(40),
            at: '2026-11-29T09:00:00.000Z',
            runUrl: 'https://github.com/o/r/actions/runs/4',
            cid: item.cid,
            url: item.gatewayUrl,
            expiresAt: null,
            pinned: true
          }
        ]
      }),
      context
    )
    expect(body).toContain(`| ❌ Failed | [last good: \`bbbbbbb\`](${item.gatewayUrl}) |`)
  })

  it("stays within GitHub's 65,536 characters with a visible note", () => {
    const directoryFiles = Array.from({ length: 5000 }, (_, i) => ({
      path: `pages/${'deep/'.repeat(5)}page-${i}.html`,
      size: 100,
      url: `${item.gatewayUrl}/pages/page-${i}.html`
    }))
    const body = renderComment(report({ items: [item], directoryFiles }), context)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toMatch(/files not shown: trimmed to fit GitHub's 65,536-character comment limit/)
  })
})

describe('commitStatusFor', () => {
  const context = { name: 'pinarkive', runUrl: 'https://github.com/o/r/actions/runs/1' }
  it('says success and links the gateway when everything was published', () => {
    expect(commitStatusFor(report({ items: [item] }), context)).toEqual({
      state: 'success',
      target_url: item.gatewayUrl,
      description: `Published 2 files as ${item.cid}`,
      context: 'pinarkive'
    })
  })
  it('says failure with the reason, clipped to 140 characters, linking the run', () => {
    const status = commitStatusFor(
      report({ items: [item], failures: [{ type: 'file', name: 'x', error: 'boom '.repeat(60) }] }),
      context
    )
    expect(status.state).toBe('failure')
    expect(status.target_url).toBe(context.runUrl)
    expect(status.description).toMatch(/^1 of 2 items failed: x: boom boom/)
    expect(status.description.length).toBeLessThanOrEqual(140)
  })
  it('says failure when the whole run failed', () => {
    expect(
      commitStatusFor(report({ error: 'Pinarkive rejected the API key' }), context)
    ).toMatchObject({
      state: 'failure',
      description: 'Pinarkive rejected the API key'
    })
  })
})
