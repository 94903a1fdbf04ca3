import { formatBytes, formatDuration, listSome } from '../../src/shared/format.js'

describe('format', () => {
  it('formats sizes in binary units', () => {
    expect([0, 1023, 1536, 1048576 * 1.5, 2 ** 31, 2 ** 40 * 300].map(formatBytes)).toEqual([
      '0 B',
      '1023 B',
      '1.5 KiB',
      '1.5 MiB',
      '2.0 GiB',
      '300 TiB'
    ])
  })
  it('formats durations', () => {
    expect([350, 1234, 45_000, 95_000, 120_000].map(formatDuration)).toEqual([
      '350 ms',
      '1.2 s',
      '45 s',
      '1 min 35 s',
      '2 min'
    ])
  })
  it('lists a few and counts the rest', () => {
    expect(listSome(['a', 'b', 'c'], 2)).toBe('a, b and 1 more')
  })
})
