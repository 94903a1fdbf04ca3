import { DEFAULT_GATEWAY, gatewayBase, gatewayUrl } from '../../src/pinarkive/gateway.js'

describe('gateway', () => {
  const clusters = [
    { id: 'cl1-eu', gateways: [{ base: 'https://eu1.gateway.pinarkive.com/ipfs/', order: 0 }] },
    { id: 'cl2-de', gateways: [] }
  ]
  it('prefers the input, then the cluster gateway, then the default', () => {
    expect(gatewayBase('https://my.gw/ipfs/', 'cl1-eu', clusters)).toBe('https://my.gw/ipfs/')
    expect(gatewayBase('', 'cl1-eu', clusters)).toBe('https://eu1.gateway.pinarkive.com/ipfs/')
    expect(gatewayBase('', 'cl2-de', clusters)).toBe(DEFAULT_GATEWAY)
    expect(gatewayBase('', undefined, undefined)).toBe(DEFAULT_GATEWAY)
  })
  it('joins base, CID and an encoded path', () => {
    expect(gatewayUrl('https://gw/ipfs/', 'bafy')).toBe('https://gw/ipfs/bafy')
    expect(gatewayUrl('https://gw/ipfs', 'bafy', 'a b/c#d.html')).toBe(
      'https://gw/ipfs/bafy/a%20b/c%23d.html'
    )
    expect(gatewayUrl('https://{cid}.ipfs.dweb.link/', 'bafy', 'x/y')).toBe(
      'https://bafy.ipfs.dweb.link/x/y'
    )
    expect(gatewayUrl('https://{cid}.ipfs.dweb.link', 'bafy')).toBe('https://bafy.ipfs.dweb.link')
  })
})
