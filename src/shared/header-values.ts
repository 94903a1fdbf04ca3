/**
 * Strict readers for the numbers and dates a server sends about waiting. `Number()` and
 * `Date.parse()` accept far too much (`0x3`, `-5` as the year -5, `1e13`), and a value read
 * wrongly turns into "retry now" or a wait no runner should hold for.
 */

/** A plain decimal number of seconds (`3`, `2.5`); not signed, not hex, not exponent form. */
export function parseDecimalSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined
  if (typeof value !== 'string' || !/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return undefined
  const seconds = Number(value)
  return Number.isFinite(seconds) ? seconds : undefined
}

/** A plain non-negative integer (`X-RateLimit-Remaining`). */
export function parseCount(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d{1,15}\s*$/.test(value)) return undefined
  return Number(value)
}

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
const TIME = '\\d{2}:\\d{2}:\\d{2}'
/** The three forms RFC 9110 §5.6.7 asks recipients to accept: IMF-fixdate, RFC 850, asctime. */
const HTTP_DATE = [
  new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`),
  new RegExp(`^${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`),
  new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`)
]

/** An HTTP-date in ms since the epoch, or undefined when `value` is not one. */
export function parseHttpDate(value: string): number | undefined {
  const text = value.trim()
  const form = HTTP_DATE.findIndex(pattern => pattern.test(text))
  if (form === -1) return undefined
  // asctime carries no zone; HTTP dates are always UTC.
  const time = Date.parse(form === 2 ? `${text} GMT` : text)
  return Number.isNaN(time) ? undefined : time
}

/**
 * An ISO 8601 date-time with a zone (`2026-11-28T12:00:00Z`, or with a space for the `T`), in
 * ms since the epoch.
 */
export function parseIsoDateTime(value: string): number | undefined {
  const text = value.trim()
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i.test(text)) {
    return undefined
  }
  const time = Date.parse(text)
  return Number.isNaN(time) ? undefined : time
}

/**
 * Server waits are capped here: a longer one is still "too long" (see `decide`), and a date
 * computed from it stays a valid Date (`1e13` seconds is past the largest one).
 */
export const MAX_SERVER_WAIT_MS = 366 * 24 * 3600 * 1000

/**
 * How long a 429 asks us to wait: the body's `retryAfter` (decimal seconds), else the
 * `Retry-After` header (decimal seconds or an HTTP-date). Undefined when the server gave no
 * usable hint: negative, hex, `NaN` or empty values are no hint, never "retry now".
 */
export function parseRetryAfter(
  header: string | undefined,
  bodyRetryAfter: unknown,
  now: number
): number | undefined {
  const seconds = parseDecimalSeconds(bodyRetryAfter) ?? parseDecimalSeconds(header)
  let waitMs: number | undefined
  if (seconds !== undefined) {
    waitMs = Math.round(seconds * 1000)
  } else if (header !== undefined) {
    const date = parseHttpDate(header)
    if (date !== undefined) waitMs = Math.max(0, date - now)
  }
  return waitMs === undefined ? undefined : Math.min(waitMs, MAX_SERVER_WAIT_MS)
}
