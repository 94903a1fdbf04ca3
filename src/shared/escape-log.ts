/**
 * Log lines that cannot carry a workflow command. How the runner reads a step's output
 * (actions/runner: src/Runner.Sdk/ProcessInvoker.cs and src/Runner.Common/ActionCommand.cs):
 *
 * - stdout and stderr are read with .NET `StreamReader.ReadLine`: a line ends at `\n`, `\r` or
 *   `\r\n`. Each line is then tried as a command.
 * - V2 syntax `::name props::data`: the line is trimmed of leading white space (.NET
 *   `TrimStart`: every Unicode space, tab, U+0085, U+2028 …) and must then start with `::` and
 *   name a registered command, in any letter case.
 * - V1 syntax `##[name props]data`: `##[` anywhere in the line, before a registered name and `]`.
 *
 * The rule implemented here, for every line the action prints:
 * 1. control characters and line breaks of every kind are shown as escapes (`\n`, `\r`,
 *    `\u2028`, `\x1b` …), so a value cannot start a line of its own, and so is every character
 *    that hides or reorders text (`\u200f`, `\u200b`, `\ufeff`, `\u{e0041}` …): the shared
 *    rule of visible-controls.ts;
 * 2. a line whose first characters after white space are `::` gets a backslash before them;
 * 3. every `##[` becomes `##\[`.
 * A message the action writes on several lines on purpose (an annotation listing failures) keeps
 * its `\n` between lines, and each line obeys the rule.
 */
import { messageLines, showControls } from './visible-controls.js'

/**
 * `TrimStart` white space: JavaScript's `\s` plus U+0085 and U+180E, which .NET also trims (rule
 * 1 has already shown both, and U+FEFF, as escapes; they stay here should that rule change).
 */
const COMMAND_START = /^([\s\u0085\u180e]*)::/
const V1_COMMAND = /##\[/g

/** A line with no command in it: rules 2 and 3 on a line already free of line breaks. */
function defuse(line: string): string {
  return line.replace(COMMAND_START, '$1\\::').replace(V1_COMMAND, '##\\[')
}

/** One log line: whatever `text` holds, it prints as a single line that is no command. */
export function logLine(text: string): string {
  return defuse(showControls(text))
}

/**
 * A message of several lines (an annotation, the failure list): its `\n` and `\r\n` stay line
 * breaks, every other break and control is shown, and no line is a command.
 */
export function logText(text: string): string {
  return messageLines(text)
    .map(line => defuse(showControls(line)))
    .join('\n')
}

/**
 * An `::error::` command line for where @actions/core is not loaded (the main thread, after the
 * worker died): the message escaped as above, then encoded as the runner decodes command data.
 */
export function errorCommand(message: string): string {
  const data = logText(message).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  return `::error::${data}\n`
}

/**
 * An annotation as plain text: GitHub shows annotations without Markdown, so the code spans the
 * action's messages use for inputs and values (`` `concurrency` ``) read as raw backticks. They
 * become double quotes; a lone backtick (in a file name, say) stays as it is.
 */
export function plainAnnotation(text: string): string {
  return logText(text.replace(/`([^`\n]+)`/g, '"$1"'))
}
