/**
 * The gateway probe on the client's transport, against the fake Pinarkive's gateway and small
 * servers of our own, over real HTTP on 127.0.0.1.
 */
import { jest } from '@jest/globals'
import { clientHarness } from '../pinarkive/client-harness.js'
import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { GatewayProber } from '../../src/gateway/probe.js'
import type { PinarkiveClient, RetryEvent } from '../../src/pinarkive/client.js'
import { AbandonedError, ApiError, TransportError } from '../../src/transport/errors.js'
import type { FakeOptions } from '../../test-support/fake-pinarkive.mjs'

jest.setTimeout(30_000)

const V1 = 'bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y'
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

/** A prober on the client's transport, as the run builds it. */
function prober(api: PinarkiveClient): GatewayProber {
  return new GatewayProber(api.transport)
}

describe('probe', () => {
  it('sends no key and no Pinarkive header to the gateway, and reads 404 as an answer', async () => {
    configure({ statusPolls: 1 })
    harness.fake.addUpload({ cid: V1 })
    const api = client()
    const url = `${harness.fake.gatewayUrl}${V1}`
    expect(await prober(api).probe(url)).toEqual({ status: 404 })
    await api.pinStatus(V1)
    await api.pinStatus(V1)
    expect(await prober(api).probe(url)).toEqual({ status: 200 })
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
    const answer = await prober(client({ events: { retry: e => retries.push(e) } })).probe(
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
    const failed = await prober(client())
      .probe(`${harness.fake.gatewayUrl}${V1}`)
      .catch((e: unknown) => e)
    expect(failed).toMatchObject({ status: 504, attempts: 3 })
    const gone = await serve(() => {})
    servers[0].closeAllConnections()
    servers[0].close()
    await expect(prober(client()).probe(`${gone.origin}/ipfs/${V1}`)).rejects.toThrow(
      TransportError
    )
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
    expect(await prober(client()).probe(`${redirector.origin}/1`)).toEqual({ status: 200 })
    expect(hops).toBe(3)
    expect(
      redirector.seen.every(h => h.authorization === undefined && h['x-api-key'] === undefined)
    ).toBe(true)
    // A fourth hop is not taken: the redirect is the answer.
    hops = 0
    expect(await prober(client()).probe(`${redirector.origin}/0`)).toEqual({ status: 302 })
    expect(hops).toBe(4)
  })

  it('does not follow a redirect to plain http elsewhere, or to a URL with a password', async () => {
    const leaky = await serve((req, res) => {
      const location =
        req.url === '/creds' ? `http://user:pw@127.0.0.1/x` : 'http://gateway.example/ipfs/x'
      res.writeHead(301, { location }).end()
    })
    expect(await prober(client()).probe(`${leaky.origin}/plain`)).toEqual({ status: 301 })
    expect(await prober(client()).probe(`${leaky.origin}/creds`)).toEqual({ status: 301 })
    expect(leaky.seen).toHaveLength(2)
  })

  it('does not follow a redirect to another host, and names the host it led to', async () => {
    const elsewhere = await serve((_req, res) => res.writeHead(200).end('an unrelated page'))
    const port = new URL(elsewhere.origin).port
    const redirector = await serve((_req, res) => {
      res.writeHead(302, { location: `http://localhost:${port}/unrelated` }).end()
    })
    expect(await prober(client()).probe(`${redirector.origin}/ipfs/${V1}`)).toEqual({
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
    expect(await prober(client()).probe(`${getOnly.origin}/ipfs/${V1}`)).toEqual({ status: 200 })
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
      await expect(prober(client()).probe(url)).rejects.toThrow(why)
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
    expect(await prober(api).probe(`${limited.origin}/ipfs/${V1}`)).toEqual({ status: 200 })
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
    expect(await prober(api).probe(`${slow.origin}/long`)).toEqual({ status: 429 })
    // A wait of exactly the longest allowed is still waited for.
    const started = Date.now()
    expect(await prober(api).probe(`${slow.origin}/short`)).toEqual({ status: 200 })
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(calls).toBe(3)
  })

  it('retries a 5xx whatever Retry-After it sends, and names the gateway when it gives up', async () => {
    const down = await serve((_req, res) => res.writeHead(503, { 'retry-after': '86400' }).end())
    const error = await prober(client({ retries: 1 }))
      .probe(`${down.origin}/ipfs/${V1}`)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ message: 'HTTP 503: answered by the gateway', attempts: 2 })
    expect(down.seen).toHaveLength(2)
  })

  it('times out a gateway that never answers', async () => {
    const silent = await serve(() => {})
    const error = await prober(client({ retries: 0, timeoutMs: 300 }))
      .probe(`${silent.origin}/ipfs/${V1}`)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransportError)
    expect(error).toMatchObject({ kind: 'timeout', message: 'no progress for 0.3 s' })
  })

  it('gives up at once when the run’s deadline passes', async () => {
    const silent = await serve(() => {})
    const deadline = new AbortController()
    const probing = prober(client({ signal: deadline.signal })).probe(`${silent.origin}/ipfs/${V1}`)
    setTimeout(() => deadline.abort('max-duration'), 200)
    const started = Date.now()
    await expect(probing).rejects.toThrow(
      new AbandonedError('abandoned: the run ran out of time (max-duration)')
    )
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('takes a redirect whose Location does not parse as the answer', async () => {
    const broken = await serve((_req, res) => res.writeHead(302, { location: 'http://[bad' }).end())
    expect(await prober(client()).probe(`${broken.origin}/ipfs/${V1}`)).toEqual({ status: 302 })
    expect(broken.seen).toHaveLength(1)
  })

  it('asks with GET after a 501 too, and answers a gateway that refuses both', async () => {
    const methods: string[] = []
    const picky = await serve((req, res) => {
      methods.push(`${req.method} ${req.url}`)
      if (req.url === '/refuses') return res.writeHead(405).end()
      res.writeHead(req.method === 'HEAD' ? 501 : 200).end()
    })
    expect(await prober(client()).probe(`${picky.origin}/ok`)).toEqual({ status: 200 })
    expect(await prober(client()).probe(`${picky.origin}/refuses`)).toEqual({ status: 405 })
    expect(methods).toEqual(['HEAD /ok', 'GET /ok', 'HEAD /refuses', 'GET /refuses'])
    expect(picky.seen.every(h => h.accept === '*/*')).toBe(true)
  })
})
