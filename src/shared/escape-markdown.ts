/**
 * Escapers for GitHub Markdown (cmark-gfm with the table, autolink and tagfilter extensions) and
 * the HTML inside it, one per context. Names and server text are shown literally: no emphasis,
 * no entity decoding, no HTML, no link the action did not mean, no line break of their own, no
 * @mention. Each escaper takes plain text and returns Markdown for its context.
 */
import { isLoopbackHost } from './url.js'
import { messageLines, showControls } from './visible-controls.js'

/** Every ASCII punctuation character: CommonMark lets a backslash escape each of them. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g

/**
 * Plain text inside a paragraph, a list item, a table cell or a link's text. Each ASCII
 * punctuation character is backslash-escaped (no `_emphasis_`, `<tag>`, `&amp;` entity, `[link]`,
 * `www.` or `https:` autolink, block marker), and `@` is followed by a zero-width space, since
 * GitHub turns `@name` in text into a mention that notifies that user or team.
 */
export function mdText(text: string): string {
  return linkText(text).replace(/@/g, '@\u200b')
}

/** Text inside a link: as mdText, but GitHub makes no mention inside a link, so `@` is kept. */
function linkText(text: string): string {
  return showControls(text, { tabs: true }).replace(ASCII_PUNCTUATION, '\\$&')
}

/**
 * A code span that shows `text` exactly: its fence is one backtick longer than the longest run of
 * backticks inside, and a space pads each side when the text starts or ends with a backtick or
 * a space (CommonMark strips one such space from each side). Line breaks and controls are shown
 * as escapes, since a code span turns a line break into a space and a table row would end there.
 */
export function mdCode(text: string): string {
  const shown = showControls(text, { tabs: true })
  if (shown === '') return '` `'
  const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  // Only U+0020 counts as a space here; text of spaces alone is not stripped.
  const pad = /^[ `]|[ `]$/.test(shown) && !/^ +$/.test(shown) ? ' ' : ''
  return `${fence}${pad}${shown}${pad}${fence}`
}

/**
 * Inline Markdown made safe inside a table cell: GFM splits cells at every `|` not preceded by a
 * backslash, also inside code spans, and removes that backslash before the inline parse. So
 * `\|` shows `|` in code and, after mdText's own `\|`, in text too.
 */
export function mdCell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|')
}

/**
 * The URL, when it may become a link: `https:`, or `http:` to this machine, with no user or
 * password in it. Anything else (`javascript:`, `data:`, a relative path, plain `http:` to
 * another host) is not linked.
 */
export function safeUrl(url: string): URL | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  const allowed =
    parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname))
  return allowed && parsed.username === '' && parsed.password === '' ? parsed : undefined
}

/** Longest URL linked: a gateway link is far shorter; a longer one would only eat the budget. */
const URL_MAX = 8_192

/**
 * A link destination for `[text](…)`, or undefined when the URL may not be linked. The WHATWG
 * serialisation already percent-encodes spaces, `<`, `>`, quotes and non-ASCII; what Markdown
 * still reads is encoded too: parentheses (cmark-gfm ends an unbalanced destination at `)`),
 * `|` (a table cell), `\` (an escape), and `&` is written `&amp;`: a destination's entities are
 * decoded (cmark-gfm does so even after a backslash), so `&amp;` in a URL stays `&amp;`.
 */
export function mdLinkDestination(url: string): string | undefined {
  if (url.length > URL_MAX) return undefined
  const parsed = safeUrl(url)
  if (!parsed) return undefined
  return parsed.href
    .replace(
      /[()|\\'"<> `]/g,
      c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
    )
    .replace(/&/g, '&amp;')
}

/**
 * `[text](url)` when the URL may be linked; otherwise the text alone. `text` is shown
 * literally.
 */
export function mdLink(text: string, url: string): string {
  const destination = mdLinkDestination(url)
  return destination === undefined ? mdText(text) : `[${linkText(text)}](${destination})`
}

/**
 * Text inside HTML (an element's content, or an attribute value in either kind of quotes):
 * `&`, `<`, `>`, `"` and `'` become entities, controls and line breaks are shown as escapes (a
 * blank line would end the HTML block).
 */
export function htmlText(text: string): string {
  return showControls(text, { tabs: true }).replace(/[&<>"']/g, c => HTML_ENTITIES[c])
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/**
 * A message the action composed, where backticks mark code (as in "Input `gateway` is `x`"):
 * each span between a pair of backticks becomes a code span, the rest plain text, so a value
 * with backticks of its own can only move the split, never escape it. An unpaired backtick is
 * shown as text. The message's own line breaks (`\n`, `\r\n`) outside code become `lineBreak`
 * (`<br>` by default); inside code they are shown as `\n`.
 */
export function mdMessage(text: string, lineBreak = '<br>'): string {
  const parts = text.split('`')
  const unpaired = parts.length % 2 === 0 ? parts.pop() : undefined
  const plain = (part: string) => messageLines(part).map(mdText).join(lineBreak)
  const shown = parts.map((part, i) =>
    i % 2 === 0 ? plain(part) : part === '' ? mdText('``') : mdCode(part)
  )
  if (unpaired !== undefined) shown.push(plain(`\`${unpaired}`))
  return shown.join('')
}
