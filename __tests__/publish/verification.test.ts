/**
 * Verification: each CID Pinarkive answered is checked against the one computed locally, the
 * same content matching whatever CID version or base either side wrote, and a mismatch
 * reported as `verify` says: a warning, a failure of an item that stays published, or nothing.
 * Observed through the report and the step's outputs and failure message.
 */
import type { LocalCids } from '../../src/content/plan-cids.js'
import { verifyAgainstLocal, type VerifyMode } from '../../src/publish/verification.js'
import { failureMessage, renderOutputs } from '../../src/report/outputs.js'
import { emptyReport, withPart, type PublishedItem, type Report } from '../../src/report/report.js'

/** One content as CIDv0 and as CIDv1 (dag-pb, sha2-256). */
const V0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'
const V1 = 'bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y'
/** Another content, in both versions. */
const OTHER_V0 = 'QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn'
const OTHER_V1 = 'bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354'
const RAW = 'bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e'

function item(type: PublishedItem['type'], cid: string, path?: string): PublishedItem {
  return {
    type,
    path,
    name: path ?? `pin ${cid.slice(0, 8)}`,
    cid,
    cluster: 'cl1-eu',
    gatewayUrl: `https://gw.example/ipfs/${cid}`,
    expiresAt: null
  }
}

function reportOf(...items: PublishedItem[]): Report {
  return { ...emptyReport('cl1-eu', undefined), items }
}

function local(directory: string | undefined, files: Record<string, string> = {}): LocalCids {
  return { directory, files: new Map(Object.entries(files)) }
}

/** What the `results` output says of each item. */
function results(report: Report): { localCid?: string | null; verified?: boolean | null }[] {
  return (
    JSON.parse(renderOutputs(report).results) as {
      localCid?: string | null
      verified?: boolean | null
    }[]
  ).map(({ localCid, verified }) => ({ localCid, verified }))
}

const mismatchText = (what: string, server: string, localCid: string, profile: string) =>
  `CID mismatch for ${what}: Pinarkive returned ${server}, but these bytes have the CID ${localCid} under the ${profile} profile. Check that \`cid-profile\` matches how Pinarkive imports content; links built from either CID may differ.`

/** Verifies `report`'s items and adds the part to it, as main.ts does; returns how many matched. */
function applyVerification(
  report: Report,
  local: Parameters<typeof verifyAgainstLocal>[1],
  mode: VerifyMode,
  profile: Parameters<typeof verifyAgainstLocal>[3]
): number {
  const { part, verified } = verifyAgainstLocal(report.items, local, mode, profile)
  Object.assign(report, withPart(report, part))
  return verified
}

describe('verifyAgainstLocal', () => {
  it.each([
    ['CIDv1 for local CIDv0', V1, V0],
    ['CIDv0 for local CIDv1', V0, V1],
    ['the same CIDv1', V1, V1],
    ['the same CIDv0', V0, V0]
  ])('verifies a directory when Pinarkive answers %s', (_, server, localCid) => {
    const report = reportOf(item('directory', server, 'dist'))
    expect(applyVerification(report, local(localCid), 'warn', 'unixfs-v0-2015')).toBe(1)
    expect(results(report)).toEqual([{ localCid, verified: true }])
    expect(renderOutputs(report)['local-cid']).toBe(localCid)
    expect(report.warnings).toEqual([])
  })

  it.each([
    ['CIDv1 for local CIDv0', OTHER_V1, V0],
    ['CIDv0 for local CIDv1', OTHER_V0, V1],
    ['a raw leaf for local CIDv1', RAW, V1]
  ])('warns when Pinarkive answers %s of other content', (_, server, localCid) => {
    const report = reportOf(item('directory', server, 'dist'))
    expect(applyVerification(report, local(localCid), 'warn', 'unixfs-v1-2025')).toBe(0)
    expect(results(report)).toEqual([{ localCid, verified: false }])
    expect(report.warnings).toEqual([mismatchText('dist', server, localCid, 'unixfs-v1-2025')])
    expect(report.failures).toEqual([])
    expect(report.error).toBeUndefined()
  })

  it('checks each file by its path, and leaves pins and files without a local CID unchecked', () => {
    const report = reportOf(
      item('file', V1, 'out/a.html'),
      item('file', RAW, 'out/b.html'),
      item('file', V0, 'out/c.html'),
      item('pin', V1)
    )
    const verified = applyVerification(
      report,
      local(OTHER_V1, { 'out/a.html': V0, 'out/b.html': V1, 'out/d.html': V1 }),
      'warn',
      'unixfs-v1-2025'
    )
    expect(verified).toBe(1)
    expect(results(report)).toEqual([
      { localCid: V0, verified: true },
      { localCid: V1, verified: false },
      { localCid: null, verified: null },
      { localCid: null, verified: null }
    ])
    expect(report.warnings).toEqual([mismatchText('out/b.html', RAW, V1, 'unixfs-v1-2025')])
  })

  it('under verify: error, fails a mismatched item that stays published, once', () => {
    const report = reportOf(item('file', V1, 'out/a.html'), item('file', RAW, 'out/b.html'))
    const verified = applyVerification(
      report,
      local(undefined, { 'out/a.html': V1, 'out/b.html': OTHER_V1 }),
      'error',
      'unixfs-v1-2025'
    )
    expect(verified).toBe(1)
    expect(report.warnings).toEqual([])
    expect(report.failures).toEqual([
      {
        type: 'file',
        path: 'out/b.html',
        name: 'out/b.html',
        error: mismatchText('out/b.html', RAW, OTHER_V1, 'unixfs-v1-2025'),
        mismatch: true
      }
    ])
    expect(report.items).toHaveLength(2)
    expect(failureMessage(report).split('\n')).toEqual([
      '1 of 2 items failed:',
      expect.stringMatching(/^- out\/b\.html: CID mismatch for out\/b\.html: Pinarkive returned/),
      '2 items succeeded; outputs list them.'
    ])
  })

  it('returns its part and leaves the report it was given as it was', () => {
    const report = reportOf(item('directory', OTHER_V1, 'dist'))
    const before = structuredClone(report)
    const { part } = verifyAgainstLocal(report.items, local(V1), 'error', 'unixfs-v1-2025')
    expect(report).toEqual(before)
    expect(part.items).toEqual([{ ...report.items[0], localCid: V1, verified: false }])
    expect(part.failures).toHaveLength(1)
  })

  it('names an item without a path by its name', () => {
    const report = reportOf({ ...item('directory', RAW), name: 'site' })
    applyVerification(report, local(V1), 'error', 'unixfs-v1-2025')
    expect(report.failures).toEqual([
      {
        type: 'directory',
        path: undefined,
        name: 'site',
        error: mismatchText('site', RAW, V1, 'unixfs-v1-2025'),
        mismatch: true
      }
    ])
  })

  it('under verify: off, records the local CIDs but neither checks nor warns', () => {
    const report = reportOf(item('directory', RAW, 'dist'))
    expect(applyVerification(report, local(V1), 'off', 'unixfs-v1-2025')).toBe(0)
    expect(results(report)).toEqual([{ localCid: V1, verified: null }])
    expect(report.warnings).toEqual([])
    expect(report.failures).toEqual([])
  })

  it('checks nothing when no local CIDs were computed', () => {
    const report = reportOf(item('directory', V1, 'dist'), item('file', V1, 'dist/a'))
    expect(applyVerification(report, undefined, 'error', 'unixfs-v1-2025')).toBe(0)
    expect(results(report)).toEqual([
      { localCid: null, verified: null },
      { localCid: null, verified: null }
    ])
    expect(report.failures).toEqual([])
    expect(report.error).toBeUndefined()
  })

  it('says when the local CIDs could not be computed: a warning, or the error under verify: error', () => {
    const warned = reportOf(item('directory', V1, 'dist'))
    expect(applyVerification(warned, new Error('EACCES: dist/a'), 'warn', 'unixfs-v1-2025')).toBe(0)
    expect(warned.warnings).toEqual([
      'Could not compute the local CIDs to verify against (EACCES: dist/a).'
    ])
    expect(warned.error).toBeUndefined()
    expect(results(warned)).toEqual([{ localCid: null, verified: null }])

    const failed = reportOf(item('directory', V1, 'dist'))
    expect(applyVerification(failed, new Error('EACCES: dist/a'), 'error', 'unixfs-v1-2025')).toBe(
      0
    )
    expect(failed.error).toBe(
      'Could not compute the local CIDs to verify against (EACCES: dist/a).'
    )
    expect(failed.warnings).toEqual([])
    expect(results(failed)).toEqual([{ localCid: null, verified: null }])
  })
})
