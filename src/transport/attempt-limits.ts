/**
 * What bounds one HTTP attempt: a watchdog for time, a cap for the answer's size. Either ends
 * the attempt with an `AttemptLimit`, which the client retries like any other failed attempt.
 */
import { formatBytes } from '../shared/format.js'

/** Why an attempt was cut short by its limits. */
export class AttemptLimit extends Error {
  override name = 'AttemptLimit'
  constructor(
    /** `timeout`: nothing moved; `slow-answer`: the body trickled; `too-large`: over the cap. */
    readonly kind: 'timeout' | 'slow-answer' | 'too-large',
    message: string
  ) {
    super(message)
  }
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`
}

/**
 * Aborts an attempt when neither the request nor the response moves for `timeoutMs`, and, once
 * the answer's headers are in, when its body is not complete `timeoutMs` later: a server that
 * sends a byte a second moves forever, and must not hold the job.
 */
export class Watchdog {
  private timer: NodeJS.Timeout | undefined
  private stopped = false
  private answering = false

  constructor(
    private readonly timeoutMs: number,
    private readonly abort: (reason: AttemptLimit) => void
  ) {}

  /** Something moved: the wait starts again (until the answer has started). */
  touch(): void {
    // The body stream may still be read after the exchange ended (a reset mid-upload); a
    // timer armed then would keep the process alive for `timeout`.
    if (this.stopped || this.answering) return
    this.arm(new AttemptLimit('timeout', `no progress for ${formatSeconds(this.timeoutMs)}`))
  }

  /** The answer's headers arrived: its body has `timeoutMs` from now, however it trickles. */
  answerStarted(): void {
    if (this.stopped) return
    this.answering = true
    this.arm(
      new AttemptLimit(
        'slow-answer',
        `answer not complete within ${formatSeconds(this.timeoutMs)} of its headers`
      )
    )
  }

  stop(): void {
    this.stopped = true
    clearTimeout(this.timer)
  }

  private arm(reason: AttemptLimit): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.abort(reason), this.timeoutMs)
  }
}

/**
 * The response body, parsed as JSON when it is JSON, kept as text otherwise. Past `maxBytes`
 * reading stops at once (the caller aborts the request; the rest is never drained).
 */
export async function readBody(body: AsyncIterable<unknown>, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    size += (chunk as Buffer).length
    if (size > maxBytes) {
      throw new AttemptLimit(
        'too-large',
        `answer larger than ${formatBytes(maxBytes)}, reading stopped there`
      )
    }
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  try {
    return text === '' ? undefined : JSON.parse(text)
  } catch {
    // Not JSON (a proxy's HTML error page, say): keep the text for the error message.
    return text
  }
}
