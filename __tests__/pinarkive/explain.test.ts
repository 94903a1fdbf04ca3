import {
  AbandonedError,
  ApiError,
  BodySourceError,
  FileNameError,
  ProtocolError,
  RateLimitWaitError,
  TransportError
} from '../../src/transport/errors.js'
import { explainError, isFatal, type ErrorContext } from '../../src/pinarkive/explain.js'

const API = 'https://api.example.test/api/v3'
const file: ErrorContext = {
  item: 'dist/app.js',
  kind: 'file',
  cluster: '',
  apiUrl: API,
  timeoutMs: 120_000
}
const pin: ErrorContext = { ...file, item: 'pin bafyexample', kind: 'pin' }
const directory: ErrorContext = { ...file, item: 'dist/ (120 files)', kind: 'directory' }

function api(status: number, message?: string, code?: string, required?: string, attempts = 1) {
  return new ApiError(status, message, code, required, attempts)
}

describe('isFatal: errors after which every other request would fail the same way', () => {
  it('stops on a rejected key, a missing scope, an unverified account, a long rate limit, the deadline', () => {
    expect(isFatal(api(401, 'invalid token'))).toBe(true)
    expect(isFatal(api(403, 'no', 'missing_scope'))).toBe(true)
    expect(isFatal(api(403, 'no', 'email_not_verified'))).toBe(true)
    expect(isFatal(api(403, 'no', 'account_disabled'))).toBe(true)
    expect(isFatal(new RateLimitWaitError(600_000, new Date(0)))).toBe(true)
    expect(isFatal(new AbandonedError('abandoned'))).toBe(true)
  })
  it('lets the others go on: one file refused, a server error, a network error', () => {
    expect(isFatal(api(403, 'storage quota exceeded'))).toBe(false)
    expect(isFatal(api(403, 'no', 'plan_limit'))).toBe(false)
    expect(isFatal(api(413, 'too large'))).toBe(false)
    expect(isFatal(api(500, 'oops'))).toBe(false)
    expect(isFatal(new TransportError('network', 'ECONNRESET', 3))).toBe(false)
    expect(isFatal(new Error('401'))).toBe(false)
  })
})

describe('explainError names the cause and the fix', () => {
  it('401: the key, and where to get another', () => {
    const text = explainError(api(401, 'token revoked'), file)
    expect(text).toContain('Pinarkive rejected the API key (HTTP 401: token revoked)')
    expect(text).toContain('`api-key`')
    expect(text).toContain('Account → API tokens')
  })

  it('403 missing_scope: the scope the server asked for, else files:write', () => {
    expect(explainError(api(403, 'no', 'missing_scope', 'cluster:read'), file)).toContain(
      'The API key lacks the scope `cluster:read` (HTTP 403 missing_scope). Create a key'
    )
    expect(explainError(api(403, 'no', 'missing_scope'), file)).toContain(
      'lacks the scope `files:write`'
    )
  })

  it('403 email_not_verified: verify the address', () => {
    expect(explainError(api(403, 'verify first', 'email_not_verified'), file)).toContain(
      'has not verified its email address'
    )
  })

  it('403 account_disabled: the account, not the file, and whom to ask', () => {
    const text = explainError(api(403, 'disabled', 'account_disabled'), file)
    expect(text).toContain('The Pinarkive account is disabled (HTTP 403 account_disabled)')
    expect(text).toContain('contact Pinarkive support')
    expect(text).not.toContain(file.item)
  })

  it('403 about a cluster names the `cluster` input, only when one is set', () => {
    const error = api(403, 'Cluster not allowed on your plan')
    expect(explainError(error, { ...file, cluster: 'cl1-eu' })).toContain(
      "Cluster `cl1-eu` is not allowed on this account's plan (HTTP 403: Cluster not allowed on your plan)."
    )
    expect(explainError(error, file)).not.toContain('`cluster`')
  })

  it('403 about timelock or premium names `timelock`, only when one is set', () => {
    const timelock = new Date('2030-01-01T00:00:00Z')
    for (const message of ['Timelock requires an upgrade', 'Premium plans only']) {
      expect(explainError(api(403, message), { ...file, timelock })).toContain(
        `\`timelock\` needs a premium Pinarkive plan (HTTP 403: ${message}).`
      )
      expect(explainError(api(403, message), file)).not.toContain('`timelock`')
    }
  })

  it('403 about quota or storage: the quota is exhausted', () => {
    for (const message of ['Quota exceeded', 'Not enough STORAGE left']) {
      expect(explainError(api(403, message), file)).toContain(
        `The account's storage quota is exhausted (HTTP 403: ${message}).`
      )
    }
  })

  it('403 otherwise: the key is valid, the plan refuses', () => {
    expect(explainError(api(403, 'nope'), file)).toBe(
      "Pinarkive refused dist/app.js (HTTP 403: nope). The key is valid, but the account's plan does not allow this: check its clusters, quota and limits."
    )
  })

  it('413: the size, and a fix that fits files or directories', () => {
    const tooLarge = api(413, 'too big', 'FILE_TOO_LARGE')
    const one = explainError(tooLarge, { ...file, size: 3 * 1024 * 1024 })
    expect(one).toContain(
      'dist/app.js (3.0 MiB) is larger than Pinarkive accepts for one file on this plan (HTTP 413 FILE_TOO_LARGE).'
    )
    expect(one).toContain('upgrade the plan')
    const dir = explainError(api(413, 'too big'), directory)
    expect(dir).toContain(
      'dist/ (120 files) is larger than Pinarkive accepts in one directory upload (HTTP 413).'
    )
    expect(dir).toContain('`upload-as: files`')
    expect(explainError(tooLarge, { ...directory, size: 2048 })).toContain(
      '(2.0 KiB) is larger than Pinarkive accepts in one directory upload (HTTP 413 FILE_TOO_LARGE)'
    )
    expect(explainError(api(413, 'too big'), file)).toContain(
      'dist/app.js is larger than Pinarkive accepts for one file on this plan (HTTP 413).'
    )
  })

  it('404: content not found for a pin, a wrong api-url for the rest', () => {
    expect(explainError(api(404, 'not found'), pin)).toContain(
      'Pinarkive could not find bafyexample on the IPFS network (HTTP 404: not found).'
    )
    const endpoint = explainError(api(404, 'Cannot POST /files'), file)
    expect(endpoint).toContain('Pinarkive has no such endpoint (HTTP 404: Cannot POST /files).')
    expect(endpoint).toContain(`Check \`api-url\`: it should end in /api/v3 (${API}).`)
  })

  it('400: points at `timelock` or at the CID when the server mentions them', () => {
    expect(explainError(api(400, 'TIMELOCK must be in the future'), file)).toBe(
      'Pinarkive refused dist/app.js as invalid (HTTP 400: TIMELOCK must be in the future). Check `timelock`.'
    )
    expect(explainError(api(400, 'invalid Cid'), pin)).toBe(
      'Pinarkive refused pin bafyexample as invalid (HTTP 400: invalid Cid). Check the CID.'
    )
    expect(explainError(api(400, 'bad request'), file)).toBe(
      'Pinarkive refused dist/app.js as invalid (HTTP 400: bad request).'
    )
    expect(explainError(api(400), file)).toBe(
      'Pinarkive refused dist/app.js as invalid (HTTP 400).'
    )
  })

  it('410: the API version is retired', () => {
    expect(explainError(api(410, 'gone'), file)).toContain(
      'This API version is retired (HTTP 410: gone). Set `api-url` to a /api/v3 address'
    )
  })

  it('429 after retries: lower concurrency or raise retries', () => {
    expect(explainError(api(429, undefined, undefined, undefined, 6), file)).toBe(
      'Pinarkive kept rate limiting dist/app.js after 6 attempts. Lower `concurrency` or raise `retries`.'
    )
  })

  it('3xx: redirects are not followed, so the key stays with api-url', () => {
    for (const status of [301, 308, 399]) {
      expect(explainError(api(status, 'redirected'), file)).toContain(
        `Pinarkive answered dist/app.js with a redirect (HTTP ${status}: redirected).`
      )
    }
  })

  it('5xx: temporary, with the number of attempts when there were several', () => {
    expect(explainError(api(503, 'busy', undefined, undefined, 6), file)).toBe(
      'Pinarkive had a server error for dist/app.js after 6 attempts (HTTP 503: busy). This is usually temporary: re-run the job, or raise `retries`.'
    )
    expect(explainError(api(500, 'oops'), file)).toContain(
      'Pinarkive had a server error for dist/app.js (HTTP 500: oops).'
    )
  })

  it('another 4xx: refused, with what the server said', () => {
    expect(explainError(api(422, 'unprocessable', undefined, undefined, 2), file)).toBe(
      'Pinarkive refused dist/app.js (HTTP 422: unprocessable).'
    )
    expect(explainError(api(499, 'closed'), file)).toBe(
      'Pinarkive refused dist/app.js (HTTP 499: closed).'
    )
  })

  it('transport errors: the timeout for a stall, the server for a slow or huge answer, the URL for the network', () => {
    expect(explainError(new TransportError('timeout', 'no progress for 120 s', 3), file)).toBe(
      'The request for dist/app.js failed: no progress for 120 s after 3 attempts. Raise `timeout` (how long without progress; now 120 s) if the server is slow to answer.'
    )
    const slow = explainError(new TransportError('slow-answer', 'answer not complete', 1), file)
    expect(slow).toContain('The request for dist/app.js failed: answer not complete. ')
    expect(slow).toContain('raise `timeout` (now 120 s)')
    const large = explainError(
      new TransportError('too-large', 'answer larger than 64 MiB', 2),
      file
    )
    expect(large).toContain(
      'The request for dist/app.js failed: answer larger than 64 MiB after 2 attempts. '
    )
    expect(large).toContain("No answer of Pinarkive's API is that large")
    expect(explainError(new TransportError('network', 'ECONNREFUSED', 1), file)).toBe(
      `Could not reach Pinarkive at ${API} for dist/app.js: ECONNREFUSED.`
    )
  })

  it('a rate limit longer than the run waits: how long, and when to come back', () => {
    const retryAt = new Date('2026-11-28T13:00:00Z')
    expect(explainError(new RateLimitWaitError(3_600_500, retryAt), file)).toBe(
      "Pinarkive's rate limit asks to wait 3601 s, longer than this run waits (5 min). Re-run after 2026-11-28T13:00:00.000Z."
    )
  })

  it('errors that already say it all are shown as they are', () => {
    for (const error of [
      new BodySourceError('dist/a.js changed while it was read'),
      new ProtocolError('Pinarkive answered with no CID'),
      new FileNameError('a name the upload cannot carry')
    ]) {
      expect(explainError(error, file)).toBe(error.message)
    }
  })

  it('the deadline: raise max-duration or publish less', () => {
    expect(explainError(new AbandonedError('abandoned'), file)).toBe(
      'dist/app.js was abandoned when `max-duration` ran out. Raise `max-duration`, or publish less per run.'
    )
  })

  it('anything else: the item and what was thrown', () => {
    expect(explainError(new Error('EACCES'), file)).toBe('dist/app.js: EACCES')
    expect(explainError('a string', file)).toBe('dist/app.js: a string')
  })
})
