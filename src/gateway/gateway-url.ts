/** Gateway links: which base to use, whether a base is safe, and how a CID joins it. */
import { isPrivateHost } from '../shared/private-host.js'
import { isLoopbackHost } from '../shared/url.js'

/** A cluster the key may use, with its gateway bases sorted by `order`. */
export interface Cluster {
  id: string
  gateways: { base: string; order: number }[]
}

export const DEFAULT_GATEWAY = 'https://gateway.pinarkive.com/ipfs/'

/** Stands in for `{cid}` while a template is checked: a real CID, and valid in a host name. */
const SAMPLE_CID = 'bafkqaaa'

/**
 * What a gateway base may contain besides `{cid}`: URL characters, but no spaces, controls,
 * quotes, parentheses, braces or backslashes, which no gateway needs and which would let a
 * base break out of a link, a Markdown table or a shell word.
 */
const URL_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&+,;=%]*$/

/**
 * Why `base` cannot be a gateway base (the `gateway` input, or a cluster's gateway as the
 * server lists it), or undefined when it can: an absolute https:// URL, or http:// to this
 * machine only, without credentials; `{cid}` marks a template.
 */
export function gatewayProblem(base: string): string | undefined {
  let url: URL
  try {
    url = new URL(base.replaceAll('{cid}', SAMPLE_CID))
  } catch {
    return 'is not an absolute URL'
  }
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password'
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))
  if (!secure) {
    return 'is not an https:// URL (plain http:// is allowed only for localhost, 127.0.0.1 and ::1)'
  }
  // Checked on the text as given, which links are built from: the URL parser would drop tabs
  // and newlines, and leave quotes and parentheses be.
  if (!URL_CHARS.test(base.replaceAll('{cid}', ''))) {
    return 'has characters no gateway URL needs (spaces, control characters, quotes, parentheses, or braces other than {cid})'
  }
  return undefined
}

/**
 * Why a gateway the server names cannot be used, or undefined when it can: `gatewayProblem`,
 * and more, since only the user's own input may point somewhere unusual. A `#` or `@` can make
 * a URL read like another host (`https://evil.example#@gateway.pinarkive.com/`); a loopback or
 * private address would have the probe send a blind GET inside the runner's network. A gateway
 * on the very host of `api-url` (a local Pinarkive) is the user's choice, as the API is.
 */
export function serverGatewayProblem(base: string, apiUrl: string): string | undefined {
  const problem = gatewayProblem(base)
  if (problem !== undefined) return problem
  if (base.includes('#') || base.includes('@')) {
    return 'has a # or an @, which can make a URL read like another host'
  }
  const host = new URL(base.replaceAll('{cid}', SAMPLE_CID)).hostname
  if (isPrivateHost(host) && host !== hostOf(apiUrl)) {
    return 'points to this machine or a private network, which only the `gateway` input may do'
  }
  return undefined
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname
  } catch {
    return undefined
  }
}

/**
 * The base for links to content on `clusterId`: the `gateway` input, else that cluster's first
 * gateway by `order`, else Pinarkive's public gateway. Both were checked with `gatewayProblem`
 * (the input when read, the cluster list's as it arrived).
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

/**
 * Percent-encodes one path segment, `!'()*` included: encodeURIComponent keeps them, and they
 * end a Markdown link or a quoted shell word early.
 */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

/** Encodes each segment of a path inside a directory, keeping the slashes between them. */
function encodePath(path: string): string {
  return path.split('/').map(encodeSegment).join('/')
}

/**
 * `https://gw/ipfs/` + CID (+ `/path`). A base containing `{cid}` is a template, for subdomain
 * gateways such as `https://{cid}.ipfs.dweb.link/`; every `{cid}` in it is replaced. `cid`
 * should be canonical (see `canonicalCid`, which the client applies to every answer); it is
 * percent-encoded all the same, so no value can leave its place in the URL.
 */
export function gatewayUrl(base: string, cid: string, path?: string): string {
  const segment = encodeSegment(cid)
  const suffix = path ? encodePath(path) : ''
  if (base.includes('{cid}')) {
    const root = base.replaceAll('{cid}', segment)
    return suffix ? `${root.replace(/\/?$/, '/')}${suffix}` : root
  }
  const withSlash = base.endsWith('/') ? base : `${base}/`
  return `${withSlash}${segment}${suffix ? `/${suffix}` : ''}`
}
