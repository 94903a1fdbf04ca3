/**
 * What bounds one attempt: the inactivity watchdog (real timers, a few tens of milliseconds) and
 * the cap on an answer's size.
 */
import {
  AttemptLimit,
  formatSeconds,
  readBody,
  Watchdog
} from '../../src/transport/attempt-limits.js'

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/** A watchdog of `timeoutMs` and the limits it fired, in order. */
function watchdog(timeoutMs: number) {
  const fired: AttemptLimit[] = []
  return { dog: new Watchdog(timeoutMs, reason => fired.push(reason)), fired }
}

describe('Watchdog', () => {
  it('fires when nothing moves for the timeout, and not while things move', async () => {
    const { dog, fired } = watchdog(300)
    dog.touch()
    for (let i = 0; i < 4; i++) {
      await sleep(50)
      dog.touch()
    }
    expect(fired).toEqual([])
    await sleep(600)
    expect(fired.map(f => [f.kind, f.message])).toEqual([['timeout', 'no progress for 0.3 s']])
    dog.stop()
  })

  it('gives the answer a fixed time after its headers, however it trickles', async () => {
    const { dog, fired } = watchdog(200)
    dog.touch()
    dog.answerStarted()
    // Body bytes keep arriving, but the answer must be complete 200 ms after its headers.
    for (let i = 0; i < 10; i++) {
      await sleep(40)
      dog.touch()
    }
    expect(fired.map(f => f.kind)).toEqual(['slow-answer'])
    expect(fired[0].message).toBe('answer not complete within 0.2 s of its headers')
    dog.stop()
  })

  it('stays quiet once stopped, whatever is called after', async () => {
    const { dog, fired } = watchdog(50)
    dog.touch()
    dog.stop()
    dog.touch()
    dog.answerStarted()
    await sleep(200)
    expect(fired).toEqual([])
  })
})

describe('formatSeconds', () => {
  it('shows whole seconds as they are, others with one decimal', () => {
    expect([formatSeconds(120_000), formatSeconds(1500), formatSeconds(60)]).toEqual([
      '120 s',
      '1.5 s',
      '0.1 s'
    ])
  })
})

describe('readBody', () => {
  async function* chunks(...parts: string[]) {
    for (const part of parts) yield Buffer.from(part)
  }

  it('parses JSON, keeps other text, and reads an empty answer as no body', async () => {
    expect(await readBody(chunks('{"cid":', '"bafy"}'), 100)).toEqual({ cid: 'bafy' })
    expect(await readBody(chunks('<html>502</html>'), 100)).toBe('<html>502</html>')
    expect(await readBody(chunks(), 100)).toBeUndefined()
    expect(await readBody(chunks(''), 100)).toBeUndefined()
  })

  it('reads an answer of exactly the cap, and stops one byte past it', async () => {
    expect(await readBody(chunks('"12345', '678"'), 10)).toBe('12345678')
    await expect(readBody(chunks('"12345', '6789"'), 10)).rejects.toMatchObject({
      kind: 'too-large',
      message: 'answer larger than 10 B, reading stopped there'
    })
  })
})
