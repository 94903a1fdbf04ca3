/** Gateway links: which base to use, and how a CID (and a path inside it) joins it. */
import type { Cluster } from './client.js'

export const DEFAULT_GATEWAY = 'https://gateway.pinarkive.com/ipfs/'

/**
 * The base for links to content on `clusterId`: the `gateway` input, else that cluster's first
 * gateway by `order`, else Pinarkive's public gateway.
 */
export function gatewayBase(
  input: string,
  clusterId: string | undefined,
  clusters: readonly Cluster[] | undefined
): string {
  if (input !== '') return input
  const cluster = clusters?.find(c => c.id === clusterId)
  return cluster?.gateways[0]?.base ?? DEFAULT_GATEWAY
}

/** Encodes each segment of a path inside a directory, keeping the slashes between them. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/**
 * `https://gw/ipfs/` + CID (+ `/path`). A base containing `{cid}` is a template, for subdomain
 * gateways such as `https://{cid}.ipfs.dweb.link/`.
 */
export function gatewayUrl(base: string, cid: string, path?: string): string {
  const suffix = path ? encodePath(path) : ''
  if (base.includes('{cid}')) {
    const root = base.replace('{cid}', cid)
    return suffix ? `${root.replace(/\/?$/, '/')}${suffix}` : root
  }
  const withSlash = base.endsWith('/') ? base : `${base}/`
  return `${withSlash}${cid}${suffix ? `/${suffix}` : ''}`
}
