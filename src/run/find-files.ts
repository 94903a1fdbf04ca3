/** Phase: which files, in which mode, and what to pin. */
import { actionLog } from '../action-log.js'
import { buildPlan, type PlanResult, type PublishPlan } from '../content/plan.js'
import type { Inputs } from '../inputs.js'

export function findFiles(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<PlanResult> {
  return buildPlan(inputs, env.GITHUB_WORKSPACE || process.cwd(), actionLog)
}

/** Whether the plan has anything to do: an upload, a pin, or a file that failed to be read. */
export function hasWork(plan: PublishPlan): boolean {
  const unreadable = plan.unreadable?.length ?? 0
  return plan.directory !== undefined || plan.files.length + unreadable + plan.pins.length > 0
}
