/** Parses the `timelock` input: an absolute ISO 8601 date-time or a relative duration. */

const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000
}

/** `30d`, `12h`, `90m`, `2w`, `45s`, or combinations such as `1d12h`. */
const RELATIVE = /^(?:\d+[smhdw])+$/
const RELATIVE_PART = /(\d+)([smhdw])/g

/** A date-time must carry a zone: a runner's clock is UTC, a developer's laptop may not be. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Date rolls 2030-02-30 over to March; a user who typed it made a mistake worth naming. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number)
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth
}

/** Milliseconds in a relative duration such as `1d12h`, or undefined when `text` is not one. */
export function parseRelativeDuration(text: string): number | undefined {
  const compact = text.trim().toLowerCase()
  if (!RELATIVE.test(compact)) return undefined
  let total = 0
  for (const [, amount, unit] of compact.matchAll(RELATIVE_PART)) {
    total += Number(amount) * UNIT_MS[unit]
  }
  return total
}

/**
 * Resolves a timelock to an absolute instant. Throws a message meant to be prefixed with the
 * input's name, so the caller can name the input and the value.
 */
export function parseTimelock(text: string, now: Date): Date {
  const value = text.trim()
  const relative = parseRelativeDuration(value)
  let at: Date
  if (relative !== undefined) {
    at = new Date(now.getTime() + relative)
  } else if (ISO_DATE_TIME.test(value) || ISO_DATE.test(value)) {
    // A bare date means midnight UTC, which is how Date parses the date-only ISO form.
    at = new Date(value)
    if (Number.isNaN(at.getTime()) || !isCalendarDate(value)) {
      throw new Error('is not a valid date. Use an ISO 8601 date-time such as 2030-12-31T23:59:59Z')
    }
  } else if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new Error('has no time zone. Add Z for UTC or an offset, as in 2030-12-31T23:59:59Z')
  } else {
    throw new Error(
      'is neither an ISO 8601 date-time (2030-12-31T23:59:59Z) nor a duration such as 30d, 12h or 90m'
    )
  }
  if (at.getTime() <= now.getTime()) {
    throw new Error(
      `lies in the past (${at.toISOString()}; now is ${now.toISOString()}). Pick a later date or a duration such as 30d`
    )
  }
  return at
}
