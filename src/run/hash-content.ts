/**
 * Phase: the local CIDs needed before anything is sent. A dry run reports every CID, and a
 * directory's root CID needs all its files: those are hashed first. Files mode hashes each file
 * just before sending it, from the bytes it sends. A real run goes on without them when hashing
 * fails (verification then says so); a dry run cannot.
 */
import { actionLog, group } from '../action-log.js'
import { computeLocalCids, noLocalCids, type LocalCids } from '../content/plan-cids.js'
import type { PublishPlan } from '../content/plan.js'
import { firstProfile } from '../content/profile-choice.js'
import type { Inputs } from '../inputs.js'
import { errorText } from '../shared/error-text.js'
import { formatDuration, plural } from '../shared/format.js'

export async function hashContent(
  plan: PublishPlan,
  inputs: Inputs,
  signal: AbortSignal,
  marked: boolean
): Promise<LocalCids | Error> {
  const uploads = plan.directory !== undefined || plan.files.length > 0
  // A deployment records the CIDs before the uploads start; a marked preview's root is what
  // proves it its own, whatever `verify` says.
  const upFront =
    inputs.dryRun ||
    marked ||
    inputs.deployment ||
    (plan.directory !== undefined && inputs.verify !== 'off')
  if (!uploads || !upFront) return noLocalCids()
  const profile = firstProfile(inputs.cidProfile)
  return group(`Compute CIDs (${profile})`, async () => {
    if (inputs.dryRun && inputs.cidProfile === 'auto') {
      actionLog.info(
        `cid-profile auto: a dry run computes ${profile}; it sends nothing, so no answer can show which profile Pinarkive uses.`
      )
    }
    const started = Date.now()
    try {
      const local = await computeLocalCids(plan, profile, signal)
      const count = (plan.directory?.entries.length ?? 0) + plan.files.length
      actionLog.info(`Hashed ${plural(count, 'file')} in ${formatDuration(Date.now() - started)}.`)
      if (local.directory) actionLog.info(`Directory CID: ${local.directory}`)
      return local
    } catch (error) {
      if (inputs.dryRun || signal.aborted) throw error
      return error instanceof Error ? error : new Error(errorText(error))
    }
  })
}
