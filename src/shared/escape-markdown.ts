/**
 * Escapers for GitHub Markdown (cmark-gfm with the table, autolink and tagfilter extensions) and
 * the HTML inside it, one per context. Names and server text are shown literally: no emphasis,
 * no entity decoding, no HTML, no link the action did not mean, no line break of their own, no
 * hidden character (visible-controls.ts), and nothing GitHub turns into a mention, a reference
 * or an emoji after rendering (see GITHUB_ACTS_ON). Each escaper takes plain text and returns
 * Markdown for its context.
 */
import { isLoopbackHost } from './url.js'
import { messageLines, showControls } from './visible-controls.js'

/** Every ASCII punctuation character: CommonMark lets a backslash escape each of them. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g

/**
 * What GitHub makes of a text node, after cmark-gfm has rendered the Markdown: its filters
 * (mentions, issue and commit references, emoji) run on the HTML, one text node at a time, and
 * skip the text inside some elements: html-pipeline's MentionFilter and the reference filters
 * skip `pre`, `code`, `a`, `style` and `script`, and its EmojiFilter `pre`, `code` and `tt`, so
 * a link's text still gets emoji. They read the text after Markdown is done with it, so neither
 * a backslash (`\#1`) nor an entity (`&#35;1`) protects: both render as the text `#1`, which is
 * then linked (cmark-gfm shows it). An invisible character between `#` and `1` (the zero-width
 * space this escaper used to put after `@`) would protect, but it is exactly the kind of
 * character the shared rule exists to show (visible-controls.ts), and a reader who copies the
 * text gets it too. What reliably protects is a code span: cmark-gfm writes it as `<code>`,
 * which every one of those filters skips, and which cmark-gfm's own autolinks (`www.`,
 * `https:`, e-mail) never enter.
 *
 * So a word (a run without white space) that GitHub could act on is written as a code span; the
 * test is generous, since a word in code loses nothing but its font. A word goes into code when
 * it has:
 * - `@`: a mention (`@user`, `@org/team`), `user@sha`, an e-mail autolink;
 * - `#`: an issue, pull request or discussion (`#1`, `octo-org/site#2`, `dist/#1.html`);
 * - a `:` that does not end it: an emoji (`:shipit:`), a `https://`, `mailto:` or `xmpp:`
 *   autolink (a colon that ends a word, as in `failed:`, starts neither);
 * - `www.`: a www autolink;
 * - seven hex digits in a row: a commit SHA (GitHub links 7 to 40), also all digits or all
 *   letters (`1234567`, `deadbeef`);
 * - letters and digits together: `GH-3`, and the shape of the autolinks a repository may
 *   configure (`JIRA-12`, `TICKET-7`). Numbers alone (`3 of 5`, `1,024`) stay text.
 *
 * Punctuation around such a word (`(`, `"`, and `.`, `,`, `:`, `)` … after it) stays outside the
 * code span, as text: `site/#1.html:` is `` `site/#1.html`: ``, and `:shipit:` is
 * `` `:shipit`: ``, whose text `:` alone starts nothing. What this cannot rule out: a
 * repository's own alphanumeric autolink whose prefix is a plain word, which only code for every
 * word would.
 */
const GITHUB_ACTS_ON: readonly RegExp[] = [
  /[@#]/,
  /:./,
  /www\./i,
  /[0-9a-f]{7}/i,
  /\p{L}.*[0-9]|[0-9].*\p{L}/u
]

/** Punctuation before and after a word that is shown as text around its code span. */
const WORD = /^([("'[]*)(.*?)([)\]"'.,:;!?]*)$/s

/**
 * Plain text inside a paragraph, a list item, a table cell or a heading. What hides or reorders
 * text is shown as escapes (visible-controls.ts). Each word GitHub could turn into a mention,
 * a reference, an emoji or an autolink is a code span (see GITHUB_ACTS_ON); in every other word
 * each ASCII punctuation character is backslash-escaped (no `_emphasis_`, `<tag>`, `&amp;`
 * entity, `[link]`, `$math$`, block marker). So a name or a server's text inside a message shows
 * literally, and GitHub makes nothing of it. Words are what GitHub's patterns cannot cross, so
 * put white space, code or a tag between this and other text (`for ${mdText(x)}`), never a
 * letter, digit, `#`, `@` or `:`.
 */
export function mdText(text: string): string {
  return showControls(text, { tabs: true })
    .split(/(\s+)/)
    .map((word, i) => (i % 2 === 1 ? word : mdWord(word)))
    .join('')
}

function mdWord(word: string): string {
  if (!GITHUB_ACTS_ON.some(pattern => pattern.test(word))) return escapePunctuation(word)
  const [, before, core, after] = WORD.exec(word) ?? ['', '', word, '']
  // A word of that punctuation alone (`::`) stays whole.
  if (core === '') return codeSpan(word)
  return escapePunctuation(before) + codeSpan(core) + escapePunctuation(after)
}

function escapePunctuation(text: string): string {
  return text.replace(ASCII_PUNCTUATION, '\\$&')
}

/**
 * A code span that shows `text` exactly: its fence is one backtick longer than the longest run of
 * backticks inside, and a space pads each side when the text starts or ends with a backtick or
 * a space (CommonMark strips one such space from each side). Line breaks and controls are shown
 * as escapes, since a code span turns a line break into a space and a table row would end there.
 */
export function mdCode(text: string): string {
  return codeSpan(showControls(text, { tabs: true }))
}

/** mdCode of text already shown (controls escaped). */
function codeSpan(shown: string): string {
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
 * A name linked: ``[`name`](url)`` when the URL may be linked, otherwise the code span alone. The
 * name is always a code span: GitHub's emoji filter also acts inside a link's text (`:shipit:`),
 * and `<code>` is what all its filters skip (see GITHUB_ACTS_ON).
 */
export function mdLink(text: string, url: string): string {
  const destination = mdLinkDestination(url)
  const code = mdCode(text)
  return destination === undefined ? code : `[${code}](${destination})`
}

/**
 * Text inside HTML (an element's content, or an attribute value in either kind of quotes):
 * `&`, `<`, `>`, `"` and `'` become entities, what hides text is shown as escapes (a blank line
 * would end the HTML block). The entities do not keep GitHub from reading `#1` or `@user` in an
 * element's text (see GITHUB_ACTS_ON): a name goes inside `<code>`, as in
 * `<code>${htmlText(name)}</code>`.
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
