import { HIDDEN, messageLines, showControls } from '../../src/shared/visible-controls.js'

describe('showControls', () => {
  it.each([
    ['\x01', '\\x01'],
    ['\x1b[31m', '\\x1b[31m'],
    ['\x7f', '\\x7f'],
    ['\u0085', '\\x85'],
    ['\u009f', '\\x9f'],
    ['\u2028', '\\u2028'],
    ['\u2029', '\\u2029'],
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

describe('characters that hide or reorder text (issue 19)', () => {
  /** Each class the rule covers, by name, with characters of it. */
  const CLASSES: [string, string[]][] = [
    [
      'Bidi_Control characters: marks, embeddings, overrides and isolates',
      [...'\u200f\u200e\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069']
    ],
    ['zero widths: ZWSP, ZWNJ, ZWJ', ['\u200b', '\u200c', '\u200d']],
    ['word joiner and invisible operators', ['\u2060', '\u2061', '\u2062', '\u2063', '\u2064']],
    ['BOM', ['\ufeff']],
    ['soft hyphen', ['\u00ad']],
    ['Hangul fillers', ['\u115f', '\u1160', '\u3164', '\uffa0']],
    ['deprecated format characters', ['\u206a', '\u206b', '\u206c', '\u206d', '\u206e', '\u206f']],
    ['Mongolian vowel separator and selectors', ['\u180e', '\u180b', '\u180c', '\u180d', '\u180f']],
    ['interlinear annotations', ['\ufff9', '\ufffa', '\ufffb']],
    ['variation selectors, VS16 too', ['\ufe00', '\ufe0e', '\ufe0f', '\u{e0100}', '\u{e01ef}']],
    ['combining grapheme joiner, Khmer inherent vowels', ['\u034f', '\u17b4', '\u17b5']],
    ['Arabic number signs (prepended concatenation marks)', ['\u0600', '\u0605', '\u06dd']],
    ['reserved default-ignorables', ['\u2065', '\ufff0', '\ufff8', '\u{e0000}', '\u{e0fff}']],
    ['tag characters', ['\u{e0001}', '\u{e0020}', '\u{e0041}', '\u{e007f}']],
    ['lone surrogates', ['\ud800', '\udfff']]
  ]

  it.each(CLASSES)('shows the %s as escapes', (_, chars) => {
    for (const char of chars) {
      const code = char.codePointAt(0)!
      const escape =
        code <= 0xff
          ? `\\x${code.toString(16).padStart(2, '0')}`
          : code <= 0xffff
            ? `\\u${code.toString(16).padStart(4, '0')}`
            : `\\u{${code.toString(16)}}`
      expect(showControls(`a${char}b`)).toBe(`a${escape}b`)
      expect(showControls(`a${char}b`, { tabs: true })).toBe(`a${escape}b`)
    }
  })

  it('covers every Default_Ignorable_Code_Point and every format character (Cf)', () => {
    const missed: string[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      const char = String.fromCodePoint(code)
      if (!/[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/u.test(char)) continue
      if (char === '\t') continue
      if (showControls(char) === char) missed.push(code.toString(16))
    }
    expect(missed).toEqual([])
  })

  it('shows a path whose RLMs make it read as another version', () => {
    // Displayed, this reads `dist/releases/10.2.1/app.js`.
    const path = 'dist/releases/\u200f1\u200f.\u200f2\u200f.\u200f10\u200f/app.js'
    expect(showControls(path)).toBe(
      'dist/releases/\\u200f1\\u200f.\\u200f2\\u200f.\\u200f10\\u200f/app.js'
    )
  })

  it('tells a name with a zero-width space from the name it imitates', () => {
    expect(showControls('ind\u200bex.html')).toBe('ind\\u200bex.html')
    expect(showControls('ind\u200bex.html')).not.toBe(showControls('index.html'))
    expect(showControls('index.html')).toBe('index.html')
  })

  it('shows emoji exactly, a variation selector, a ZWJ and tags too, and keeps what is drawn', () => {
    expect(showControls('⚠️.txt')).toBe('⚠\\ufe0f.txt')
    expect(showControls('👩‍💻')).toBe('👩\\u200d💻')
    expect(showControls('🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}')).toBe(
      '🏴\\u{e0067}\\u{e0062}\\u{e0073}\\u{e0063}\\u{e0074}\\u{e007f}'
    )
    // An emoji of one code point has nothing hidden in it.
    expect(showControls('🎉 📁 ✓')).toBe('🎉 📁 ✓')
    // Nor have spaces, letters of every script and combining marks: they are drawn.
    const kept = 'a\u00a0b\u3000c\u2009d café cafe\u0301 ש עברית العربية 한국어 ㄱ \u2800'
    expect(showControls(kept)).toBe(kept)
  })

  it('is idempotent: what it writes has nothing left to show', () => {
    const once = showControls('\u200f\u{e0041}\x1b\u00ad\n', { tabs: true })
    expect(showControls(once, { tabs: true })).toBe(once)
    expect(once.replace(HIDDEN, '')).toBe(once)
  })
})

describe('messageLines', () => {
  it('splits at \\n and \\r\\n only', () => {
    expect(messageLines('a\nb\r\nc\rd\u2028e')).toEqual(['a', 'b', 'c\rd\u2028e'])
  })
})
