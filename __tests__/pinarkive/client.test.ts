/**
 * The transport against the fake Pinarkive server over real HTTP: retries, the inactivity
 * timeout, the deadline, progress, and pacing under a rate limit.
 */
import { jest } from '@jest/globals'
import { clientHarness } from './client-harness.js'
import { getEventListeners, once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { Agent, request } from 'undici'
import {
  AbandonedError,
  ApiError,
  BodySourceError,
  RateLimitTotalError
} from '../../src/transport/errors.js'
import { explainError, isFatal } from '../../src/pinarkive/explain.js'
import { multipartBody } from '../../src/pinarkive/multipart.js'
import { GatewayProber } from '../../src/gateway/probe.js'
import { PinarkiveClient, type RetryEvent } from '../../src/pinarkive/client.js'
import { runPool } from '../../src/shared/pool.js'
import { ProgressReporter } from '../../src/publish/progress.js'
import { fileSource } from '../../src/content/read-file.js'
import { makeWorkspace, scannedFile } from '../../test-support/run-action.mjs'

jest.setTimeout(30_000)

const harness = clientHarness({ retries: 3 })
const client = harness.client

const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'

describe('inactivity timeout', () => {
  it('aborts an upload the server stops reading, then retries it to success', async () => {
    const workspace = await makeWorkspace({ 'big.bin': { size: 4 * 1024 * 1024 } })
    harness.fake.inject('POST /files$', { stallAfterBytes: 256 * 1024 })
    const retries: RetryEvent[] = []
    const uploaded = await client({
      timeoutMs: 400,
      events: { retry: e => retries.push(e) }
    }).uploadFile(
      { filename: 'big.bin', source: fileSource(scannedFile(path.join(workspace, 'big.bin'))) },
      {},
      'big.bin'
    )
    expect(uploaded.cid).toMatch(/^baf/)
    expect(retries).toEqual([
      expect.objectContaining({ label: 'big.bin', retry: 1, reason: 'no progress for 0.4 s' })
    ])
    expect(harness.fake.requests.map(r => r.status)).toEqual(['stalled', 201])
    expect(harness.fake.requests[1].files[0].size).toBe(4 * 1024 * 1024)
  })

  it('keeps a slow but moving upload alive well past the timeout', async () => {
    // A server of our own that reads the body a little at a time, for longer than `timeout`.
    // (What the OS buffers after the last byte is handed over, a few MB on loopback, is invisible
    // to the client, so the server must drain that tail within `timeout`: about 1 s here.)
    const answer = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      let received = 0
      for await (const chunk of req) {
        received += (chunk as Buffer).length
        await new Promise(resolve => setTimeout(resolve, 20))
      }
      res.writeHead(201, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ cid: CID, received }))
    }
    // A client that gives up mid-body fails the read: there is no one left to answer.
    const server = http.createServer((req, res) => void answer(req, res).catch(() => res.destroy()))
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    try {
      const { port } = server.address() as AddressInfo
      const size = 12 * 1024 * 1024
      const workspace = await makeWorkspace({ 'slow.bin': { size } })
      const retries: RetryEvent[] = []
      const started = Date.now()
      const uploaded = await client({
        apiUrl: `http://127.0.0.1:${port}/api/v3`,
        timeoutMs: 2000,
        events: { retry: e => retries.push(e) }
      }).uploadFile(
        { filename: 'slow.bin', source: fileSource(scannedFile(path.join(workspace, 'slow.bin'))) },
        {},
        'slow.bin'
      )
      expect(Date.now() - started).toBeGreaterThan(2500)
      expect(uploaded.cid).toBe(CID)
      expect(retries).toEqual([])
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})

describe('progress', () => {
  it('reports bytes sent up to the total, and a reporter turns them into lines', async () => {
    const size = 8 * 1024 * 1024
    const workspace = await makeWorkspace({ 'big.bin': { size } })
    const lines: string[] = []
    const events: number[] = []
    const reporter = new ProgressReporter(Date.now, line => lines.push(line), {
      minIntervalMs: 0,
      minFraction: 0.25
    })
    await client({
      events: {
        progress: e => {
          events.push(e.sent)
          reporter.update(e.label, e.sent, e.total)
        }
      }
    }).uploadFile(
      { filename: 'big.bin', source: fileSource(scannedFile(path.join(workspace, 'big.bin'))) },
      {},
      'big.bin'
    )
    expect(events.at(-1)).toBeGreaterThan(size)
    expect([...events].sort((a, b) => a - b)).toEqual(events)
    expect(lines.length).toBeGreaterThanOrEqual(2)
    expect(lines[0]).toMatch(/^big\.bin: [\d.]+ MiB of 8\.0 MiB \(\d+%\), [\d.]+ [KMG]iB\/s$/)
  })
})

describe('the deadline', () => {
  it('abandons a request in flight, and starts nothing after', async () => {
    harness.fake.inject('POST /files/pin', { hang: true })
    const deadline = new AbortController()
    const pinning = client({ signal: deadline.signal, timeoutMs: 10_000 }).pin(CID, {})
    setTimeout(() => deadline.abort('max-duration'), 200)
    const started = Date.now()
    await expect(pinning).rejects.toThrow(AbandonedError)
    expect(Date.now() - started).toBeLessThan(2000)
    await expect(client({ signal: deadline.signal }).pin(CID, {})).rejects.toThrow(AbandonedError)
    expect(harness.fake.requests).toHaveLength(1)
  })
})

describe('errors', () => {
  it('does not retry 4xx, and carries status, code and scope', async () => {
    harness.fake.set({
      keys: { k: { scopes: ['files:read'], plan: 'premium', clusters: ['cl0-global'] } }
    })
    const error = await client({ apiKey: 'k' })
      .pin(CID, {})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 403,
      code: 'missing_scope',
      required: 'files:write',
      attempts: 1
    })
    expect(harness.fake.requests).toHaveLength(1)
  })

  it('never follows a redirect, so the key goes nowhere else', async () => {
    harness.fake.inject('POST /files/pin', {
      status: 307,
      headers: { location: 'https://elsewhere.example/api/v3/files/pin' }
    })
    const error = await client()
      .pin(CID, {})
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 307 })
    expect((error as Error).message).toContain('redirected to "https://elsewhere.example/')
  })

  it('reads clusters leniently: id or clusterId, publicUrl or url, sorted by order', async () => {
    const clusters = await client().listClusters()
    expect(clusters.find(c => c.id === 'cl1-eu')?.gateways[0].base).toBe(
      'https://eu1.gateway.pinarkive.com/ipfs/'
    )
    expect(clusters.map(c => c.id)).toEqual(['cl0-global', 'cl1-eu', 'cl2-de'])
  })
})

describe('pacing under a rate limit of 10 requests per second', () => {
  async function pinMany(count: number) {
    const api = client({ retries: 10, backoff: { baseDelayMs: 200 } })
    const started = Date.now()
    const results: string[] = []
    // Eight workers, as publish runs them: each takes the next CID when it is free.
    await runPool(Array.from({ length: count }), 8, async () => {
      results.push((await api.pin(CID, {})).cid)
    })
    return {
      results,
      seconds: (Date.now() - started) / 1000,
      limited: harness.fake.stats().rateLimited
    }
  }

  it('spaces requests from X-RateLimit headers, so almost none draw a 429', async () => {
    harness.fake.set({ rateLimit: { perSecond: 10, headers: true } })
    const { results, seconds, limited } = await pinMany(40)
    expect(results).toHaveLength(40)
    expect(limited).toBeLessThanOrEqual(4)
    expect(seconds).toBeGreaterThan(2.5)
  })

  it('learns the pace from 429s when the server sends no headers', async () => {
    harness.fake.set({ rateLimit: { perSecond: 10, headers: false } })
    const { results, limited } = await pinMany(40)
    expect(results).toHaveLength(40)
    // The first burst draws 429s; after that the learned pace keeps them rare.
    expect(limited).toBeLessThan(40)
  })
})

/** A byte source of `size` bytes that yields only `yields` of them (a file that shrank). */
function shrinking(size: number, yields: number) {
  return {
    size,
    *chunks() {
      for (let sent = 0; sent < yields; sent += 64 * 1024) {
        yield new Uint8Array(Math.min(64 * 1024, yields - sent))
      }
    }
  }
}

describe('what a request carries', () => {
  it('sends the key, a JSON Accept, and a pin’s options as JSON', async () => {
    // The fake refuses a timelock that has passed by its own (real) clock: a fixed date would
    // start failing on that day, so this one is a month from now.
    const timelock = new Date(Date.now() + 30 * 86_400_000)
    await client().pin(CID, { cluster: 'cl1-eu', timelock, name: 'site' })
    const [request] = harness.fake.requests
    expect(request.headers).toMatchObject({
      authorization: `Bearer ${harness.fake.apiKey}`,
      'x-api-key': harness.fake.apiKey,
      accept: 'application/json',
      'content-type': 'application/json',
      'user-agent': 'pin-action-test'
    })
    expect(request.json).toEqual({
      cl: 'cl1-eu',
      timelock: timelock.toISOString(),
      customName: 'site'
    })
  })

  it('asks for a pin status without a cluster when none is given', async () => {
    await client().pinStatus(CID, '')
    expect(harness.fake.requests.map(r => [r.path, r.query])).toEqual([[`/status/${CID}`, {}]])
  })

  it('labels each retry with what was being sent, and says why it failed', async () => {
    const retries: RetryEvent[] = []
    const api = client({ events: { retry: e => retries.push(e) } })
    const busy = { status: 503, body: { message: 'busy' } }
    for (const route of [
      'GET /users/me/clusters',
      'POST /files/pin',
      'GET /status',
      'DELETE /files/remove',
      'GET /users/me/uploads'
    ]) {
      harness.fake.inject(route, busy)
    }
    await api.listClusters()
    await api.pin(CID, {})
    await api.pinStatus(CID)
    await api.unpin(CID)
    await api.uploadsOf(CID)
    expect(retries.map(r => [r.label, r.reason, r.pausesAll])).toEqual([
      ['cluster list', 'HTTP 503: busy', false],
      [`pin ${CID}`, 'HTTP 503: busy', false],
      [`status of ${CID}`, 'HTTP 503: busy', false],
      [`unpin ${CID}`, 'HTTP 503: busy', false],
      [`uploads of ${CID}`, 'HTTP 503: busy', false]
    ])
  })

  it('says how long a 429 asked to wait, and pauses every worker for it', async () => {
    const retries: RetryEvent[] = []
    harness.fake.inject('POST /files/pin', { status: 429, retryAfter: 0.5, via: 'body' })
    await client({ events: { retry: e => retries.push(e) } }).pin(CID, {})
    expect(retries).toEqual([
      expect.objectContaining({
        reason: 'HTTP 429 rate limited, server asked for 0.5 s',
        delayMs: 500,
        pausesAll: true
      })
    ])
  })

  it('stops once 429s have held the run back for the total it waits for, with the time to return', async () => {
    harness.fake.inject(
      'POST /files/pin',
      { status: 429, retryAfter: 0.3, via: 'body' },
      { status: 429, retryAfter: 0.3, via: 'body' },
      { status: 429, retryAfter: 0.3, via: 'body' }
    )
    const error = await client({ backoff: { maxServerWaitTotalMs: 500 } })
      .pin(CID, {})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitTotalError)
    expect(isFatal(error)).toBe(true)
    expect(
      explainError(error, {
        item: `pin ${CID}`,
        kind: 'pin',
        cluster: 'default',
        timeoutMs: 30_000,
        apiUrl: 'x'
      })
    ).toMatch(
      /^Pinarkive's rate limit has held this run back for (29\d|300) ms in all and asks for 300 ms more, past the 500 ms a run waits for rate limits in all\. .*`upload-as: directory`.*re-run after \d{4}-/
    )
    // The wait is counted from when it was granted, a millisecond or so after it was asked for.
    // The first wait was taken, the second would pass the total: two requests, no third.
    expect(harness.fake.requests).toHaveLength(2)
  })

  it('reads unpin’s removed: false as absent', async () => {
    harness.fake.inject('DELETE /files/remove', { status: 200, body: { removed: false } })
    expect(await client().unpin(CID)).toBe('absent')
  })
})

describe('statuses', () => {
  it('takes only 2xx as success: a 300 is an error, redirected only with a Location', async () => {
    harness.fake.inject(
      'POST /files/pin',
      { status: 300, body: { message: 'choose' } },
      { status: 300, headers: { location: 'https://elsewhere.example/' } },
      { status: 400, body: { message: 'bad' }, headers: { location: 'https://x.example/' } }
    )
    const api = client()
    const errors = []
    for (let i = 0; i < 3; i++) errors.push(await api.pin(CID, {}).catch((e: unknown) => e))
    expect(errors.map(e => (e as Error).message)).toEqual([
      'HTTP 300: choose',
      'HTTP 300: redirected to "https://elsewhere.example/"; set api-url to the final address',
      'HTTP 400: bad'
    ])
  })
})

describe('failures of the connection', () => {
  it('retries a dropped connection, naming the error and its code', async () => {
    const retries: RetryEvent[] = []
    harness.fake.inject('POST /files/pin', { drop: true }, { drop: true })
    const error = await client({ retries: 1, events: { retry: e => retries.push(e) } })
      .pin(CID, {})
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'TransportError',
      kind: 'network',
      message: 'other side closed (UND_ERR_SOCKET)',
      attempts: 2
    })
    expect(retries.map(r => r.reason)).toEqual(['other side closed (UND_ERR_SOCKET)'])
  })

  it('waits the backoff before retrying a 5xx, without holding the other workers', async () => {
    const api = client({ random: () => 1, backoff: { baseDelayMs: 1500 } })
    harness.fake.inject('POST /files/pin', { status: 503 })
    const first = api.pin(CID, {})
    // While the first pin waits to retry, a second worker starts.
    await new Promise(resolve => setTimeout(resolve, 100))
    const other = api.pin(CID, {})
    await Promise.all([first, other])
    const [failed, second, retried] = harness.fake.requests.map(r => r.receivedAt)
    expect(second - failed).toBeLessThan(1000)
    expect(retried - failed).toBeGreaterThanOrEqual(1400)
  })

  it('fails a file that changed while it was sent at once, without retrying it', async () => {
    const api = client()
    for (const [size, yields] of [
      [1000, 600],
      [3 * 1024 * 1024, 2 * 1024 * 1024]
    ]) {
      harness.fake.reset()
      const error = await api
        .uploadFile({ filename: 'a.bin', source: shrinking(size, yields) }, {}, 'a.bin')
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(BodySourceError)
      expect((error as Error).message).toBe(
        `a.bin changed while it was being uploaded (expected ${size} bytes, read ${yields})`
      )
      expect(harness.fake.requests.length).toBeLessThanOrEqual(1)
    }
  })
})

describe('upload bodies', () => {
  it('reports progress for bodies over 1 MiB only, which it streams', async () => {
    const api = client({ events: { progress: e => seen.push(e.total) } })
    const seen: number[] = []
    const body = (size: number) =>
      multipartBody([{ name: 'file', filename: 'a.bin', source: shrinking(size, size) }]).length
    // The file size whose upload body is exactly 1 MiB.
    const exact = 1024 * 1024 - (body(0) - 0)
    for (const size of [10, exact, exact + 1]) {
      await api.uploadFile({ filename: 'a.bin', source: shrinking(size, size) }, {}, 'a.bin')
    }
    expect([...new Set(seen)]).toEqual([1024 * 1024 + 1])
    expect(harness.fake.requests.map(r => r.files[0].size)).toEqual([10, exact, exact + 1])
  })
})

describe('the deadline during a wait', () => {
  it('stops at once during a pause a 429 asked for, sending nothing more', async () => {
    const deadline = new AbortController()
    harness.fake.inject('POST /files/pin', { status: 429, retryAfter: 30, via: 'header' })
    const pinning = client({ signal: deadline.signal }).pin(CID, {})
    setTimeout(() => deadline.abort('max-duration'), 300)
    const started = Date.now()
    await expect(pinning).rejects.toThrow(
      new AbandonedError('abandoned: the run ran out of time (max-duration)')
    )
    expect(Date.now() - started).toBeLessThan(2000)
    expect(harness.fake.requests).toHaveLength(1)
  })

  it('stops at once during a backoff, sending nothing more', async () => {
    const deadline = new AbortController()
    harness.fake.inject('POST /files/pin', { status: 503 })
    const pinning = client({
      signal: deadline.signal,
      random: () => 1,
      backoff: { baseDelayMs: 30_000 }
    }).pin(CID, {})
    setTimeout(() => deadline.abort('max-duration'), 300)
    await expect(pinning).rejects.toThrow('abandoned: the run ran out of time (max-duration)')
    expect(harness.fake.requests).toHaveLength(1)
  })

  it('leaves no listener on the run’s signal once requests are done', async () => {
    const deadline = new AbortController()
    const api = client({ signal: deadline.signal })
    for (let i = 0; i < 3; i++) await api.pin(CID, {})
    harness.fake.inject('POST /files/pin', { drop: true })
    await api.pin(CID, {})
    harness.fake.addUpload({ cid: CID })
    await new GatewayProber(api.transport).probe(`${harness.fake.gatewayUrl}${CID}`)
    expect(getEventListeners(deadline.signal, 'abort')).toEqual([])
  })
})

describe('the window budget from X-RateLimit headers', () => {
  it('counts only requests still waiting for their answer against it', async () => {
    // Every answer says 3 requests are left in a window that resets in 60 s.
    const server = http.createServer((req, res) => {
      req.resume()
      req.on('end', () => {
        res.writeHead(201, {
          'content-type': 'application/json',
          'x-ratelimit-limit': '10',
          'x-ratelimit-remaining': '3',
          'x-ratelimit-reset': '60'
        })
        res.end(JSON.stringify({ cid: CID }))
      })
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    try {
      const api = client({ apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
      const started = Date.now()
      // One after another, none is in flight when the next starts: none waits for the reset.
      for (let i = 0; i < 6; i++) await api.pin(CID, {})
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})

describe('close', () => {
  async function countingServer() {
    let open = 0
    const server = http.createServer((req, res) => {
      req.resume()
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]')
    })
    server.on('connection', socket => {
      open++
      socket.on('close', () => open--)
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return { url, open: () => open, server }
  }

  it('releases its own connections, and leaves a dispatcher it was given open', async () => {
    const own = await countingServer()
    try {
      const api = new PinarkiveClient({
        apiUrl: own.url,
        apiKey: 'k',
        userAgent: 'test',
        retries: 0,
        timeoutMs: 5000
      })
      await api.listClusters()
      expect(own.open()).toBe(1)
      await api.close()
      await new Promise(resolve => setTimeout(resolve, 100))
      expect(own.open()).toBe(0)

      const dispatcher = new Agent()
      const lent = client({ apiUrl: own.url, dispatcher })
      await lent.listClusters()
      await lent.close()
      // Still usable by whoever lent it.
      const answer = await request(own.url, { dispatcher })
      expect(answer.statusCode).toBe(200)
      await answer.body.dump()
      await dispatcher.close()
    } finally {
      own.server.closeAllConnections()
      own.server.close()
    }
  })
})
