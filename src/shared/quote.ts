/**
 * Bounded, visible renderings of untrusted text (a server's answer, a header) for messages. Not
 * escaping for Markdown or the log: the sinks do that. This only keeps a value short and makes
 * what is invisible in it visible.
 */

/** Characters JSON.stringify leaves as they are but that hide or reorder text on a screen. */
const INVISIBLE = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g

/**
 * `text` cut to at most `max` UTF-16 units plus `…` when it was longer. Never splits a
 * surrogate pair, so the result is as well formed as the input.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

/**
 * A value as a JSON string literal, cut to `max` characters first: quotes show where it starts
 * and ends, and control, bidi and line-separator characters show as `\uXXXX` escapes.
 */
export function quoteValue(value: string, max = 100): string {
  return JSON.stringify(truncateText(value, max)).replace(
    INVISIBLE,
    char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
