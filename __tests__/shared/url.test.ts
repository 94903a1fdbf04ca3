/**
 * What counts as "this machine": the one place plain http:// is allowed (the API URL, a gateway,
 * a probe, a link). Hosts are given as the URL parser leaves them, as every caller does.
 */
import { hideUserinfo, isLoopbackHost } from '../../src/shared/url.js'

const host = (url: string) => new URL(url).hostname

describe('isLoopbackHost', () => {
  it.each([
    'http://localhost:8080/',
    'http://LocalHost/',
    'http://127.0.0.1/',
    'http://127.1.2.254/',
    'http://127.255.255.255/',
    // Shorthand and numeric forms the URL parser turns into 127.0.0.1.
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f.0.0.1/',
    'http://[::1]:3000/',
    'http://[0:0:0:0:0:0:0:1]/'
  ])('%s is this machine', url => {
    expect(isLoopbackHost(host(url))).toBe(true)
  })

  it.each([
    // Names that merely start or end like a loopback address resolve wherever DNS says.
    'http://127.0.0.1.nip.io/',
    'http://localhost.evil.example/',
    'http://evil-localhost/',
    'http://my127.0.0.1x.example/',
    'http://128.0.0.1/',
    'http://126.0.0.1/',
    'http://10.0.0.1/',
    'http://0.0.0.0/',
    'http://[::2]/',
    'http://[::11]/',
    'http://[1::1]/',
    'http://example.com/'
  ])('%s is not', url => {
    expect(isLoopbackHost(host(url))).toBe(false)
  })

  it('reads a host name as the URL parser gives it, or as written', () => {
    expect(isLoopbackHost('LOCALHOST')).toBe(true)
    expect(isLoopbackHost('::1')).toBe(true)
    expect(isLoopbackHost('[::1]')).toBe(true)
    expect(isLoopbackHost('127.0.0')).toBe(false)
    expect(isLoopbackHost('127.0.0.1.')).toBe(false)
    expect(isLoopbackHost('x127.0.0.1')).toBe(false)
    expect(isLoopbackHost('')).toBe(false)
  })
})

describe('hideUserinfo', () => {
  it('hides a user name and password, even in text no URL parser accepts', () => {
    expect(hideUserinfo('https://user:secret@host:bad/')).toBe('https://***@host:bad/')
    expect(hideUserinfo('http://token@127.0.0.1/api')).toBe('http://***@127.0.0.1/api')
    expect(hideUserinfo('git+ssh://a:b@host/x')).toBe('git+ssh://***@host/x')
  })

  it('hides them wherever the URL starts, and in every URL of the text', () => {
    expect(hideUserinfo("'https://user:secret@host/'")).toBe("'https://***@host/'")
    expect(hideUserinfo('x https://a:secret@h/ y http://b:secret2@h2/')).toBe(
      'x https://***@h/ y http://***@h2/'
    )
  })

  it('leaves an @ that is not in the authority, and text without credentials', () => {
    expect(hideUserinfo('https://host/@user/x')).toBe('https://host/@user/x')
    expect(hideUserinfo('https://host/?mail=a@b.example')).toBe('https://host/?mail=a@b.example')
    expect(hideUserinfo('https://host/#a@b')).toBe('https://host/#a@b')
    expect(hideUserinfo('not a url, mail me at a@b.example')).toBe(
      'not a url, mail me at a@b.example'
    )
    expect(hideUserinfo('https://api.example/v3')).toBe('https://api.example/v3')
  })
})
