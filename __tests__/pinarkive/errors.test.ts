import { AttemptLimit } from '../../src/pinarkive/attempt-limits.js'
import {
  ApiError,
  BodySourceError,
  FileNameError,
  ProtocolError,
  RateLimitWaitError,
  SERVER_TEXT_MAX,
  TransportError
} from '../../src/pinarkive/errors.js'

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
