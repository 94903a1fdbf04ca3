/**
 * What each IPIP-499 import profile means: the settings that make the importer give the CIDs
 * Kubo's `ipfs add` gives the same bytes. Data only; the pipeline (import-pipeline.ts) turns
 * them into importer options.
 */

/** The IPIP-499 profiles; Kubo's `Import` settings of the same names. */
export type CidProfile = 'unixfs-v1-2025' | 'unixfs-v0-2015'

export const CID_PROFILES: readonly CidProfile[] = ['unixfs-v1-2025', 'unixfs-v0-2015']

export interface ProfileSettings {
  cidVersion: 0 | 1
  rawLeaves: boolean
  leafType: 'file'
  chunkSize: number
  maxChildrenPerNode: number
  shardSplitStrategy: 'links-bytes' | 'block-bytes'
}

/**
 * Checked against 51 published Kubo, boxo and go-unixfsnode vectors
 * (`__tests__/fixtures/cid-vectors/`). They are spelt out rather than passed as the importer's
 * own `{ profile }` option: that option mutates the options object it is given, and this way
 * the code states what each profile means.
 */
export const PROFILES: Readonly<Record<CidProfile, Readonly<ProfileSettings>>> = {
  'unixfs-v0-2015': {
    cidVersion: 0,
    rawLeaves: false,
    leafType: 'file',
    chunkSize: 262144,
    maxChildrenPerNode: 174,
    // Kubo's `links` estimate: Σ (name bytes + CID bytes) of the flat directory's links.
    shardSplitStrategy: 'links-bytes'
  },
  'unixfs-v1-2025': {
    cidVersion: 1,
    rawLeaves: true,
    leafType: 'file',
    chunkSize: 1048576,
    maxChildrenPerNode: 1024,
    // Kubo's `block` estimate: the exact serialized size of the flat directory node.
    shardSplitStrategy: 'block-bytes'
  }
}

/** Settings every profile shares: Kubo's defaults for sharding and the top directory. */
export const SHARED_SETTINGS = {
  reduceSingleLeafToSelf: true,
  shardSplitThresholdBytes: 262144,
  shardFanoutBits: 8,
  wrapWithDirectory: false
} as const
