/** Where the domain modules write: a small interface, so they run without a runner. */
export interface Log {
  info(line: string): void
  warning(line: string): void
  debug(line: string): void
}
