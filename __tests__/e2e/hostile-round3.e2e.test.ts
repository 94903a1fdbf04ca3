/**
 * End to end, round three of hostile input (issue 19), through dist/index.js under Node 24
 * against the fake Pinarkive and the fake GitHub API on 127.0.0.1: a server error that echoes
 * the key cut in half or transformed, secrets too short to redact, a head SHA that is no SHA,
 * `path` lines that leave the workspace, CIDs and gateways the server chooses, redirects to
 * other hosts and a disabled account. What is checked is what people read: the log, the
 * job summary, the PR comment, the commit status and the outputs.
 */
import { jest } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { CID as Cid } from 'multiformats/cid'
import { identity } from 'multiformats/hashes/identity'
import { sha256, sha512 } from 'multiformats/hashes/sha2'
import { fakeServers } from './fake-servers.js'
import { ALL_SCOPES } from '../../test-support/fake-pinarkive.mjs'
import { makeWorkspace, runAction, type RunResult } from '../../test-support/run-action.mjs'

jest.setTimeout(60_000)

/** 32 characters, as Pinarkive's keys are: the cut at 500 characters left 28 of them. */
const KEY = 'pk_live_9fQ2xW7rT4mZ8bN1vC6yH3kJ'
/** A token the fake GitHub knows (the installation token of github-actions[bot]). */
const TOKEN = 'ghs_test'
const OWNER = 'octo-org'
const REPO = 'site'
const HEAD_SHA = 'a'.repeat(40)
/** GITHUB_SHA as runAction sets it. */
const MERGE_SHA = '0123456789abcdef0123456789abcdef01234567'
/** Where ApiError cut the server's message before it redacted it. */
const SERVER_TEXT_MAX = 500

const servers = fakeServers({ keys: { [KEY]: { plan: 'premium', scopes: [...ALL_SCOPES] } } })

function pullRequestEvent(headSha = HEAD_SHA) {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: headSha, ref: 'feature', repo: { full_name: `${OWNER}/${REPO}` } },
      base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } }
    }
  }
}

async function publish(options: {
  inputs?: Record<string, string>
  workspace?: string
  event?: object
  githubToken?: string
}): Promise<RunResult> {
  return runAction({
    workspace: options.workspace ?? (await makeWorkspace({ 'dist/index.html': '<h1>hi</h1>' })),
    eventName: 'pull_request',
    event: options.event ?? pullRequestEvent(),
    githubToken: options.githubToken ?? TOKEN,
    env: { GITHUB_API_URL: servers.github.url, GITHUB_GRAPHQL_URL: servers.github.graphqlUrl },
    inputs: {
      'api-key': KEY,
      'api-url': servers.pinarkive.url,
      path: 'dist',
      comment: 'true',
      'commit-status': 'true',
      retries: '0',
      ...options.inputs
    }
  })
}

/** Everything the action wrote, anywhere people read, as one string. */
function everythingWritten(result: RunResult): string {
  // `::add-mask::` hands a secret to the runner, which takes the line and never shows it.
  const log = (text: string) =>
    text
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n')
  return [
    log(result.stdout),
    log(result.stderr),
    result.summary,
    JSON.stringify(result.outputs),
    JSON.stringify(servers.github.comments.map(c => c.body)),
    JSON.stringify(servers.github.statuses),
    JSON.stringify(servers.github.requests.map(r => r.json))
  ].join('\n')
}

/** Characters that hide text, raw or escaped, as a leak might carry them inside the key. */
const HIDING =
  /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|\\u(?:00ad|061c|200[b-f]|202[a-e]|206[0-9])/gi

/** Runs of 8 characters of each form of the key: any one of them in the text is a leak. */
function keyPieces(): { text: string; ignoreCase: boolean }[] {
  const bytes = Buffer.from(KEY)
  const forms = [
    { form: KEY, ignoreCase: true },
    { form: bytes.toString('hex'), ignoreCase: true },
    ...[0, 1, 2].flatMap(offset => {
      const shifted = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64')
      const inner = shifted.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + 32)) / 6))
      return [
        { form: inner, ignoreCase: false },
        { form: inner.replace(/\+/g, '-').replace(/\//g, '_'), ignoreCase: false }
      ]
    })
  ]
  return forms.flatMap(({ form, ignoreCase }) =>
    Array.from({ length: form.length - 7 }, (_, i) => ({ text: form.slice(i, i + 8), ignoreCase }))
  )
}

/** The pieces of the key found in `text`, hiding characters taken out first. */
function keyTraces(text: string): string[] {
  const plain = text.replace(HIDING, '')
  return keyPieces()
    .filter(piece =>
      piece.ignoreCase
        ? plain.toLowerCase().includes(piece.text.toLowerCase())
        : plain.includes(piece.text)
    )
    .map(piece => piece.text)
}

describe('a server error that echoes the key: redacted before it is cut, in every form', () => {
  it.each([
    ['files mode', 'POST /files', 'files'],
    ['directory mode', 'POST /files/directory-dag', 'directory']
  ])('%s: a key cut in half by the 500-character limit is nowhere', async (_, match, mode) => {
    // 28 of the key's 32 characters fall before the cut, as in the issue.
    const message = `${'x'.repeat(SERVER_TEXT_MAX - 28)}${KEY} was logged for support`
    servers.pinarkive.inject(match, { status: 500, body: { error: 'Internal', message } })
    const result = await publish({ inputs: { 'upload-as': mode } })
    expect(result.code).toBe(1)
    // The error reached every sink, redacted whole.
    expect(result.stdout).toMatch(/::error::.*x\*\*\* was logged for support/)
    expect(result.summary).toContain('x\\*\\*\\* was logged for support')
    expect(servers.github.comments).toHaveLength(1)
    expect(servers.github.comments[0].body).toContain('x\\*\\*\\* was logged for support')
    expect(servers.github.statuses).toEqual([expect.objectContaining({ state: 'failure' })])
    expect(keyTraces(everythingWritten(result))).toEqual([])
  })

  it('upper and lower case, base64 (alone and inside a blob), hex, zero-width characters: nowhere', async () => {
    const bytes = Buffer.from(KEY)
    const forms = [
      KEY.toUpperCase(),
      KEY.toLowerCase(),
      bytes.toString('base64'),
      bytes.toString('base64url'),
      bytes.toString('hex'),
      bytes.toString('hex').toUpperCase(),
      Buffer.from(JSON.stringify({ auth: `Bearer ${KEY}` })).toString('base64'),
      [...KEY].join('\u200b'),
      `${KEY.slice(0, 10)}\u200d\u2060${KEY.slice(10, 20)}\u00ad\ufeff${KEY.slice(20)}`,
      [...KEY].join('\u200f')
    ]
    servers.pinarkive.inject('POST /files/directory-dag', {
      status: 500,
      body: { error: 'Internal', message: `key ${forms.join(' / ')} rejected` }
    })
    const result = await publish({})
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/::error::.*key \*\*\* \/ \*\*\* \/ \*\*\*/)
    expect(servers.github.comments[0].body).toContain('key \\*\\*\\* \\/ \\*\\*\\* \\/ \\*\\*\\*')
    // Inside a longer base64 string, only what also holds the bytes around the key is left.
    expect(servers.github.comments[0].body).toContain('`eyJhdXRoIjoiQmVhcmVyIH***In0=`')
    expect(servers.github.statuses[0].description).toContain('key *** / ***')
    expect(keyTraces(everythingWritten(result))).toEqual([])
  })

  it('the key as the fake echoes it (`echoKey`) is nowhere either', async () => {
    servers.pinarkive.inject('POST /files/directory-dag', { status: 500, echoKey: true })
    const result = await publish({})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Request with API key *** failed')
    expect(keyTraces(everythingWritten(result))).toEqual([])
  })
})

describe('secrets too short to redact', () => {
  const CID = 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'

  it('a one-letter api-key is refused before any request, naming its length, not its value', async () => {
    // Were it taken, it would be redacted inside every CID and URL of the outputs.
    servers.pinarkive.set({ keys: { k: { plan: 'premium', scopes: [...ALL_SCOPES] } } })
    const result = await publish({ inputs: { 'api-key': 'k', path: '', cids: CID } })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error::Input "api-key" is 1 character long, too short to be a real secret or to be kept out of the log, the summary and comments safely (at least 8 are needed). ' +
        'Pass the whole Pinarkive API key, kept as a repository secret: "api-key: ${{ secrets.PINARKIVE_API_KEY }}".'
    )
    expect(servers.pinarkive.requests).toEqual([])
    expect(servers.github.requests).toEqual([])
    // Not masked either: the runner would blank every `k` of the log.
    expect(result.stdout).not.toContain('::add-mask::k\n')
    expect(everythingWritten(result)).not.toContain('***')
  })

  it('a short github-token is refused the same way', async () => {
    const result = await publish({ githubToken: 'ghs' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error::Input "github-token" is 3 characters long, too short')
    expect(servers.pinarkive.requests).toEqual([])
    expect(servers.github.requests).toEqual([])
  })

  it('a key of 8 characters and more publishes, its outputs whole', async () => {
    const result = await publish({ inputs: { path: '', cids: CID } })
    expect(result.code).toBe(0)
    expect(result.outputs.cid).toBe(CID)
    expect(result.outputs['gateway-url']).toBe(`https://gateway.pinarkive.com/ipfs/${CID}`)
  })
})

describe('a head SHA in the payload that is not a SHA', () => {
  it.each([
    [`../../../evil-org/evil/commit/${'e'.repeat(40)}`],
    [`${'a'.repeat(40)}/../../../evil-org/evil`],
    ['a'.repeat(39)]
  ])('%j: the link and the status use GITHUB_SHA instead', async headSha => {
    const result = await publish({ event: pullRequestEvent(headSha) })
    expect(result.code).toBe(0)
    const [comment] = servers.github.comments
    expect(comment.body).toContain(
      `| [\`${MERGE_SHA.slice(0, 7)}\`](https://github.com/${OWNER}/${REPO}/commit/${MERGE_SHA}) |`
    )
    expect(servers.github.statuses).toEqual([expect.objectContaining({ sha: MERGE_SHA })])
    const paths = servers.github.requests.map(r => r.path)
    expect(paths.filter(p => p.includes('evil') || p.includes(headSha))).toEqual([])
    expect(comment.body).not.toContain('evil')
  })
})

describe('a path line that leaves the workspace', () => {
  /** A workspace with a sibling folder whose names must never be read or named. */
  async function besideOutside(): Promise<{ parent: string; workspace: string }> {
    const parent = await mkdtemp(path.join(tmpdir(), 'pin-action-parent-'))
    const workspace = path.join(parent, 'ws')
    await mkdir(path.join(workspace, 'dist'), { recursive: true })
    await writeFile(path.join(workspace, 'dist', 'index.html'), '<h1>hi</h1>')
    await mkdir(path.join(parent, 'private'))
    await writeFile(path.join(parent, 'private', 'sentinel-9f2.txt'), 'not for IPFS')
    return { parent, workspace }
  }

  it.each([['dist/../../**'], ['../private/**'], ['ABSOLUTE']])(
    '%j is refused by its line before anything is walked or sent',
    async line => {
      const { parent, workspace } = await besideOutside()
      const written = line === 'ABSOLUTE' ? path.join(parent, 'private', '**') : line
      const result = await publish({ workspace, inputs: { path: `dist\n${written}` } })
      expect(result.code).toBe(1)
      expect(result.stdout).toContain(
        `::error::Input "path" has a line that leaves the workspace (${workspace}), so nothing was searched: "${written}".`
      )
      expect(everythingWritten(result)).not.toContain('sentinel')
      expect(servers.pinarkive.requests.filter(r => r.method === 'POST')).toEqual([])
    }
  )
})

describe('CIDs the server chooses', () => {
  const html = new TextEncoder().encode('<script>alert(document.domain)</script>')
  it.each([
    ['an identity CID carrying HTML', async () => Cid.createV1(0x55, identity.digest(html))],
    ['a libp2p-key CID', async () => Cid.createV1(0x72, await sha256.digest(html))],
    ['a dag-cbor CID', async () => Cid.createV1(0x71, await sha256.digest(html))],
    ['a sha2-512 CID', async () => Cid.createV1(0x55, await sha512.digest(html))]
  ])('%s answering a directory upload fails the step and is linked nowhere', async (_, make) => {
    const cid = (await make()).toString()
    servers.pinarkive.inject('POST /files/directory-dag', { patch: { cid } })
    const result = await publish({})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(`with the CID ${cid}, which no upload produces: `)
    expect(result.outputs.cid).toBe('')
    expect(result.outputs['gateway-url']).toBe('')
    expect(JSON.stringify(result.outputs)).not.toContain(cid)
    // The value may be quoted in the error, never made a link.
    for (const text of [result.summary, ...servers.github.comments.map(c => c.body)]) {
      expect(text).not.toContain(`/ipfs/${cid}`)
    }
  })
})

describe('gateways the server chooses', () => {
  const SKIPPED = [
    'https://evil.example#@gateway.pinarkive.com/ipfs/',
    'https://gateway.pinarkive.com@evil.example/ipfs/',
    'http://10.0.0.1:5001/ipfs/',
    'http://localhost:5001/ipfs/',
    'http://[::1]:8080/ipfs/',
    'http://169.254.169.254/ipfs/'
  ]

  it('a # or @, loopback or a private address is skipped with a warning; the next one is used', async () => {
    servers.pinarkive.set({
      clusters: [
        {
          clusterId: 'cl0-global',
          gateways: [
            ...SKIPPED.map((publicUrl, order) => ({ publicUrl, order })),
            { publicUrl: 'https://ok.gateway.example/ipfs/', order: SKIPPED.length }
          ]
        }
      ]
    })
    const result = await publish({})
    expect(result.code).toBe(0)
    expect(result.outputs['gateway-url']).toBe(
      `https://ok.gateway.example/ipfs/${result.outputs.cid}`
    )
    for (const base of SKIPPED) {
      expect(result.stdout).toContain(`skipped: "${base}"`)
    }
    const links = [result.summary, JSON.stringify(result.outputs), servers.github.comments[0].body]
    for (const text of links) {
      for (const host of ['evil.example', '10.0.0.1', 'localhost:5001', '[::1]', '169.254']) {
        expect(text).not.toContain(host)
      }
    }
  })

  it('a gateway on the very host of api-url (a local Pinarkive) is used', async () => {
    servers.pinarkive.set({ ownGateway: true })
    const result = await publish({})
    expect(result.code).toBe(0)
    expect(result.outputs['gateway-url']).toBe(
      `${servers.pinarkive.gatewayUrl}${result.outputs.cid}`
    )
    expect(result.stdout).not.toContain('skipped:')
  })
})

describe('a gateway that redirects to another host', () => {
  it('is never counted as serving the content: not ready, and the log names the host', async () => {
    servers.pinarkive.set({ ownGateway: true, keepContent: true })
    const redirect = { status: 302, headers: { location: 'https://unrelated.example/landing' } }
    servers.pinarkive.inject('* /ipfs', ...Array.from({ length: 200 }, () => redirect))
    const result = await publish({ inputs: { 'wait-for': 'gateway', 'wait-timeout': '1s' } })
    expect(result.code).toBe(0)
    expect(result.outputs.ready).toBe('false')
    expect(result.stdout).toContain(
      'pinned, but the gateway redirected to another host, "unrelated.example", which does not count as serving it'
    )
    expect(result.summary).not.toContain('✅ retrievable')
    expect(servers.github.comments[0].body).not.toContain('✅ retrievable')
    expect(servers.github.statuses.at(-1)?.description).toMatch(/\(not served yet\)$/)
  })
})

describe('a disabled account', () => {
  it('stops the run at the first answer and explains it once, not per file', async () => {
    const workspace = await makeWorkspace(
      Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`out/f${i}.txt`, `file ${i}`]))
    )
    servers.pinarkive.inject('POST /files', {
      status: 403,
      body: { error: 'Forbidden', code: 'account_disabled', message: 'Account disabled' }
    })
    const result = await publish({
      workspace,
      inputs: { path: 'out', 'upload-as': 'files', concurrency: '1' }
    })
    expect(result.code).toBe(1)
    const explanation = 'The Pinarkive account is disabled (HTTP 403 account_disabled)'
    const count = (text: string) => text.split(explanation).length - 1
    const annotation = result.stdout.split('\n').find(line => line.startsWith('::error::')) ?? ''
    expect(count(annotation)).toBe(1)
    expect(annotation).toContain('5 items not attempted, because of that failure.')
    // Markdown escapes the parentheses and the underscore: count the plain words.
    const words = (text: string) => text.split('contact Pinarkive support').length - 1
    expect(words(result.summary)).toBe(1)
    expect(result.summary).toContain('The run stopped before these, because of the failure above.')
    expect(words(servers.github.comments[0].body)).toBe(1)
    expect(servers.pinarkive.requests.filter(r => r.method === 'POST')).toHaveLength(1)
  })
})
