/**
 * The cuts every capped text goes through: a value that fits is left whole, a cut never splits
 * a surrogate pair, the note says how much was left out, and a capped document keeps every
 * whole line that fits beside its note.
 */
import {
  capDocument,
  characters,
  clipEnd,
  clipMiddle,
  clipNote,
  utf8Bytes
} from '../../src/report/budget.js'

/** True when `text` has a surrogate without its other half. */
const hasLoneSurrogate = (text: string) =>
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)

describe('clipEnd', () => {
  it('leaves a value that fits whole, up to exactly the limit', () => {
    expect(clipEnd('abc', 10)).toEqual({ text: 'abc', left: 0 })
    expect(clipEnd('abc', 3)).toEqual({ text: 'abc', left: 0 })
    // Whatever it ends with: a server's answer may end in half a pair.
    expect(clipEnd('ab\ud83d', 3)).toEqual({ text: 'ab\ud83d', left: 0 })
  })

  it('keeps the first max characters and counts the rest', () => {
    expect(clipEnd('abcdef', 4)).toEqual({ text: 'abcd', left: 2 })
    expect(clipEnd('abcdef', 0)).toEqual({ text: '', left: 6 })
    expect(clipEnd('abcdef', -3)).toEqual({ text: '', left: 6 })
  })

  it.each([
    ['U+10000', '\ud800\udc00'],
    ['U+1F4C1', '📁'],
    ['U+10FFFF', '\udbff\udfff']
  ])('cuts before a pair (%s) rather than through it', (_, pair) => {
    expect(clipEnd(`a${pair}b`, 2)).toEqual({ text: 'a', left: 3 })
    expect(clipEnd(`a${pair}b`, 3)).toEqual({ text: `a${pair}`, left: 1 })
  })

  it('cuts right at the limit next to characters that are not the start of a pair', () => {
    for (const char of ['\ud7ff', '\ue000', '\uff58', 'é', '日']) {
      expect(clipEnd(`a${char}bc`, 2)).toEqual({ text: `a${char}`, left: 2 })
    }
  })
})

describe('clipMiddle', () => {
  it('leaves a value that fits whole, up to exactly the limit', () => {
    expect(clipMiddle('abcdef', 6)).toEqual({ text: 'abcdef', left: 0 })
    expect(clipMiddle('abc', 6)).toEqual({ text: 'abc', left: 0 })
  })

  it('keeps a third from the start and the rest from the end, with … between', () => {
    expect(clipMiddle('0123456789', 6)).toEqual({ text: '01…6789', left: 4 })
    expect(clipMiddle('dist/assets/very/long/name/index.html', 15)).toEqual({
      text: 'dist/…index.html',
      left: 22
    })
  })

  it.each([
    ['U+10000', '\ud800\udc00'],
    ['U+1F4C1', '📁'],
    ['U+10FFFF', '\udbff\udfff']
  ])('never starts the tail in the middle of a pair (%s)', (_, pair) => {
    // The tail would start at the pair's second half: it starts after the pair.
    expect(clipMiddle(`abcdefg${pair}xy`, 5)).toEqual({ text: 'ab…xy', left: 7 })
    // The tail starts at the pair's first half: the pair is kept whole.
    expect(clipMiddle(`abcdefg${pair}xy`, 6)).toEqual({ text: `ab…${pair}xy`, left: 5 })
  })

  it('starts the tail right where the count says next to other characters', () => {
    for (const char of ['\ud7ff', '\ue000', '\uff58', '日']) {
      expect(clipMiddle(`abcdefg${char}xy`, 5)).toEqual({ text: `ab…${char}xy`, left: 5 })
    }
  })

  it('never leaves half a pair, whatever the limit', () => {
    const text = '📁a📁📁b📁📁📁c📁'
    for (let max = 1; max < text.length; max++) {
      expect(hasLoneSurrogate(clipMiddle(text, max).text)).toBe(false)
    }
  })
})

describe('clipNote', () => {
  it('says how many characters were left out, in words, with thousands separated', () => {
    expect(clipNote(0)).toBe('')
    expect(clipNote(-1)).toBe('')
    expect(clipNote(1)).toBe(' (… 1 more character)')
    expect(clipNote(2)).toBe(' (… 2 more characters)')
    expect(clipNote(1234567)).toBe(' (… 1,234,567 more characters)')
  })
})

describe('capDocument', () => {
  const lines = ['# Report', '', 'aaaa', 'bbbbbbb', 'cc', 'dddddddddd', 'e', 'ffff', 'gg']
  const text = lines.join('\n')
  const note = '> trimmed'

  /** The whole lines a reader should get: as many as fit beside the note. */
  function expected(limit: number): string {
    let kept = 0
    while (
      kept < lines.length &&
      lines.slice(0, kept + 1).join('\n').length + 1 + note.length <= limit
    )
      kept++
    return `${lines.slice(0, kept).join('\n')}\n${note}`
  }

  it('leaves a document that fits whole, up to exactly the limit', () => {
    expect(capDocument(text, text.length, characters, note)).toBe(text)
    expect(capDocument(text, text.length + 1, characters, note)).toBe(text)
  })

  it('keeps every whole line that fits beside the note, at every limit', () => {
    for (let limit = note.length + 1; limit < text.length; limit++) {
      const capped = capDocument(text, limit, characters, note)
      expect({ limit, capped }).toEqual({ limit, capped: expected(limit) })
      expect(capped.length).toBeLessThanOrEqual(limit)
    }
  })

  it('cuts a first line longer than the room to nothing, leaving the note', () => {
    expect(capDocument('abcdefghij\nklm', 5, characters, 'N')).toBe('\nN')
    expect(capDocument('\nabcdefghij', 5, characters, 'N')).toBe('\nN')
  })

  it('ends when even the note does not fit', () => {
    expect(capDocument('abc\ndef', 2, characters, 'a long note')).toBe('\na long note')
  })

  it('counts bytes when told to, cutting multi-byte text at a line boundary under the limit', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `| 日本語のファイル名${i}.html | 📁 |`)
    const doc = rows.join('\n')
    for (const limit of [100, 1_000, 5_000]) {
      const capped = capDocument(doc, limit, utf8Bytes, note)
      expect(utf8Bytes(capped)).toBeLessThanOrEqual(limit)
      expect(capped.endsWith(`\n${note}`)).toBe(true)
      const kept = capped.slice(0, -note.length - 1)
      expect(rows.slice(0, kept.split('\n').length).join('\n')).toBe(kept)
      // No more than one row's worth of room is wasted (the first cut is by length, then by
      // tenths: it may keep somewhat less than could fit, never nothing).
      expect(utf8Bytes(kept)).toBeGreaterThan(limit * 0.8 - utf8Bytes(rows[0]) - note.length)
    }
  })
})
