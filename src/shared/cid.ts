/** CID validation, delegated to `multiformats` so every multibase a user may paste is understood. */
import { CID } from 'multiformats/cid'
import { bases } from 'multiformats/basics'
import { base16 } from 'multiformats/bases/base16'
import { sha256 } from 'multiformats/hashes/sha2'
import type { MultibaseDecoder } from 'multiformats/bases/interface'
import { errorText } from './error-text.js'

interface ComposableDecoder extends MultibaseDecoder<string> {
  or(other: ComposableDecoder): ComposableDecoder
}

// CID.parse only knows base32 and base58btc unless given a decoder; users paste base36 (k51…)
// and base16 CIDs too, so accept every base multiformats ships.
const anyBase = Object.values(bases)
  .map(base => base.decoder as unknown as ComposableDecoder)
  .reduce((all, decoder) => all.or(decoder))

export interface CidCheck {
  valid: string[]
  invalid: { value: string; reason: string }[]
}

/**
 * Longer than any CID a pinning service deals in (a CIDv1 with a 64-byte digest is 141
 * characters in base16, 561 in base2), and short enough that decoding stays cheap: base58
 * decoding is quadratic, and a server may answer 10 MB where a CID belongs.
 */
export const MAX_CID_LENGTH = 1024

/** Parses a CID string; throws with the library's reason when it is not one. */
export function parseCid(value: string): CID {
  if (value.length > MAX_CID_LENGTH) {
    throw new Error(`${value.length} characters is longer than any CID (${MAX_CID_LENGTH} at most)`)
  }
  // CIDv0 (Qm…) has no multibase prefix, so it must not go through the multibase decoder.
  return value.startsWith('Qm') ? CID.parse(value) : CID.parse(value, anyBase)
}

/**
 * The canonical form of a CID string (CIDv1 in base32, CIDv0 as is): letters and digits only,
 * so it is safe in a URL path, a host name, a file name or a shell word. Throws when `value`
 * is not a CID.
 */
export function canonicalCid(value: string): string {
  return parseCid(value).toString()
}

/** Multicodec of libp2p public keys: a k51… string names an IPNS record, not pinnable content. */
const LIBP2P_KEY = 0x72

/**
 * Splits user input into valid and invalid CIDs. Valid ones come back in their canonical form
 * (see `canonicalCid`), the form every IPFS service understands.
 */
export function checkCids(values: readonly string[]): CidCheck {
  const result: CidCheck = { valid: [], invalid: [] }
  for (const value of values) {
    let cid: CID
    try {
      cid = parseCid(value)
    } catch (error) {
      result.invalid.push({ value, reason: errorText(error) })
      continue
    }
    if (cid.code === LIBP2P_KEY) {
      result.invalid.push({ value, reason: 'this is an IPNS name (libp2p-key), not content' })
    } else {
      result.valid.push(cid.toString())
    }
  }
  return result
}

/**
 * Two CIDs name the same content when their codec and multihash agree, whatever their version
 * or base: a server may answer bafy… for what Kubo prints as Qm….
 */
export function sameContent(a: string, b: string): boolean {
  if (a === b) return true
  try {
    return parseCid(a).toV1().equals(parseCid(b).toV1())
  } catch {
    return false
  }
}

/**
 * The SHA-256 digest a CID's multihash carries, as lower-case hex: the SHA-256 of the CID's
 * root block. Undefined when the CID does not parse or its multihash is anything but a 32-byte
 * sha2-256 (an identity hash holds the bytes themselves, blake3 is another function).
 */
export function sha256DigestOf(value: string): string | undefined {
  let cid: CID
  try {
    cid = parseCid(value)
  } catch {
    return undefined
  }
  const { code, digest } = cid.multihash
  if (code !== sha256.code || digest.length !== 32) return undefined
  return base16.baseEncode(digest)
}

/**
 * The key a block goes by when blocks are compared: its multihash, so that the CIDv0 and the
 * CIDv1 of one dag-pb block agree.
 */
export function blockKey(cid: CID): string {
  return Buffer.from(cid.multihash.bytes).toString('base64url')
}
