import { runPool } from '../../src/shared/pool.js'

describe('runPool', () => {
  it('never runs more than the limit at once and keeps going past failures', async () => {
    let running = 0
    let peak = 0
    const done: number[] = []
    await runPool([1, 2, 3, 4, 5, 6], 2, async n => {
      running++
      peak = Math.max(peak, running)
      await new Promise(r => setTimeout(r, 5))
      running--
      done.push(n)
    })
    expect(peak).toBe(2)
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6])
  })
  it('stops starting tasks once told to, returning those skipped', async () => {
    let stop = false
    const skipped = await runPool(
      [1, 2, 3, 4],
      1,
      async n => {
        if (n === 2) stop = true
      },
      () => stop
    )
    expect(skipped).toEqual([2, 3])
  })
})
