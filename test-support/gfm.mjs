// @ts-check
/**
 * Reads Markdown the way the tests need to: parsed by markdown-it configured like GitHub
 * (CommonMark, GFM tables and strikethrough, raw HTML on so injected HTML is visible, linkify
 * off), then flattened into what a reader sees: blocks of text, table cells, links, code and
 * every HTML tag. `cmarkGfm` runs GitHub's own renderer, cmark-gfm, when it is installed.
 */
import { execFileSync } from 'node:child_process'
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt({ html: true, linkify: false })

/**
 * @typedef {import('markdown-it').Token} Token
 * @typedef {object} Inline what an inline run shows
 * @property {string} text the text a reader sees (code spans included, `<br>` as a line break,
 *   other tags left out)
 * @property {string[]} code the content of each code span
 * @property {{ href: string, text: string }[]} links every link, with its visible text
 * @property {string[]} tags every HTML tag written inline, as `<name` or `</name`
 * @property {string[]} emphasis `em`, `strong` or `s` for each emphasis opened
 */

/** @param {Token[]} children @returns {Inline} */
function flatten(children) {
  /** @type {Inline} */
  const out = { text: '', code: [], links: [], tags: [], emphasis: [] }
  /** @type {{ href: string, text: string } | undefined} */
  let link
  for (const token of children) {
    let shown = ''
    if (token.type === 'text') shown = token.content
    else if (token.type === 'code_inline') {
      shown = token.content
      out.code.push(token.content)
    } else if (token.type === 'softbreak' || token.type === 'hardbreak') shown = '\n'
    else if (token.type === 'html_inline') {
      out.tags.push(...tagsIn(token.content))
      if (/^<br\s*\/?>$/i.test(token.content)) shown = '\n'
    } else if (token.type === 'link_open') {
      const opened = { href: String(token.attrGet('href') ?? ''), text: '' }
      out.links.push(opened)
      link = opened
    } else if (token.type === 'link_close') link = undefined
    else if (['em_open', 'strong_open', 's_open'].includes(token.type)) out.emphasis.push(token.tag)
    else if (token.type === 'image') out.tags.push('<img')
    out.text += shown
    if (link) link.text += shown
  }
  return out
}

/** @param {string} html @returns {string[]} */
function tagsIn(html) {
  return [...html.matchAll(/<\/?[A-Za-z][\w-]*/g)].map(m => m[0].toLowerCase())
}

/**
 * @typedef {object} Parsed
 * @property {string[]} headings
 * @property {Inline[]} paragraphs every paragraph and list item, in order
 * @property {Inline[][][]} tables each table's body rows, each row's cells
 * @property {Inline[][]} headers each table's header cells
 * @property {string[]} tags every HTML tag, block and inline, as `<name` or `</name`
 * @property {Inline[]} inlines every inline run, in order
 */

/** @param {string} markdown @returns {Parsed} */
export function parseGfm(markdown) {
  const tokens = md.parse(markdown, {})
  /** @type {Parsed} */
  const parsed = { headings: [], paragraphs: [], tables: [], headers: [], tags: [], inlines: [] }
  /** @type {Inline[][] | undefined} */
  let rows
  /** @type {Inline[] | undefined} */
  let row
  let inHead = false
  let heading = false
  for (const token of tokens) {
    if (token.type === 'html_block') parsed.tags.push(...tagsIn(token.content))
    else if (token.type === 'heading_open') heading = true
    else if (token.type === 'heading_close') heading = false
    else if (token.type === 'table_open') {
      rows = []
      parsed.tables.push(rows)
    } else if (token.type === 'thead_open') inHead = true
    else if (token.type === 'thead_close') inHead = false
    else if (token.type === 'tr_open') {
      row = []
      if (inHead) parsed.headers.push(row)
      else rows?.push(row)
    } else if (token.type === 'inline') {
      const inline = flatten(token.children ?? [])
      parsed.inlines.push(inline)
      parsed.tags.push(...inline.tags)
      if (heading) parsed.headings.push(inline.text)
      else if (row && (token.level ?? 0) > 0 && isCell(tokens, token)) row.push(inline)
      else parsed.paragraphs.push(inline)
    } else if (token.type === 'tr_close') row = undefined
    else if (token.type === 'table_close') rows = undefined
  }
  return parsed
}

/** Whether an inline token sits in a table cell (th/td), not in a paragraph. */
function isCell(/** @type {Token[]} */ tokens, /** @type {Token} */ token) {
  const before = tokens[tokens.indexOf(token) - 1]
  return before !== undefined && (before.type === 'td_open' || before.type === 'th_open')
}

/**
 * GitHub's renderer on `markdown`, with raw HTML passed through so an injected tag would show,
 * or undefined when cmark-gfm is not installed.
 * @param {string} markdown
 * @returns {string | undefined}
 */
export function cmarkGfm(markdown) {
  try {
    return execFileSync(
      'cmark-gfm',
      ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter', '-e', 'strikethrough'],
      { input: markdown, encoding: 'utf8' }
    )
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined
    throw error
  }
}

/** Every tag of an HTML document, as `<name` or `</name`. @param {string} html */
export function htmlTags(html) {
  return tagsIn(html)
}

/** `<a href>` targets and texts of an HTML document, entities decoded. @param {string} html */
export function htmlLinks(html) {
  return [...html.matchAll(/<a href="([^"]*)">(.*?)<\/a>/g)].map(m => ({
    href: decodeEntities(m[1]),
    text: decodeEntities(m[2].replace(/<[^>]*>/g, ''))
  }))
}

/** The few entities cmark-gfm writes. @param {string} text */
export function decodeEntities(text) {
  return text.replace(
    /&(lt|gt|quot|amp|#39);/g,
    (_, name) =>
      /** @type {Record<string, string>} */ ({ lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" })[
        name
      ]
  )
}

/**
 * The body rows of the first table whose first header cell reads `first` (`Item`, `File`,
 * `CID`…), or undefined: tests find a table by what it is, not by where it sits.
 * @param {Parsed} parsed @param {string} first @returns {Inline[][] | undefined}
 */
export function tableHeaded(parsed, first) {
  const index = parsed.headers.findIndex(header => header[0]?.text === first)
  return index === -1 ? undefined : parsed.tables[index]
}
