import { createHash } from 'node:crypto'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { identity } from 'multiformats/hashes/identity'
import { renderOutputs } from '../../src/report/outputs.js'
import { emptyReport, type PublishedItem, type Report } from '../../src/report/report.js'

const bytes = new TextEncoder().encode('<h1>home</h1>')
const hex = createHash('sha256').update(bytes).digest('hex')
/** A raw-leaf CIDv1: its digest is the SHA-256 of the bytes themselves. */
const RAW = CID.createV1(0x55, Digest.create(0x12, Buffer.from(hex, 'hex'))).toString()

const item: PublishedItem = {
  type: 'file',
  path: 'dist/index.html',
  name: 'index.html',
  cid: RAW,
  size: bytes.length,
  cluster: 'cl0-global',
  gatewayUrl: `https://gw.example/ipfs/${RAW}`,
  expiresAt: null,
  localCid: RAW,
  verified: true
}

function outputs(overrides: Partial<Report> = {}, main: Partial<PublishedItem> = {}) {
  return renderOutputs({
    ...emptyReport('', undefined),
    items: [{ ...item, ...main }],
    ...overrides
  })
}

describe('dnslink and attestation outputs', () => {
  it('give the DNSLink value and the attestation subject of a verified sha2-256 CID', () => {
    expect(outputs()).toMatchObject({
      dnslink: `dnslink=/ipfs/${RAW}`,
      'attestation-subject-name': `ipfs://${RAW}`,
      'attestation-subject-digest': `sha256:${hex}`
    })
  })

  it('take the main item: the directory before files and pins', () => {
    const dir = CID.createV1(0x70, Digest.create(0x12, new Uint8Array(32).fill(9))).toString()
    const result = renderOutputs({
      ...emptyReport('', undefined),
      items: [item, { ...item, type: 'directory', path: 'dist', cid: dir, localCid: dir }]
    })
    expect(result.dnslink).toBe(`dnslink=/ipfs/${dir}`)
    expect(result['attestation-subject-digest']).toBe(`sha256:${'09'.repeat(32)}`)
  })

  it('set DNSLink for a dry run, whose CID is what a publish gives, but attest nothing', () => {
    expect(outputs({ dryRun: true })).toMatchObject({
      dnslink: `dnslink=/ipfs/${RAW}`,
      'attestation-subject-name': '',
      'attestation-subject-digest': ''
    })
  })

  it.each<[string, Partial<PublishedItem>]>([
    ['a CID not checked against the bytes (verify: off, or a pin)', { verified: null }],
    ['a CID that does not match the bytes', { verified: false }],
    [
      'an identity-hashed CID',
      { cid: CID.createV1(0x55, identity.digest(bytes)).toString(), verified: true }
    ]
  ])('attest nothing for %s', (_, main) => {
    const result = outputs({}, main)
    expect(result['attestation-subject-name']).toBe('')
    expect(result['attestation-subject-digest']).toBe('')
    expect(result.dnslink).toBe(`dnslink=/ipfs/${main.cid ?? RAW}`)
  })

  it('are all empty when nothing was published', () => {
    expect(renderOutputs(emptyReport('', undefined))).toMatchObject({
      dnslink: '',
      'attestation-subject-name': '',
      'attestation-subject-digest': ''
    })
  })
})
