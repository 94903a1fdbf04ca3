/**
 * End to end: the bundled action against a Pinarkive server that answers like an attacker, a
 * bug or a broken proxy would. What the user sees: the exit code, the log, the outputs, the
 * job summary.
 */
import { jest } from '@jest/globals'
import {
  ALL_SCOPES,
  HOSTILE_CIDS,
  hostileClusterOptions,
  hugeCid
} from '../../test-support/fake-pinarkive.mjs'
import { fakeServers } from './fake-servers.js'
import { parseGfm } from '../../test-support/gfm.mjs'
import { makeWorkspace, runAction, type RunOptions } from '../../test-support/run-action.mjs'

jest.setTimeout(60_000)

// Real UnixFS CIDs, so `verify` (on by default) finds the honest answers right.
const servers = fakeServers({ cidProfile: 'unixfs-v1-2025' })

const SITE = {
  'dist/index.html': '<h1>home</h1>',
  'dist/about/index.html': '<h1>about</h1>'
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

/** Every value the step hands to later steps, as one string. */
function allOutputs(outputs: Record<string, string>): string {
  return Object.values(outputs).join('\n')
}

/** Log lines that would be read as workflow commands the action did not mean. */
function forgedCommands(stdout: string): string[] {
  return stdout.split('\n').filter(line => /^::(error|warning|notice) title=forged/.test(line))
}

describe('a CID answer that is not a CID', () => {
  it.each(HOSTILE_CIDS.map(cid => [cid]))(
    'files mode, %j: that file fails, the other is published, the value goes nowhere',
    async cid => {
      const workspace = await makeWorkspace({ 'out/a.txt': 'alpha', 'out/b.txt': 'bravo' })
      // The uploads start in parallel: answer whichever comes second with the hostile CID.
      servers.pinarkive.inject('POST /files', {}, { patch: { cid } })
      const result = await run({ workspace, inputs: { path: 'out', 'upload-as': 'files' } })
      expect(result.code).toBe(1)
      const published = JSON.parse(result.outputs.results)
      expect(published).toHaveLength(1)
      expect(published[0].cid).toMatch(/^bafkrei[a-z2-7]+$/)
      expect(JSON.parse(result.outputs.cids)).toEqual([published[0].cid])
      expect(result.outputs.cid).toBe(published[0].cid)
      expect(result.outputs['gateway-url']).toBe(
        `https://gateway.pinarkive.com/ipfs/${published[0].cid}`
      )
      const outputs = allOutputs(result.outputs)
      expect(outputs).not.toContain(cid)
      for (const piece of ['javascript:', '../', 'evil.example', 'PWNED', '<img', '::error']) {
        expect(outputs).not.toContain(piece)
      }
      expect(result.stdout).toContain('with success, but its answer is not a CID: "')
      expect(result.stdout).toContain('The content may have been stored anyway')
      expect(forgedCommands(result.stdout)).toEqual([])
      // The only link the summary builds is the published file's. (Escaping the quoted value
      // in the error cell for Markdown is the renderer's job.)
      const links = parseGfm(result.summary).inlines.flatMap(inline => inline.links)
      expect(links.map(link => link.href)).toEqual([
        `https://gateway.pinarkive.com/ipfs/${published[0].cid}`
      ])
    }
  )

  it('directory mode: the step fails, with no cid, gateway-url or results to use', async () => {
    const workspace = await makeWorkspace(SITE)
    servers.pinarkive.inject('POST /files/directory-dag', { patch: { cid: 'javascript:alert(1)' } })
    const result = await run({ workspace, inputs: { path: 'dist' } })
    expect(result.code).toBe(1)
    expect(result.outputs.cid).toBe('')
    expect(result.outputs['gateway-url']).toBe('')
    expect(JSON.parse(result.outputs.results)).toEqual([])
    expect(allOutputs(result.outputs)).not.toContain('javascript')
    expect(result.stdout).toContain(
      'Failed dist/ (2 files, 27 B): Pinarkive answered the upload of dist/ (2 files, 27 B) with success, but its answer is not a CID: "javascript:alert(1)". The content may have been stored anyway'
    )
    expect(result.summary).not.toContain('](javascript')
  })

  it('a 10 MB CID answer leaves a small summary and log', async () => {
    const workspace = await makeWorkspace({ 'out/a.txt': 'alpha' })
    servers.pinarkive.inject('POST /files', { patch: { cid: hugeCid() } })
    const result = await run({ workspace, inputs: { path: 'out', 'upload-as': 'files' } })
    expect(result.code).toBe(1)
    expect(Buffer.byteLength(result.summary)).toBeLessThan(64 * 1024)
    expect(result.stdout.length).toBeLessThan(64 * 1024)
    const failed = parseGfm(result.summary).tables[0]
    expect(failed[0][1].text).toContain(`"b${'a'.repeat(99)}…"`)
  })
})

describe('file names through a multer-like parser', () => {
  /** Names the old encoding broke: %22 for ", a dropped part for a trailing \, latin1 garbling. */
  const NAMES = [
    'q"uote.txt',
    'trail\\',
    '".txt',
    '%22.txt',
    'back\\slash.txt',
    'café.html'.normalize('NFC'),
    'café.html'.normalize('NFD'),
    '🎉 party.txt',
    'tab\there.txt',
    "it's (1).html",
    'é'.repeat(127) + 'x'
  ]

  it.each(['utf8', 'latin1'] as const)(
    'arrive exactly, in directory and files mode, with defParamCharset %s',
    async paramCharset => {
      servers.pinarkive.set({ paramCharset })
      const tree = Object.fromEntries(NAMES.map(name => [`site/deep/${name}`, name]))
      const workspace = await makeWorkspace(tree)
      const directory = await run({ workspace, inputs: { path: 'site' } })
      expect(directory.code).toBe(0)
      expect(
        servers.pinarkive.requests
          .at(-1)
          ?.files.map(f => f.filename)
          .sort()
      ).toEqual(NAMES.map(name => `deep/${name}`).sort())
      // The server built its directory from the names it received: the local CID agrees.
      expect(JSON.parse(directory.outputs.results)[0]).toMatchObject({ verified: true })

      servers.pinarkive.reset()
      servers.pinarkive.set({ paramCharset })
      const files = await run({ workspace, inputs: { path: 'site', 'upload-as': 'files' } })
      expect(files.code).toBe(0)
      expect(
        servers.pinarkive.requests
          .filter(r => r.method === 'POST')
          .map(r => r.files[0].filename)
          .sort()
      ).toEqual([...NAMES].sort())
    }
  )
})

describe('a cluster list with unsafe gateways', () => {
  it('links to the next valid gateway by order, warning about each one skipped', async () => {
    servers.pinarkive.set(hostileClusterOptions())
    const workspace = await makeWorkspace(SITE)
    const result = await run({ workspace, inputs: { path: 'dist' } })
    expect(result.code).toBe(0)
    expect(result.outputs.cluster).toBe('cl0-global')
    expect(result.outputs['gateway-url']).toBe(
      `https://second.gateway.example/ipfs/${result.outputs.cid}`
    )
    expect(allOutputs(result.outputs)).not.toMatch(/javascript:|http:\/\/gateway\.evil/)
    expect(result.summary).not.toMatch(/javascript:|http:\/\/gateway\.evil/)
    expect(result.stdout).toContain(
      '::warning::Pinarkive lists a gateway for cluster cl0-global that is not an https:// URL'
    )
    expect(result.stdout).toMatch(/::warning::Pinarkive lists a cluster whose id is not a plain id/)
    expect(forgedCommands(result.stdout)).toEqual([])
  })

  it('falls back to the default gateway when a cluster has no valid one', async () => {
    servers.pinarkive.set(hostileClusterOptions())
    const result = await run({ inputs: { cids: 'bafkqaaa', cluster: 'cl1-eu' } })
    expect(result.code).toBe(0)
    expect(result.outputs['gateway-url']).toBe('https://gateway.pinarkive.com/ipfs/bafkqaaa')
  })
})

describe('an answer that never ends', () => {
  it('a body trickling a byte a second is cut after `timeout`, retried, then fails clearly', async () => {
    const workspace = await makeWorkspace({ 'out/a.txt': 'alpha' })
    servers.pinarkive.inject('POST /files', { trickleMs: 1000 }, { trickleMs: 1000 })
    const result = await run({
      workspace,
      // Without a local CID the action cannot ask whether the trickled upload was stored, so it
      // sends it again (retried-uploads.e2e.test.ts covers the asking).
      inputs: { path: 'out', 'upload-as': 'files', timeout: '0.5', retries: '1', verify: 'off' },
      timeoutMs: 30_000
    })
    expect(result.code).toBe(1)
    expect(result.durationMs).toBeLessThan(15_000)
    expect(result.stdout).toContain(
      'out/a.txt: answer not complete within 0.5 s of its headers; retry 1/1'
    )
    expect(result.stdout).toContain(
      "Failed out/a.txt: The request for this file failed: answer not complete within 0.5 s of its headers after 2 attempts. Pinarkive's answer arrived too slowly"
    )
  })
})

describe('a huge error message', () => {
  it('keeps the summary and the log small, the message cut with a visible ellipsis', async () => {
    const workspace = await makeWorkspace({ 'out/a.txt': 'alpha' })
    const huge = 'A'.repeat(2 * 1024 * 1024)
    servers.pinarkive.inject('POST /files', {
      status: 400,
      body: { error: 'Bad Request', message: huge }
    })
    const result = await run({ workspace, inputs: { path: 'out', 'upload-as': 'files' } })
    expect(result.code).toBe(1)
    expect(Buffer.byteLength(result.summary)).toBeLessThan(64 * 1024)
    expect(result.stdout.length).toBeLessThan(64 * 1024)
    expect(result.summary).toContain(`${'A'.repeat(500)}…`)
    expect(result.summary).not.toContain('A'.repeat(501))
  })
})

describe('an error that echoes the API key', () => {
  const KEY = 'pk_live_hostile_echo_7f3a9c'

  // Needs the one redactor at the sinks (issue item 2, owned by the "render" helper): until it
  // lands the key reaches the log lines and the summary through the server's message. The
  // transport's part, sending the key only to `api-url`, is asserted in the first lines.
  it('never shows the key in the log, the summary or the outputs', async () => {
    servers.pinarkive.set({ keys: { [KEY]: { scopes: [...ALL_SCOPES], plan: 'premium' } } })
    const workspace = await makeWorkspace({ 'out/a.txt': 'alpha', 'out/b.txt': 'bravo' })
    servers.pinarkive.inject('POST /files', { status: 400, echoKey: true })
    const result = await run({
      workspace,
      inputs: { path: 'out', 'upload-as': 'files', 'api-key': KEY }
    })
    expect(result.code).toBe(1)
    expect(servers.pinarkive.requests.every(r => r.headers.authorization === `Bearer ${KEY}`)).toBe(
      true
    )
    expect(result.stdout).toContain(`::add-mask::${KEY}`)
    expect(result.stdout.split(`::add-mask::${KEY}`).join('')).not.toContain(KEY)
    expect(result.stderr).not.toContain(KEY)
    expect(result.summary).not.toContain(KEY)
    expect(allOutputs(result.outputs)).not.toContain(KEY)
    expect(result.stdout).toContain('Request with API key *** failed')
  })
})
