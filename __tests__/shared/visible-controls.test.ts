import { messageLines, showControls } from '../../src/shared/visible-controls.js'

describe('showControls', () => {
  it.each([
    ['\x01', '\\x01'],
    ['\x1b[31m', '\\x1b[31m'],
    ['\x7f', '\\x7f'],
    ['\u0085', '\\x85'],
    ['\u009f', '\\x9f'],
    ['\u2028', '\\u2028'],
    ['\u202e', '\\u202e'],
    ['\u2066', '\\u2066'],
    ['\n\r\v\f\0', '\\n\\r\\v\\f\\0']
  ])('shows %j as %s, two or four hex digits', (text, shown) => {
    expect(showControls(text)).toBe(shown)
  })

  it('keeps printable text, and tabs unless asked', () => {
    expect(showControls('a\tb é 📁 \u00a0 \u00ff \\n')).toBe('a\tb é 📁 \u00a0 \u00ff \\n')
    expect(showControls('a\tb', { tabs: true })).toBe('a\\tb')
  })
})

describe('messageLines', () => {
  it('splits at \\n and \\r\\n only', () => {
    expect(messageLines('a\nb\r\nc\rd\u2028e')).toEqual(['a', 'b', 'c\rd\u2028e'])
  })
})
