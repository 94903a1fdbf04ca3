import {
  isTooShortToRedact,
  MIN_CUT_PIECE,
  MIN_SECRET_LENGTH,
  Redactor
} from '../../src/shared/redact.js'

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
    expect(redactor('password', 'password-123').redact('<password-123> <password>')).toBe(
      '<***> <***>'
    )
  })

  it('ignores blank values and leaves text alone with no secret', () => {
    const r = redactor('', '   ')
    expect(r.redact('a b c')).toBe('a b c')
    const report = { a: 'x' }
    expect(r.redactDeep(report)).toBe(report)
  })

  it('treats a secret as text, not as a pattern', () => {
    expect(redactor('a.c|(d)+[e]').redact('abc a.c|(d)+[e] aXc|(d)+[e]')).toBe(
      'abc *** aXc|(d)+[e]'
    )
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

/** A 32-character key, as Pinarkive's are: the issue's key cut in half kept 28 of them. */
const LONG = 'pk_live_9fQ2xW7rT4mZ8bN1vC6yH3kJ'
const HIDING = {
  'zero-width space': '\u200b',
  'zero-width non-joiner': '\u200c',
  'zero-width joiner': '\u200d',
  'left-to-right mark': '\u200e',
  'right-to-left mark': '\u200f',
  'Arabic letter mark': '\u061c',
  'word joiner': '\u2060',
  'soft hyphen': '\u00ad',
  'byte order mark': '\ufeff',
  'right-to-left override': '\u202e',
  'left-to-right isolate': '\u2066',
  'Hangul filler': '\u3164',
  'variation selector 16': '\ufe0f',
  'tag character': '\u{e0041}'
}

describe('Redactor: transformations of a secret', () => {
  const r = redactor(LONG)

  it.each([
    ['upper case', LONG.toUpperCase()],
    ['lower case', LONG.toLowerCase()],
    ['mixed case', [...LONG].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('')],
    ['hex', Buffer.from(LONG).toString('hex')],
    ['hex in upper case', Buffer.from(LONG).toString('hex').toUpperCase()],
    ['base64', Buffer.from(LONG).toString('base64')],
    ['base64 without padding', Buffer.from(LONG).toString('base64').replace(/=+$/, '')],
    ['base64url', Buffer.from(LONG).toString('base64url')],
    [
      'base64url with padding',
      Buffer.from(LONG).toString('base64').replace(/\+/g, '-').replace(/\//g, '_')
    ],
    ['base64, percent-encoded', encodeURIComponent(Buffer.from(`${LONG}??>`).toString('base64'))]
  ])('finds it in %s', (_, form) => {
    const out = r.redact(`echo: ${form} (end)`)
    expect(out).toMatch(/^echo: \*\*\*[A-Za-z0-9%]{0,12} \(end\)$/)
  })

  it.each([0, 1, 2])(
    'finds it base64-encoded inside a longer string, %i bytes into a 3-byte group',
    offset => {
      const before = Buffer.from('{"auth":"Bearer '.slice(0, 15 + offset))
      const bytes = Buffer.concat([before, Buffer.from(LONG), Buffer.from('"}')])
      for (const blob of [bytes.toString('base64'), bytes.toString('base64url')]) {
        const out = r.redact(blob)
        const [head, tail, ...rest] = out.split('***')
        expect(rest).toEqual([])
        // What is left holds bits of the bytes around the key; at most one character at each
        // end holds some of the key's too (when it reads the same as the key alone would).
        expect(blob.startsWith(head)).toBe(true)
        expect(blob.endsWith(tail)).toBe(true)
        expect(head.length).toBeGreaterThanOrEqual(Math.floor((8 * before.length) / 6))
        expect(head.length).toBeLessThanOrEqual(Math.ceil((8 * before.length) / 6))
        const keyEnd = Math.floor((8 * (before.length + LONG.length)) / 6)
        expect(tail.length).toBeGreaterThanOrEqual(blob.length - keyEnd - 1)
        expect(tail.length).toBeLessThanOrEqual(blob.length - keyEnd)
      }
    }
  )

  it.each(Object.entries(HIDING))('finds it with a %s between its characters', (_, char) => {
    expect(r.redact(`key ${[...LONG].join(char)}.`)).toBe('key ***.')
    expect(r.redact(`key ${LONG.slice(0, 9)}${char}${char}${LONG.slice(9)}.`)).toBe('key ***.')
  })

  it('finds it with hiding characters written as escapes, as quoteValue and JSON write them', () => {
    for (const escape of ['\\u200b', '\\u200B', '\\u{200b}', '\\xad', '\\udb40\\udc41']) {
      expect(r.redact(`"${LONG.slice(0, 5)}${escape}${LONG.slice(5)}"`)).toBe('"***"')
    }
  })

  it('finds it upper-cased with hiding characters inside', () => {
    expect(r.redact([...LONG.toUpperCase()].join('\u200d'))).toBe('***')
  })

  it('leaves other text with hiding characters alone', () => {
    const text = `a\u200bb ${LONG.slice(0, 5)}\u200bxyz`
    expect(r.redact(text)).toBe(text)
  })
})

describe('Redactor: a secret cut before it was redacted', () => {
  const r = redactor(LONG)

  it(`redacts the start of a secret (at least ${MIN_CUT_PIECE} characters) where the text ends`, () => {
    expect(r.redact(`HTTP 500: ${'x'.repeat(40)}${LONG.slice(0, 28)}`)).toBe(
      `HTTP 500: ${'x'.repeat(40)}***`
    )
    expect(r.redact(`key ${LONG.slice(0, MIN_CUT_PIECE)}`)).toBe('key ***')
    expect(r.redact(`key ${LONG.slice(0, MIN_CUT_PIECE - 1)}`)).toBe(
      `key ${LONG.slice(0, MIN_CUT_PIECE - 1)}`
    )
  })

  it('redacts it before a cut mark: `…`, `...`, or a clipped note', () => {
    expect(r.redact(`"${LONG.slice(0, 20)}…" was the answer`)).toBe('"***…" was the answer')
    expect(r.redact(`${LONG.slice(0, 20)}... and so on`)).toBe('***... and so on')
    expect(r.redact(`key ${LONG.slice(0, 20)} (… 12 more characters)`)).toBe(
      'key *** (… 12 more characters)'
    )
  })

  it('redacts the end of a secret where the text starts or resumes after a cut', () => {
    expect(r.redact(`${LONG.slice(-20)} was sent`)).toBe('*** was sent')
    expect(r.redact(`dist/${LONG.slice(0, 4)}…${LONG.slice(10)}.html`)).toBe('dist/pk_l…***.html')
  })

  it('redacts cut pieces of its other forms: upper case, JSON, base64, hex', () => {
    const base64 = Buffer.from(LONG).toString('base64')
    const hex = Buffer.from(LONG).toString('hex')
    expect(r.redact(`K=${LONG.toUpperCase().slice(0, 16)}…`)).toBe('K=***…')
    expect(r.redact(`b=${base64.slice(0, 30)}…`)).toBe('b=***…')
    expect(r.redact(`h=${hex.slice(0, 30)}`)).toBe('h=***')
  })

  it('leaves a piece of a secret alone where nothing was cut', () => {
    const text = `${LONG.slice(0, 12)} is how keys start, see docs`
    expect(r.redact(text)).toBe(text)
  })
})

describe('Redactor: secrets too short to redact', () => {
  it(`ignores a secret under ${MIN_SECRET_LENGTH} characters, so CIDs and URLs stay whole`, () => {
    const cid = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'
    const url = `https://gateway.pinarkive.com/ipfs/${cid}`
    for (const short of ['k', 'a', 'ipfs', 'bafybei']) {
      const r = new Redactor()
      expect(r.add(short)).toBe(false)
      expect(r.redact(`${cid} ${url}`)).toBe(`${cid} ${url}`)
      expect(r.redactDeep({ cid, url })).toEqual({ cid, url })
    }
  })

  it(`takes a secret of ${MIN_SECRET_LENGTH} characters (code points, not UTF-16 units)`, () => {
    expect(isTooShortToRedact('k'.repeat(MIN_SECRET_LENGTH))).toBe(false)
    expect(isTooShortToRedact('k'.repeat(MIN_SECRET_LENGTH - 1))).toBe(true)
    expect(isTooShortToRedact('🔑'.repeat(MIN_SECRET_LENGTH - 1))).toBe(true)
    expect(isTooShortToRedact('')).toBe(false)
    const r = new Redactor()
    expect(r.add('test-key')).toBe(true)
    expect(r.redact('key test-key')).toBe('key ***')
  })
})
