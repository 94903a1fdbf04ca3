/** Where the domain modules write: a small interface, so they can be run without a runner. */
import * as core from '@actions/core'

export interface Log {
  info(line: string): void
  warning(line: string): void
  debug(line: string): void
}

/**
 * The runner's log: plain lines, `::warning::` annotations, `::debug::` lines. A runner shows
 * debug lines only with step debugging on (`RUNNER_DEBUG=1`), so they are not written otherwise:
 * one per matched file was 1 MB of log, and its memory, for a 20,000-file site.
 */
export const coreLog: Log = {
  info: line => core.info(line),
  warning: line => core.warning(line),
  debug: line => {
    if (core.isDebug()) core.debug(line)
  }
}
