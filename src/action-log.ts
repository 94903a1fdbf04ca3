/** The runner's log behind the `Log` interface. */
import * as core from '@actions/core'
import type { Log } from './shared/log.js'

/**
 * Plain lines, `::warning::` annotations, `::debug::` lines. A runner shows debug lines only with
 * step debugging on (`RUNNER_DEBUG=1`), so they are not written otherwise: one per matched file
 * was 1 MB of log, and its memory, for a 20,000-file site.
 */
export const actionLog: Log = {
  info: line => core.info(line),
  warning: line => core.warning(line),
  debug: line => {
    if (core.isDebug()) core.debug(line)
  }
}
