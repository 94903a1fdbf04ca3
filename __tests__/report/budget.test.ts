/**
 * The cuts every report section relies on: what fits is kept whole, a cut never splits a
 * character, the note says how much was left out, and a capped document holds its limit with
 * whole lines.
 */
import {
  capDocument,
  characters,
  clipEnd,
  clipMiddle,
  clipNote,
  utf8Bytes
} from '../../src/report/budget.js'

/** Characters outside the BMP at the edges of the surrogate ranges, and one just above them. */
const FIRST_ASTRAL = '\u{10000}' // \ud800\udc00
const LAST_ASTRAL = '\u{10FFFF}' // \udbff\udfff
const PRIVATE_USE = '\ue000'

describe('clipEnd', () => {
  it('keeps text that fits whole, with nothing left out', () => {
    expect(clipEnd('abc', 10)).toEqual({ text: 'abc', left: 0 })
    expect(clipEnd('abc', 3)).toEqual({ text: 'abc', left: 0 })
  })

  it('keeps the first characters and counts the rest', () => {
    expect(clipEnd('abcdef', 4)).toEqual({ text: 'abcd', left: 2 })
  })

  it('keeps nothing when there is no room', () => {
    expect(clipEnd('abc', 0)).toEqual({ text: '', left: 3 })
    expect(clipEnd('abc', -4)).toEqual({ text: '', left: 3 })
  })

  it('never splits a character made of two UTF-16 units', () => {
    expect(clipEnd('a😀b', 2)).toEqual({ text: 'a', left: 3 })
    expect(clipEnd('a😀b', 3)).toEqual({ text: 'a😀', left: 1 })
    expect(clipEnd(`${FIRST_ASTRAL}x`, 1)).toEqual({ text: '', left: 3 })
    expect(clipEnd(`${LAST_ASTRAL}x`, 1)).toEqual({ text: '', left: 3 })
    expect(clipEnd(`${PRIVATE_USE}x`, 1)).toEqual({ text: PRIVATE_USE, left: 1 })
  })
})

describe('clipMiddle', () => {
  it('keeps text that fits whole', () => {
    expect(clipMiddle('abcdef', 6)).toEqual({ text: 'abcdef', left: 0 })
    expect(clipMiddle('abc', 6)).toEqual({ text: 'abc', left: 0 })
  })

  it('keeps a third from the start and the rest from the end, around an ellipsis', () => {
    expect(clipMiddle('abcdefghij', 6)).toEqual({ text: 'ab…ghij', left: 4 })
    expect(clipMiddle('dist/assets/very/deep/folder/index.html', 15)).toEqual({
      text: 'dist/…index.html',
      left: 24
    })
  })

  it('never starts the end part with the second half of a character', () => {
    // The end part would start at index 9, inside the emoji: it starts after it instead.
    expect(clipMiddle('abcdefgh😀ij', 5)).toEqual({ text: 'ab…ij', left: 8 })
    expect(clipMiddle(`abcdefgh${FIRST_ASTRAL}ij`, 5)).toEqual({ text: 'ab…ij', left: 8 })
    expect(clipMiddle(`abcdefgh${LAST_ASTRAL}ij`, 5)).toEqual({ text: 'ab…ij', left: 8 })
    expect(clipMiddle(`abcdefghi${PRIVATE_USE}ij`, 5)).toEqual({
      text: `ab…${PRIVATE_USE}ij`,
      left: 7
    })
    // Nor ends the start part with the first half of one.
    expect(clipMiddle('a😀cdefghij', 6)).toEqual({ text: 'a…fghij', left: 5 })
  })
})

describe('clipNote', () => {
  it('says nothing when nothing was left out, and counts in words otherwise', () => {
    expect(clipNote(0)).toBe('')
    expect(clipNote(1)).toBe(' (… 1 more character)')
    expect(clipNote(1234)).toBe(' (… 1,234 more characters)')
  })
})

describe('capDocument', () => {
  const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`)
  const text = lines.join('\n')
  const note = '[cut]'

  it('leaves a document within its limit as it is', () => {
    expect(capDocument(text, text.length, characters, note)).toBe(text)
  })

  it('keeps every whole line that fits with the note, and never more than the limit', () => {
    for (let limit = note.length + 1; limit < text.length; limit++) {
      const capped = capDocument(text, limit, characters, note)
      expect([limit, capped.length <= limit]).toEqual([limit, true])
      expect(capped.endsWith(`\n${note}`)).toBe(true)
      const kept = capped.slice(0, -`\n${note}`.length)
      const count = kept === '' ? 0 : kept.split('\n').length
      expect(kept).toBe(lines.slice(0, count).join('\n'))
      // One more line would not have fitted.
      expect(`${lines.slice(0, count + 1).join('\n')}\n${note}`.length).toBeGreaterThan(limit)
    }
  })

  it('holds a limit in bytes too, cutting at whole lines', () => {
    const wide = Array.from({ length: 30 }, (_, i) => `é ${i} ${'ü'.repeat(i % 4)}`)
    const document = wide.join('\n')
    for (let limit = 10; limit < utf8Bytes(document); limit += 3) {
      const capped = capDocument(document, limit, utf8Bytes, '…')
      expect([limit, utf8Bytes(capped) <= limit]).toEqual([limit, true])
      expect(document.startsWith(capped.slice(0, -'\n…'.length))).toBe(true)
      expect(['', '\n'].includes(document.charAt(capped.length - '\n…'.length))).toBe(true)
    }
    // 27 of 28 bytes: the next line would take 12 more.
    expect(capDocument(document, 28, utf8Bytes, '…')).toBe('é 0 \né 1 ü\né 2 üü\n…')
  })

  it('keeps only the note when the first line is already too long, or nothing fits', () => {
    expect(capDocument(`${'x'.repeat(100)}\nshort`, 50, characters, note)).toBe(`\n${note}`)
    expect(capDocument(text, 3, characters, note)).toBe(`\n${note}`)
  })
})
