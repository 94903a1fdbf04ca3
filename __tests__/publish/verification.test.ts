/**
 * Verification: each CID Pinarkive answered against the one computed from the same bytes, in
 * any CID version, reported as the `verify` input says.
 */
import type { LocalCids } from '../../src/content/local-cids.js'
import { applyVerification, describeMismatch } from '../../src/publish/verification.js'
import { emptyReport, type PublishedItem, type Report } from '../../src/report/report.js'

// One dag-pb block as CIDv0 and CIDv1, and other content.
const V0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'
const V1 = 'bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y'
const OTHER = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'
const RAW = 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'

function item(type: PublishedItem['type'], name: string, cid: string, path?: string) {
  return { type, name, cid, path, cluster: null, gatewayUrl: '', expiresAt: null }
}

function report(...items: PublishedItem[]): Report {
  return { ...emptyReport('', undefined), items }
}

function local(files: Record<string, string>, directory?: string): LocalCids {
  return { directory, files: new Map(Object.entries(files)) }
}

const mismatchText = (path: string, server: string, computed: string) =>
  `CID mismatch for ${path}: Pinarkive returned ${server}, but these bytes have the CID ${computed} under the unixfs-v1-2025 profile. Check that \`cid-profile\` matches how Pinarkive imports content; links built from either CID may differ.`

describe('applyVerification', () => {
  it('matches a CID in either version against the local one, both ways round', () => {
    const r = report(
      item('file', 'a.html', V1, 'dist/a.html'),
      item('file', 'b.html', V0, 'dist/b.html'),
      item('file', 'c.html', V0, 'dist/c.html')
    )
    const verified = applyVerification(
      r,
      local({ 'dist/a.html': V0, 'dist/b.html': V1, 'dist/c.html': V0 }),
      'error',
      'unixfs-v1-2025'
    )
    expect(verified).toBe(3)
    expect(r.items.map(i => [i.localCid, i.verified])).toEqual([
      [V0, true],
      [V1, true],
      [V0, true]
    ])
    expect(r.warnings).toEqual([])
    expect(r.failures).toEqual([])
  })

  it('verify: warn reports a mismatch as a warning; the item stays published', () => {
    const r = report(
      item('file', 'a.html', OTHER, 'dist/a.html'),
      item('file', 'b.html', V1, 'dist/b.html')
    )
    expect(
      applyVerification(
        r,
        local({ 'dist/a.html': V1, 'dist/b.html': V1 }),
        'warn',
        'unixfs-v1-2025'
      )
    ).toBe(1)
    expect(r.warnings).toEqual([mismatchText('dist/a.html', OTHER, V1)])
    expect(r.failures).toEqual([])
    expect(r.items.map(i => [i.name, i.localCid, i.verified])).toEqual([
      ['a.html', V1, false],
      ['b.html', V1, true]
    ])
  })

  it('verify: error fails the item that mismatches, which stays published', () => {
    const r = report(
      item('file', 'b.html', V1, 'dist/b.html'),
      item('directory', 'site', OTHER, 'dist'),
      item('file', 'c.html', OTHER, 'dist/c.html')
    )
    const computed = local({ 'dist/b.html': V1, 'dist/c.html': V0 }, V1)
    expect(applyVerification(r, computed, 'error', 'unixfs-v1-2025')).toBe(1)
    expect(r.warnings).toEqual([])
    expect(r.failures).toEqual([
      {
        type: 'directory',
        path: 'dist',
        name: 'site',
        error: mismatchText('dist', OTHER, V1),
        mismatch: true
      },
      {
        type: 'file',
        path: 'dist/c.html',
        name: 'c.html',
        error: mismatchText('dist/c.html', OTHER, V0),
        mismatch: true
      }
    ])
    expect(r.items).toHaveLength(3)
    expect(r.items[1]).toMatchObject({ localCid: V1, verified: false })
  })

  it('verify: off records the local CID and checks nothing', () => {
    const r = report(item('file', 'a.html', OTHER, 'dist/a.html'))
    expect(applyVerification(r, local({ 'dist/a.html': V1 }), 'off', 'unixfs-v1-2025')).toBe(0)
    expect(r.items[0]).toMatchObject({ localCid: V1, verified: null })
    expect([r.warnings, r.failures]).toEqual([[], []])
  })

  it('checks nothing where no local CID exists: pins, files not computed, no computation', () => {
    const r = report(
      item('pin', 'pin', V1),
      item('file', 'x.bin', RAW, 'dist/x.bin'),
      item('directory', 'site', V1, 'dist')
    )
    expect(applyVerification(r, local({ 'dist/other': RAW }), 'error', 'unixfs-v1-2025')).toBe(0)
    expect(r.items.map(i => [i.localCid, i.verified])).toEqual([
      [null, null],
      [null, null],
      [null, null]
    ])
    const none = report(item('file', 'x.bin', RAW, 'dist/x.bin'))
    expect(applyVerification(none, undefined, 'error', 'unixfs-v1-2025')).toBe(0)
    expect(none.items[0]).toMatchObject({ localCid: null, verified: null })
    expect([r.failures, none.failures, none.error]).toEqual([[], [], undefined])
  })

  it('says when the local CIDs could not be computed: a warning, or the run’s error', () => {
    const failed = new Error('EACCES: dist/secret')
    const warned = report(item('file', 'a.html', V1, 'dist/a.html'))
    expect(applyVerification(warned, failed, 'warn', 'unixfs-v1-2025')).toBe(0)
    expect(warned.warnings).toEqual([
      'Could not compute the local CIDs to verify against (EACCES: dist/secret).'
    ])
    expect(warned.error).toBeUndefined()
    expect(warned.items[0]).toMatchObject({ localCid: null, verified: null })

    const strict = report(item('file', 'a.html', V1, 'dist/a.html'))
    expect(applyVerification(strict, failed, 'error', 'unixfs-v1-2025')).toBe(0)
    expect(strict.error).toBe(
      'Could not compute the local CIDs to verify against (EACCES: dist/secret).'
    )
    expect(strict.warnings).toEqual([])
  })
})

describe('describeMismatch', () => {
  it('names the item, both CIDs, the profile, and the input to check', () => {
    expect(
      describeMismatch({ item: 'dist/a.html', serverCid: OTHER, localCid: V1 }, 'unixfs-v0-2015')
    ).toBe(
      `CID mismatch for dist/a.html: Pinarkive returned ${OTHER}, but these bytes have the CID ${V1} under the unixfs-v0-2015 profile. Check that \`cid-profile\` matches how Pinarkive imports content; links built from either CID may differ.`
    )
  })
})
