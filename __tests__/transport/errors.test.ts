import { AttemptLimit } from '../../src/transport/attempt-limits.js'
import {
  ApiError,
  BodySourceError,
  FileNameError,
  ProtocolError,
  RateLimitWaitError,
  SERVER_TEXT_MAX,
  TransportError
} from '../../src/transport/errors.js'
import { secrets } from '../../src/shared/redact.js'

describe('transport errors', () => {
  it('say what they are wherever they are printed whole (a stack, a crash log)', () => {
    expect(
      [
        new ApiError(503, 'busy', undefined, undefined, 1),
        new TransportError('network', 'ECONNRESET', 2),
        new RateLimitWaitError(1000, new Date(0)),
        new ProtocolError('no CID'),
        new BodySourceError('file changed'),
        new FileNameError('bad name'),
        new AttemptLimit('timeout', 'no progress for 1 s')
      ].map(String)
    ).toEqual([
      'ApiError: HTTP 503: busy',
      'TransportError: ECONNRESET',
      'RateLimitWaitError: rate limited for 1 s, until 1970-01-01T00:00:00.000Z',
      'ProtocolError: no CID',
      'BodySourceError: file changed',
      'FileNameError: bad name',
      'AttemptLimit: no progress for 1 s'
    ])
  })

  it('an API error shows the status, the code and the message it has', () => {
    expect(new ApiError(500, undefined, undefined, undefined, 1).message).toBe('HTTP 500')
    expect(new ApiError(403, undefined, 'missing_scope', 'files:write', 1).message).toBe(
      'HTTP 403 missing_scope'
    )
    const long = new ApiError(400, 'x'.repeat(SERVER_TEXT_MAX + 10), undefined, undefined, 1)
    expect(long.serverMessage).toBe(`${'x'.repeat(SERVER_TEXT_MAX)}…`)
  })

  it('a rate limit wait says how long in whole seconds, rounded up, and until when', () => {
    const retryAt = new Date('2026-11-28T12:10:01Z')
    expect(new RateLimitWaitError(600_001, retryAt).message).toBe(
      'rate limited for 601 s, until 2026-11-28T12:10:01.000Z'
    )
  })
})

describe("an API error redacts the server's words before it cuts them", () => {
  /** 32 characters: the key, of which a cut at 500 left 28 in every sink. */
  const KEY = 'pk_live_9fQ2xW7rT4mZ8bN1vC6yH3kJ'
  beforeEach(() => secrets.add(KEY))
  afterEach(() => secrets.clear())

  it('leaves no part of a key that straddles the cut', () => {
    const padding = 'x'.repeat(SERVER_TEXT_MAX - 28)
    const error = new ApiError(500, `${padding}${KEY} was logged`, undefined, undefined, 1)
    expect(error.serverMessage).toBe(`${padding}*** was logged`)
    expect(error.message).toBe(`HTTP 500: ${padding}*** was logged`)
    for (let length = 8; length <= KEY.length; length++) {
      expect(error.message).not.toContain(KEY.slice(0, length))
    }
  })

  it('redacts before cutting a long message too, whatever form the key takes', () => {
    const forms = [KEY.toUpperCase(), Buffer.from(KEY).toString('base64'), [...KEY].join('\u200b')]
    for (const form of forms) {
      const error = new ApiError(500, `${'y'.repeat(SERVER_TEXT_MAX - 10)}${form}`, form, form, 1)
      expect(error.serverMessage).toBe(`${'y'.repeat(SERVER_TEXT_MAX - 10)}***`)
      expect(error.code).toBe('***')
      expect(error.required).toBe('***')
      expect(error.message).not.toMatch(/pk_live|PK_LIVE|cGtfbGl2/)
    }
  })
})
