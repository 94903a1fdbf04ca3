/**
 * End to end: the bundled action (dist/index.js) under Node 24, against the fake Pinarkive on
 * 127.0.0.1, run the way a GitHub runner runs it.
 */
import { jest } from '@jest/globals'
import * as path from 'node:path'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { fakeServers } from './fake-servers.js'
import { parseGfm, tableHeaded } from '../../test-support/gfm.mjs'
import {
  makeWorkspace,
  NODE24,
  runAction,
  type RunOptions
} from '../../test-support/run-action.mjs'

jest.setTimeout(60_000)

// Real UnixFS CIDs, so `verify` (on by default) finds them right.
const servers = fakeServers({ cidProfile: 'unixfs-v1-2025' })

const SITE = {
  'dist/index.html': '<h1>home</h1>',
  'dist/about/index.html': '<h1>about</h1>',
  'dist/assets/css/site.css': 'body{}',
  'dist/assets/js/app.js': 'console.log("app")',
  'dist/assets/js/app.js.map': '{"version":3}',
  'dist/.well-known/security.txt': 'Contact: mailto:security@example.com',
  'README.md': '# not published'
}

function run(options: RunOptions & { inputs: Record<string, string> }) {
  return runAction({
    ...options,
    inputs: {
      'api-key': servers.pinarkive.apiKey,
      'api-url': servers.pinarkive.url,
      ...options.inputs
    }
  })
}

/** Requests that tried to publish something (not the cluster lookup). */
function publishRequests() {
  return servers.pinarkive.requests.filter(r => r.method === 'POST')
}

describe('the runtime', () => {
  it('is the Node 24 that runs.using: node24 selects', async () => {
    const { execFileSync } = await import('node:child_process')
    expect(execFileSync(NODE24 ?? 'node', ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./)
  })
})

describe('directory mode: a site with nested folders', () => {
  it('uploads one directory, sets every output, writes the summary', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await run({
      workspace,
      inputs: { path: 'dist', cluster: 'cl1-eu', timelock: '30d' }
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)

    const uploads = publishRequests()
    expect(uploads).toHaveLength(1)
    const [upload] = uploads
    expect(upload.path).toBe('/files/directory-dag')
    expect(upload.headers.authorization).toBe(`Bearer ${servers.pinarkive.apiKey}`)
    expect(upload.headers['x-api-key']).toBe(servers.pinarkive.apiKey)
    expect(upload.headers['user-agent']).toMatch(/^pinarkive-pin-action\/\d+\.\d+\.\d+ /)
    expect(upload.headers['content-length']).toBe(String(upload.bodySize))
    // Fields first, then one `files` part per file whose filename is its path in the directory.
    expect(
      upload.parts.map(p =>
        p.kind === 'field' ? `${p.name}=${p.value}` : `${p.name}:${p.filename}`
      )
    ).toEqual([
      'cl=cl1-eu',
      expect.stringMatching(/^timelock=\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      'dirName=octo-org/site@0123456',
      'files:about/index.html',
      'files:assets/css/site.css',
      'files:assets/js/app.js',
      'files:assets/js/app.js.map',
      'files:index.html'
    ])

    const body = (await import('node:crypto')).createHash('sha256')
    expect(upload.files.find(f => f.filename === 'index.html')?.sha256).toBe(
      body.update('<h1>home</h1>').digest('hex')
    )

    const { outputs } = result
    const root = servers.pinarkive.pins.find(p => p.type === 'directory')!.cid
    expect(outputs.cid).toBe(root)
    // cl1-eu lists its gateways out of order; the one with order 0 has a publicUrl.
    expect(outputs['gateway-url']).toBe(`https://eu1.gateway.pinarkive.com/ipfs/${root}`)
    expect(JSON.parse(outputs.cids)).toEqual([root])
    expect(outputs.cluster).toBe('cl1-eu')
    const [item] = JSON.parse(outputs.results)
    expect(item).toEqual({
      type: 'directory',
      path: 'dist',
      name: 'octo-org/site@0123456',
      cid: root,
      size: [...Object.entries(SITE)]
        .filter(([p]) => p.startsWith('dist/') && !p.includes('/.'))
        .reduce((sum, [, c]) => sum + Buffer.byteLength(c), 0),
      files: 5,
      cluster: 'cl1-eu',
      gatewayUrl: `https://eu1.gateway.pinarkive.com/ipfs/${root}`,
      expiresAt: expect.stringMatching(/Z$/),
      localCid: root,
      verified: true
    })
    expect(outputs['local-cid']).toBe(root)

    expect(result.summary).toContain('## ✅ Published to IPFS with Pinarkive')
    expect(result.summary).toContain(`\`${root}\``)
    expect(tableHeaded(parseGfm(result.summary), 'File')?.[2][0].links).toEqual([
      {
        href: `https://eu1.gateway.pinarkive.com/ipfs/${root}/assets/js/app.js`,
        text: 'assets/js/app.js'
      }
    ])
    expect(result.summary).toMatch(/1 hidden file left out: `dist\/.well-known\/security.txt`/)
    expect(result.stdout).toMatch(/::group::Find files/)
    expect(result.stdout).toContain(`Uploaded dist/ (5 files, `)
    expect(result.stdout).toMatch(/Left out 1 hidden file: dist\/.well-known\/security.txt/)
  })

  it('publishes hidden files such as .well-known when asked', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await run({
      workspace,
      inputs: { path: 'dist', 'include-hidden-files': 'true' }
    })
    expect(result.code).toBe(0)
    expect(publishRequests()[0].files.map(f => f.filename)).toContain('.well-known/security.txt')
    expect(result.summary).not.toContain('hidden file')
  })

  it('warns when the server flattens folders, because the site would be broken', async () => {
    servers.pinarkive.set({ flattenPaths: true })
    const workspace = await makeWorkspace(SITE)
    const result = await run({ workspace, inputs: { path: 'dist' } })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /::warning::Pinarkive did not keep the folder structure of 4 files \("about\/index.html" was stored as "index.html"/
    )
    expect(result.summary).toContain('### ⚠️ Warnings')
  })

  it('uses the account default cluster and the default gateway when none is chosen', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await run({ workspace, inputs: { path: 'dist' } })
    expect(publishRequests()[0].fields.map(f => f.name)).toEqual(['dirName'])
    expect(result.outputs.cluster).toBe('cl0-global')
    expect(result.outputs['gateway-url']).toBe(
      `https://gateway.pinarkive.com/ipfs/${result.outputs.cid}`
    )
  })
})

describe('files mode', () => {
  it('uploads each matched file, honours excludes, keeps input order in outputs', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await run({
      workspace,
      inputs: {
        path: 'dist/**/*.js\ndist/**/*.css\n!dist/**/*.map\nREADME.md',
        name: 'ignored-for-files'
      }
    })
    expect(result.code).toBe(0)
    const uploads = publishRequests()
    expect(uploads.every(r => r.path === '/files')).toBe(true)
    expect(uploads.map(r => r.files[0].filename).sort()).toEqual([
      'README.md',
      'app.js',
      'site.css'
    ])
    const results = JSON.parse(result.outputs.results)
    expect(results.map((r: { path: string }) => r.path)).toEqual([
      'README.md',
      'dist/assets/css/site.css',
      'dist/assets/js/app.js'
    ])
    expect(JSON.parse(result.outputs.cids)).toEqual(results.map((r: { cid: string }) => r.cid))
    expect(result.outputs.cid).toBe(results[0].cid)
    expect(results[0]).toMatchObject({
      type: 'file',
      name: 'README.md',
      size: 15,
      cluster: 'cl0-global'
    })
    for (const line of [
      'README.md (15 B)',
      'dist/assets/css/site.css (6 B)',
      'dist/assets/js/app.js (18 B)'
    ]) {
      expect(result.stdout).toContain(`Uploaded ${line} → `)
    }
  })

  it('uploads identical files once and says so', async () => {
    const workspace = await makeWorkspace({
      'out/a.txt': 'same',
      'out/b.txt': 'same',
      'out/c.txt': 'diff'
    })
    const result = await run({ workspace, inputs: { path: 'out/*.txt' } })
    expect(result.code).toBe(0)
    expect(publishRequests()).toHaveLength(2)
    const results = JSON.parse(result.outputs.results)
    expect(results.map((r: { path: string }) => r.path)).toEqual([
      'out/a.txt',
      'out/b.txt',
      'out/c.txt'
    ])
    expect(results[1].cid).toBe(results[0].cid)
    expect(results[1].duplicateOf).toBe('out/a.txt')
    expect(result.stdout).toContain('Skipped out/b.txt: same bytes as out/a.txt')
  })

  it('with verify: off, uploads identical big files once, the first one, and same-size files each', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 7)
    const other = Buffer.alloc(3 * 1024 * 1024, 8)
    const workspace = await makeWorkspace({
      'out/a.bin': big,
      'out/b.bin': big,
      'out/c.bin': other,
      'out/d.bin': big,
      'out/e.txt': 'four',
      'out/f.txt': 'five'
    })
    const result = await run({
      workspace,
      inputs: { path: 'out', 'upload-as': 'files', verify: 'off', concurrency: '6' }
    })
    expect(result.code).toBe(0)
    const sent = publishRequests().map(r => r.files[0]?.filename)
    expect(sent.sort()).toEqual(['a.bin', 'c.bin', 'e.txt', 'f.txt'])
    const results = JSON.parse(result.outputs.results)
    expect(results.map((r: { duplicateOf?: string }) => r.duplicateOf ?? null)).toEqual([
      null,
      'out/a.bin',
      null,
      'out/a.bin',
      null,
      null
    ])
    expect(result.stdout).toContain(
      '2 files had the same bytes as another file and were not uploaded twice.'
    )
  })

  it('fails the duplicates of a file that failed, without sending them', async () => {
    servers.pinarkive.set({ maxFileSize: 1000 })
    const workspace = await makeWorkspace({
      'out/a.bin': { size: 5000 },
      'out/b.bin': { size: 5000 },
      'out/c.txt': 'ok'
    })
    const result = await run({ workspace, inputs: { path: 'out', 'upload-as': 'files' } })
    expect(result.code).toBe(1)
    expect(publishRequests().map(r => r.status)).toEqual(expect.arrayContaining([413, 201]))
    expect(publishRequests()).toHaveLength(2)
    const failed = parseGfm(result.summary)
    const reasons =
      failed.tables[failed.headers.findIndex(h => h[0].text === 'Item' && h.length === 2)]
    expect(reasons.map(row => row[1].text)).toContain('Same bytes as out/a.bin, which failed.')
  })

  it('lists each matched file only when step debugging is on', async () => {
    const workspace = await makeWorkspace({ 'out/a.txt': 'a', 'out/b.txt': 'b' })
    const quiet = await run({ workspace, inputs: { path: 'out' } })
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).not.toContain('::debug::matched')
    const debug = await run({ workspace, inputs: { path: 'out' }, env: { RUNNER_DEBUG: '1' } })
    expect(debug.stdout).toContain('::debug::matched out/a.txt (1 B)')
    expect(debug.stdout).toContain('::debug::matched out/b.txt (1 B)')
  })

  it('keeps going when one file is too large, then fails listing it with its size', async () => {
    servers.pinarkive.set({ maxFileSize: 1000 })
    const workspace = await makeWorkspace({ 'out/small.txt': 'ok', 'out/big.bin': { size: 5000 } })
    const result = await run({ workspace, inputs: { path: 'out', 'upload-as': 'files' } })
    expect(result.code).toBe(1)
    expect(publishRequests().filter(r => r.status === 413)).toHaveLength(1)
    expect(result.stdout).toMatch(
      /::error::1 of 2 items failed:%0A- out\/big.bin: This file \(4.9 KiB\) is larger than Pinarkive accepts/
    )
    const results = JSON.parse(result.outputs.results)
    expect(results.map((r: { path: string }) => r.path)).toEqual(['out/small.txt'])
    expect(result.summary).toContain('### ❌ Failed (1)')
    expect(result.summary).toContain('`out/small.txt`')
  })
})

describe('pin by CID', () => {
  // A date-time as a user writes it (no milliseconds), nine to ten years ahead: a fixed one would
  // pass one day, and the action and the fake both refuse a timelock that has passed.
  const year = new Date().getUTCFullYear() + 10
  const cids = [
    'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi',
    'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'
  ]
  it('pins each CID with name, cluster and expiry, in input order', async () => {
    const result = await run({
      inputs: {
        cids: cids.join('\n'),
        name: 'release 1.2',
        cluster: 'cl2-de',
        timelock: `${year}-01-01T00:00:00Z`
      }
    })
    expect(result.code).toBe(0)
    const pins = publishRequests()
    expect(pins.map(p => p.path).sort()).toEqual(cids.map(c => `/files/pin/${c}`).sort())
    for (const pin of pins) {
      expect(pin.json).toEqual({
        cl: 'cl2-de',
        timelock: `${year}-01-01T00:00:00.000Z`,
        customName: 'release 1.2'
      })
    }
    expect(JSON.parse(result.outputs.cids)).toEqual(cids)
    expect(result.outputs.cid).toBe(cids[0])
    // cl2-de's gateway has only a `url`.
    expect(JSON.parse(result.outputs.results)[1]).toMatchObject({
      type: 'pin',
      name: 'release 1.2',
      cid: cids[1],
      cluster: 'cl2-de',
      expiresAt: `${year}-01-01T00:00:00.000Z`,
      gatewayUrl: expect.stringMatching(new RegExp(`/ipfs/${cids[1]}$`))
    })
  })

  it('reports a CID the network cannot find, and still pins the rest', async () => {
    servers.pinarkive.set({ unknownCids: [cids[1]] })
    const result = await run({ inputs: { cids: cids.join('\n') } })
    expect(result.code).toBe(1)
    expect(JSON.parse(result.outputs.cids)).toEqual([cids[0]])
    // The log line names the CID; the message beside it says "this CID".
    expect(result.stdout).toContain(
      `Failed pin ${cids[1]}: Pinarkive could not find this CID on the IPFS network`
    )
  })

  it('combines uploads and pins in one step', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await run({ workspace, inputs: { path: 'dist', cids: cids[0] } })
    expect(result.code).toBe(0)
    const results = JSON.parse(result.outputs.results)
    expect(results.map((r: { type: string }) => r.type)).toEqual(['directory', 'pin'])
    expect(result.outputs.cid).toBe(results[0].cid)
  })
})

describe('invalid input fails before any request', () => {
  it('lists every invalid CID', async () => {
    const result = await run({ inputs: { cids: 'bafkqaaa\nnot-a-cid\nQm123' } })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /::error::Input "cids" has 2 invalid CIDs:%0A {2}- "not-a-cid": .*%0A {2}- "Qm123": /
    )
    expect(servers.pinarkive.requests).toHaveLength(0)
  })

  it('refuses a timelock in the past', async () => {
    const result = await run({ inputs: { cids: 'bafkqaaa', timelock: '2001-01-01T00:00:00Z' } })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error::Input "timelock" is "2001-01-01T00:00:00Z": lies in the past'
    )
    expect(servers.pinarkive.requests).toHaveLength(0)
  })

  it('refuses an http api-url that is not loopback', async () => {
    const result = await runAction({
      // A key of one letter would be masked in every word: it is redacted like any secret.
      inputs: {
        'api-key': 'pk_0123456789',
        cids: 'bafkqaaa',
        'api-url': 'http://api.example.com/api/v3'
      }
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('plain http would send the API key in clear text')
  })

  it('asks for the api-key when it is missing', async () => {
    const result = await runAction({
      inputs: { cids: 'bafkqaaa', 'api-url': servers.pinarkive.url }
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error::Input "api-key" is empty.')
    expect(servers.pinarkive.requests).toHaveLength(0)
  })

  it('refuses an unknown cluster, listing the allowed ones, before uploading', async () => {
    const workspace = await makeWorkspace(SITE)
    const result = await run({ workspace, inputs: { path: 'dist', cluster: 'cl9-mars' } })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `::error::Input "cluster" is "cl9-mars", which this API key's plan does not allow. Allowed: cl0-global, cl1-eu, cl2-de.`
    )
    expect(servers.pinarkive.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /users/me/clusters'
    ])
  })

  it('refuses a symlink that points outside the workspace, naming it', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'secrets-'))
    await writeFile(path.join(outside, 'id_rsa'), 'PRIVATE KEY')
    const workspace = await makeWorkspace({
      'dist/index.html': 'hi',
      'dist/key': { symlink: path.join(outside, 'id_rsa') }
    })
    const result = await run({ workspace, inputs: { path: 'dist' } })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `::error::Refusing to publish 1 file outside the workspace (IPFS content is public and permanent): dist/key -> ${path.join(outside, 'id_rsa')}`
    )
    expect(servers.pinarkive.requests).toHaveLength(0)
  })
})

describe('if-no-files-found', () => {
  it('error (default) fails, explaining where paths are resolved', async () => {
    const result = await run({ inputs: { path: 'build/**' } })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error::No files matched "path" (build/**). Paths are relative to the workspace'
    )
    expect(servers.pinarkive.requests).toHaveLength(0)
  })

  it('warn succeeds with a warning and empty outputs', async () => {
    const result = await run({ inputs: { path: 'build/**', 'if-no-files-found': 'warn' } })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('::warning::No files matched "path" (build/**)')
    expect(result.outputs).toMatchObject({ cid: '', 'gateway-url': '', cids: '[]', results: '[]' })
    expect(result.summary).toContain('Nothing was published')
    expect(servers.pinarkive.requests).toHaveLength(0)
  })

  it('ignore succeeds quietly', async () => {
    const result = await run({ inputs: { path: 'build/**', 'if-no-files-found': 'ignore' } })
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('::warning::')
    expect(result.stdout).toContain('No files matched `path` (build/**)')
    expect(servers.pinarkive.requests).toHaveLength(0)
  })

  it('mentions hidden files that matched but were left out', async () => {
    const workspace = await makeWorkspace({ 'dist/.nojekyll': '' })
    const result = await run({ workspace, inputs: { path: 'dist' } })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('1 hidden file matched but was left out (dist/.nojekyll)')
  })
})

describe('rate limits and flaky servers', () => {
  it('waits out a 429 for the time the server asks, pausing every worker', async () => {
    servers.pinarkive.inject('POST /files$', { status: 429, retryAfter: 1, via: 'header' })
    // Four files: two in flight when the 429 comes, two that must wait for the pause. Each one
    // more cost about a second: the pace the action learns from a 429 after a success.
    const tree = Object.fromEntries(
      Array.from({ length: 4 }, (_, i) => [`out/f${i}.txt`, `file ${i}`])
    )
    const workspace = await makeWorkspace(tree)
    const result = await run({
      workspace,
      inputs: { path: 'out', 'upload-as': 'files', concurrency: '2' }
    })
    expect(result.code).toBe(0)
    expect(JSON.parse(result.outputs.cids)).toHaveLength(4)

    const uploads = publishRequests()
    const limited = uploads.find(r => r.status === 429)!
    expect(result.stdout).toMatch(
      /HTTP 429 rate limited, server asked for 1 s; retry 1\/5 in 1\.0 s \(all requests wait\)/
    )
    // Nothing new starts while the pause holds (allow the request already in flight).
    const during = uploads.filter(
      r => r.receivedAt > limited.receivedAt + 100 && r.receivedAt < limited.receivedAt + 900
    )
    expect(during).toEqual([])
    // Every file arrived exactly once with a success.
    expect(uploads.filter(r => r.status === 201)).toHaveLength(4)
  })

  it('reads the wait from the body retryAfter and from an HTTP date', async () => {
    servers.pinarkive.inject(
      'POST /files/pin',
      { status: 429, retryAfter: 0.1, via: 'body' },
      // An HTTP date has whole seconds: the fake rounds up, so this asks for at most 1.05 s.
      { status: 429, retryAfter: 0.05, via: 'date' }
    )
    const result = await run({ inputs: { cids: 'bafkqaaa' } })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('server asked for 0.1 s')
    expect(publishRequests().map(r => r.status)).toEqual([429, 429, 201])
  })

  it('stops at once, saying when to retry, when the server asks for more than 5 minutes', async () => {
    servers.pinarkive.inject('POST /files/pin', { status: 429, retryAfter: 3600 })
    const result = await run({ inputs: { cids: 'bafkqaaa' } })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /asks to wait 3600 s, longer than this run waits \(5 min\)\. Re-run after \d{4}-\d{2}-\d{2}T/
    )
    expect(publishRequests()).toHaveLength(1)
  })

  it('retries 5xx and dropped connections with backoff, then succeeds', async () => {
    servers.pinarkive.inject(
      'POST /files/directory-dag',
      { status: 503 },
      { drop: true },
      { status: 502 }
    )
    const workspace = await makeWorkspace(SITE)
    const result = await run({ workspace, inputs: { path: 'dist' } })
    expect(result.code).toBe(0)
    expect(publishRequests().map(r => r.status)).toEqual([503, 'dropped', 502, 201])
    expect(result.stdout).toMatch(/dist\/ \(5 files, [^)]+\): HTTP 503[^;]*; retry 1\/5 in /)
    expect(result.stdout).toMatch(/retry 2\/5 in /)
    expect(result.stdout).toMatch(/: HTTP 502[^;]*; retry 3\/5 in /)
  })

  it('gives up after the configured retries and says so', async () => {
    servers.pinarkive.inject('POST /files/pin', { status: 500 }, { status: 500 }, { status: 500 })
    const result = await run({ inputs: { cids: 'bafkqaaa', retries: '2' } })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      'Failed pin bafkqaaa: Pinarkive had a server error for this CID after 3 attempts (HTTP 500'
    )
  })

  it('aborts a request that makes no progress and retries it', async () => {
    servers.pinarkive.inject('POST /files/pin', { hang: true })
    const result = await run({ inputs: { cids: 'bafkqaaa', timeout: '0.5' } })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/pin bafkqaaa: no progress for 0\.5 s; retry 1\/5 in/)
    expect(publishRequests().map(r => r.status)).toEqual(['hung', 201])
  })
})

describe('max-duration', () => {
  it('abandons what is left when time runs out, reports it and fails, keeping the successes', async () => {
    servers.pinarkive.set({ latencyMs: 300 })
    const tree = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`out/f${String(i).padStart(2, '0')}.txt`, `${i}`])
    )
    const workspace = await makeWorkspace(tree)
    const result = await run({
      workspace,
      inputs: { path: 'out', 'upload-as': 'files', concurrency: '1', 'max-duration': '1.5' }
    })
    expect(result.code).toBe(1)
    expect(result.durationMs).toBeLessThan(5000)
    const published = JSON.parse(result.outputs.results)
    expect(published.length).toBeGreaterThan(0)
    expect(published.length).toBeLessThan(12)
    expect(result.summary).toMatch(/### ⏹️ Not attempted \(\d+\)/)
    expect(result.summary).toContain('`max-duration` \\(1\\.5 s\\) ran out')
    expect(result.stdout).toMatch(/::error::\d+ of 12 items failed:/)
    expect(result.stdout).toContain('was abandoned when `max-duration` ran out')
    // Nothing was sent after the deadline, apart from the request already in flight.
    const uploads = publishRequests().filter(r => r.path === '/files')
    expect(uploads.length).toBe(published.length + 1)
  })

  it('stops hashing a big file when time runs out, and sends nothing of it', async () => {
    // Sparse: 8 GiB of zeros take several seconds to hash, so the deadline falls mid-file.
    const workspace = await makeWorkspace({ 'out/huge.bin': { size: 8 * 1024 ** 3 } })
    const result = await run({
      workspace,
      inputs: { path: 'out', 'upload-as': 'files', 'max-duration': '1' }
    })
    expect(result.code).toBe(1)
    expect(result.durationMs).toBeLessThan(5000)
    expect(publishRequests()).toHaveLength(0)
    expect(result.stdout).toContain('Computing the CID of out/huge.bin (8.0 GiB) first…')
    expect(result.stdout).toContain(
      'Failed out/huge.bin: This file was abandoned when `max-duration` ran out. Raise `max-duration`'
    )
    expect(result.summary).toContain('### ❌ Failed (1)')
    expect(result.summary).toContain('was abandoned when `max-duration` ran out')
  })
})

describe('authentication and authorization', () => {
  it('401: explains the key was rejected, masks it, uploads nothing', async () => {
    const workspace = await makeWorkspace(SITE)
    const key = 'pk_live_wrong_key_123456'
    const result = await run({ workspace, inputs: { path: 'dist', 'api-key': key } })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error::Pinarkive rejected the API key (HTTP 401 INVALID_API_KEY'
    )
    expect(result.stdout).toContain(`::add-mask::${key}`)
    expect(result.stdout.split(`::add-mask::${key}`).join('')).not.toContain(key)
    expect(result.summary).toContain('### ❌ The step failed')
    expect(publishRequests()).toHaveLength(0)
  })

  it('403 missing_scope: names the scope to add, and stops the remaining uploads', async () => {
    servers.pinarkive.set({
      keys: {
        'read-only': {
          scopes: ['files:read', 'cluster:read'],
          plan: 'premium',
          clusters: ['cl0-global']
        }
      }
    })
    const workspace = await makeWorkspace(
      Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`out/${i}.txt`, `${i}`]))
    )
    const result = await run({
      workspace,
      inputs: { path: 'out', 'upload-as': 'files', 'api-key': 'read-only', concurrency: '1' }
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      'The API key lacks the scope `files:write` (HTTP 403 missing_scope)'
    )
    expect(publishRequests()).toHaveLength(1)
    expect(result.summary).toContain('### ⏹️ Not attempted (7)')
  })

  it('continues without the cluster check when the key lacks cluster:read', async () => {
    servers.pinarkive.set({
      keys: {
        'write-only': {
          scopes: ['files:write'],
          plan: 'premium',
          clusters: ['cl0-global', 'cl1-eu']
        }
      }
    })
    const result = await run({
      inputs: { cids: 'bafkqaaa', cluster: 'cl1-eu', 'api-key': 'write-only' },
      env: { RUNNER_DEBUG: '1' }
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /::debug::The API key cannot list clusters \(missing scope cluster:read\)/
    )
    expect(result.outputs.cid).toBe('bafkqaaa')
  })

  it('403 on a timelock for a free plan says which plan is needed', async () => {
    servers.pinarkive.set({
      keys: {
        'free-plan-key': {
          scopes: ['files:write', 'cluster:read'],
          plan: 'free',
          clusters: ['cl0-global']
        }
      }
    })
    const result = await run({
      inputs: { cids: 'bafkqaaa', timelock: '7d', 'api-key': 'free-plan-key' }
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('`timelock` needs a premium Pinarkive plan')
  })
})
