/**
 * The one place secrets are taken out of text: the API key, the GitHub token and anything else
 * the action masks become `***` in every string that leaves the process (log lines,
 * annotations, the job summary, the PR comment, commit statuses, outputs). The runner masks only
 * its log; a comment or a status written through the API is not masked by anyone else.
 */

export const REDACTED = '***'

/**
 * The forms a secret takes when a server or a renderer echoes it: as is, inside a JSON string,
 * percent-encoded (component, URI and form styles), HTML-escaped, and with Markdown's backslash
 * escapes. Upper- and lower-case hex digits of a percent-encoding both match.
 */
function encodings(secret: string): string[] {
  const component = encodeURIComponent(secret)
  return [
    secret,
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

/** A regular expression source matching `text` literally, with `%xx` in either case. */
function literal(text: string): string {
  return text
    .replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
    .replace(
      /%([0-9A-F])([0-9A-F])/g,
      (_, a: string, b: string) => `%[${a}${a.toLowerCase()}][${b}${b.toLowerCase()}]`
    )
}

/** Holds the secrets of a run and removes them from text. */
export class Redactor {
  readonly #secrets = new Set<string>()
  #pattern: RegExp | undefined

  /** Adds a secret. Blank values are ignored, as the runner ignores them. */
  add(secret: string): void {
    if (secret.trim() === '' || this.#secrets.has(secret)) return
    this.#secrets.add(secret)
    const forms = [...new Set([...this.#secrets].flatMap(encodings))]
    // Longest first, so a secret that contains another is replaced whole.
    forms.sort((a, b) => b.length - a.length)
    this.#pattern = new RegExp(forms.map(literal).join('|'), 'g')
  }

  /** `text` with every secret, in every form above, replaced by `***`. */
  redact(text: string): string {
    return this.#pattern === undefined ? text : text.replace(this.#pattern, REDACTED)
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
  }
}

/**
 * The run's secrets. The sink (src/action-log.ts) adds to it when it masks a value; the sink and
 * the GitHub API wrapper redact with it.
 */
export const secrets = new Redactor()
