/** Phase: outputs, warnings, the closing line, and the step's verdict. */
import { actionLog, fail, setOutput } from '../action-log.js'
import { closingLine } from '../report/headline.js'
import { failureMessage, renderOutputs } from '../report/outputs.js'
import type { Report } from '../report/report.js'

export function conclude(report: Report, closing: { elapsed: string } | undefined): void {
  for (const [name, value] of Object.entries(renderOutputs(report))) setOutput(name, value)
  for (const warning of report.warnings) actionLog.warning(warning)
  if (closing) actionLog.info(closingLine(report, closing.elapsed))
  if (report.error) fail(report.error)
  else if (report.failures.length > 0 || report.notAttempted) fail(failureMessage(report))
}
