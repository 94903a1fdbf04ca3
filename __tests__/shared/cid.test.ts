import { CID } from 'multiformats/cid'
import { bases } from 'multiformats/basics'
import { identity } from 'multiformats/hashes/identity'
import { createHash } from 'node:crypto'
import * as Digest from 'multiformats/hashes/digest'
import { sha256 } from 'multiformats/hashes/sha2'
import {
  canonicalCid,
  checkCids,
  MAX_CID_LENGTH,
  sameContent,
  sha256DigestOf
} from '../../src/shared/cid.js'

/** A CIDv1 of inline (identity-hashed) bytes: any length, and a real CID. */
function inlineCid(bytes: number): string {
  return CID.createV1(0x55, identity.digest(new Uint8Array(bytes).fill(0x61))).toString()
}

describe('checkCids', () => {
  it('accepts CIDv0 and CIDv1 in any multibase, returning canonical strings', () => {
    const result = checkCids([
      'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH',
      'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku',
      'zdj7WWeQ43G6JJvLWQWZpyHuAMq6uYWRjkBXFad11vE2LHhQ7'
    ])
    expect(result.invalid).toEqual([])
    expect(result.valid).toEqual([
      'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH',
      'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku',
      'bafybeiasb5vpmaounyilfuxbd3lryvosl4yefqrfahsb2esg46q6tu6y5q'
    ])
  })

  it('lists each invalid value with a reason', () => {
    const result = checkCids(['hello', 'Qm123', 'bafy!!'])
    expect(result.valid).toEqual([])
    expect(result.invalid.map(i => i.value)).toEqual(['hello', 'Qm123', 'bafy!!'])
    for (const { reason } of result.invalid) expect(reason.length).toBeGreaterThan(0)
  })

  it('refuses an IPNS key, which names a record rather than content', () => {
    const result = checkCids(['k51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnv0v8'])
    expect(result.invalid).toEqual([
      {
        value: 'k51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnv0v8',
        reason: 'this is an IPNS name (libp2p-key), not content'
      }
    ])
  })
})

describe('canonicalCid', () => {
  it('gives CIDv1 in base32 and CIDv0 as is: letters and digits only', () => {
    const v1 = 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'
    // The same CID in base64 (`m`), whose alphabet has `/` and `+`, and in base16.
    expect(canonicalCid('mAVUSIOOwxEKY/BwUmvv0yJlvuSQnrkHkZJuTTKSVmRt4UrhV')).toBe(v1)
    expect(
      canonicalCid('f01551220e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    ).toBe(v1)
    expect(canonicalCid('QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH')).toBe(
      'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'
    )
  })

  it('reads any base whatever letters the CID ends with (only a leading Qm is CIDv0)', () => {
    expect(canonicalCid('mAVUSIHo8MKC+a6BXtwuUIBuPbO1E+NOX4sVg761TmWOoXjQm')).toBe(
      'bafkreid2hqykbptlubl3oc4ueany63hnit4nhf7cyvqo7lkttfr2qxruey'
    )
  })

  it(`accepts a CID of ${MAX_CID_LENGTH} characters, and refuses one longer for its length`, () => {
    const longest = inlineCid(634)
    expect(longest).toHaveLength(MAX_CID_LENGTH)
    expect(canonicalCid(longest)).toBe(longest)
    const tooLong = inlineCid(635)
    expect(tooLong).toHaveLength(MAX_CID_LENGTH + 1)
    expect(() => canonicalCid(tooLong)).toThrow(
      `${MAX_CID_LENGTH + 1} characters is longer than any CID`
    )
  })

  it.each([
    'javascript:alert(1)',
    '../../x',
    'evil.example/phish?',
    "bafy'$(touch PWNED)'",
    '<img src=x>',
    `bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku\n`,
    ' bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'
  ])('throws for %j', value => {
    expect(() => canonicalCid(value)).toThrow()
  })

  it('refuses a 10 MB answer at once, without decoding it', () => {
    const started = performance.now()
    expect(() => canonicalCid(`z${'1'.repeat(10 * 1024 * 1024)}`)).toThrow(
      `10485761 characters is longer than any CID (${MAX_CID_LENGTH} at most)`
    )
    // base58 decoding is quadratic: even 1,024 characters must stay cheap.
    expect(() => canonicalCid(`z${'2'.repeat(MAX_CID_LENGTH - 1)}`)).toThrow()
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('sameContent', () => {
  // One dag-pb sha256 block as CIDv0, CIDv1 base32 and CIDv1 base58btc.
  const v0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'
  const v1 = 'bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y'
  const other = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'

  it('matches one content in any CID version or base', () => {
    expect(sameContent(v0, v1)).toBe(true)
    expect(sameContent(v1, v0)).toBe(true)
    expect(
      sameContent(
        'zdj7WWeQ43G6JJvLWQWZpyHuAMq6uYWRjkBXFad11vE2LHhQ7',
        checkCids(['zdj7WWeQ43G6JJvLWQWZpyHuAMq6uYWRjkBXFad11vE2LHhQ7']).valid[0]
      )
    ).toBe(true)
  })

  it('tells other content, another codec over the same digest, and non-CIDs apart', () => {
    expect(sameContent(v0, other)).toBe(false)
    const raw = 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'
    const dagPb = 'bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'
    expect(sameContent(raw, dagPb)).toBe(false)
    expect(sameContent('hello', v1)).toBe(false)
  })
})

describe('sha256DigestOf', () => {
  const bytes = new TextEncoder().encode('hello world')
  const hex = createHash('sha256').update(bytes).digest('hex')

  it('is the SHA-256 inside a sha2-256 CID, in any version or base', async () => {
    const raw = CID.createV1(0x55, await sha256.digest(bytes))
    expect(sha256DigestOf(raw.toString())).toBe(hex)
    expect(sha256DigestOf(raw.toString(bases.base36))).toBe(hex)
    const v0 = CID.createV0(await sha256.digest(bytes))
    expect(sha256DigestOf(v0.toString())).toBe(hex)
    expect(sha256DigestOf(v0.toV1().toString())).toBe(hex)
  })

  it('is undefined for any other multihash, a short digest, or no CID', () => {
    expect(sha256DigestOf(CID.createV1(0x55, identity.digest(bytes)).toString())).toBeUndefined()
    const blake2b = Digest.create(0xb220, new Uint8Array(32).fill(7))
    expect(sha256DigestOf(CID.createV1(0x55, blake2b).toString())).toBeUndefined()
    const short = Digest.create(0x12, new Uint8Array(16).fill(1))
    expect(sha256DigestOf(CID.createV1(0x55, short).toString())).toBeUndefined()
    expect(sha256DigestOf('not a cid')).toBeUndefined()
    expect(sha256DigestOf('')).toBeUndefined()
  })
})
