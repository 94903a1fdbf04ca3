import { Redactor } from '../../src/shared/redact.js'

const KEY = 'pk_live/9x+Q&a=b"c<d>'

function redactor(...values: string[]): Redactor {
  const r = new Redactor()
  for (const value of values) r.add(value)
  return r
}

describe('Redactor', () => {
  it('replaces a secret wherever it appears', () => {
    expect(redactor(KEY).redact(`key ${KEY} and again ${KEY}.`)).toBe('key *** and again ***.')
  })

  it.each([
    ['inside a JSON string', JSON.stringify({ echoed: KEY })],
    ['percent-encoded', `https://x/?k=${encodeURIComponent(KEY)}`],
    [
      'percent-encoded in lower case',
      `k=${encodeURIComponent(KEY).replace(/%[0-9A-F]{2}/g, hex => hex.toLowerCase())}`
    ],
    ['form-encoded', `k=${encodeURIComponent(`${KEY} x`).replace(/%20/g, '+')}`],
    ['URI-encoded', encodeURI(`https://x/${KEY}`)],
    [
      'HTML-escaped',
      KEY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    ],
    ['Markdown-escaped', KEY.replace(/[!-/:-@[-`{-~]/g, '\\$&')]
  ])('finds it %s', (_, text) => {
    const out = redactor(KEY, `${KEY} x`).redact(text)
    expect(out).toContain('***')
    expect(out).not.toContain('9x')
  })

  it('finds a secret form-encoded either way, HTML-escaped, and in lower-case hex', () => {
    const secret = "open sesame's é!"
    const r = redactor(secret)
    // As URLSearchParams (and so a server's form echo) writes it, and as encodeURIComponent
    // with + for spaces does.
    expect(r.redact(`k=${new URLSearchParams({ s: secret }).toString().slice(2)}&x=1`)).toBe(
      'k=***&x=1'
    )
    expect(r.redact("k=open+sesame's+%C3%A9!&x=1")).toBe('k=***&x=1')
    expect(r.redact('<p>open sesame&#39;s é!</p>')).toBe('<p>***</p>')
    expect(r.redact("k=open%20sesame's%20%c3%a9!")).toBe('k=***')
  })

  it('replaces the longer of two overlapping secrets whole', () => {
    expect(redactor('abc', 'abcdef').redact('<abcdef> <abc>')).toBe('<***> <***>')
  })

  it('ignores blank values and leaves text alone with no secret', () => {
    const r = redactor('', '   ')
    expect(r.redact('a b c')).toBe('a b c')
    const report = { a: 'x' }
    expect(r.redactDeep(report)).toBe(report)
  })

  it('treats a secret as text, not as a pattern', () => {
    expect(redactor('a.c|(d)').redact('abc a.c|(d) aXc')).toBe('abc *** aXc')
  })

  it('redacts every string of a structure, at any depth, in a copy', () => {
    const report = {
      error: `HTTP 500: {"key":"${KEY}"}`,
      items: [{ name: KEY, size: 3, cluster: null, verified: true }],
      notAttempted: undefined
    }
    const copy = redactor(KEY).redactDeep(report)
    expect(copy).toEqual({
      error: 'HTTP 500: {"key":"***"}',
      items: [{ name: '***', size: 3, cluster: null, verified: true }],
      notAttempted: undefined
    })
    expect(report.items[0].name).toBe(KEY)
  })

  it('leaves values that are not plain data as they are (a timelock Date stays a Date)', () => {
    const timelock = new Date('2030-01-01T00:00:00Z')
    const copy = redactor(KEY).redactDeep({ timelock, name: KEY })
    expect(copy.timelock).toBe(timelock)
    expect(copy.name).toBe('***')
  })

  it('forgets its secrets on clear', () => {
    const r = redactor(KEY)
    r.clear()
    expect(r.redact(KEY)).toBe(KEY)
  })
})
