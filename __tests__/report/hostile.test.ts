/**
 * The summary and the comment from reports full of hostile names and values, parsed with a
 * real Markdown parser: each table keeps its rows and cells, each name shows exactly, links point
 * where they should, and no HTML appears but the renderer's own.
 */
import { renderComment } from '../../src/report/comment.js'
import { emptyReport, type PublishedItem, type Report } from '../../src/report/report.js'
import { renderSummary } from '../../src/report/summary.js'
import { commentMarker } from '../../src/github/sticky-comment.js'
import { messageLines, showControls } from '../../src/shared/visible-controls.js'
import { cmarkGfm, htmlLinks, htmlTags, parseGfm, tableHeaded } from '../../test-support/gfm.mjs'
import { naturalSort } from '../../src/report/natural-order.js'
import { githubActsOn, renderings } from '../shared/github-filters.js'

const GATEWAY = 'https://gw.example/ipfs/'
const ROOT = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'
const CID = 'bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e'

/** Tags the renderer writes itself. */
const OWN_TAGS = new Set([
  '<details',
  '</details',
  '<summary',
  '</summary',
  '<code',
  '</code',
  '<br'
])

const PUNCTUATION = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).filter(c =>
  /[!-.:-@[-`{-~]/.test(c)
)
const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter(
  c => c !== '\0'
)

/** The names of the issue, every ASCII punctuation, controls, NFC/NFD, long and deep paths. */
const NAMES = [
  'unbalanced).html',
  'open(.html',
  '_under_ *em*.html',
  'R&amp;D.html',
  '<tag>.html',
  'a``b.html',
  '<img src=x>.html',
  'x\n::error title=forged::pwned',
  'lone\rcr.html',
  '<!-- pinarkive/pin-action: docs -->',
  '@octocat and #1.html',
  ...PUNCTUATION.map(c => `p${c}q.txt`),
  ...CONTROLS.map(c => `c${c}d.txt`),
  'caf\u00e9.html',
  'cafe\u0301.html',
  `${'n'.repeat(251)}.txt`,
  `${'é'.repeat(125)}.txt`,
  `${'deep/'.repeat(40)}index.html`,
  `${'deeper/'.repeat(90)}index.html`
]

/** What a name looks like once shown: controls as escapes. */
function visible(name: string): string {
  return showControls(name, { tabs: true })
}

function fileItem(path: string, i: number): PublishedItem {
  return {
    type: 'file',
    path,
    name: path.split('/').pop() ?? path,
    cid: CID,
    size: i,
    cluster: 'cl1-eu',
    gatewayUrl: `${GATEWAY}${CID}`,
    expiresAt: null
  }
}

function filesReport(): Report {
  return {
    ...emptyReport('cl1-eu', undefined),
    items: NAMES.map((name, i) => fileItem(name, i)),
    failures: NAMES.map(name => ({
      type: 'file' as const,
      path: name,
      name,
      error: `Pinarkive answered HTTP 400: ${name}`
    })),
    warnings: [`CID mismatch for \`${NAMES[7]}\`: <img src=x> **bold** [x](javascript:alert(1))`],
    hiddenSkipped: ['.<img src=x>', '.x\n::warning::y'],
    notAttempted: { items: [NAMES[7], NAMES[5]], reason: 'the run stopped\n# heading' }
  }
}

function directoryReport(): Report {
  return {
    ...emptyReport('cl1-eu', undefined),
    items: [
      {
        type: 'directory',
        path: 'dist/<b>x</b>',
        name: 'site',
        cid: ROOT,
        size: 1,
        files: NAMES.length,
        cluster: 'cl1-eu',
        gatewayUrl: `${GATEWAY}${ROOT}`,
        expiresAt: null
      }
    ],
    directoryFiles: NAMES.map(path => ({
      path,
      size: 1,
      url: `${GATEWAY}${ROOT}/${path.split('/').map(encodeURIComponent).join('/')}`
    }))
  }
}

const renderers = {
  summary: (report: Report) => renderSummary(report),
  comment: (report: Report) =>
    renderComment(report, {
      marker: commentMarker('docs'),
      sha: 'a'.repeat(40),
      commitUrl: 'https://github.com/o/r/commit/aaaa'
    })
}

describe.each(Object.entries(renderers))('the %s, files mode', (_, render) => {
  const parsed = parseGfm(render(filesReport()))
  const items = tableHeaded(parsed, 'Item') ?? []
  const failures =
    parsed.tables[parsed.headers.findIndex(h => h[1]?.text === 'Why, and what to do')] ?? []
  // The tables show names in natural order: page-2 before page-10.
  const sorted = naturalSort(NAMES, name => name)

  it('has one row of three cells per item, each name and CID shown exactly', () => {
    expect(items).toHaveLength(NAMES.length)
    items.forEach((row, i) => {
      expect(row).toHaveLength(3)
      const shown = row[0].code[0]
      const name = visible(sorted[i])
      if (name.length <= 256) expect(shown).toBe(name)
      else {
        // Long paths keep their start and their file name, with a note of what is left out.
        expect(shown).toMatch(/^deeper\/deeper\/.*….*\/index\.html$/)
        expect(row[0].text).toMatch(/\(… [\d,]+ more characters\)$/)
      }
      expect(row[1].code).toEqual([CID])
      expect(row[1].links).toEqual([{ href: `${GATEWAY}${CID}`, text: CID }])
    })
  })

  it('has one row of two cells per failure, the name as code and the reason as text', () => {
    expect(failures).toHaveLength(NAMES.length)
    failures.forEach((row, i) => {
      expect(row).toHaveLength(2)
      // A message keeps its own line breaks (as <br>); every other control is shown.
      expect(row[1].text).toBe(
        `Pinarkive answered HTTP 400: ${messageLines(NAMES[i]).map(visible).join('\n')}`
      )
      expect(row[1].links).toEqual([])
    })
  })

  it('shows warnings, what was not attempted and hidden files as text and code only', () => {
    const text = parsed.paragraphs.map(p => p.text).join('\n')
    expect(text).toContain('CID mismatch for x\\n::error title=forged::pwned: <img src=x> **bold**')
    expect(text).toContain('The run stopped before these: the run stopped\n# heading')
    expect(parsed.paragraphs.flatMap(p => p.code)).toEqual(
      expect.arrayContaining([
        '.<img src=x>',
        '.x\\n::warning::y',
        'x\\n::error title=forged::pwned'
      ])
    )
    expect(parsed.headings).not.toContain('heading')
    expect(
      parsed.paragraphs.flatMap(p => p.links).filter(l => !l.href.startsWith('https://'))
    ).toEqual([])
  })

  it('writes no HTML but its own, and no emphasis from names', () => {
    expect(parsed.tags.filter(t => !OWN_TAGS.has(t))).toEqual([])
    const emphasised = parsed.inlines.filter(i => i.emphasis.length > 0).map(i => i.text)
    expect(emphasised.length).toBeGreaterThan(0)
    for (const text of emphasised) {
      expect(text).toMatch(/^(Cluster: |Open on IPFS|Open|Root CID: |CID: |Links: |Deployment: )/)
    }
  })
})

describe.each(Object.entries(renderers))('the %s, directory mode', (_, render) => {
  const markdown = render(directoryReport())
  const parsed = parseGfm(markdown)
  const files = tableHeaded(parsed, 'File') ?? []
  const sorted = naturalSort(NAMES, name => name)

  it('lists every file with a link to that exact file', () => {
    expect(files).toHaveLength(NAMES.length)
    files.forEach((row, i) => {
      expect(row).toHaveLength(2)
      expect(row[0].links).toHaveLength(1)
      const { href, text } = row[0].links[0]
      const base = `${GATEWAY}${ROOT}/`
      expect(href.startsWith(base)).toBe(true)
      expect(href.slice(base.length).split('/').map(decodeURIComponent).join('/')).toBe(sorted[i])
      const name = visible(sorted[i])
      if (name.length <= 256) expect(text).toBe(name)
      else {
        expect(text).toMatch(/^deeper\/.*….*\/index\.html$/)
        expect(row[0].text).toMatch(/\(… [\d,]+ more characters\)$/)
      }
    })
  })

  it('names the directory in its own <code>, escaped', () => {
    expect(markdown).toContain('in <code>dist/&lt;b&gt;x&lt;/b&gt;</code></summary>')
    expect(parsed.tags.filter(t => !OWN_TAGS.has(t))).toEqual([])
  })

  it('renders the same under cmark-gfm, GitHub’s renderer, where it is installed', () => {
    const html = cmarkGfm(markdown)
    if (html === undefined) return // not installed: markdown-it above still checks
    expect(
      htmlTags(html).filter(
        t =>
          !/^<\/?(h2|h3|p|strong|table|thead|tbody|tr|th|td|a|code|details|summary|blockquote|br)$/.test(
            t
          )
      )
    ).toEqual([])
    const links = htmlLinks(html).slice(-NAMES.length)
    expect(links.map(l => l.text)).toEqual(
      sorted.map(visible).map(n => (n.length <= 256 ? n : expect.stringContaining('…')))
    )
  })
})

describe('the sticky marker', () => {
  it('appears only as the first line of the comment, whatever the names say', () => {
    const report = directoryReport()
    const body = renderers.comment(report)
    const marker = commentMarker('docs')
    expect(body.split('\n')[0]).toBe(marker)
    expect(body.split('\n').slice(1)).not.toContain(marker)
  })
})

describe('names and server text that hide text or that GitHub would act on (issue 19)', () => {
  const SHA = '0123456789abcdef0123456789abcdef01234567'
  /** Displayed, the first reads `releases/10.2.1/app.js`; the second, `index.html`. */
  const HIDDEN = ['releases/\u200f1\u200f.\u200f2\u200f.\u200f10\u200f/app.js', 'ind\u200bex.html']
  const ACTED_ON = [
    'dist/#1.html',
    'octo-org/site#2',
    'GH-3',
    SHA,
    ':shipit:',
    '@octocat',
    'www.example.com'
  ]
  const TEXT = `${[...HIDDEN, ...ACTED_ON].join(' and ')} (tag\u{e0041}, bom\ufeff, shy\u00ad, filler\u3164)`
  const SHOWN_HIDDEN = [
    'releases/\\u200f1\\u200f.\\u200f2\\u200f.\\u200f10\\u200f/app.js',
    'ind\\u200bex.html'
  ]

  function publishReport(): Report {
    return {
      ...emptyReport('cl1-eu', undefined),
      items: [...HIDDEN, ...ACTED_ON].map((name, i) => fileItem(name, i)),
      failures: [...HIDDEN, ...ACTED_ON].map(name => ({
        type: 'file' as const,
        path: name,
        name,
        error: `Same bytes as ${name}, which failed: ${TEXT}`
      })),
      warnings: [`CID mismatch for ${HIDDEN[0]}: ${TEXT}`],
      hiddenSkipped: ['.#1', '.@octocat'],
      notAttempted: { items: [ACTED_ON[0]], reason: `the server said ${TEXT}` },
      readiness: {
        state: 'pinned',
        waitedFor: 'gateway',
        checked: 1,
        total: 1,
        waitedMs: 1000,
        detail: TEXT
      }
    }
  }

  function cleanupReport(): Report {
    return {
      ...emptyReport('cl1-eu', undefined),
      cleanup: {
        pullRequest: 7,
        merged: true,
        unpinned: [CID],
        kept: [{ cid: ROOT, reason: `still named by ${TEXT}` }],
        notes: [`The record names ${TEXT}`]
      }
    }
  }

  function errorReport(): Report {
    return { ...emptyReport('cl1-eu', undefined), error: `Pinarkive refused ${TEXT}` }
  }

  function directoryOf(names: readonly string[]): Report {
    const report = directoryReport()
    return {
      ...report,
      directoryFiles: names.map(path => ({
        path,
        size: 1,
        url: `${GATEWAY}${ROOT}/${path.split('/').map(encodeURIComponent).join('/')}`
      }))
    }
  }

  const reports = {
    publish: publishReport,
    cleanup: cleanupReport,
    error: errorReport,
    directory: () => directoryOf([...HIDDEN, ...ACTED_ON])
  }

  describe.each(Object.entries(renderers))('the %s', (_, render) => {
    it.each(Object.entries(reports))('%s: GitHub finds nothing to act on', (__, report) => {
      const markdown = render(report())
      // The summary of a cleanup names its pull request on purpose.
      const own = 'issue: 🗑️ Preview of pull request #7 removed'
      for (const html of renderings(markdown)) {
        expect(githubActsOn(html).filter(found => found !== own)).toEqual([])
      }
    })

    it.each(Object.entries(reports))('%s: every hidden character is an escape', (__, report) => {
      const markdown = render(report()).replace(/(⚠|⏹|🗑)\ufe0f/g, '$1')
      expect(markdown).not.toMatch(/[\p{Cf}\p{Default_Ignorable_Code_Point}]/u)
      const shown = parseGfm(markdown)
        .inlines.map(inline => inline.text)
        .join('\n')
      for (const name of SHOWN_HIDDEN) expect(shown).toContain(name)
    })

    it('shows the text of each section literally', () => {
      const visibleText = showControls(TEXT)
      for (const report of [publishReport(), cleanupReport(), errorReport()]) {
        const shown = parseGfm(render(report))
          .inlines.map(inline => inline.text)
          .join('\n')
        expect(shown).toContain(visibleText)
      }
    })
  })
})
