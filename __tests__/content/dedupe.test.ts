import { ContentClaims } from '../../src/content/dedupe.js'

describe('ContentClaims', () => {
  it('gives a content to the first file in task order, whichever claims first', async () => {
    const claims = new ContentClaims()
    const first = claims.enter(0, 4)
    const second = claims.enter(1, 4)
    const third = claims.enter(2, 4)
    // The later files know their key first (a small file read before a big one was hashed).
    const later = [third('k'), second('k')]
    expect(await first('k')).toBeUndefined()
    expect(await Promise.all(later)).toEqual([0, 0])
  })

  it('does not make a file wait for earlier files of another size', async () => {
    const claims = new ContentClaims()
    const big = claims.enter(0, 1_000_000)
    const small = claims.enter(1, 10)
    // Resolves although the big file has not claimed yet (it would wait forever otherwise).
    expect(await small('small')).toBeUndefined()
    expect(await big('big')).toBeUndefined()
  })

  it('lets the files after a file with no key go on, and never gives one key to two files', async () => {
    const claims = new ContentClaims()
    const unreadable = claims.enter(0, 4)
    const a = claims.enter(1, 4)
    const b = claims.enter(2, 4)
    await unreadable(undefined)
    expect(await a('x')).toBeUndefined()
    expect(await b('x')).toBe(1)
  })
})
