/**
 * Everything local CID computation loads, behind one dynamic import: one lazy chunk in the
 * bundle (separate imports made the bundler copy shared modules such as dag-pb into two).
 */
export { importer } from 'ipfs-unixfs-importer'
export { balanced } from 'ipfs-unixfs-importer/layout'
export * as dagPb from '@ipld/dag-pb'
export { sha256 } from 'multiformats/hashes/sha2'
export { CID } from 'multiformats/cid'
export { UnixFS } from 'ipfs-unixfs'
