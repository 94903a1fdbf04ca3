/** Reading JSON of unknown shape (server answers, event payloads, records) without trusting it. */

export type JsonObject = Record<string, unknown>

/** The value as an object, when it is one (not an array, not null). */
export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined
}

/** The value as an object, or an empty one: for reading fields that may all be missing. */
export function fieldsOf(value: unknown): JsonObject {
  return asObject(value) ?? {}
}

/** The value as an array, or an empty one. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** The value when it is a string, else ''. */
export function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
