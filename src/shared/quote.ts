/**
 * Bounded, visible renderings of untrusted text (a server's answer, a header) for messages. Not
 * escaping for Markdown or the log: the sinks do that. This only keeps a value short and makes
 * what is invisible in it visible, by the one rule of visible-controls.ts.
 */
import { secrets } from './redact.js'
import { HIDDEN } from './visible-controls.js'

/** A character JSON.stringify left as it is, as JSON escapes: `\u200f`, `\udb40\udc41`. */
function jsonEscape(char: string): string {
  return Array.from(
    { length: char.length },
    (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`
  ).join('')
}

/**
 * `text` cut to at most `max` UTF-16 units plus `…` when it was longer. Never splits a
 * surrogate pair, so the result is as well formed as the input.
 */
export function truncateText(text: string, max: number): string {
  // Redact first, cut second: a cut could leave half a secret no redaction would recognise.
  text = secrets.redact(text)
  if (text.length <= max) return text
  let end = max
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

/**
 * A value as a JSON string literal, cut to `max` characters first: quotes show where it starts
 * and ends, and every character the shared rule shows (controls, line and paragraph separators,
 * format and default-ignorable characters: visible-controls.ts) is a `\uXXXX` escape. The
 * literal stays valid JSON, so the exact value can be read back: the escapes are the sinks' own
 * (`\u200f`) from U+0100 on, and JSON's below (`\u007f`, not `\x7f`) and beyond U+FFFF (the
 * surrogate pair `\udb40\udc41`, not `\u{e0041}`).
 */
export function quoteValue(value: string, max = 100): string {
  return JSON.stringify(truncateText(value, max)).replace(HIDDEN, jsonEscape)
}
