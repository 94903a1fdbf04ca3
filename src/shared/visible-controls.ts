/**
 * The one rule for characters that hide or reorder text, used by every sink a person reads: the
 * job summary and the PR comment (escape-markdown.ts), the log and the annotations
 * (escape-log.ts), the commit and deployment status descriptions (report/status.ts), the failure
 * message (report/outputs.ts) and quoted values inside messages (quote.ts). Each such character
 * is written as an escape (`\n`, `\x1b`, `\u200f`, `\u{e0041}`), so a file name or a server
 * message shows what it holds: it cannot start a line, end a table row, colour a terminal,
 * reorder the text around it, or pass for another name (`ind\u200bex.html` next to
 * `index.html`). A backslash already in the text is left as it is: the escapes are for reading,
 * not for decoding.
 *
 * Display only: uploads carry names exactly, links percent-encode the real bytes, and the JSON
 * outputs (`results`, `cids`, …) keep every character for the workflows that read them.
 */

const NAMED: Readonly<Record<string, string>> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\f': '\\f',
  '\0': '\\0'
}

/**
 * What is shown as an escape, by Unicode property (V8 in Node 20 and 24 knows each; both carry
 * Unicode 17), so that new characters of a class are covered without a list to keep:
 *
 * - `Cc` control characters: C0, DEL and C1 (U+0085 NEXT LINE among them). Tab only where
 *   `tabs` asks for it.
 * - `Zl` and `Zp`: U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
 * - `Cf` format characters: soft hyphen U+00AD, Arabic letter mark U+061C, U+180E, the zero
 *   widths U+200B–U+200D, the marks LRM U+200E and RLM U+200F, the bidi embeddings and overrides
 *   U+202A–U+202E and isolates U+2066–U+2069, word joiner U+2060, invisible operators
 *   U+2061–U+2064, U+206A–U+206F, BOM U+FEFF, interlinear annotations U+FFF9–U+FFFB, the tag
 *   characters U+E0001 and U+E0020–U+E007F, and the prepended concatenation marks such as
 *   U+0600, which draw over the digits after them.
 * - `Default_Ignorable_Code_Point`: what a font may draw as nothing, beyond `Cf`: the Hangul
 *   fillers U+115F, U+1160, U+3164, U+FFA0, combining grapheme joiner U+034F, Khmer U+17B4 and
 *   U+17B5, the Mongolian selectors U+180B–U+180F, every variation selector (VS1–VS16 U+FE00–
 *   U+FE0F, VS17–VS256 U+E0100–U+E01EF), and the reserved U+2065, U+FFF0–U+FFF8 and
 *   U+E0000–U+E0FFF.
 * - `Cs`: a lone surrogate, which cannot be drawn (a well-formed pair is one character and is
 *   kept).
 *
 * Variation selectors, VS16 included, are shown too, although VS16 is how an emoji asks for its
 * colour form (`⚠️` is U+26A0 U+FE0F). A name is a file path: two paths that differ only in a
 * selector are two files, and whether the selector changes the picture depends on the character
 * before it and on the font (after `🎉`, or after a letter, it changes nothing). So do ZWJ inside
 * emoji sequences and the tag characters of subdivision flags: `⚠\ufe0f.txt` is exact, and still
 * readable. The action's own emoji are not passed through this rule.
 *
 * `HIDDEN` matches one such character, tab included. It is global: use it with `replace`, not
 * `test`, which would carry its position from one call to the next.
 *
 * Spaces other than U+0020 (NBSP, U+3000 …) are drawn as spaces and are left as they are: they
 * are look-alikes, like Cyrillic `а` for Latin `a`, not hidden characters, and this rule does not
 * try to find look-alikes.
 */
export const HIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu

/**
 * A character as an escape: named (`\n`), two hex digits up to U+00FF (`\x1b`), four up to
 * U+FFFF (`\u200f`), and the code point in braces beyond (`\u{e0041}`).
 */
function escapeCharacter(char: string): string {
  const named = NAMED[char]
  if (named !== undefined) return named
  const code = char.codePointAt(0) ?? 0
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`
  return `\\u{${code.toString(16)}}`
}

export interface VisibleOptions {
  /** Show tabs as `\t` too; by default a tab stays a tab (it breaks no line). */
  tabs?: boolean
}

/**
 * `text` with every character of the rule above as a visible escape: controls, line breaks,
 * format characters, default-ignorable characters and lone surrogates.
 */
export function showControls(text: string, options: VisibleOptions = {}): string {
  return text.replace(HIDDEN, char =>
    char === '\t' && !options.tabs ? char : escapeCharacter(char)
  )
}

/**
 * The lines of a message written on several lines on purpose: split at `\n` and `\r\n` only.
 * Any other line break (a lone `\r`, U+2028, U+0085 …) stays inside its line, to be shown.
 */
export function messageLines(text: string): string[] {
  return text.split(/\r?\n/)
}
