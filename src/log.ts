/** Where the domain modules write: a small interface, so they can be run without a runner. */
import * as core from '@actions/core'

export interface Log {
  info(line: string): void
  warning(line: string): void
  debug(line: string): void
}

/** The runner's log: plain lines, `::warning::` annotations, `::debug::` lines. */
export const coreLog: Log = {
  info: line => core.info(line),
  warning: line => core.warning(line),
  debug: line => core.debug(line)
}
