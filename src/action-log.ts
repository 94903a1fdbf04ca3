/**
 * The sink: the only module that writes to the runner (ESLint forbids `@actions/core` elsewhere,
 * but for src/inputs.ts, which reads inputs and masks secrets through `maskSecret` here). Every
 * string goes out redacted (shared/redact.ts), and every log line or annotation escaped
 * (shared/escape-log.ts), so no call site can leak a secret or forge a workflow command.
 *
 * Channels: log lines (`actionLog.info`, one line each), annotations (`actionLog.warning`,
 * `fail`: may span lines), debug lines, group titles, step outputs, the job summary.
 */
import * as core from '@actions/core'
import type { Log } from './shared/log.js'
import { logLine, plainAnnotation } from './shared/escape-log.js'
import { isTooShortToRedact, secrets } from './shared/redact.js'

/** Text for one log line: redacted, then escaped. */
function line(text: string): string {
  return logLine(secrets.redact(text))
}

/** Text for an annotation: redacted, in plain text, escaped, its own line breaks kept. */
function annotation(text: string): string {
  return plainAnnotation(secrets.redact(text))
}

/**
 * Plain lines, `::warning::` annotations, `::debug::` lines. A runner shows debug lines only with
 * step debugging on (`RUNNER_DEBUG=1`), so they are not written otherwise: one per matched file
 * was 1 MB of log, and its memory, for a 20,000-file site.
 */
export const actionLog: Log = {
  info: text => core.info(line(text)),
  warning: text => core.warning(annotation(text)),
  debug: text => {
    if (core.isDebug()) core.debug(line(text))
  }
}

/** Masks a secret in the runner's log and adds it to the redactor for everything else. */
export function maskSecret(value: string): void {
  // A value too short to redact safely is refused by the inputs; never mask it either.
  if (value.trim() === '' || isTooShortToRedact(value)) return
  core.setSecret(value)
  secrets.add(value)
}

/** Runs `fn` inside a collapsible group of the log. */
export function group<T>(title: string, fn: () => Promise<T>): Promise<T> {
  return core.group(line(title), fn)
}

/** Fails the step with an error annotation. */
export function fail(message: string): void {
  core.setFailed(annotation(message))
}

/** Sets a step output (a file the runner reads, not the log: only redacted). */
export function setOutput(name: string, value: string): void {
  core.setOutput(name, secrets.redact(value))
}

/** Appends Markdown to the job summary. */
export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(secrets.redact(markdown)).write()
}
