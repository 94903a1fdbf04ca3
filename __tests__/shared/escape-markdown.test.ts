/**
 * Each escaper rendered in its context by a real parser (markdown-it, as GitHub configured; and
 * GitHub's own cmark-gfm where installed), asserting what a reader sees.
 */
import {
  htmlText,
  mdCell,
  mdCode,
  mdLink,
  mdLinkDestination,
  mdMessage,
  mdText,
  safeUrl
} from '../../src/shared/escape-markdown.js'
import { cmarkGfm, decodeEntities, htmlLinks, htmlTags, parseGfm } from '../../test-support/gfm.mjs'
import { githubActsOn, renderings } from './github-filters.js'

const PUNCTUATION = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i))
  .filter(c => /[!-/:-@[-`{-~]/.test(c))
  .join('')

/** Names that break naive Markdown, from the issue and more. */
const HOSTILE = [
  'unbalanced).html',
  'open(.html',
  '_under_ *em*.html',
  'R&amp;D.html',
  '&#60;script&#62;.html',
  '<tag>.html',
  '<img src=x onerror=alert(1)>.html',
  'a``b``.html',
  '```',
  '`lead and trail`',
  ' spaced ',
  '[x](javascript:alert(1))',
  '![i](https://evil/x.png)',
  '~~struck~~ ==mark== $x^2$',
  '# heading',
  '> quote',
  '- item',
  '1. item',
  '| a | b |',
  'back\\slash\\|pipe',
  'www.evil.example',
  'https://evil.example/x',
  '<!-- pinarkive/pin-action: docs -->',
  PUNCTUATION,
  'é e\u0301 ß 📁'
]

/** What a reader sees of `markdown` as one paragraph. */
function shown(markdown: string) {
  const parsed = parseGfm(markdown)
  expect(parsed.paragraphs).toHaveLength(1)
  expect(parsed.tables).toHaveLength(0)
  return parsed.paragraphs[0]
}

describe('mdText', () => {
  it.each(HOSTILE)('shows %j literally, with no markup', name => {
    const inline = shown(`Name: ${mdText(name)} end`)
    expect(inline.text).toBe(`Name: ${name} end`)
    expect(inline.tags).toEqual([])
    expect(inline.links).toEqual([])
    expect(inline.emphasis).toEqual([])
    // Code spans hold only whole words of the name, those GitHub could act on.
    for (const code of inline.code) expect(name.split(/\s+/).join('\n')).toContain(code)
    for (const html of renderings(mdText(name))) expect(githubActsOn(html)).toEqual([])
  })

  it.each([
    ['\n', '\\n'],
    ['\r', '\\r'],
    ['\r\n', '\\r\\n'],
    ['\u2028', '\\u2028'],
    ['\u2029', '\\u2029'],
    ['\u0085', '\\x85'],
    ['\v', '\\v'],
    ['\f', '\\f'],
    ['\t', '\\t'],
    ['\0', '\\0']
  ])('shows the break %j as %s, keeping one paragraph', (brk, visible) => {
    expect(shown(mdText(`a${brk}# b${brk}${brk}- c`)).text).toBe(
      `a${visible}# b${visible}${visible}- c`
    )
  })

  /** What GitHub links, mentions or turns into an emoji in a text node (issue 19). */
  const ACTED_ON = [
    'dist/#1.html',
    'octo-org/site#2',
    'see #3.',
    'GH-3',
    'gh-4',
    '0123456789abcdef0123456789abcdef01234567',
    'deadbee',
    'octocat@0123456',
    'octo-org/site@0123456789abcdef',
    ':shipit:',
    'dist/:+1:.html',
    '@octocat',
    '@org/team',
    'ping @user.',
    'mail me@example.com now',
    'www.example.com',
    '(www.example.com)',
    'https://example.com/x',
    'mailto:me@example.com',
    'xmpp:me@example.com',
    'JIRA-12'
  ]

  it.each(ACTED_ON)('shows %j literally, where GitHub finds nothing to act on', text => {
    const inline = shown(`Name: ${mdText(text)} end`)
    expect(inline.text).toBe(`Name: ${text} end`)
    expect(inline.links).toEqual([])
    expect(inline.code.length).toBeGreaterThan(0)
    for (const html of renderings(`Name: ${mdText(text)} end`)) {
      expect(githubActsOn(html)).toEqual([])
      expect(htmlLinks(html)).toEqual([])
    }
  })

  it('would let GitHub act on each of those without the code spans (the model is sound)', () => {
    const unprotected = (text: string) => mdText(text).replace(/`/g, '')
    // Autolinks are cmark-gfm's own; a repository's custom autolinks are not modelled.
    const autolinks = /www\.|:\/\/|mailto:|xmpp:|me@/
    const cmark = cmarkGfm('') !== undefined
    for (const text of ACTED_ON.filter(t => t !== 'JIRA-12' && (cmark || !autolinks.test(t)))) {
      const html = renderings(`Name: ${unprotected(text)} end`).pop()!
      const found = [...githubActsOn(html), ...htmlLinks(html).map(link => link.href)]
      expect({ text, found: found.length > 0 }).toEqual({ text, found: true })
    }
  })

  it('inserts no invisible character: `@` is followed by what follows it', () => {
    expect(mdText('@octocat')).toBe('`@octocat`')
    expect(mdText('ping @org/team')).toBe('ping `@org/team`')
    expect(mdText('a@b @ c')).not.toMatch(/[\u200b-\u200d\u2060\ufeff]/)
  })

  it('keeps the punctuation around a word outside its code span, and prose as text', () => {
    expect(mdText('Same bytes as site/#1.html, which failed.')).toBe(
      'Same bytes as `site/#1.html`\\, which failed\\.'
    )
    expect(mdText('"dist/#1.html" is (GH-3)')).toBe('\\"`dist/#1.html`\\" is \\(`GH-3`\\)')
    expect(mdText('3 of 5 items failed: try again')).toBe('3 of 5 items failed\\: try again')
    expect(mdText('CID mismatch for dist/#1.html: x')).toBe('CID mismatch for `dist/#1.html`\\: x')
    expect(mdText(':shipit:')).toBe('`:shipit`\\:')
    expect(mdText('#')).toBe('`#`')
    expect(mdText('@.')).toBe('`@`\\.')
  })

  it('shows hidden characters as escapes, in text and in code', () => {
    const path = 'dist/releases/\u200f1\u200f.\u200f2\u200f.\u200f10\u200f/app.js'
    const inline = shown(mdText(`${path} and ind\u200bex.html`))
    expect(inline.text).toBe(
      'dist/releases/\\u200f1\\u200f.\\u200f2\\u200f.\\u200f10\\u200f/app.js and ind\\u200bex.html'
    )
    expect(mdText('a\u00adb \u3164 \u{e0041}')).not.toMatch(/[\u00ad\u3164\u{e0041}]/u)
  })
})

describe('mdCode', () => {
  it.each([...HOSTILE, '`', '``', 'a`', '`a', ' `a` ', '   ', ' \u00a0 ', '\u00a0 '])(
    'shows %j exactly in one code span',
    name => {
      const inline = shown(`x ${mdCode(name)} y`)
      expect(inline.code).toEqual([name])
      expect(inline.tags).toEqual([])
      expect(inline.links).toEqual([])
    }
  )

  it('uses a fence longer than the longest backtick run inside', () => {
    expect(mdCode('a``b')).toBe('```a``b```')
    expect(mdCode('plain')).toBe('`plain`')
    expect(mdCode('`x`')).toBe('`` `x` ``')
  })

  it('shows line breaks as escapes instead of spaces', () => {
    expect(shown(mdCode('a\nb\r\nc\u2028d')).code).toEqual(['a\\nb\\r\\nc\\u2028d'])
  })

  it('shows empty text as an empty code span, not as two stray backticks', () => {
    expect(mdCode('')).toBe('` `')
    const inline = shown(`x ${mdCode('')} y`)
    expect(inline.code).toEqual([' '])
    expect(inline.text).toBe('x   y')
  })
})

describe('mdCell', () => {
  it.each(HOSTILE)('keeps %j in its table cell, as code and as text', name => {
    const table = parseGfm(
      `| code | text |\n| --- | --- |\n| ${mdCell(mdCode(name))} | ${mdCell(mdText(name))} |\n`
    ).tables
    expect(table).toHaveLength(1)
    expect(table[0]).toHaveLength(1)
    const [code, text] = table[0][0]
    expect(table[0][0]).toHaveLength(2)
    expect(code.code).toEqual([name])
    expect(text.text).toBe(name.trim())
    expect([...code.tags, ...text.tags]).toEqual([])
  })
})

describe('links', () => {
  const base = 'https://gw.example/ipfs/bafy'
  const url = (name: string) => `${base}/${encodeURIComponent(name)}`

  it.each(HOSTILE.filter(n => n.trim() !== ''))(
    'links %j to the whole name, its text shown literally',
    name => {
      const inline = shown(`see ${mdLink(name, url(name))} here`)
      expect(inline.links).toHaveLength(1)
      expect(decodeURIComponent(inline.links[0].href.slice(base.length + 1))).toBe(name)
      expect(inline.links[0].text).toBe(name)
      // The name is a code span inside the link: GitHub's emoji filter reads a link's text.
      expect(inline.code).toEqual([name])
      expect(inline.tags).toEqual([])
      expect(inline.emphasis).toEqual([])
    }
  )

  it('leaves GitHub nothing to act on in a link’s text, where it still makes emoji', () => {
    for (const name of ['dist/:shipit:.html', ':+1:', '#1 and @octocat']) {
      for (const html of renderings(mdLink(name, url(name)))) {
        expect({ name, found: githubActsOn(html) }).toEqual({ name, found: [] })
        expect(htmlLinks(html)).toHaveLength(1)
      }
    }
  })

  it('agrees with cmark-gfm, GitHub’s renderer, where it is installed', () => {
    const names = HOSTILE.filter(n => n.trim() !== '')
    const query = 'https://x.example/?a=1&amp;b=2&c=(3)'
    const html = cmarkGfm(
      [...names.map(name => `- ${mdLink(name, url(name))}`), `- ${mdLink('q', query)}`].join('\n')
    )
    if (html === undefined) return // cmark-gfm not installed: markdown-it above still checks
    const links = htmlLinks(html)
    expect(links.pop()).toEqual({ href: 'https://x.example/?a=1&amp;b=2&c=%283%29', text: 'q' })
    expect(links.map(l => l.text)).toEqual(names)
    expect(links.map(l => decodeURIComponent(l.href.slice(base.length + 1)))).toEqual(names)
    expect(new Set(htmlTags(html))).toEqual(
      new Set(['<ul', '</ul', '<li', '</li', '<a', '</a', '<code', '</code'])
    )
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://evil.example/',
    'ftp://x/',
    '//evil.example/x',
    '../../x',
    'evil.example/phish?',
    'https://user:pass@evil.example/',
    'https://user@evil.example/',
    'https://:secret@evil.example/',
    // Plain http only to this machine, and no other scheme even there.
    'http://127.0.0.1.nip.io/x',
    'ftp://127.0.0.1/x',
    'ws://localhost/x',
    'file://localhost/etc/passwd',
    'not a url'
  ])('does not link %j, showing the text alone', bad => {
    expect(safeUrl(bad)).toBeUndefined()
    expect(mdLinkDestination(bad)).toBeUndefined()
    expect(shown(mdLink('open', bad))).toMatchObject({ text: 'open', links: [] })
  })

  it.each([
    'https://gw.example/x',
    'http://127.0.0.1:8080/x',
    'http://localhost/x',
    'http://[::1]/x'
  ])('links %j', good => {
    expect(shown(mdLink('open', good)).links).toEqual([{ href: good, text: 'open' }])
  })

  it('links URLs up to 8,192 characters, and no longer ones', () => {
    const longest = `https://gw.example/ipfs/bafy/${'a'.repeat(8192 - 29)}`
    expect(longest).toHaveLength(8192)
    expect(mdLinkDestination(longest)).toBe(longest)
    expect(mdLinkDestination(`${longest}b`)).toBeUndefined()
    expect(shown(mdLink('open', `${longest}b`))).toMatchObject({ text: 'open', links: [] })
  })

  it('encodes what Markdown would read in a destination, and keeps the query', () => {
    expect(mdLinkDestination("https://x/a(b)|c\\d'e?q=1&amp;r=2")).toBe(
      'https://x/a%28b%29%7Cc/d%27e?q=1&amp;amp;r=2'
    )
    expect(shown(mdLink('x', 'https://x/?a=1&amp;b=2')).links[0].href).toBe(
      'https://x/?a=1&amp;b=2'
    )
  })
})

describe('htmlText', () => {
  it.each(HOSTILE)('shows %j as text inside HTML and in an attribute', name => {
    const parsed = parseGfm(
      `<details><summary>in <code>${htmlText(name)}</code></summary>\n\n</details>\n`
    )
    expect(parsed.tags).toEqual([
      '<details',
      '<summary',
      '<code',
      '</code',
      '</summary',
      '</details'
    ])
    expect(htmlText(name)).not.toMatch(/[<>"']/)
    // A browser decodes the entities back to the name itself.
    expect(decodeEntities(htmlText(name))).toBe(name)
  })

  it('shows a tab as \\t, since HTML would fold it into a space', () => {
    expect(htmlText('a\tb')).toBe('a\\tb')
  })

  it('keeps the HTML block on one line whatever the breaks', () => {
    expect(htmlText('a\n\nb\r\u2028c')).toBe('a\\n\\nb\\r\\u2028c')
  })
})

describe('mdMessage', () => {
  it('keeps the code of a message the action wrote and escapes the rest', () => {
    const inline = shown(mdMessage('Input `gateway` is `javascript:x`: use <https> *now*'))
    expect(inline.code).toEqual(['gateway', 'javascript:x'])
    expect(inline.text).toBe('Input gateway is javascript:x: use <https> *now*')
    expect(inline.tags).toEqual([])
  })

  it('cannot be escaped by backticks in a value', () => {
    const inline = shown(mdMessage('CID mismatch for `a`<img src=x>`b` and ``c`'))
    expect(inline.tags).toEqual([])
    expect(inline.text).toContain('<img src=x>')
  })

  it('turns its own line breaks into <br> and shows those inside code', () => {
    const markdown = mdMessage('first\nsecond `x\ny` third')
    expect(markdown).toBe('first<br>second `x\\ny` third')
  })
})
