/** The CAR export phase (`car: true`): content/car-export.ts, with the run's log and paths. */
import * as os from 'node:os'
import * as path from 'node:path'
import { actionLog, group } from '../action-log.js'
import { exportCar } from '../content/car-export.js'
import type { LocalCids } from '../content/plan-cids.js'
import type { PublishPlan } from '../content/plan.js'
import { firstProfile } from '../content/profile-choice.js'
import type { Inputs } from '../inputs.js'
import type { Report } from '../report/report.js'
import { errorText } from '../shared/error-text.js'
import { formatBytes, plural } from '../shared/format.js'

/**
 * Phase: the CAR of the uploads, with `car: true`, before anything is sent (a dry run writes it
 * too, so a fork's build can hand it over). Its roots must be the CIDs computed for the upload,
 * when those were computed; a CAR that cannot be written stops the run before any upload.
 */
export async function writeCar(
  plan: PublishPlan,
  inputs: Inputs,
  local: LocalCids | Error,
  signal: AbortSignal,
  env: NodeJS.ProcessEnv
): Promise<Report['car']> {
  if (!plan.directory && plan.files.length === 0) {
    actionLog.warning(
      '`car: true`, but this run uploads nothing: a pin by CID has no blocks here to export, so no CAR was written.'
    )
    return undefined
  }
  const profile = firstProfile(inputs.cidProfile)
  return group(`Export CAR (${profile})`, async () => {
    const expected = local instanceof Error ? undefined : computedRoots(plan, local)
    const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'pin-action')
    try {
      const car = await exportCar(plan, profile, dir, { expected, signal })
      actionLog.info(
        `Wrote ${car.path}: ${plural(car.roots.length, 'root')}, ${plural(car.blocks, 'block')}, ${formatBytes(car.bytes)}.`
      )
      return car
    } catch (error) {
      if (signal.aborted) throw error
      const message = errorText(error)
      throw new Error(
        `Could not write the CAR (\`car: true\`): ${message}. Nothing was uploaded.`,
        {
          cause: error
        }
      )
    }
  })
}

/** The roots computed for the upload, in the plan's order, when they were computed. */
function computedRoots(plan: PublishPlan, local: LocalCids): string[] | undefined {
  if (plan.directory) return local.directory === undefined ? undefined : [local.directory]
  const cids = plan.files.map(file => local.files.get(file.relPath))
  return cids.every(cid => cid !== undefined) ? cids : undefined
}
