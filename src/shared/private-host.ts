/**
 * Whether a host name names this machine or a private network. Node's BlockList does the
 * address matching (IPv4-mapped IPv6 included); the ranges are RFC 6890's special-purpose
 * blocks that no public gateway sits in. The URL parser has already turned `2130706433`,
 * `0x7f.1` and the like into dotted IPv4, so only canonical forms reach this.
 */
import { BlockList, isIP } from 'node:net'

const PRIVATE_RANGES: [string, number, 'ipv4' | 'ipv6'][] = [
  ['0.0.0.0', 8, 'ipv4'], // "this network"
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'], // carrier-grade NAT
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'], // link-local, cloud metadata services
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'], // benchmarking
  ['224.0.0.0', 3, 'ipv4'], // multicast and reserved, up to 255.255.255.255
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  // IPv4-mapped addresses are matched against the IPv4 ranges by BlockList; no public gateway
  // is named that way, so all of them count as private.
  ['::ffff:0:0', 96, 'ipv6'],
  ['64:ff9b:1::', 48, 'ipv6'], // local-use NAT64
  ['fc00::', 7, 'ipv6'], // unique local
  ['fe80::', 10, 'ipv6'], // link-local
  ['ff00::', 8, 'ipv6'] // multicast
]

const PRIVATE = new BlockList()
for (const [address, prefix, family] of PRIVATE_RANGES) PRIVATE.addSubnet(address, prefix, family)

/** Names that resolve on this machine or its local network only (RFC 6761, 6762, 8375). */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa', 'lan', 'intranet']

/**
 * True for loopback and private addresses, for `localhost` and local-only names, and for a
 * single-label name (`http://intranet/`), which resolves through the runner's search domains.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase()
  const family = isIP(host)
  if (family !== 0) {
    return PRIVATE.check(host, family === 4 ? 'ipv4' : 'ipv6')
  }
  if (!host.includes('.')) return true
  return LOCAL_SUFFIXES.some(suffix => host === suffix || host.endsWith(`.${suffix}`))
}
