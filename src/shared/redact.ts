/**
 * The one place secrets are taken out of text: the API key, the GitHub token and anything else
 * the action masks become `***` in every string that leaves the process (log lines,
 * annotations, the job summary, the PR comment, commit statuses, outputs). The runner masks only
 * its log; a comment or a status written through the API is not masked by anyone else.
 *
 * What is found, for each secret of at least `MIN_SECRET_LENGTH` characters:
 *
 * - the secret as is, in any letter case (upper, lower, mixed), and with characters that hide
 *   text (zero-width spaces and joiners, word joiner, soft hyphen, BOM, bidi marks, variation
 *   selectors, Hangul fillers, tag characters) between any of its characters, raw or written as
 *   `\uXXXX`, `\u{XXXX}` or `\xad` escapes;
 * - the secret inside a JSON string, percent-encoded (component, URI and form styles, `%xx` in
 *   either case), HTML-escaped and with Markdown's backslash escapes;
 * - its UTF-8 bytes in hex (either case), and in base64, standard and URL-safe, with and without
 *   padding, alone or inside a longer base64 string at any of the three byte alignments (the
 *   characters that depend on the bytes around it excepted), and percent-encoded;
 * - a cut piece of any of these forms, at least `MIN_CUT_PIECE` characters long: the start of a
 *   form where the text ends or is cut (`…`, `...`), and the end of a form where the text starts
 *   or resumes after a cut. A cut that came before redaction cannot leave half a key behind.
 *
 * A shorter secret is not redacted at all: it would be found inside CIDs, URLs and words and
 * corrupt them, outputs included. The inputs refuse such a secret before anything is sent
 * (src/inputs.ts).
 */

const REDACTED = '***'

/** Shortest secret, in characters (code points), that is redacted, and that the inputs accept. */
export const MIN_SECRET_LENGTH = 8

/** Shortest piece of a secret's form recognised next to a cut or at an end of the text. */
export const MIN_CUT_PIECE = 8

/** The length of a value as the rules above count it: in code points. */
export function secretLength(value: string): number {
  return [...value].length
}

/** A non-blank value too short to be redacted without corrupting other text. */
export function isTooShortToRedact(value: string): boolean {
  return value.trim() !== '' && secretLength(value) < MIN_SECRET_LENGTH
}

/**
 * The textual forms a secret takes when a server or a renderer echoes it: as is, in upper and
 * lower case, inside a JSON string, percent-encoded (component, URI and form styles),
 * HTML-escaped, and with Markdown's backslash escapes.
 */
function textForms(secret: string): string[] {
  const component = encodeURIComponent(secret)
  return [
    secret,
    secret.toUpperCase(),
    secret.toLowerCase(),
    JSON.stringify(secret).slice(1, -1),
    component,
    component.replace(/%20/g, '+'),
    // application/x-www-form-urlencoded as URLSearchParams writes it: `!'()~` encoded too.
    new URLSearchParams({ s: secret }).toString().slice('s='.length),
    encodeURI(secret),
    secret.replace(/[&<>"']/g, c => `&${ENTITIES[c]};`),
    secret.replace(/[!-/:-@[-`{-~]/g, '\\$&')
  ]
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': 'amp',
  '<': 'lt',
  '>': 'gt',
  '"': 'quot',
  "'": '#39'
}

/**
 * The forms of the secret's UTF-8 bytes: hex, and base64 in both alphabets, padded and not,
 * alone or at each byte alignment inside a longer base64 string, and percent-encoded.
 */
function byteForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const padded = bytes.toString('base64')
  const standard = [padded, padded.replace(/=+$/, '')]
  for (let offset = 0; offset < 3; offset++) {
    // Behind `offset` other bytes of its group, the secret's bits start `8 * offset` bits in:
    // only the characters wholly made of its bits are the same whatever surrounds it.
    const shifted = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64')
    const first = Math.ceil((8 * offset) / 6)
    const end = Math.floor((8 * (offset + bytes.length)) / 6)
    standard.push(shifted.slice(first, end))
  }
  const url = standard.map(form => form.replace(/\+/g, '-').replace(/\//g, '_'))
  return [bytes.toString('hex'), ...standard, ...url, ...standard.map(encodeURIComponent)]
}

/**
 * Characters that hide text, which an echo may slip between a secret's characters, raw or as
 * the escapes JSON, `quoteValue` and the sinks write. Tag characters and the variation
 * selectors supplement (U+E0000–U+E01EF) are surrogate pairs, as the pattern has no `u` flag.
 */
const HIDING_CHARACTERS =
  // eslint-disable-next-line no-misleading-character-class -- each mark is matched alone, on purpose
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f\udd00-\uddef]/
const HIDING_ESCAPES =
  /\\u(?:00ad|034f|061c|115f|1160|17b[45]|180[b-f]|200[b-f]|202[a-e]|206[0-46-f]|3164|fe0[0-9a-f]|feff|ffa0)|\\u\{0*(?:ad|34f|61c|115f|1160|17b[45]|180[b-f]|200[b-f]|202[a-e]|206[0-46-f]|3164|fe0[0-9a-f]|feff|ffa0|e00[0-7][0-9a-f]|e01[0-9a-e][0-9a-f])\}|\\xad|\\udb40\\ud[cd][0-9a-f]{2}/
const GAP = `(?:${HIDING_CHARACTERS.source}|${HIDING_ESCAPES.source})*`

/** A regular expression source matching `text` literally. */
function literal(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
}

/** The secret with any run of hiding characters allowed between two of its characters. */
function interleaved(secret: string): string {
  return [...secret].map(literal).join(GAP)
}

/** Where a piece of a secret may end (a cut, or the end of the text) or start again. */
const CUT_MARK = /…|\.\.\./g

/** Holds the secrets of a run and removes them from text. */
export class Redactor {
  readonly #secrets = new Set<string>()
  #pattern: RegExp | undefined
  /** Every form of every secret, ASCII letters in lower case, long enough to be cut. */
  #pieces: string[] = []
  #longestPiece = 0
  /** Every run of `MIN_CUT_PIECE` characters of a piece: any piece next to a cut ends in one. */
  #grams = new Set<string>()

  /**
   * Adds a secret; says whether it was taken. Blank values are ignored, as the runner ignores
   * them, and so are values shorter than `MIN_SECRET_LENGTH`, which would corrupt other text.
   */
  add(secret: string): boolean {
    if (secret.trim() === '' || isTooShortToRedact(secret)) return false
    if (this.#secrets.has(secret)) return true
    this.#secrets.add(secret)
    this.#compile()
    return true
  }

  #compile(): void {
    const secrets = [...this.#secrets]
    const allForms = secrets.flatMap(secret => [...textForms(secret), ...byteForms(secret)])
    // Keyed by lower case: the pattern ignores case, so forms differing only in case are one.
    // Each secret as is comes first, with hiding characters allowed inside it.
    const forms = new Map<string, { length: number; source: string }>()
    for (const secret of secrets) {
      forms.set(secret.toLowerCase(), { length: secret.length, source: interleaved(secret) })
    }
    for (const form of allForms) {
      const key = form.toLowerCase()
      if (form !== '' && !forms.has(key))
        forms.set(key, { length: form.length, source: literal(form) })
    }
    // Longest first, so a secret that contains another is replaced whole.
    const sorted = [...forms.values()].sort((a, b) => b.length - a.length)
    this.#pattern = new RegExp(sorted.map(form => form.source).join('|'), 'gi')

    this.#pieces = [...new Set(allForms.map(asciiLower))].filter(p => p.length >= MIN_CUT_PIECE)
    this.#longestPiece = Math.max(0, ...this.#pieces.map(piece => piece.length))
    this.#grams = new Set(
      this.#pieces.flatMap(piece =>
        Array.from({ length: piece.length - MIN_CUT_PIECE + 1 }, (_, i) =>
          piece.slice(i, i + MIN_CUT_PIECE)
        )
      )
    )
  }

  /** `text` with every secret, in every form above, replaced by `***`. */
  redact(text: string): string {
    if (this.#pattern === undefined) return text
    return this.#redactCuts(text.replace(this.#pattern, REDACTED))
  }

  /**
   * Pieces of a secret's forms where the text was cut: a form's start, at least
   * `MIN_CUT_PIECE` characters, just before the end of the text or a cut mark; and a form's end
   * just after the start of the text or a cut mark.
   */
  #redactCuts(text: string): string {
    if (text.length < MIN_CUT_PIECE) return text
    const ends = [text.length]
    const starts = [0]
    for (const mark of text.matchAll(CUT_MARK)) {
      // A clipped note reads ` (… 12 more characters)`: the piece ends before ` (`.
      ends.push(text.slice(0, mark.index).endsWith(' (') ? mark.index - 2 : mark.index)
      starts.push(mark.index + mark[0].length)
    }
    const ranges: [number, number][] = []
    for (const end of ends) {
      const before = asciiLower(text.slice(Math.max(0, end - this.#longestPiece), end))
      if (!this.#grams.has(before.slice(-MIN_CUT_PIECE))) continue
      for (const piece of this.#pieces) {
        const length = pieceStartAtEnd(before, piece)
        if (length > 0) ranges.push([end - length, end])
      }
    }
    for (const start of starts) {
      const after = asciiLower(text.slice(start, start + this.#longestPiece))
      if (!this.#grams.has(after.slice(0, MIN_CUT_PIECE))) continue
      for (const piece of this.#pieces) {
        const length = pieceEndAtStart(after, piece)
        if (length > 0) ranges.push([start, start + length])
      }
    }
    if (ranges.length === 0) return text
    ranges.sort((a, b) => a[0] - b[0])
    const merged: [number, number][] = []
    for (const [from, to] of ranges) {
      const last = merged[merged.length - 1]
      if (last && from <= last[1]) last[1] = Math.max(last[1], to)
      else merged.push([from, to])
    }
    let out = ''
    let at = 0
    for (const [from, to] of merged) {
      out += text.slice(at, from) + REDACTED
      at = to
    }
    return out + text.slice(at)
  }

  /** A copy of `value` with every string in it redacted, at any depth. */
  redactDeep<T>(value: T): T {
    if (this.#pattern === undefined) return value
    return this.#walk(value) as T
  }

  #walk(value: unknown): unknown {
    if (typeof value === 'string') return this.redact(value)
    if (Array.isArray(value)) return value.map(item => this.#walk(item))
    if (value === null || typeof value !== 'object') return value
    if (Object.getPrototypeOf(value) !== Object.prototype) return value
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, this.#walk(v)]))
  }

  /** Forgets every secret (for tests). */
  clear(): void {
    this.#secrets.clear()
    this.#pattern = undefined
    this.#pieces = []
    this.#longestPiece = 0
    this.#grams.clear()
  }
}

/** Lower case for ASCII letters only, so that every index stays where it was. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, letters => letters.toLowerCase())
}

/**
 * The length of the longest start of `piece`, at least `MIN_CUT_PIECE` long, that `text` ends
 * with; 0 when there is none. Both in lower case.
 */
function pieceStartAtEnd(text: string, piece: string): number {
  const head = piece.slice(0, MIN_CUT_PIECE)
  let at = text.indexOf(head, Math.max(0, text.length - piece.length))
  while (at !== -1) {
    if (piece.startsWith(text.slice(at))) return text.length - at
    at = text.indexOf(head, at + 1)
  }
  return 0
}

/**
 * The length of the longest end of `piece`, at least `MIN_CUT_PIECE` long, that `text` starts
 * with; 0 when there is none. Both in lower case.
 */
function pieceEndAtStart(text: string, piece: string): number {
  if (text.length < MIN_CUT_PIECE) return 0
  const head = text.slice(0, MIN_CUT_PIECE)
  for (let at = piece.indexOf(head); at !== -1; at = piece.indexOf(head, at + 1)) {
    if (text.startsWith(piece.slice(at))) return piece.length - at
  }
  return 0
}

/**
 * The run's secrets. The sink (src/action-log.ts) adds to it when it masks a value; the sink, the
 * GitHub API wrapper and the transport's errors (transport/errors.ts, before they cut a server's
 * words) redact with it.
 */
export const secrets = new Redactor()
