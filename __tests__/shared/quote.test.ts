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
  it('cuts to 100 characters by default', () => {
    const quoted = quoteValue('x'.repeat(10_000))
    expect(quoted).toBe(`"${'x'.repeat(100)}…"`)
    expect(quoteValue('y'.repeat(300), 200)).toHaveLength(203)
  })
  it('keeps the rest of Unicode readable', () => {
    expect(quoteValue('café 🎉')).toBe('"café 🎉"')
  })
})
