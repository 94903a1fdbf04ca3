/**
 * The client calls previews need (pin status, unpin, upload records, gateway probes) against
 * the fake Pinarkive server and small servers of our own, over real HTTP on 127.0.0.1.
 */
import { jest } from '@jest/globals'
import { clientHarness } from './client-harness.js'
import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { AbandonedError, ApiError, TransportError } from '../../src/pinarkive/errors.js'
import type { RetryEvent } from '../../src/pinarkive/client.js'
import type { FakeOptions } from '../../test-support/fake-pinarkive.mjs'

jest.setTimeout(30_000)

const V1 = 'bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y'
const V0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH' // V1 as CIDv0
const OTHER = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'

const servers: http.Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    server.close()
  }
})

const harness = clientHarness({ retries: 2 })
const client = harness.client

/** The fake with only these scopes on its key. */
function onlyScopes(...scopes: string[]) {
  harness.fake.set({
    keys: { 'test-key': { scopes, plan: 'premium', clusters: ['cl0-global', 'cl1-eu'] } }
  })
}

function configure(options: Partial<FakeOptions>) {
  harness.fake.set(options)
}

/** A server of our own on 127.0.0.1 that records what it is sent. */
async function serve(handler: http.RequestListener) {
  const seen: http.IncomingHttpHeaders[] = []
  const server = http.createServer((req, res) => {
    seen.push(req.headers)
    handler(req, res)
  })
  servers.push(server)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }
}

describe('pinStatus', () => {
  it('reports pinning for the first polls, then pinned, asking the given cluster', async () => {
    configure({ statusPolls: 2 })
    harness.fake.addUpload({ cid: V1, clusterId: 'cl1-eu' })
    const api = client()
    const states = []
    for (let i = 0; i < 3; i++) states.push(await api.pinStatus(V1, 'cl1-eu'))
    expect(states).toEqual([
      { state: 'pinning', detail: 'peers: 2 pinning, 1 remote' },
      { state: 'pinning', detail: 'peers: 2 pinning, 1 remote' },
      // One peer pinned and one still pinning: the content is held, so it counts as pinned.
      { state: 'pinned', detail: 'peers: 1 pinned, 1 pinning, 1 remote' }
    ])
    expect(harness.fake.requests.map(r => r.rawPath)).toEqual(
      Array(3).fill(`/api/v3/status/${V1}?cl=cl1-eu`)
    )
  })

  it('reads the normalised shape, queued then pinned', async () => {
    configure({ statusShape: 'normalised', pendingStatus: 'queued', statusPolls: 1 })
    harness.fake.addUpload({ cid: V1 })
    const api = client()
    expect(await api.pinStatus(V1)).toEqual({ state: 'queued', detail: 'status queued' })
    expect(await api.pinStatus(V1)).toEqual({ state: 'pinned', detail: 'status pinned' })
    expect(harness.fake.requests[0].query).toEqual({})
  })

  it('keeps reporting pinning for a pin that never completes', async () => {
    configure({ neverPinned: true, pendingStatus: 'queued' })
    harness.fake.addUpload({ cid: V1 })
    for (let i = 0; i < 3; i++) {
      expect(await client().pinStatus(V1)).toMatchObject({ state: 'queued' })
    }
  })

  it('answers unpinned for a 404: not pinned, pinned on another cluster, or expired', async () => {
    harness.fake.addUpload({ cid: V1, clusterId: 'cl1-eu' })
    harness.fake.addUpload({ cid: OTHER, expiresAt: new Date(Date.now() - 1000).toISOString() })
    const api = client()
    const unpinned = { state: 'unpinned', detail: 'not in the pinset: HTTP 404' }
    expect(await api.pinStatus(V1, 'cl0-global')).toEqual(unpinned)
    expect(await api.pinStatus(OTHER)).toEqual(unpinned)
    expect(await api.pinStatus(V1, 'cl1-eu')).toMatchObject({ state: 'pinned' })
    expect(harness.fake.requests.map(r => r.status)).toEqual([404, 404, 200])
  })

  it('says why an answer it cannot read is unknown', async () => {
    harness.fake.addUpload({ cid: V1 })
    harness.fake.inject('GET /status', { status: 200, body: '<html>maintenance</html>' })
    expect(await client().pinStatus(V1)).toEqual({
      state: 'unknown',
      detail: 'the answer is not a JSON object: "<html>maintenance</html>"'
    })
  })

  it('throws a missing scope at once, and a 503 after its retries', async () => {
    onlyScopes('files:read')
    const refused = await client()
      .pinStatus(V1)
      .catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect(refused).toMatchObject({
      status: 403,
      code: 'missing_scope',
      required: 'cluster:read',
      attempts: 1
    })
    harness.fake.reset()
    harness.fake.inject('GET /status', { status: 503 }, { status: 503 }, { status: 503 })
    const unreachable = await client()
      .pinStatus(V1)
      .catch((e: unknown) => e)
    expect(unreachable).toMatchObject({ status: 503, attempts: 3 })
    expect(harness.fake.requests).toHaveLength(3)
  })

  it('refuses what is not a CID or a cluster id before any request', async () => {
    await expect(client().pinStatus('../users/me')).rejects.toThrow('"../users/me" is not a CID')
    await expect(client().pinStatus(V1, 'cl0&x=1')).rejects.toThrow(
      'pinStatus: "cl0&x=1" is not a cluster id'
    )
    expect(harness.fake.requests).toHaveLength(0)
  })
})

describe('unpin', () => {
  it('removes a pin, then finds it absent', async () => {
    harness.fake.addUpload({ cid: V1, clusterId: 'cl1-eu' })
    const api = client()
    expect(await api.unpin(V1)).toBe('removed')
    expect(await api.unpin(V1)).toBe('absent')
    expect(harness.fake.removed).toEqual([
      expect.objectContaining({ owner: 'ci', cid: V1, clusterId: 'cl1-eu' })
    ])
    expect(harness.fake.requests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `DELETE /files/remove/${V1} 200`,
      `DELETE /files/remove/${V1} 404`
    ])
  })

  it('removes one record at a time when the account holds the CID twice', async () => {
    harness.fake.addUpload({ cid: V1, name: 'production' })
    harness.fake.addUpload({ cid: V1, name: 'preview' })
    const api = client()
    expect(await api.unpin(V1)).toBe('removed')
    expect((await api.uploadsOf(V1)).records).toHaveLength(1)
    expect(await api.pinStatus(V1)).toMatchObject({ state: 'pinned' })
  })

  it('throws a missing files:delete for the caller to explain', async () => {
    onlyScopes('files:read', 'files:write')
    await expect(client().unpin(V1)).rejects.toMatchObject({
      status: 403,
      code: 'missing_scope',
      required: 'files:delete'
    })
  })
})

describe('uploadsOf', () => {
  /** Records the lookup must find, and some it must not. */
  function seed() {
    harness.fake.addUpload({ cid: V1, clusterId: 'cl0-global', name: 'production' })
    harness.fake.addUpload({ cid: V1, clusterId: 'cl1-eu', name: 'eu copy' })
    harness.fake.addUpload({ cid: V1, expiresAt: '2020-01-01T00:00:00.000Z', name: 'expired' })
    harness.fake.addUpload({ cid: V0, name: 'as CIDv0' })
    harness.fake.addUpload({ cid: OTHER, name: 'other content' })
  }

  it('finds every record of the content through an honoured filter', async () => {
    seed()
    const lookup = await client().uploadsOf(V1)
    expect(lookup.complete).toBe(true)
    expect(lookup.records.map(r => [r.name, r.cid, r.clusterId, r.expiresAt])).toEqual([
      ['as CIDv0', V0, 'cl0-global', null],
      ['expired', V1, 'cl0-global', '2020-01-01T00:00:00.000Z'],
      ['eu copy', V1, 'cl1-eu', null],
      ['production', V1, 'cl0-global', null]
    ])
    expect(lookup.records[0].createdAt).toMatch(/Z$/)
    expect(harness.fake.requests.map(r => r.query)).toEqual([{ cid: V1, page: '1', limit: '100' }])
  })

  it('matches a CIDv0 record to a CIDv1 question, and the other way round', async () => {
    harness.fake.addUpload({ cid: V0 })
    configure({ uploadsFilter: 'ignored' })
    expect((await client().uploadsOf(V1)).records.map(r => r.cid)).toEqual([V0])
    harness.fake.reset()
    harness.fake.addUpload({ cid: V1 })
    expect((await client().uploadsOf(V0)).records.map(r => r.cid)).toEqual([V1])
  })

  it('does not see another version through a server filter that matches strings only', async () => {
    configure({ uploadsFilter: 'exact' })
    harness.fake.addUpload({ cid: V0 })
    expect(await client().uploadsOf(V1)).toEqual({ records: [], complete: true })
  })

  it('keeps only matching records when the server ignores the filter', async () => {
    configure({ uploadsFilter: 'ignored' })
    seed()
    const lookup = await client().uploadsOf(V1)
    expect(lookup.records.map(r => r.name)).toEqual([
      'as CIDv0',
      'expired',
      'eu copy',
      'production'
    ])
    expect(lookup.complete).toBe(true)
  })

  it('says incomplete when a server ignoring the filter has more pages than it reads', async () => {
    configure({ uploadsFilter: 'ignored' })
    harness.fake.addUpload({ cid: V1, name: 'oldest' })
    for (let i = 0; i < 30; i++) harness.fake.addUpload({ cid: OTHER, name: `other ${i}` })
    harness.fake.addUpload({ cid: V1, name: 'newest' })
    const lookup = await client().uploadsOf(V1, { maxPages: 2, pageSize: 10 })
    expect(lookup).toEqual({
      records: [expect.objectContaining({ name: 'newest' })],
      complete: false
    })
    expect(harness.fake.requests.map(r => r.query.page)).toEqual(['1', '2'])
  })

  it('throws a 500 after its retries, and a missing files:read at once', async () => {
    harness.fake.inject('GET /users/me/uploads', { status: 500 }, { status: 500 }, { status: 500 })
    const failed = await client()
      .uploadsOf(V1)
      .catch((e: unknown) => e)
    expect(failed).toBeInstanceOf(ApiError)
    expect(failed).toMatchObject({ status: 500, attempts: 3 })
    onlyScopes('files:write')
    await expect(client().uploadsOf(V1)).rejects.toMatchObject({
      status: 403,
      required: 'files:read',
      attempts: 1
    })
  })

  it('throws on an answer without a list of uploads', async () => {
    harness.fake.inject('GET /users/me/uploads', { status: 200, body: { message: 'ok' } })
    await expect(client().uploadsOf(V1)).rejects.toThrow(
      `Pinarkive's list of uploads has no "uploads" array: a JSON object`
    )
  })
})

describe('probe', () => {
  it('sends no key and no Pinarkive header to the gateway, and reads 404 as an answer', async () => {
    configure({ statusPolls: 1 })
    harness.fake.addUpload({ cid: V1 })
    const api = client()
    const url = `${harness.fake.gatewayUrl}${V1}`
    expect(await api.probe(url)).toEqual({ status: 404 })
    await api.pinStatus(V1)
    await api.pinStatus(V1)
    expect(await api.probe(url)).toEqual({ status: 200 })
    const probes = harness.fake.requests.filter(r => r.path.startsWith('/ipfs/'))
    expect(probes.map(r => `${r.method} ${r.status}`)).toEqual(['HEAD 404', 'HEAD 200'])
    for (const probe of probes) {
      expect(Object.keys(probe.headers).sort()).toEqual([
        'accept',
        'connection',
        'host',
        'user-agent'
      ])
      expect(probe.headers['user-agent']).toBe('pin-action-test')
      expect(JSON.stringify(probe.headers)).not.toContain(harness.fake.apiKey)
    }
    // The API calls in between did carry the key.
    expect(harness.fake.requests[1].headers.authorization).toBe(`Bearer ${harness.fake.apiKey}`)
    expect(harness.fake.stats().gatewayRequests).toBe(2)
  })

  it('retries a 5xx and a dropped connection, then answers', async () => {
    harness.fake.addUpload({ cid: V1 })
    harness.fake.inject('HEAD /ipfs', { status: 502 }, { drop: true })
    const retries: RetryEvent[] = []
    const answer = await client({ events: { retry: e => retries.push(e) } }).probe(
      `${harness.fake.gatewayUrl}${V1}`
    )
    expect(answer).toEqual({ status: 200 })
    expect(retries.map(r => [r.label, r.retry, r.pausesAll])).toEqual([
      [`gateway check of ${harness.fake.gatewayUrl}${V1}`, 1, false],
      [`gateway check of ${harness.fake.gatewayUrl}${V1}`, 2, false]
    ])
  })

  it('throws when the gateway keeps failing', async () => {
    harness.fake.inject('HEAD /ipfs', { status: 504 }, { status: 504 }, { status: 504 })
    const failed = await client()
      .probe(`${harness.fake.gatewayUrl}${V1}`)
      .catch((e: unknown) => e)
    expect(failed).toMatchObject({ status: 504, attempts: 3 })
    const gone = await serve(() => {})
    servers[0].closeAllConnections()
    servers[0].close()
    await expect(client().probe(`${gone.origin}/ipfs/${V1}`)).rejects.toThrow(TransportError)
  })

  it('follows up to 3 redirects to allowed URLs, sending no key anywhere', async () => {
    harness.fake.addUpload({ cid: V1 })
    let hops = 0
    const redirector = await serve((req, res) => {
      hops++
      const next =
        req.url === '/3' ? `${harness.fake.gatewayUrl}${V1}` : `/${Number(req.url?.slice(1)) + 1}`
      res.writeHead(302, { location: next }).end()
    })
    expect(await client().probe(`${redirector.origin}/1`)).toEqual({ status: 200 })
    expect(hops).toBe(3)
    expect(
      redirector.seen.every(h => h.authorization === undefined && h['x-api-key'] === undefined)
    ).toBe(true)
    // A fourth hop is not taken: the redirect is the answer.
    hops = 0
    expect(await client().probe(`${redirector.origin}/0`)).toEqual({ status: 302 })
    expect(hops).toBe(4)
  })

  it('does not follow a redirect to plain http elsewhere, or to a URL with a password', async () => {
    const leaky = await serve((req, res) => {
      const location =
        req.url === '/creds' ? `http://user:pw@127.0.0.1/x` : 'http://gateway.example/ipfs/x'
      res.writeHead(301, { location }).end()
    })
    expect(await client().probe(`${leaky.origin}/plain`)).toEqual({ status: 301 })
    expect(await client().probe(`${leaky.origin}/creds`)).toEqual({ status: 301 })
    expect(leaky.seen).toHaveLength(2)
  })

  it('does not follow a redirect to another host, and names the host it led to', async () => {
    const elsewhere = await serve((_req, res) => res.writeHead(200).end('an unrelated page'))
    const port = new URL(elsewhere.origin).port
    const redirector = await serve((_req, res) => {
      res.writeHead(302, { location: `http://localhost:${port}/unrelated` }).end()
    })
    expect(await client().probe(`${redirector.origin}/ipfs/${V1}`)).toEqual({
      status: 302,
      offHost: 'localhost'
    })
    expect(elsewhere.seen).toHaveLength(0)
  })

  it('asks with GET when a gateway refuses HEAD', async () => {
    const methods: string[] = []
    const getOnly = await serve((req, res) => {
      methods.push(req.method ?? '')
      if (req.method === 'HEAD') return res.writeHead(405).end()
      res.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(1024 * 1024))
    })
    expect(await client().probe(`${getOnly.origin}/ipfs/${V1}`)).toEqual({ status: 200 })
    expect(methods).toEqual(['HEAD', 'GET'])
  })

  it('refuses URLs that could leak, before any request', async () => {
    for (const [url, why] of [
      [
        'http://gateway.example/ipfs/x',
        'only https:// URLs, or http:// to this machine, are probed'
      ],
      [
        'https://user:secret@gateway.example/ipfs/x',
        '"https://***@gateway.example/ipfs/x" carries a user name or password'
      ],
      ['ftp://127.0.0.1/ipfs/x', 'only https://'],
      ['gateway/ipfs/x', '"gateway/ipfs/x" is not a URL']
    ]) {
      await expect(client().probe(url)).rejects.toThrow(why)
    }
    expect(harness.fake.requests).toHaveLength(0)
  })

  it("never feeds a gateway's rate-limit headers or 429s to the API's limiter", async () => {
    const reset = Math.ceil(Date.now() / 1000) + 120
    let answered = 0
    const limited = await serve((_req, res) => {
      answered++
      // First a 429 asking for 1 s, then a 200 saying the (gateway's) window is spent for 2 min.
      if (answered === 1) return res.writeHead(429, { 'retry-after': '1' }).end()
      res
        .writeHead(200, {
          'x-ratelimit-limit': '10',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset)
        })
        .end()
    })
    const retries: RetryEvent[] = []
    const api = client({ events: { retry: e => retries.push(e) } })
    expect(await api.probe(`${limited.origin}/ipfs/${V1}`)).toEqual({ status: 200 })
    expect(retries).toEqual([expect.objectContaining({ pausesAll: false, delayMs: 1000 })])
    const started = Date.now()
    await Promise.all([api.pin(V1, {}), api.pin(OTHER, {})])
    expect(Date.now() - started).toBeLessThan(1000)
  })
})

describe('probe, when the gateway misbehaves', () => {
  it('answers a 429 asking for longer than a run waits, and waits out a shorter one', async () => {
    let calls = 0
    const slow = await serve((req, res) => {
      calls++
      if (req.url === '/long') return res.writeHead(429, { 'retry-after': '3600' }).end()
      res.writeHead(calls === 2 ? 429 : 200, { 'retry-after': '1' }).end()
    })
    const api = client({ backoff: { baseDelayMs: 10, maxServerWaitMs: 1000 } })
    expect(await api.probe(`${slow.origin}/long`)).toEqual({ status: 429 })
    // A wait of exactly the longest allowed is still waited for.
    const started = Date.now()
    expect(await api.probe(`${slow.origin}/short`)).toEqual({ status: 200 })
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(calls).toBe(3)
  })

  it('retries a 5xx whatever Retry-After it sends, and names the gateway when it gives up', async () => {
    const down = await serve((_req, res) => res.writeHead(503, { 'retry-after': '86400' }).end())
    const error = await client({ retries: 1 })
      .probe(`${down.origin}/ipfs/${V1}`)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ message: 'HTTP 503: answered by the gateway', attempts: 2 })
    expect(down.seen).toHaveLength(2)
  })

  it('times out a gateway that never answers', async () => {
    const silent = await serve(() => {})
    const error = await client({ retries: 0, timeoutMs: 300 })
      .probe(`${silent.origin}/ipfs/${V1}`)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransportError)
    expect(error).toMatchObject({ kind: 'timeout', message: 'no progress for 0.3 s' })
  })

  it('gives up at once when the run’s deadline passes', async () => {
    const silent = await serve(() => {})
    const deadline = new AbortController()
    const probing = client({ signal: deadline.signal }).probe(`${silent.origin}/ipfs/${V1}`)
    setTimeout(() => deadline.abort('max-duration'), 200)
    const started = Date.now()
    await expect(probing).rejects.toThrow(
      new AbandonedError('abandoned: the run ran out of time (max-duration)')
    )
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('takes a redirect whose Location does not parse as the answer', async () => {
    const broken = await serve((_req, res) => res.writeHead(302, { location: 'http://[bad' }).end())
    expect(await client().probe(`${broken.origin}/ipfs/${V1}`)).toEqual({ status: 302 })
    expect(broken.seen).toHaveLength(1)
  })

  it('asks with GET after a 501 too, and answers a gateway that refuses both', async () => {
    const methods: string[] = []
    const picky = await serve((req, res) => {
      methods.push(`${req.method} ${req.url}`)
      if (req.url === '/refuses') return res.writeHead(405).end()
      res.writeHead(req.method === 'HEAD' ? 501 : 200).end()
    })
    expect(await client().probe(`${picky.origin}/ok`)).toEqual({ status: 200 })
    expect(await client().probe(`${picky.origin}/refuses`)).toEqual({ status: 405 })
    expect(methods).toEqual(['HEAD /ok', 'GET /ok', 'HEAD /refuses', 'GET /refuses'])
    expect(picky.seen.every(h => h.accept === '*/*')).toBe(true)
  })
})
