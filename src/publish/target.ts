/**
 * Where a publish goes: Pinarkive, or a dry run whose "uploads" answer with the CIDs computed
 * locally and send nothing anywhere. The only place a dry run differs from a real one, so the
 * publish itself has the same bookkeeping, outputs and summary for both.
 */
import type { Identify } from '../content/file-identity.js'
import { knownCids } from '../content/file-identity.js'
import type { LocalCids } from '../content/plan-cids.js'
import type { ProfileChoice } from '../content/profile-choice.js'
import type { Cluster, PinarkiveClient } from '../pinarkive/client.js'
import { gatewayBase } from '../gateway/gateway-url.js'
import type { ReuseCheck } from './reuse.js'
import type { VerifyMode } from './verification.js'

export type PublishApi = Pick<PinarkiveClient, 'uploadFile' | 'uploadDirectory' | 'pin'>

export interface PublishTarget {
  /** Uploads and pins. */
  api: PublishApi
  /** Files mode: what each file is (bytes, CID, content key), found just before its upload. */
  identify: Identify
  /** The gateway base for content on a cluster (null: the account default). */
  gatewayFor(cluster: string | null): string
  /** Nothing is sent: logs say what would be published. */
  dryRun: boolean
  /** How the answers are checked against the local CIDs. */
  verify: VerifyMode
  /**
   * The local CIDs known so far: the directory's (computed beforehand), files mode's as they
   * are identified. Absent: none are (a target built without them, in a test).
   */
  local?: LocalCids
  /** The profile they are computed under; with `cid-profile: auto`, learned from answers. */
  profiles?: ProfileChoice
  /** Asks whether Pinarkive already holds an item (`reuse: auto`); absent: always upload. */
  reuse?: ReuseCheck
  /**
   * Asks, before an upload or pin whose body went out in full is sent again, whether Pinarkive
   * stored it after all (see transport/resend.ts); absent: it is sent again without asking.
   */
  recheck?: Pick<ReuseCheck, 'holdsNow'>
}

/** Publishing through the Pinarkive client, with the clusters the key may use (when known). */
export function pinarkiveTarget(
  client: PublishApi,
  options: {
    gateway: string
    clusters: readonly Cluster[] | undefined
    identify: Identify
    verify: VerifyMode
    local?: LocalCids
    profiles?: ProfileChoice
    reuse?: ReuseCheck
    recheck?: Pick<ReuseCheck, 'holdsNow'>
  }
): PublishTarget {
  return {
    api: client,
    identify: options.identify,
    gatewayFor: cluster => gatewayBase(options.gateway, cluster ?? undefined, options.clusters),
    dryRun: false,
    verify: options.verify,
    local: options.local,
    profiles: options.profiles,
    reuse: options.reuse,
    recheck: options.recheck
  }
}

/**
 * A dry run: the CIDs are the local ones, so there is nothing to verify them against, no
 * profile to learn from the answers, and nothing is asked of Pinarkive.
 */
export function dryRunTarget(local: LocalCids, gateway: string): PublishTarget {
  const known = (cid: string | undefined, what: string) =>
    cid === undefined
      ? Promise.reject(new Error(`No local CID was computed for ${what}`))
      : Promise.resolve({ cid })
  return {
    api: {
      // The label of a file upload is its workspace-relative path.
      uploadFile: (_file, _options, label) => known(local.files.get(label), label),
      uploadDirectory: (_files, _options, label) => known(local.directory, label),
      // A CID to pin is already known; a dry run only validated it.
      pin: cid => Promise.resolve({ cid })
    },
    identify: knownCids(local),
    gatewayFor: cluster => gatewayBase(gateway, cluster ?? undefined, undefined),
    dryRun: true,
    verify: 'off',
    local
  }
}
