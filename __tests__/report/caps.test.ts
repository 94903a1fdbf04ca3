/**
 * Caps hold for the whole document: the summary under 1 MiB (the code keeps 1,000,000 bytes),
 * the comment under 65,536 characters, the status description under 140, and each section and
 * cell trimmed with a visible note, whatever the report holds.
 */
import { COMMENT_LIMIT, COMMENT_LIMIT_BYTES, renderComment } from '../../src/report/comment.js'
import { failureMessage } from '../../src/report/outputs.js'
import { emptyReport, type PublishedItem, type Report } from '../../src/report/report.js'
import { commitStatusFor, STATUS_DESCRIPTION_LIMIT } from '../../src/report/status.js'
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js'
import { capDocument, characters, clipEnd, clipMiddle, utf8Bytes } from '../../src/report/budget.js'
import { parseGfm } from '../../test-support/gfm.mjs'

const CID = 'bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e'
const MB = 1024 * 1024

function item(path: string, cid = CID): PublishedItem {
  return {
    type: 'file',
    path,
    name: path,
    cid,
    size: 1,
    cluster: 'cl1-eu',
    gatewayUrl: `https://gw.example/ipfs/${cid}`,
    expiresAt: null
  }
}

function report(overrides: Partial<Report>): Report {
  return { ...emptyReport('cl1-eu', undefined), ...overrides }
}

const comment = (r: Report) =>
  renderComment(r, {
    marker: '<!-- pinarkive/pin-action: docs -->',
    sha: 'a'.repeat(40),
    commitUrl: 'https://github.com/o/r/commit/a'
  })

/** 250 mismatch warnings, as `verify: warn` writes them for 250 files. */
const mismatches = Array.from(
  { length: 250 },
  (_, i) =>
    `CID mismatch for dist/assets/${'chunk-'.repeat(10)}${i}.js: Pinarkive returned ${CID}, but these bytes have the CID ${CID.replace('e', 'f')} under the unixfs-v1-2025 profile. Check that \`cid-profile\` matches how Pinarkive imports content; links built from either CID may differ.`
)

describe('the PR comment', () => {
  it('stays under 65,536 characters with 250 mismatch warnings, saying what was left out', () => {
    const items = mismatches.map((_, i) => ({ ...item(`dist/${i}.js`), verified: false }))
    const body = comment(report({ items, warnings: mismatches }))
    expect(body.length).toBeLessThan(COMMENT_LIMIT)
    expect(body).toMatch(
      /… \d+ warnings not shown: trimmed to fit GitHub's 65,536-character comment limit\. The step's log has them all\./
    )
    expect(
      parseGfm(body).paragraphs.filter(p => p.text.startsWith('CID mismatch')).length
    ).toBeGreaterThan(10)
  })

  it('stays under the limit with a 2 MB error, keeping its start and a note', () => {
    const body = comment(report({ error: `Pinarkive answered: ${'x'.repeat(2 * MB)}` }))
    expect(body.length).toBeLessThan(COMMENT_LIMIT)
    expect(parseGfm(body).paragraphs.map(p => p.text)).toContainEqual(
      expect.stringMatching(/^Pinarkive answered: x{1000}/)
    )
    expect(body).toMatch(
      /the rest of this error is not shown: trimmed to fit GitHub's 65,536-character/
    )
  })

  it('stays under the limit when every part is huge at once', () => {
    const huge = 'y'.repeat(MB)
    const many = Array.from({ length: 5000 }, (_, i) => `dist/${i}/${huge.slice(0, 300)}`)
    // Each failure and warning costs a full render of its 2,000 shown characters, so 5,000 of
    // them took 35 s; 60 are still several times what their shares of the limit hold.
    const some = many.slice(0, 60)
    const body = comment(
      report({
        items: many.map(p => item(p)),
        // Each its own reason: failures alike would share one row.
        failures: some.map((p, i) => ({
          type: 'file' as const,
          path: p,
          name: p,
          error: `${i} ${huge}`
        })),
        warnings: some.map(() => huge),
        notAttempted: { items: many, reason: huge },
        hiddenSkipped: many,
        error: huge
      })
    )
    expect(body.length).toBeLessThan(COMMENT_LIMIT)
    // Every section was over its share and was cut, not left out.
    for (const what of ['items', 'failures', 'warnings']) {
      expect(body).toMatch(new RegExp(`… \\d+ ${what} not shown: trimmed to fit`))
    }
    expect(body).toContain('the rest of this error is not shown')
  })

  it("stays within both of GitHub's counts with multi-byte names: 65,536 characters and 262,144 bytes", () => {
    // Astral emoji take 2 UTF-16 units and 4 bytes each, CJK 1 unit and 3 bytes: a cap counted in
    // code points would let the first through at twice the units, one counted in units alone
    // says nothing of bytes. The body is measured every way GitHub might.
    for (const unit of ['🌈', '日本語']) {
      const name = unit.repeat(80)
      const items = Array.from({ length: 2_000 }, (_, i) => item(`${name}/${i}`))
      const body = comment(report({ items }))
      expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
      expect([...body].length).toBeLessThanOrEqual(COMMENT_LIMIT)
      expect(utf8Bytes(body)).toBeLessThanOrEqual(COMMENT_LIMIT_BYTES)
      // Cut near the cap, not far below it: the count is the right one, not a blunt one.
      expect(body.length).toBeGreaterThan(COMMENT_LIMIT * 0.8)
      expect(body).toMatch(
        /items not shown: trimmed to fit GitHub's 65,536-character comment limit/
      )
    }
  })
})

describe('the job summary', () => {
  it('stays small with a 2 MB error message', () => {
    const md = renderSummary(report({ error: 'e'.repeat(2 * MB) }))
    expect(utf8Bytes(md)).toBeLessThan(SUMMARY_LIMIT_BYTES)
    expect(utf8Bytes(md)).toBeLessThan(30_000)
    expect(md).toMatch(/the rest of this error is not shown/)
  })

  it('stays small with a 10 MB CID, cut in its cell with a note', () => {
    const cid = `bafy${'a'.repeat(10 * MB)}`
    const md = renderSummary(report({ items: [item('dist/a.html', cid)] }))
    expect(utf8Bytes(md)).toBeLessThan(10_000)
    const line = parseGfm(md).paragraphs.find(p => p.text.startsWith('CID:'))
    expect(line?.code[0]).toMatch(/^bafyaaa.*…a+$/)
    expect(line?.text).toMatch(/^CID: bafya+…a+ \(… 10,485,5\d\d more characters\) · /)
    // A URL that long is not linked at all.
    expect(md).not.toContain('](')
  })

  it('stays under 1 MiB in bytes when names are multi-byte and controls expand', () => {
    const name = '日本語\u2028'.repeat(60)
    // 5,000 rows are several times 1 MiB; each costs a render of its name and its error.
    const items = Array.from({ length: 5_000 }, (_, i) => item(`${name}${i}`))
    const failures = items.map(i => ({
      type: 'file' as const,
      path: i.path,
      name: i.name,
      error: `${name}${i.path}`
    }))
    const md = renderSummary(report({ items, failures, warnings: failures.map(f => f.error) }))
    expect(utf8Bytes(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(md).toMatch(/items? not shown: trimmed to fit GitHub's 1 MiB summary limit/)
    expect(md).toMatch(/failures? not shown/)
  })

  it('names at most 20 items not attempted and 5 hidden files, counting the rest', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `dist/${i}.html`)
    const md = renderSummary(
      report({ notAttempted: { items: names, reason: 'stopped' }, hiddenSkipped: names })
    )
    expect(md).toContain('and 19980 more')
    expect(md).toContain('and 19995 more')
    expect(utf8Bytes(md)).toBeLessThan(5_000)
  })
})

describe('the commit status', () => {
  const context = { name: 'pinarkive', runUrl: 'https://github.com/o/r/actions/runs/1' }

  it('keeps its description to 140 characters on one line, controls shown', () => {
    const status = commitStatusFor(
      report({ error: `boom\n::error::x\u2028${'日本'.repeat(MB)}` }),
      context
    )
    expect(status.description.length).toBeLessThanOrEqual(STATUS_DESCRIPTION_LIMIT)
    expect(status.description).toMatch(/^boom\\n::error::x\\u2028日本日本.*…$/)
  })

  it('shows the characters that hide or reorder text as escapes (issue 19)', () => {
    const path = 'dist/releases/\u200f1\u200f.\u200f2\u200f.\u200f10\u200f/app.js'
    const status = commitStatusFor(
      report({
        failures: [
          { type: 'file', path, name: 'app.js', error: `ind\u200bex\ufeff \u00ad\u{e0041}` }
        ]
      }),
      context
    )
    expect(status.description).toBe(
      '1 of 1 item failed: dist/releases/\\u200f1\\u200f.\\u200f2\\u200f.\\u200f10\\u200f/app.js: ind\\u200bex\\ufeff \\xad\\u{e0041}'
    )
    const error = commitStatusFor(report({ error: `Cannot read ${path}` }), context)
    expect(error.description).toBe(
      'Cannot read dist/releases/\\u200f1\\u200f.\\u200f2\\u200f.\\u200f10\\u200f/app.js'
    )
  })

  it('links the run instead of a gateway URL that may not be linked', () => {
    for (const url of ['javascript:alert(1)', 'http://evil.example/x', 'evil.example/phish?']) {
      const status = commitStatusFor(
        report({ items: [{ ...item('a'), gatewayUrl: url }] }),
        context
      )
      expect(status.target_url).toBe(context.runUrl)
    }
  })
})

describe('the failure message', () => {
  it('gives each failure one line, whatever its name holds, and cuts long values', () => {
    const message = failureMessage(
      report({
        failures: [
          { type: 'file', path: 'x\n::error::forged', name: 'x', error: 'a\r\nb' },
          { type: 'file', path: `${'d/'.repeat(1000)}f`, name: 'f', error: 'z'.repeat(10_000) }
        ]
      })
    )
    const lines = message.split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toBe('- x\\n::error::forged: a\\r\\nb')
    expect(lines[2].length).toBeLessThan(2_500)
    expect(lines[2]).toMatch(/… [\d,]+ more characters/)
  })

  it('shows the characters that hide or reorder text as escapes (issue 19)', () => {
    const message = failureMessage(
      report({
        failures: [
          {
            type: 'file',
            path: 'dist/releases/\u200f1\u200f.\u200f2\u200f.\u200f10\u200f/app.js',
            name: 'app.js',
            error: 'not ind\u200bex.html but \u2066tag\u{e0041}\u2069'
          }
        ]
      })
    )
    expect(message.split('\n')[1]).toBe(
      '- dist/releases/\\u200f1\\u200f.\\u200f2\\u200f.\\u200f10\\u200f/app.js: not ind\\u200bex.html but \\u2066tag\\u{e0041}\\u2069'
    )
  })

  it('lists 100 failures and counts the rest', () => {
    const failures = Array.from({ length: 500 }, (_, i) => ({
      type: 'file' as const,
      path: `f${i}`,
      name: `f${i}`,
      error: `boom ${i}`
    }))
    const lines = failureMessage(report({ failures })).split('\n')
    expect(lines).toHaveLength(102)
    expect(lines[101]).toBe('- and 400 more (the log lists each)')
  })

  it('gives failures alike one line, naming each, so shared advice is said once', () => {
    const advice = 'Pinarkive kept rate limiting this file. Lower `concurrency` or raise `retries`.'
    const failures = ['out/b', 'out/a', 'out/c'].map(path => ({
      type: 'file' as const,
      path,
      name: path,
      error: path === 'out/c' ? 'Other.' : advice
    }))
    expect(failureMessage(report({ failures })).split('\n')).toEqual([
      '3 of 3 items failed:',
      `- out/b, out/a: ${advice}`,
      '- out/c: Other.'
    ])
  })
})

describe('budget helpers', () => {
  it('never splits a surrogate pair', () => {
    expect(clipEnd('a📁b', 2)).toEqual({ text: 'a', left: 3 })
    expect(clipMiddle('📁📁📁📁📁📁📁📁', 7).text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
  })

  it('cuts a document at a line boundary and notes it', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n')
    const cut = capDocument(text, 100, characters, '> cut')
    expect(cut.length).toBeLessThanOrEqual(100)
    expect(cut).toMatch(/^line 0\n[\s\S]*\n> cut$/)
    expect(capDocument('short', 100, characters, '> cut')).toBe('short')
  })
})
