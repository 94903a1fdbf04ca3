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

/** The zero-width space mdText puts after `@` (see its test). */
function withoutZwsp(text: string): string {
  return text.replace(/@\u200b/g, '@')
}

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
    expect(withoutZwsp(inline.text)).toBe(`Name: ${name} end`)
    expect(inline.tags).toEqual([])
    expect(inline.links).toEqual([])
    expect(inline.emphasis).toEqual([])
    expect(inline.code).toEqual([])
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

  it('breaks @mentions with a zero-width space, which GitHub would notify', () => {
    expect(mdText('@octocat')).toBe('\\@\u200boctocat')
    expect(shown(mdText('ping @org/team')).text).toBe('ping @\u200borg/team')
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
    expect(withoutZwsp(text.text)).toBe(name.trim())
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
      expect(inline.tags).toEqual([])
      expect(inline.emphasis).toEqual([])
    }
  )

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
    expect(new Set(htmlTags(html))).toEqual(new Set(['<ul', '</ul', '<li', '</li', '<a', '</a']))
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
