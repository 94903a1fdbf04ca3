import { readFile } from 'node:fs/promises'
import { ContentClaims } from '../src/dedupe.js'
import { formatBytes, formatDuration, listSome } from '../src/format.js'
import { DEFAULT_GATEWAY, gatewayBase, gatewayUrl } from '../src/gateway.js'
import { runPool } from '../src/pool.js'
import { ProgressReporter } from '../src/progress.js'
import { USER_AGENT, VERSION } from '../src/version.js'

describe('gateway', () => {
  const clusters = [
    { id: 'cl1-eu', gateways: [{ base: 'https://eu1.gateway.pinarkive.com/ipfs/', order: 0 }] },
    { id: 'cl2-de', gateways: [] }
  ]
  it('prefers the input, then the cluster gateway, then the default', () => {
    expect(gatewayBase('https://my.gw/ipfs/', 'cl1-eu', clusters)).toBe('https://my.gw/ipfs/')
    expect(gatewayBase('', 'cl1-eu', clusters)).toBe('https://eu1.gateway.pinarkive.com/ipfs/')
    expect(gatewayBase('', 'cl2-de', clusters)).toBe(DEFAULT_GATEWAY)
    expect(gatewayBase('', undefined, undefined)).toBe(DEFAULT_GATEWAY)
  })
  it('joins base, CID and an encoded path', () => {
    expect(gatewayUrl('https://gw/ipfs/', 'bafy')).toBe('https://gw/ipfs/bafy')
    expect(gatewayUrl('https://gw/ipfs', 'bafy', 'a b/c#d.html')).toBe(
      'https://gw/ipfs/bafy/a%20b/c%23d.html'
    )
    expect(gatewayUrl('https://{cid}.ipfs.dweb.link/', 'bafy', 'x/y')).toBe(
      'https://bafy.ipfs.dweb.link/x/y'
    )
    expect(gatewayUrl('https://{cid}.ipfs.dweb.link', 'bafy')).toBe('https://bafy.ipfs.dweb.link')
  })
})

describe('format', () => {
  it('formats sizes in binary units', () => {
    expect([0, 1023, 1536, 1048576 * 1.5, 2 ** 31, 2 ** 40 * 300].map(formatBytes)).toEqual([
      '0 B',
      '1023 B',
      '1.5 KiB',
      '1.5 MiB',
      '2.0 GiB',
      '300 TiB'
    ])
  })
  it('formats durations', () => {
    expect([350, 1234, 45_000, 95_000, 120_000].map(formatDuration)).toEqual([
      '350 ms',
      '1.2 s',
      '45 s',
      '1 min 35 s',
      '2 min'
    ])
  })
  it('lists a few and counts the rest', () => {
    expect(listSome(['a', 'b', 'c'], 2)).toBe('a, b and 1 more')
  })
})

describe('runPool', () => {
  it('never runs more than the limit at once and keeps going past failures', async () => {
    let running = 0
    let peak = 0
    const done: number[] = []
    await runPool([1, 2, 3, 4, 5, 6], 2, async n => {
      running++
      peak = Math.max(peak, running)
      await new Promise(r => setTimeout(r, 5))
      running--
      done.push(n)
    })
    expect(peak).toBe(2)
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6])
  })
  it('stops starting tasks once told to, returning those skipped', async () => {
    let stop = false
    const skipped = await runPool(
      [1, 2, 3, 4],
      1,
      async n => {
        if (n === 2) stop = true
      },
      () => stop
    )
    expect(skipped).toEqual([2, 3])
  })
})

describe('ProgressReporter', () => {
  it('prints at most every 5 s and every 10%, whichever is rarer', () => {
    let now = 0
    const lines: string[] = []
    const progress = new ProgressReporter(
      () => now,
      line => lines.push(line)
    )
    const total = 1000 * 1024 * 1024
    for (let sent = 0; sent <= total; sent += total / 100) {
      progress.update('big.iso', sent, total)
      now += 1000 // 1% per second: 10% takes 10 s, so the 10% rule is the rarer one
    }
    expect(lines).toHaveLength(9)
    expect(lines[0]).toBe('big.iso: 100 MiB of 1000 MiB (10%), 10.0 MiB/s')
  })
  it('stays quiet for a fast upload', () => {
    let now = 0
    const lines: string[] = []
    const progress = new ProgressReporter(
      () => now,
      line => lines.push(line)
    )
    for (let sent = 0; sent <= 100; sent += 10) {
      progress.update('small', sent, 100)
      now += 100
    }
    expect(lines).toEqual([])
  })
})

describe('version', () => {
  it('matches package.json and is in the User-Agent', async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))
    expect(VERSION).toBe(pkg.version)
    expect(USER_AGENT).toMatch(new RegExp(`^pinarkive-pin-action/${VERSION} `))
  })
})

describe('ContentClaims', () => {
  it('gives a content to the first file in task order, whichever claims first', async () => {
    const claims = new ContentClaims()
    const first = claims.enter(0, 4)
    const second = claims.enter(1, 4)
    const third = claims.enter(2, 4)
    // The later files know their key first (a small file read before a big one was hashed).
    const later = [third('k'), second('k')]
    expect(await first('k')).toBeUndefined()
    expect(await Promise.all(later)).toEqual([0, 0])
  })

  it('does not make a file wait for earlier files of another size', async () => {
    const claims = new ContentClaims()
    const big = claims.enter(0, 1_000_000)
    const small = claims.enter(1, 10)
    // Resolves although the big file has not claimed yet (it would wait forever otherwise).
    expect(await small('small')).toBeUndefined()
    expect(await big('big')).toBeUndefined()
  })

  it('lets the files after a file with no key go on, and never gives one key to two files', async () => {
    const claims = new ContentClaims()
    const unreadable = claims.enter(0, 4)
    const a = claims.enter(1, 4)
    const b = claims.enter(2, 4)
    await unreadable(undefined)
    expect(await a('x')).toBeUndefined()
    expect(await b('x')).toBe(1)
  })
})
