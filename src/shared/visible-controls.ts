/**
 * Control characters and line breaks written as escapes (`\n`, `\x1b`, `\u2028`), so a file name
 * or a server message shows what it holds and cannot start a line, end a table row, colour a
 * terminal or reorder the text around it. A backslash already in the text is left as it is: the
 * escapes are for reading, not for decoding.
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
 * C0 controls and DEL, C1 controls (U+0085 NEXT LINE among them), U+2028 and U+2029 (line and
 * paragraph separators) and the bidirectional embeddings, overrides and isolates (which make a
 * name display as another). Tab is matched only where `tabs` asks for it.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS_AND_TAB = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

function escapeOne(char: string): string {
  const named = NAMED[char]
  if (named !== undefined) return named
  const code = char.charCodeAt(0)
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

export interface VisibleOptions {
  /** Show tabs as `\t` too; by default a tab stays a tab (it breaks no line). */
  tabs?: boolean
}

/** Every control character and line break in `text` as a visible escape. */
export function showControls(text: string, options: VisibleOptions = {}): string {
  return text.replace(options.tabs ? CONTROLS_AND_TAB : CONTROLS, escapeOne)
}

/**
 * The lines of a message written on several lines on purpose: split at `\n` and `\r\n` only.
 * Any other line break (a lone `\r`, U+2028, U+0085 …) stays inside its line, to be shown.
 */
export function messageLines(text: string): string[] {
  return text.split(/\r?\n/)
}
