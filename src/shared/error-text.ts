/**
 * The message of anything thrown, as readable text: an Error's message; an object's `message`;
 * a plain object's fields as JSON (not "[object Object]"); anything else as `String()` gives it.
 */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'object' && error !== null) {
    const { message } = error as { message?: unknown }
    if (typeof message === 'string') return message
    // An object without a toString of its own says more through its fields.
    if (!('toString' in error) || error.toString === Object.prototype.toString) {
      try {
        // undefined when a toJSON() says so
        const json = JSON.stringify(error) as string | undefined
        if (json !== undefined) return json
      } catch {
        // A cycle or a BigInt: fall through to String().
      }
    }
  }
  return String(error)
}
