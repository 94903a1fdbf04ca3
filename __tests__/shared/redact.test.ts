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

  it('forgets its secrets on clear', () => {
    const r = redactor(KEY)
    r.clear()
    expect(r.redact(KEY)).toBe(KEY)
  })
})
