/**
 * Where the domain modules write: a small interface, so they run without a runner. Pass any
 * value as it is: the runner's implementation (src/action-log.ts) redacts secrets and escapes
 * every line, so a file name or a server message cannot forge a workflow command.
 */
export interface Log {
  /** One log line: a line break inside it is shown as `\n`, not started. */
  info(line: string): void
  /** A warning annotation; its `\n` line breaks are kept, other breaks are shown. */
  warning(text: string): void
  /** One line, written only with step debugging on. */
  debug(line: string): void
}
