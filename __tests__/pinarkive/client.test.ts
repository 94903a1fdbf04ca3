/**
 * The transport against the fake Pinarkive server over real HTTP: retries, the inactivity
 * timeout, the deadline, progress, and pacing under a rate limit.
 */
import { jest } from '@jest/globals'
import { clientHarness } from './client-harness.js'
import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { AbandonedError, ApiError } from '../../src/pinarkive/errors.js'
import type { RetryEvent } from '../../src/pinarkive/client.js'
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
    const server = http.createServer(async (req, res) => {
      let received = 0
      for await (const chunk of req) {
        received += (chunk as Buffer).length
        await new Promise(resolve => setTimeout(resolve, 20))
      }
      res.writeHead(201, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ cid: CID, received }))
    })
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
