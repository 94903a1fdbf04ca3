/** The message of anything thrown: an Error's message, else the value as text (never "undefined"). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
