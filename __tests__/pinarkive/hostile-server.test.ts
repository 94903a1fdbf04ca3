/**
 * The transport against a server that answers like an attacker, a bug or a broken proxy would:
 * over real HTTP on 127.0.0.1, the fake Pinarkive or small servers of our own.
 */
import { jest } from '@jest/globals'
import { clientHarness } from './client-harness.js'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { base64 } from 'multiformats/bases/base64'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { PinarkiveClient, type ClientOptions, type RetryEvent } from '../../src/pinarkive/client.js'
import {
  ApiError,
  FileNameError,
  ProtocolError,
  RateLimitWaitError,
  TransportError
} from '../../src/transport/errors.js'
import { explainError } from '../../src/pinarkive/explain.js'
import { DEFAULT_GATEWAY, gatewayBase } from '../../src/gateway/gateway-url.js'
import type { ByteSource } from '../../src/pinarkive/multipart.js'
import {
  HOSTILE_CIDS,
  HOSTILE_CLUSTER_ID,
  hostileClusterOptions,
  hugeCid
} from '../../test-support/fake-pinarkive.mjs'

jest.setTimeout(30_000)

const harness = clientHarness({ retries: 2 })
const client = harness.client

/** A client that records its warnings and retries. */
function watched(options: Partial<ClientOptions> = {}) {
  const warnings: string[] = []
  const retries: RetryEvent[] = []
  const api = client({
    events: { warning: w => warnings.push(w), retry: e => retries.push(e) },
    ...options
  })
  return { api, warnings, retries }
}

function bytes(text: string): ByteSource {
  return { size: Buffer.byteLength(text), chunks: () => [Buffer.from(text)] }
}

const upload = (api: PinarkiveClient, name = 'a.txt') =>
  api.uploadFile({ filename: name, source: bytes('alpha') }, {}, name)

const CID_V1 = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'

/** The longest message a hostile answer may make: a quoted value of 100 characters and prose. */
const MESSAGE_MAX = 600

describe('a CID answer that is not a CID', () => {
  const hostile = [...HOSTILE_CIDS, hugeCid()]

  it.each(hostile.map(cid => [cid.slice(0, 40), cid]))(
    'fails the file upload, quoting the answer safely: %j',
    async (_, cid) => {
      harness.fake.inject('POST /files', { patch: { cid } })
      const error = await upload(client()).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ProtocolError)
      const message = (error as Error).message
      expect(message).toMatch(
        /^Pinarkive answered the upload of a\.txt with success, but its answer is not a CID: "/
      )
      expect(message).toContain('The content may have been stored anyway')
      expect(message.length).toBeLessThan(MESSAGE_MAX)
      // JSON-quoted: a newline in the answer shows as \n, never as a line break.
      expect(message).not.toMatch(/[\n\r]/)
      expect(message).toContain(JSON.stringify(cid.slice(0, 100)).slice(0, -1))
      if (cid.length > 100) expect(message).toContain('…"')
      // The server stored it all the same: the message is right to say so.
      expect(harness.fake.pins).toHaveLength(1)
    }
  )

  it('fails a directory whose root or any listed file CID is not a CID', async () => {
    const files = [{ path: 'index.html', source: bytes('<h1>hi</h1>') }]
    harness.fake.inject('POST /files/directory-dag', {
      patch: { cid: '../../x', dagCid: '../../x' }
    })
    await expect(client().uploadDirectory(files, {}, 'site/')).rejects.toThrow(
      /upload of site\/ with success, but its answer is not a CID: "\.\.\/\.\.\/x"/
    )
    harness.fake.inject('POST /files/directory-dag', {
      patch: { files: [{ path: 'index.html', cid: 'javascript:alert(1)' }] }
    })
    await expect(client().uploadDirectory(files, {}, 'site/')).rejects.toThrow(
      /upload of site\/ \(file "index\.html"\) with success, but its answer is not a CID: "javascript:alert\(1\)"/
    )
  })

  it('fails a pin whose answer is not a CID', async () => {
    harness.fake.inject('POST /files/pin', { patch: { cid: "bafy'$(touch PWNED)'" } })
    const error = await client()
      .pin(CID_V1, {})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProtocolError)
    expect((error as Error).message).toContain(`pin of ${CID_V1} with success, but its answer`)
    expect((error as Error).message).toContain(`"bafy'$(touch PWNED)'"`)
  })

  it('is not retried: the server did answer, and the content may be stored', async () => {
    const { api, retries } = watched()
    harness.fake.inject('POST /files', { patch: { cid: 'evil.example/phish?' } })
    await expect(upload(api)).rejects.toThrow(ProtocolError)
    expect(retries).toEqual([])
    expect(harness.fake.requests).toHaveLength(1)
  })
})

describe('a CID answer in another multibase', () => {
  it('is used in canonical base32, so base64 `/` and `+` never reach a URL path', async () => {
    // The first raw CID whose base64 form has a `/` or a `+`.
    let cid: CID | undefined
    for (let i = 0; cid === undefined; i++) {
      const digest = Digest.create(0x12, createHash('sha256').update(String(i)).digest())
      const candidate = CID.createV1(0x55, digest)
      if (/[/+]/.test(candidate.toString(base64))) cid = candidate
    }
    harness.fake.inject('POST /files', { patch: { cid: cid.toString(base64) } })
    const uploaded = await upload(client())
    expect(uploaded.cid).toBe(cid.toString())
    expect(uploaded.cid).toMatch(/^b[a-z2-7]+$/)
  })
})

describe('other fields of an answer', () => {
  it('ignores a cluster id that is not a plain id, with a warning', async () => {
    const { api, warnings } = watched()
    harness.fake.inject('POST /files', { patch: { clusterId: HOSTILE_CLUSTER_ID } })
    const uploaded = await upload(api)
    expect(uploaded.clusterId).toBeUndefined()
    expect(uploaded.cid).toMatch(/^bafkrei/)
    expect(warnings).toEqual([
      `Pinarkive answered the upload of a.txt with a cluster id that is not a plain id, ignored: ${JSON.stringify(HOSTILE_CLUSTER_ID)}.`
    ])
  })

  it('ignores an expiry that is not a date, and keeps a real one in UTC', async () => {
    const { api, warnings } = watched()
    harness.fake.inject(
      'POST /files',
      { patch: { expiresAt: '<img src=x onerror=alert(1)>' } },
      { patch: { expiresAt: '2030-01-02T03:04:05+02:00' } }
    )
    expect((await upload(api)).expiresAt).toBeUndefined()
    expect(warnings).toEqual([expect.stringContaining('an expiry that is not a date, ignored')])
    expect((await upload(api)).expiresAt).toBe('2030-01-02T01:04:05.000Z')
  })
})

describe('a cluster list with hostile entries', () => {
  it('skips unsafe gateways and hostile ids with a warning; links use the next or the default', async () => {
    harness.fake.set(hostileClusterOptions())
    const { api, warnings } = watched()
    const clusters = await api.listClusters()
    expect(clusters.map(c => c.id)).toEqual(['cl0-global', 'cl1-eu'])
    expect(gatewayBase('', 'cl0-global', clusters)).toBe('https://second.gateway.example/ipfs/')
    expect(gatewayBase('', 'cl1-eu', clusters)).toBe(DEFAULT_GATEWAY)
    expect(warnings).toEqual([
      'Pinarkive lists a gateway for cluster cl0-global that is not an https:// URL (plain http:// is allowed only for localhost, 127.0.0.1 and ::1), skipped: "javascript:alert(document.cookie)//".',
      'Pinarkive lists a gateway for cluster cl0-global that is not an https:// URL (plain http:// is allowed only for localhost, 127.0.0.1 and ::1), skipped: "http://gateway.evil.example/ipfs/".',
      'Pinarkive lists a gateway for cluster cl1-eu that is not an https:// URL (plain http:// is allowed only for localhost, 127.0.0.1 and ::1), skipped: "javascript:alert(1)".',
      `Pinarkive lists a cluster whose id is not a plain id, ignored: ${JSON.stringify(HOSTILE_CLUSTER_ID)}.`
    ])
  })
})

describe('an error answer', () => {
  it('keeps a few hundred characters of a 2 MB message', async () => {
    const huge = 'A'.repeat(2 * 1024 * 1024)
    harness.fake.inject('POST /files', {
      status: 400,
      body: { error: 'Bad Request', message: huge }
    })
    const error = (await upload(client()).catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.serverMessage).toBe(`${'A'.repeat(500)}…`)
    expect(error.message.length).toBeLessThan(MESSAGE_MAX)
    const explained = explainError(error, {
      item: 'a.txt',
      kind: 'file',
      cluster: '',
      apiUrl: harness.fake.url,
      timeoutMs: 5000
    })
    expect(explained.length).toBeLessThan(MESSAGE_MAX + 200)
  })

  it('bounds a code and a scope as well', async () => {
    harness.fake.inject('POST /files', {
      status: 403,
      body: { code: 'C'.repeat(10_000), required: 'S'.repeat(10_000), message: 'no' }
    })
    const error = (await upload(client()).catch((e: unknown) => e)) as ApiError
    expect(error.code).toBe(`${'C'.repeat(64)}…`)
    expect(error.required).toBe(`${'S'.repeat(64)}…`)
  })
})

describe('Retry-After values that are not a wait', () => {
  // `random: () => 1` makes every backoff its ceiling: 200 ms for the first retry.
  const options = { random: () => 1, backoff: { baseDelayMs: 200 }, retries: 1 }

  it.each(['-5', '0x3', 'NaN', '', '1e3', 'Infinity', 'soon'])(
    'treats Retry-After %j as no hint: a backoff, not "now" nor a misread number',
    async value => {
      const { api, retries } = watched(options)
      harness.fake.inject('POST /files', {
        status: 429,
        via: 'none',
        headers: { 'Retry-After': value }
      })
      await upload(api)
      expect(retries).toEqual([
        expect.objectContaining({ reason: 'HTTP 429 rate limited', delayMs: 200, pausesAll: true })
      ])
    }
  )

  it('reads a plain number of seconds and an HTTP-date', async () => {
    const { api, retries } = watched({ ...options, retries: 2 })
    const inOneSecond = new Date(Math.ceil(Date.now() / 1000) * 1000 + 1000).toUTCString()
    harness.fake.inject(
      'POST /files',
      { status: 429, via: 'none', headers: { 'Retry-After': '0' } },
      { status: 429, via: 'none', headers: { 'Retry-After': inOneSecond } }
    )
    await upload(api)
    expect(retries.map(r => r.delayMs)).toEqual([0, expect.any(Number)])
    expect(retries[1].delayMs).toBeGreaterThan(0)
    expect(retries[1].delayMs).toBeLessThanOrEqual(2000)
  })

  it('takes a body retryAfter of 1e13 seconds as a wait too long, with a valid date', async () => {
    const { api, retries } = watched(options)
    harness.fake.inject('POST /files', { status: 429, via: 'body', retryAfter: 1e13 })
    const error = (await upload(api).catch((e: unknown) => e)) as RateLimitWaitError
    expect(error).toBeInstanceOf(RateLimitWaitError)
    expect(retries).toEqual([])
    expect(Number.isNaN(error.retryAt.getTime())).toBe(false)
    expect(error.retryAt.getTime()).toBeGreaterThan(Date.now() + 300 * 24 * 3600 * 1000)
    expect(
      explainError(error, { item: 'a.txt', kind: 'file', cluster: '', apiUrl: '', timeoutMs: 1 })
    ).toMatch(/Re-run after \d{4}-\d\d-\d\dT/)
  })
})

/** A server of our own; `answer` writes the response. */
async function ownServer(answer: (res: http.ServerResponse) => void) {
  const sockets = new Set<import('node:net').Socket>()
  let requests = 0
  const server = http.createServer((req, res) => {
    requests++
    req.resume()
    req.on('end', () => answer(res))
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    apiUrl: `http://127.0.0.1:${port}/api/v3`,
    requests: () => requests,
    openSockets: () => sockets.size,
    close: () => {
      server.closeAllConnections()
      server.close()
    }
  }
}

describe('transport bounds', () => {
  it('aborts an answer past the byte cap, retries it, then fails clearly', async () => {
    const { api, retries } = watched({ maxResponseBytes: 64 * 1024 })
    harness.fake.inject(
      'POST /files',
      ...[1, 2, 3].map(() => ({ patch: { padding: 'x'.repeat(200 * 1024) } }))
    )
    const error = (await upload(api).catch((e: unknown) => e)) as TransportError
    expect(error).toBeInstanceOf(TransportError)
    expect(error).toMatchObject({ kind: 'too-large', attempts: 3 })
    expect(error.message).toBe('answer larger than 64.0 KiB, reading stopped there')
    expect(retries.map(r => r.reason)).toEqual([error.message, error.message])
    expect(harness.fake.requests).toHaveLength(3)
    expect(
      explainError(error, { item: 'a.txt', kind: 'file', cluster: '', apiUrl: '', timeoutMs: 1 })
    ).toBe(
      "The request for a.txt failed: answer larger than 64.0 KiB, reading stopped there after 3 attempts. No answer of Pinarkive's API is that large: a problem of the server or of a proxy on the way. Re-run later."
    )
  })

  it('stops reading an endless answer at the cap and drops the connection', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x')
    let written = 0
    const server = await ownServer(res => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) written += chunk.length
        if (!res.destroyed) res.once('drain', pump)
      }
      pump()
    })
    try {
      const started = Date.now()
      const error = await client({ apiUrl: server.apiUrl, retries: 0, maxResponseBytes: 1 << 20 })
        .pin(CID_V1, {})
        .catch((e: unknown) => e)
      expect(error).toMatchObject({ kind: 'too-large' })
      expect(Date.now() - started).toBeLessThan(3000)
      // Not drained: the server could write little more than the cap and the socket buffers.
      await new Promise(resolve => setTimeout(resolve, 200))
      expect(server.openSockets()).toBe(0)
      expect(written).toBeLessThan(16 << 20)
    } finally {
      server.close()
    }
  })

  it('aborts an answer that trickles past `timeout` after its headers, and retries it', async () => {
    const { api, retries } = watched({ timeoutMs: 300 })
    harness.fake.inject('POST /files', { trickleMs: 50 })
    const started = Date.now()
    const uploaded = await upload(api)
    expect(uploaded.cid).toMatch(/^bafkrei/)
    expect(retries).toEqual([
      expect.objectContaining({
        reason: 'answer not complete within 0.3 s of its headers'
      })
    ])
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('fails a server that always trickles within about (retries + 1) × timeout', async () => {
    const { api, retries } = watched({ timeoutMs: 300, retries: 2 })
    harness.fake.inject('POST /files', ...[1, 2, 3].map(() => ({ trickleMs: 1000 })))
    const started = Date.now()
    const error = (await upload(api).catch((e: unknown) => e)) as TransportError
    const elapsed = Date.now() - started
    expect(error).toMatchObject({ kind: 'slow-answer', attempts: 3 })
    expect(retries).toHaveLength(2)
    expect(elapsed).toBeGreaterThanOrEqual(900)
    expect(elapsed).toBeLessThan(3000)
    expect(
      explainError(error, { item: 'a.txt', kind: 'file', cluster: '', apiUrl: '', timeoutMs: 300 })
    ).toMatch(
      /^The request for a\.txt failed: answer not complete within 0\.3 s of its headers after 3 attempts\. Pinarkive's answer arrived too slowly/
    )
  })
})

describe('file names that cannot arrive exactly', () => {
  it('are refused before anything is sent, each named', async () => {
    const files = ['ok.txt', 'lone-\ud800.txt', `${'é'.repeat(3000)}.txt`].map(path => ({
      path,
      source: bytes('x')
    }))
    const error = await client()
      .uploadDirectory(files, {}, 'site/')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FileNameError)
    const message = (error as Error).message
    expect(message).toMatch(/^Not uploaded: 2 file names cannot be sent exactly as on disk: /)
    expect(message).toContain('"lone-\\ud800.txt" is not valid Unicode')
    expect(message).toContain('is too long to send: its multipart header would be')
    expect(message).not.toContain('ok.txt')
    expect(harness.fake.requests).toEqual([])
  })
})
