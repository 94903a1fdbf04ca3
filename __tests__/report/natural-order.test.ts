import { naturalCompare, naturalSort } from '../../src/report/natural-order.js'

describe('natural order', () => {
  it('orders runs of digits by value, and everything else by code unit as before', () => {
    const names = [
      'page-10.html',
      'page-2.html',
      'page-1.html',
      'v1.10',
      'v1.9',
      'B',
      'a',
      'page-02.html'
    ]
    expect(naturalSort(names, name => name)).toEqual([
      'B',
      'a',
      'page-1.html',
      'page-02.html',
      'page-2.html',
      'page-10.html',
      'v1.9',
      'v1.10'
    ])
  })

  it('orders numbers past 20 digits by value too, and never calls two different names equal', () => {
    expect(naturalCompare(`x${'9'.repeat(25)}`, `x1${'0'.repeat(25)}`)).toBeLessThan(0)
    expect(naturalCompare('a01', 'a1')).not.toBe(0)
    expect(naturalCompare('a1', 'a1')).toBe(0)
  })
})
