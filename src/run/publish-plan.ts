/** Phase: uploads and pins, on Pinarkive or as a dry run. */
import { actionLog, group } from '../action-log.js'
import type { PublishPlan } from '../content/plan.js'
import type { Inputs } from '../inputs.js'
import { publish, type PublishOutcome } from '../publish/publish.js'
import { plural } from '../shared/format.js'
import type { OpenTarget } from './targets.js'

export function publishPlan(
  plan: PublishPlan,
  target: OpenTarget,
  inputs: Inputs,
  deadline: AbortSignal
): Promise<PublishOutcome> {
  return group(`${target.dryRun ? 'Dry run' : 'Publish'}: ${describePlan(plan)}`, () =>
    publish(plan, target, { ...inputs, deadline }, actionLog)
  )
}

function describePlan(plan: PublishPlan): string {
  const parts: string[] = []
  if (plan.directory) parts.push(`upload ${plan.directory.rootRelPath}/ as a directory`)
  if (plan.files.length > 0) parts.push(`upload ${plural(plan.files.length, 'file')}`)
  if (plan.pins.length > 0) parts.push(`pin ${plural(plan.pins.length, 'CID')}`)
  return parts.join(' and ')
}
