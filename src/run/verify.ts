/** Phase: each answer against its local CID. */
import { actionLog } from '../action-log.js'
import type { LocalCids } from '../content/plan-cids.js'
import { firstProfile } from '../content/profile-choice.js'
import type { Inputs } from '../inputs.js'
import { verifyAgainstLocal } from '../publish/verification.js'
import type { PublishedItem, ReportPart } from '../report/report.js'
import { plural } from '../shared/format.js'
import type { OpenTarget } from './targets.js'

export function verify(
  items: readonly PublishedItem[],
  local: LocalCids | Error,
  target: Pick<OpenTarget, 'profiles' | 'verify'>,
  inputs: Pick<Inputs, 'cidProfile'>
): ReportPart {
  // With `cid-profile: auto`, the profile the answers showed.
  const profile = target.profiles?.current ?? firstProfile(inputs.cidProfile)
  const { part, verified } = verifyAgainstLocal(items, local, target.verify, profile)
  if (verified > 0) {
    actionLog.info(`Verified ${plural(verified, 'CID')} against the ${profile} profile.`)
  }
  return { ...part, profile }
}
