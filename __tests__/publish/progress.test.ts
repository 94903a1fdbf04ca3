import { ProgressReporter } from '../../src/publish/progress.js'

describe('ProgressReporter', () => {
  it('prints at most every 5 s and every 10%, whichever is rarer', () => {
    let now = 0
    const lines: string[] = []
    const progress = new ProgressReporter(
      () => now,
      line => lines.push(line)
    )
    const total = 1000 * 1024 * 1024
    for (let sent = 0; sent <= total; sent += total / 100) {
      progress.update('big.iso', sent, total)
      now += 1000 // 1% per second: 10% takes 10 s, so the 10% rule is the rarer one
    }
    expect(lines).toHaveLength(9)
    expect(lines[0]).toBe('big.iso: 100 MiB of 1000 MiB (10%), 10.0 MiB/s')
  })
  it('stays quiet for a fast upload', () => {
    let now = 0
    const lines: string[] = []
    const progress = new ProgressReporter(
      () => now,
      line => lines.push(line)
    )
    for (let sent = 0; sent <= 100; sent += 10) {
      progress.update('small', sent, 100)
      now += 100
    }
    expect(lines).toEqual([])
  })
})
