/**
 * `cid-profile: auto`: the profile is learned from the first answer that tells, with real CIDs
 * of the same bytes under both profiles.
 */
import type { CidProfile } from '../../src/content/cid-profiles.js'
import { bytesCid } from '../../src/content/file-cids.js'
import { firstProfile, ProfileChoice } from '../../src/content/profile-choice.js'

const BYTES = Buffer.alloc(300 * 1024, 'pin-action') // more than one v0 chunk
const OTHER_BYTES = Buffer.from('something else')

let v1: string
let v0: string
let other: string
beforeAll(async () => {
  v1 = await bytesCid(BYTES, 'unixfs-v1-2025')
  v0 = await bytesCid(BYTES, 'unixfs-v0-2015')
  other = await bytesCid(OTHER_BYTES, 'unixfs-v1-2025')
})

function choice(setting: CidProfile | 'auto') {
  const lines: string[] = []
  const log = { info: (l: string) => lines.push(l), warning: () => {}, debug: () => {} }
  const computed: CidProfile[] = []
  const compute = async (profile: CidProfile) => {
    computed.push(profile)
    return bytesCid(BYTES, profile)
  }
  return { profiles: new ProfileChoice(setting, log), lines, computed, compute }
}

describe('ProfileChoice', () => {
  it('starts auto and dry runs with unixfs-v1-2025, and a named profile with itself', () => {
    expect(firstProfile('auto')).toBe('unixfs-v1-2025')
    expect(firstProfile('unixfs-v0-2015')).toBe('unixfs-v0-2015')
    expect(new ProfileChoice('auto').current).toBe('unixfs-v1-2025')
  })

  it('learns unixfs-v0-2015 from a differing answer, keeps it, and says so once', async () => {
    const { profiles, lines, computed, compute } = choice('auto')
    const kept = await profiles.reconcile(v0, { cid: v1, profile: 'unixfs-v1-2025' }, compute)
    expect(kept).toEqual({ cid: v0, profile: 'unixfs-v0-2015' })
    expect(profiles.current).toBe('unixfs-v0-2015')
    expect(computed).toEqual(['unixfs-v0-2015'])
    // An item identified before the profile was learned is computed under the learned one.
    expect(await profiles.reconcile(v0, { cid: v1, profile: 'unixfs-v1-2025' }, compute)).toEqual({
      cid: v0,
      profile: 'unixfs-v0-2015'
    })
    // One computed under it matches at once.
    await profiles.reconcile(v0, { cid: v0, profile: 'unixfs-v0-2015' }, compute)
    expect(computed).toEqual(['unixfs-v0-2015', 'unixfs-v0-2015'])
    expect(lines).toEqual([
      expect.stringMatching(/^cid-profile auto: Pinarkive imports with unixfs-v0-2015; /)
    ])
  })

  it('settles on unixfs-v1-2025 when the first answer matches, computing nothing more', async () => {
    const { profiles, lines, computed, compute } = choice('auto')
    const local = { cid: v1, profile: 'unixfs-v1-2025' as const }
    expect(await profiles.reconcile(v1, local, compute)).toEqual(local)
    // A later mismatch is not tried under the other profile: verification reports it.
    expect(await profiles.reconcile(other, local, compute)).toEqual(local)
    expect(computed).toEqual([])
    expect(lines).toEqual(["cid-profile auto: Pinarkive's CIDs match unixfs-v1-2025."])
  })

  it('keeps the local CID when neither profile matches, and stops trying', async () => {
    const { profiles, lines, computed, compute } = choice('auto')
    const local = { cid: v1, profile: 'unixfs-v1-2025' as const }
    expect(await profiles.reconcile(other, local, compute)).toEqual(local)
    expect(await profiles.reconcile(other, local, compute)).toEqual(local)
    expect(computed).toEqual(['unixfs-v0-2015'])
    expect(profiles.current).toBe('unixfs-v1-2025')
    expect(lines).toEqual([
      "cid-profile auto: Pinarkive's CID matches neither unixfs-v1-2025 nor unixfs-v0-2015; the rest of this run keeps unixfs-v1-2025."
    ])
  })

  it('changes nothing without auto', async () => {
    const { profiles, lines, computed, compute } = choice('unixfs-v1-2025')
    const local = { cid: v1, profile: 'unixfs-v1-2025' as const }
    expect(await profiles.reconcile(v0, local, compute)).toEqual(local)
    expect(computed).toEqual([])
    expect(lines).toEqual([])
  })
})
