import {
  DEFAULT_GATEWAY,
  gatewayBase,
  gatewayProblem,
  gatewayUrl
} from '../../src/gateway/gateway-url.js'

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
    expect(gatewayUrl('https://{cid}.ipfs.dweb.link', 'bafy', 'x/y')).toBe(
      'https://bafy.ipfs.dweb.link/x/y'
    )
  })
  it("links to Pinarkive's public gateway when nothing else is known", () => {
    expect(gatewayUrl(gatewayBase('', undefined, undefined), 'bafy', 'a.html')).toBe(
      'https://gateway.pinarkive.com/ipfs/bafy/a.html'
    )
  })
  it('replaces every {cid} of a template', () => {
    expect(gatewayUrl('https://{cid}.ipfs.example/view/{cid}/', 'bafy', 'a.html')).toBe(
      'https://bafy.ipfs.example/view/bafy/a.html'
    )
  })
  it("encodes every character that could end a link or a quoted word: ( ) ' ! * too", () => {
    expect(gatewayUrl('https://gw/ipfs/', 'bafy', "unbalanced).html/open(.html/it's!*.html")).toBe(
      'https://gw/ipfs/bafy/unbalanced%29.html/open%28.html/it%27s%21%2A.html'
    )
    expect(gatewayUrl('https://gw/ipfs/', 'bafy', 'a\nb/<img>/"q"/`c`/%22')).toBe(
      'https://gw/ipfs/bafy/a%0Ab/%3Cimg%3E/%22q%22/%60c%60/%2522'
    )
  })
  it('keeps even an unchecked CID inside its path segment', () => {
    expect(gatewayUrl('https://gw/ipfs/', '../../x')).toBe('https://gw/ipfs/..%2F..%2Fx')
    expect(gatewayUrl('https://{cid}.ipfs.example/', 'evil.example/phish?')).toBe(
      'https://evil.example%2Fphish%3F.ipfs.example/'
    )
  })
})

describe('gatewayProblem', () => {
  it.each([
    'https://gateway.pinarkive.com/ipfs/',
    'https://{cid}.ipfs.dweb.link/',
    'https://gw.example:8443/ipfs',
    'http://localhost:8080/ipfs/',
    'http://127.0.0.1:8080/ipfs/',
    'http://[::1]:8080/ipfs/'
  ])('accepts %s', base => {
    expect(gatewayProblem(base)).toBeUndefined()
  })

  it.each([
    ['javascript:alert(1)', 'is not an https:// URL'],
    ['data:text/html,<b>x</b>', 'is not an https:// URL'],
    ['http://gateway.example/ipfs/', 'is not an https:// URL'],
    ['http://127.0.0.1.evil.example/ipfs/', 'is not an https:// URL'],
    ['ftp://gw.example/', 'is not an https:// URL'],
    ['gateway.example/ipfs/', 'is not an absolute URL'],
    ['/ipfs/', 'is not an absolute URL'],
    ['https://user:pw@gw.example/ipfs/', 'must not contain a user name or password'],
    ['https://user@gw.example/ipfs/', 'must not contain a user name or password'],
    ['https://:pw@gw.example/ipfs/', 'must not contain a user name or password'],
    ['ftp://localhost/ipfs/', 'is not an https:// URL'],
    ['ws://127.0.0.1:8080/ipfs/', 'is not an https:// URL'],
    ['https://gw.example/ip\nfs/', 'has characters no gateway URL needs'],
    ['https://gw.example/ipfs/ x', 'has characters no gateway URL needs'],
    ['https://gw.example/ipfs/)[x](javascript:alert(1))', 'has characters no gateway URL needs'],
    ["https://gw.example/'$(touch PWNED)'/", 'has characters no gateway URL needs'],
    ['https://gw.example/{cidx}/', 'has characters no gateway URL needs']
  ])('refuses %j: %s', (base, problem) => {
    expect(gatewayProblem(base)).toMatch(new RegExp(`^${problem.replace(/[/.:]/g, '\\$&')}`))
  })
})
