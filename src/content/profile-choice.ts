/**
 * The UnixFS profile local CIDs are computed under: the one `cid-profile` names, or with `auto`
 * the one Pinarkive's answers show it imports with. Pinarkive does not document its import
 * settings, so `auto` starts with `unixfs-v1-2025` and, when an answer differs from the local
 * CID, tries the other profile on that item; a match settles the profile for the rest of the
 * run. The one place the run's profile lives: hashing, verification and the report read it here.
 */
import { sameContent } from '../shared/cid.js'
import type { Log } from '../shared/log.js'
import { CID_PROFILES, type CidProfile } from './cid-profiles.js'

/** The `cid-profile` input: a profile, or `auto`. */
export type CidProfileSetting = CidProfile | 'auto'

export const CID_PROFILE_SETTINGS: readonly CidProfileSetting[] = [...CID_PROFILES, 'auto']

/** Where `auto` starts, and what a dry run with `auto` computes: current Kubo's (IPIP-499). */
const AUTO_FIRST_PROFILE: CidProfile = 'unixfs-v1-2025'

/** The profile a setting computes first. */
export function firstProfile(setting: CidProfileSetting): CidProfile {
  return setting === 'auto' ? AUTO_FIRST_PROFILE : setting
}

/** A local CID and the profile it was computed under. */
export interface ProfiledCid {
  cid: string
  profile: CidProfile
}

export class ProfileChoice {
  readonly auto: boolean
  private profile: CidProfile
  /** `auto` only: an answer has settled the profile (or shown that neither matches). */
  private settled = false

  constructor(
    setting: CidProfileSetting,
    private readonly log?: Log
  ) {
    this.auto = setting === 'auto'
    this.profile = firstProfile(setting)
  }

  /** The profile to compute the next CID under. */
  get current(): CidProfile {
    return this.profile
  }

  /**
   * After Pinarkive answered `server` for an item whose local CID is `local`: the local CID to
   * keep for it. With `auto`, a different answer has the item's CID computed (`compute`) under
   * the profile not yet tried for it (before the profile is settled) or under the settled one;
   * the first match settles the profile. Without `auto`, or when nothing matches, `local` as
   * it is: verification reports the mismatch.
   */
  async reconcile(
    server: string,
    local: ProfiledCid,
    compute: (profile: CidProfile) => Promise<string>
  ): Promise<ProfiledCid> {
    if (!this.auto) return local
    if (sameContent(server, local.cid)) {
      this.settle(local.profile, 'match')
      return local
    }
    const others = this.settled
      ? [this.profile].filter(profile => profile !== local.profile)
      : CID_PROFILES.filter(profile => profile !== local.profile)
    for (const profile of others) {
      const cid = await compute(profile)
      if (sameContent(server, cid)) {
        this.settle(profile, 'learned')
        return { cid, profile }
      }
    }
    this.settle(this.profile, 'neither')
    return local
  }

  /** The first answer that tells settles the profile, and the log says so once. */
  private settle(profile: CidProfile, how: 'match' | 'learned' | 'neither'): void {
    if (this.settled) return
    this.settled = true
    this.profile = profile
    if (how === 'match') {
      this.log?.info(`cid-profile auto: Pinarkive's CIDs match ${profile}.`)
    } else if (how === 'learned') {
      this.log?.info(
        `cid-profile auto: Pinarkive imports with ${profile}; the rest of this run computes CIDs under it. Set \`cid-profile: ${profile}\` to compute it from the start, so that re-runs find what is already pinned from the first item on.`
      )
    } else {
      this.log?.info(
        `cid-profile auto: Pinarkive's CID matches neither ${CID_PROFILES.join(' nor ')}; the rest of this run keeps ${profile}.`
      )
    }
  }
}
