/** CID validation, delegated to `multiformats` so every multibase a user may paste is understood. */
import { CID } from 'multiformats/cid'
import { bases } from 'multiformats/basics'
import type { MultibaseDecoder } from 'multiformats/bases/interface'

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

/** Parses a CID string; throws with the library's reason when it is not one. */
export function parseCid(value: string): CID {
  // CIDv0 (Qm…) has no multibase prefix, so it must not go through the multibase decoder.
  return value.startsWith('Qm') ? CID.parse(value) : CID.parse(value, anyBase)
}

/** Multicodec of libp2p public keys: a k51… string names an IPNS record, not pinnable content. */
const LIBP2P_KEY = 0x72

/**
 * Splits user input into valid and invalid CIDs. Valid ones come back in their canonical form
 * (CIDv1 in base32, CIDv0 as is), the form every IPFS service understands.
 */
export function checkCids(values: readonly string[]): CidCheck {
  const result: CidCheck = { valid: [], invalid: [] }
  for (const value of values) {
    let cid: CID
    try {
      cid = parseCid(value)
    } catch (error) {
      result.invalid.push({ value, reason: error instanceof Error ? error.message : String(error) })
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
