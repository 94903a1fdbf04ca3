import { quoteValue, truncateText } from '../../src/shared/quote.js'

describe('truncateText', () => {
  it('keeps short text, cuts long text with an ellipsis', () => {
    expect(truncateText('abc', 3)).toBe('abc')
    expect(truncateText('abcd', 3)).toBe('abc…')
  })
  it('never splits a surrogate pair', () => {
    expect(truncateText('ab😀cd', 3)).toBe('ab…')
    expect(truncateText('ab😀cd', 4)).toBe('ab😀…')
  })
})

describe('quoteValue', () => {
  it('quotes like JSON, so control characters show as escapes', () => {
    expect(quoteValue('a\nb\r\t"c"\\')).toBe('"a\\nb\\r\\t\\"c\\"\\\\"')
  })
  it('also escapes what JSON leaves invisible: DEL, C1, line separators, bidi controls', () => {
    expect(quoteValue('a\u007fb\u0085c\u2028d\u2029e\u202ef\u200bg\ufeff')).toBe(
      '"a\\u007fb\\u0085c\\u2028d\\u2029e\\u202ef\\u200bg\\ufeff"'
    )
  })
  it('escapes every character the shared rule shows, and stays valid JSON', () => {
    const value =
      'dist/releases/\u200f1\u200f.\u200f2/ind\u200bex \u00ad\u061c\u2060\u3164\u115f\ufe0f\u180e\u2061\u206a\ufff9 tag\u{e0041}'
    const quoted = quoteValue(value, 200)
    expect(quoted).toBe(
      '"dist/releases/\\u200f1\\u200f.\\u200f2/ind\\u200bex \\u00ad\\u061c\\u2060\\u3164\\u115f\\ufe0f\\u180e\\u2061\\u206a\\ufff9 tag\\udb40\\udc41"'
    )
    expect(JSON.parse(quoted)).toBe(value)
  })
  it('cuts to 100 characters by default', () => {
    const quoted = quoteValue('x'.repeat(10_000))
    expect(quoted).toBe(`"${'x'.repeat(100)}…"`)
    expect(quoteValue('y'.repeat(300), 200)).toHaveLength(203)
  })
  it('keeps the rest of Unicode readable', () => {
    expect(quoteValue('café 🎉')).toBe('"café 🎉"')
  })
})
