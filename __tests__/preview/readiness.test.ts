/**
 * Readiness polling with a virtual clock (sleeps advance time at once) and a plain-object API,
 * then once against the fake Pinarkive server and its gateway over real HTTP.
 */
import { ApiError } from '../../src/transport/errors.js'
import { GatewayProber } from '../../src/gateway/probe.js'
import { PinarkiveClient } from '../../src/pinarkive/client.js'
import { maxPolls, pollDelay } from '../../src/preview/poll-schedule.js'
import {
  waitUntilReady,
  type PinStatusLike,
  type ReadinessApi,
  type ReadinessOptions,
  type ReadinessTarget
} from '../../src/preview/readiness.js'
import type { Clock } from '../../src/shared/clock.js'
import type { Log } from '../../src/shared/log.js'
import { startFakePinarkive } from '../../test-support/fake-pinarkive.mjs'

const T0 = 1_700_000_000_000

/** Sleeps advance virtual time at once and are recorded; an aborted signal rejects them. */
function virtualClock(): Clock & { sleeps: number[] } {
  let time = T0
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => time,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason
      sleeps.push(ms)
      time += ms
    }
  }
}

function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: line => lines.push(`info: ${line}`),
    warning: line => lines.push(`warning: ${line}`),
    debug: line => lines.push(`debug: ${line}`)
  }
}

type StatusScript = (PinStatusLike | Error)[]

/**
 * An API answering from scripts: each CID's statuses in turn (the last one repeats), each URL's
 * gateway statuses in turn. `calls` keeps the order of every call.
 */
function scriptedApi(statuses: Record<string, StatusScript>, gateway: Record<string, number[]>) {
  const calls: string[] = []
  const next = <T>(queue: T[]): T => (queue.length > 1 ? queue.shift()! : queue[0])
  const api: ReadinessApi & { calls: string[] } = {
    calls,
    pinStatus: async (cid, cluster) => {
      calls.push(`status ${cid}${cluster ? ` ${cluster}` : ''}`)
      const answer = next(statuses[cid])
      if (answer instanceof Error) throw answer
      return answer
    },
    probe: async url => {
      calls.push(`probe ${url}`)
      return { status: next(gateway[url]) }
    }
  }
  return api
}

const pinning: PinStatusLike = { state: 'pinning', detail: 'peers: 2 pinning, 1 remote' }
const pinned: PinStatusLike = { state: 'pinned', detail: 'peers: 1 pinned, 1 pinning, 1 remote' }

function target(cid: string, label = cid): ReadinessTarget {
  return { cid, cluster: 'cl1-eu', url: `https://gw.example/ipfs/${cid}`, label }
}

function options(api: ReadinessApi, extra: Partial<ReadinessOptions> = {}) {
  const clock = virtualClock()
  const log = memoryLog()
  const opts: ReadinessOptions = {
    waitFor: 'gateway',
    timeoutMs: 5 * 60_000,
    api,
    clock,
    log,
    random: () => 0,
    ...extra
  }
  return { opts, clock, log }
}

describe('the poll schedule', () => {
  it('starts at 1 s, doubles to a 15 s cap, and jitters down by at most 20 %', () => {
    expect([1, 2, 3, 4, 5, 6, 40].map(poll => pollDelay(poll, () => 0))).toEqual([
      1000, 2000, 4000, 8000, 15_000, 15_000, 15_000
    ])
    expect(pollDelay(1, () => 0.999)).toBe(800)
    expect(pollDelay(5, () => 0.5)).toBe(13_500)
  })

  it('bounds the polls of a wait', () => {
    expect(maxPolls(0)).toBe(1)
    expect(maxPolls(1000)).toBe(3)
    expect(maxPolls(10_000)).toBe(5)
    expect(maxPolls(5 * 60_000)).toBe(29)
  })
})

describe('waitUntilReady', () => {
  it('is retrievable after some polls, asking the gateway only once the pin is reported', async () => {
    const api = scriptedApi(
      { bafyA: [pinning, pinning, pinned] },
      { 'https://gw.example/ipfs/bafyA': [404, 200] }
    )
    const { opts, clock, log } = options(api)
    const result = await waitUntilReady([target('bafyA', 'dist')], opts)
    expect(result).toEqual({
      state: 'retrievable',
      items: [{ cid: 'bafyA', url: 'https://gw.example/ipfs/bafyA', state: 'retrievable' }],
      polls: 4,
      waitedMs: 7000
    })
    expect(api.calls).toEqual([
      'status bafyA cl1-eu',
      'status bafyA cl1-eu',
      'status bafyA cl1-eu',
      'probe https://gw.example/ipfs/bafyA',
      'probe https://gw.example/ipfs/bafyA'
    ])
    expect(clock.sleeps).toEqual([1000, 2000, 4000])
    expect(log.lines).toEqual([
      'info: waiting for the cluster to pin dist: poll 1 of at most 29, next in 1.0 s',
      'info: waiting for the cluster to pin dist: poll 2 of at most 29, next in 2.0 s',
      'info: waiting for the gateway to serve dist: poll 3 of at most 29, next in 4.0 s'
    ])
  })

  it('returns not-ready when the pin never comes within the timeout, never asking the gateway', async () => {
    const api = scriptedApi({ bafyA: [pinning] }, {})
    const { opts, clock } = options(api, { timeoutMs: 10_000 })
    const result = await waitUntilReady([target('bafyA')], opts)
    expect(result.state).toBe('not-ready')
    expect(result.items[0]).toMatchObject({
      state: 'not-ready',
      detail: 'the cluster reports it pinning (peers: 2 pinning, 1 remote)'
    })
    // 1 + 2 + 4 s, then the last delay cut to end at the deadline, where the last poll happens.
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 3000])
    expect(result).toMatchObject({ polls: 5, waitedMs: 10_000 })
    expect(result.polls).toBeLessThanOrEqual(maxPolls(10_000))
    expect(api.calls.every(call => call.startsWith('status'))).toBe(true)
  })

  it('says pinned but not served when the gateway keeps answering 404', async () => {
    const api = scriptedApi({ bafyA: [pinned] }, { 'https://gw.example/ipfs/bafyA': [404] })
    const { opts } = options(api, { timeoutMs: 3000 })
    const result = await waitUntilReady([target('bafyA')], opts)
    expect(result.state).toBe('pinned')
    expect(result.items[0]).toMatchObject({
      state: 'pinned',
      detail: 'pinned, but the gateway answered HTTP 404 (3 checks)'
    })
    expect(api.calls.filter(call => call.startsWith('status'))).toHaveLength(1)
  })

  it('waits for the pin only with wait-for: pinned', async () => {
    const api = scriptedApi({ bafyA: [pinning, pinned] }, {})
    const { opts } = options(api, { waitFor: 'pinned' })
    const result = await waitUntilReady([target('bafyA')], opts)
    expect(result).toMatchObject({ state: 'pinned', polls: 2, waitedMs: 1000 })
    expect(result.items[0].detail).toBeUndefined()
    expect(api.calls).toEqual(['status bafyA cl1-eu', 'status bafyA cl1-eu'])
  })

  it('says once that a status answer cannot be read, and counts it as not pinned', async () => {
    const unreadable = {
      state: 'unknown' as const,
      detail: 'the answer is not a JSON object: "<html>"'
    }
    const api = scriptedApi({ bafyA: [unreadable], bafyB: [unreadable] }, {})
    const { opts, log } = options(api, { timeoutMs: 5000 })
    const result = await waitUntilReady([target('bafyA', 'a'), target('bafyB', 'b')], opts)
    expect(result.state).toBe('not-ready')
    expect(result.unreadable).toBe('the answer is not a JSON object: "<html>"')
    const warnings = log.lines.filter(line => line.startsWith('warning:'))
    expect(warnings).toEqual([
      `warning: Pinarkive's pin status for a (bafyA) could not be read: the answer is not a JSON object: "<html>". It counts as not pinned yet; the wait goes on until the status reads pinned or wait-timeout passes.`
    ])
    expect(result.items[1].detail).toBe(
      'the pin status could not be read: the answer is not a JSON object: "<html>"'
    )
    expect(api.calls.some(call => call.startsWith('probe'))).toBe(false)
  })

  it('ends the wait at once when the key lacks cluster:read', async () => {
    const missing = new ApiError(
      403,
      'Missing scope: cluster:read',
      'missing_scope',
      'cluster:read',
      1
    )
    const cids = ['bafy1', 'bafy2', 'bafy3', 'bafy4', 'bafy5', 'bafy6']
    const api = scriptedApi(Object.fromEntries(cids.map(cid => [cid, [missing]])), {})
    const { opts, clock } = options(api)
    const result = await waitUntilReady(
      cids.map(cid => target(cid)),
      opts
    )
    expect(result).toMatchObject({ state: 'not-ready', polls: 1, waitedMs: 0 })
    expect(clock.sleeps).toEqual([])
    expect(api.calls.length).toBeLessThanOrEqual(4)
    for (const item of result.items) {
      expect(item.detail).toBe(
        'the API key lacks the scope cluster:read, which checking the pin status needs: add cluster:read to the key, or set wait-for: none (HTTP 403 missing_scope: Missing scope: cluster:read)'
      )
    }
  })

  it('polls again after a transient failure, and reports the last one if it lasts', async () => {
    const outage = new ApiError(503, 'cluster unreachable', undefined, undefined, 4)
    const api = scriptedApi(
      { bafyA: [outage, pinned], bafyB: [outage] },
      { 'https://gw.example/ipfs/bafyA': [200] }
    )
    const { opts } = options(api, { timeoutMs: 4000 })
    const result = await waitUntilReady([target('bafyA'), target('bafyB')], opts)
    expect(result.items.map(item => [item.state, item.detail])).toEqual([
      ['retrievable', undefined],
      ['not-ready', 'the pin status check failed: HTTP 503: cluster unreachable']
    ])
    expect(result.state).toBe('not-ready')
  })

  it('checks at most 4 targets at once, and reports the weakest state', async () => {
    let inFlight = 0
    let most = 0
    const cids = Array.from({ length: 10 }, (_, i) => `bafy${i}`)
    const api: ReadinessApi = {
      pinStatus: async cid => {
        inFlight++
        most = Math.max(most, inFlight)
        await new Promise(resolve => setImmediate(resolve))
        inFlight--
        return cid === 'bafy7' ? pinning : pinned
      },
      probe: async () => ({ status: 200 })
    }
    const { opts, log } = options(api, { timeoutMs: 1000 })
    const result = await waitUntilReady(
      cids.map(cid => target(cid, `site-${cid}`)),
      opts
    )
    expect(most).toBe(4)
    expect(result.state).toBe('not-ready')
    expect(result.items.filter(item => item.state === 'retrievable')).toHaveLength(9)
    expect(log.lines[0]).toBe(
      'info: waiting for the cluster to pin site-bafy7: poll 1 of at most 3, next in 1.0 s'
    )
  })

  it('ends with what it knows when the run is stopped, never throwing', async () => {
    const stop = new AbortController()
    const api = scriptedApi({ bafyA: [pinning] }, {})
    const { opts } = options(api, { signal: stop.signal })
    stop.abort('max-duration reached')
    const result = await waitUntilReady([target('bafyA')], opts)
    expect(result).toMatchObject({ state: 'not-ready', polls: 0 })
    expect(result.items[0].detail).toBe('the wait was cut short: max-duration reached')
    expect(api.calls).toEqual([])
  })

  it('ends when the run is stopped during a wait between polls', async () => {
    const stop = new AbortController()
    const api = scriptedApi({ bafyA: [pinning] }, {})
    const { opts, clock } = options(api, { signal: stop.signal })
    const sleep = clock.sleep.bind(clock)
    clock.sleep = async (ms, signal) => {
      if (clock.sleeps.length === 1) stop.abort('max-duration reached')
      return sleep(ms, signal)
    }
    const result = await waitUntilReady([target('bafyA')], opts)
    expect(result).toMatchObject({ state: 'not-ready', polls: 2, waitedMs: 1000 })
    expect(result.items[0].detail).toBe('the wait was cut short: max-duration reached')
  })

  it('gives up on an item whose URL the client refuses, without waiting for it', async () => {
    const api: ReadinessApi = {
      pinStatus: async () => pinned,
      probe: async () => {
        throw new TypeError('probe: only https:// URLs, or http:// to this machine, are probed')
      }
    }
    const { opts, clock } = options(api)
    const result = await waitUntilReady([target('bafyA')], opts)
    expect(result).toMatchObject({ state: 'pinned', polls: 1 })
    expect(result.items[0].detail).toContain('the gateway check failed: probe: only https://')
    expect(clock.sleeps).toEqual([])
  })
})

describe('against the fake Pinarkive server and its gateway', () => {
  it('waits through pinning polls and a lagging gateway, over real HTTP', async () => {
    const fake = await startFakePinarkive({ statusPolls: 2, gatewayMisses: 1 })
    const client = new PinarkiveClient({
      apiUrl: fake.url,
      apiKey: fake.apiKey,
      userAgent: 'test',
      retries: 2,
      timeoutMs: 5000
    })
    try {
      const cid = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'
      fake.addUpload({ cid, clusterId: 'cl1-eu' })
      const prober = new GatewayProber(client.transport)
      const { opts, log } = options({
        pinStatus: (c, cluster) => client.pinStatus(c, cluster),
        probe: url => prober.probe(url)
      })
      const result = await waitUntilReady(
        [{ cid, cluster: 'cl1-eu', url: `${fake.gatewayUrl}${cid}`, label: 'site' }],
        opts
      )
      expect(result).toMatchObject({ state: 'retrievable', polls: 4 })
      expect(fake.requests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
        `GET /status/${cid} 200`,
        `GET /status/${cid} 200`,
        `GET /status/${cid} 200`,
        `HEAD /ipfs/${cid} 404`,
        `HEAD /ipfs/${cid} 200`
      ])
      expect(fake.requests[0].query).toEqual({ cl: 'cl1-eu' })
      expect(log.lines).toHaveLength(3)
    } finally {
      await client.close()
      await fake.close()
    }
  })
})
