import { isRedirect, offHostOf, probeUrlProblem } from '../../src/gateway/probe-url.js'

describe('probeUrlProblem', () => {
  it.each([
    'https://gateway.pinarkive.com/ipfs/bafy',
    'https://bafy.ipfs.dweb.link/a.html',
    'http://127.0.0.1:8080/ipfs/bafy',
    'http://localhost/ipfs/bafy'
  ])('probes %s', url => {
    expect(probeUrlProblem(url)).toBeUndefined()
  })

  it.each([
    [
      'https://user@gw.example/ipfs/bafy',
      '"https://***@gw.example/ipfs/bafy" carries a user name or password'
    ],
    [
      'https://:secret@gw.example/ipfs/bafy',
      '"https://***@gw.example/ipfs/bafy" carries a user name or password'
    ],
    [
      'http://gw.example/ipfs/bafy',
      'only https:// URLs, or http:// to this machine, are probed, not "http://gw.example/ipfs/bafy"'
    ],
    [
      'ftp://127.0.0.1/ipfs/bafy',
      'only https:// URLs, or http:// to this machine, are probed, not "ftp://127.0.0.1/ipfs/bafy"'
    ],
    ['not a url', '"not a url" is not a URL']
  ])('refuses %s, saying why and without its password', (url, problem) => {
    expect(probeUrlProblem(url)).toBe(problem)
  })
})

describe('isRedirect', () => {
  it('follows the five redirect statuses only', () => {
    expect([301, 302, 303, 307, 308].every(isRedirect)).toBe(true)
    expect([200, 300, 304, 305, 306, 404].some(isRedirect)).toBe(false)
  })
})

describe('offHostOf', () => {
  it('stays with the host probed and its subdomains, as a subdomain gateway redirects', () => {
    const probed = 'https://dweb.link/ipfs/bafy'
    expect(offHostOf('https://dweb.link/ipfs/bafy/', probed)).toBeUndefined()
    expect(offHostOf('https://bafy.ipfs.dweb.link/', probed)).toBeUndefined()
    expect(offHostOf('http://127.0.0.1:9/x', 'http://127.0.0.1:8/x')).toBeUndefined()
  })

  it('names any other host, look-alikes included', () => {
    const probed = 'https://dweb.link/ipfs/bafy'
    expect(offHostOf('https://evil.example/', probed)).toBe('evil.example')
    expect(offHostOf('https://evildweb.link/', probed)).toBe('evildweb.link')
    expect(offHostOf('https://dweb.link.evil.example/', probed)).toBe('dweb.link.evil.example')
    expect(offHostOf('https://link/', probed)).toBe('link')
  })
})
