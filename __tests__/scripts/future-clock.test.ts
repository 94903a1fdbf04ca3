/**
 * The guard of scripts/test-future.mjs (`npm run test:future`): in a jest worker, the wall clock
 * is as far ahead as asked, and timers still run on real time. Skipped in a plain `npm test`.
 */
const realNowMs = Number(process.env.PIN_ACTION_REAL_NOW_MS)
const offsetMs = Number(process.env.PIN_ACTION_FUTURE_OFFSET_MS)
const underFutureClock = process.env.PIN_ACTION_FUTURE_OFFSET_MS !== undefined

;(underFutureClock ? describe : describe.skip)('with the clock moved ahead', () => {
  it('sees the wall clock ahead by the offset, in Date.now() and new Date()', () => {
    const ahead = Date.now() - realNowMs
    expect(ahead).toBeGreaterThanOrEqual(offsetMs)
    // Allow for how long the run has taken so far.
    expect(ahead).toBeLessThan(offsetMs + 3_600_000)
    expect(Math.abs(new Date().getTime() - Date.now())).toBeLessThan(1000)
  })

  it('runs timers on real time, measured alike by Date.now() and performance.now()', async () => {
    const wall = Date.now()
    const mono = performance.now()
    await new Promise(resolve => setTimeout(resolve, 100))
    const wallMs = Date.now() - wall
    const monoMs = performance.now() - mono
    expect(wallMs).toBeGreaterThanOrEqual(90)
    expect(wallMs).toBeLessThan(5000)
    expect(Math.abs(wallMs - monoMs)).toBeLessThan(50)
  })
})
