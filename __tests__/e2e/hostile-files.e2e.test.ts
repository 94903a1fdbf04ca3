/**
 * End to end: files a fork built, which the trusted workflow publishes. A name that is not
 * valid UTF-8, a link that loops, a file swapped between the scan and its upload: each is
 * named, none crashes the run, none is left out without a word, and nothing swapped in is sent.
 */
import { jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fakeServers } from './fake-servers.js'
import {
  makeWorkspace,
  rawPath,
  runAction,
  type RunOptions
} from '../../test-support/run-action.mjs'

jest.setTimeout(60_000)

const servers = fakeServers({ cidProfile: 'unixfs-v1-2025' })

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

function uploads() {
  return servers.pinarkive.requests.filter(r => r.method === 'POST')
}

/** The `::error::` lines, their `%0A` turned back into new lines. */
function errors(stdout: string): string {
  return stdout
    .split('\n')
    .filter(line => line.startsWith('::error'))
    .map(line => line.replace(/%0A/g, '\n').replace(/%25/g, '%'))
    .join('\n')
}

/** A site whose `dist/latin1-\xe9.html` has a name that is not valid UTF-8. */
async function siteWithLatin1Name() {
  const workspace = await makeWorkspace({
    'dist/index.html': '<h1>home</h1>',
    'dist/about.html': '<h1>about</h1>'
  })
  writeFileSync(rawPath(workspace, 'dist/latin1-', [0xe9], '.html'), '<h1>café</h1>')
  return workspace
}

describe('a name that is not valid UTF-8', () => {
  it('fails a directory upload before anything is sent, naming the file and the fix', async () => {
    const workspace = await siteWithLatin1Name()
    const result = await run({ workspace, inputs: { path: 'dist' } })
    expect(result.code).toBe(1)
    expect(servers.pinarkive.requests).toEqual([])
    const error = errors(result.stdout)
    expect(error).toContain('Nothing was uploaded: the directory would be incomplete')
    expect(error).toContain('dist/latin1-\\xe9.html: its path is not valid UTF-8')
    expect(error).toContain('!dist/latin1-?.html')
    expect(result.stdout).toContain(
      'Cannot publish dist/latin1-\\xe9.html: its path is not valid UTF-8'
    )
  })

  it('is left out of a directory upload when a `!` line excludes it', async () => {
    const workspace = await siteWithLatin1Name()
    const result = await run({ workspace, inputs: { path: 'dist\n!dist/latin1-?.html' } })
    expect(result.code).toBe(0)
    const [upload] = uploads()
    expect(upload.files.map(f => f.filename).sort()).toEqual(['about.html', 'index.html'])
  })

  it('fails as one item in files mode, while the others are published', async () => {
    const workspace = await siteWithLatin1Name()
    const result = await run({ workspace, inputs: { path: 'dist', 'upload-as': 'files' } })
    expect(result.code).toBe(1)
    expect(
      uploads()
        .map(u => u.files[0].filename)
        .sort()
    ).toEqual(['about.html', 'index.html'])
    const published = JSON.parse(result.outputs.results) as { path: string }[]
    expect(published.map(item => item.path)).toEqual(['dist/about.html', 'dist/index.html'])
    expect(errors(result.stdout)).toContain(
      '1 of 3 items failed:\n- dist/latin1-\\xe9.html: Not published: its path is not valid UTF-8'
    )
    expect(result.summary).toContain('latin1-')
  })
})

describe('a symbolic link that loops', () => {
  it('is a named item error in files mode, not an ELOOP crash', async () => {
    const workspace = await makeWorkspace({
      'dist/index.html': '<h1>home</h1>',
      'dist/loop': { symlink: 'loop' }
    })
    const result = await run({ workspace, inputs: { path: 'dist', 'upload-as': 'files' } })
    expect(result.code).toBe(1)
    expect(uploads().map(u => u.files[0].filename)).toEqual(['index.html'])
    expect(errors(result.stdout)).toContain(
      '- dist/loop: Not published: a symbolic link that loops (ELOOP). Fix it, or leave it out with this line in "path": !dist/loop'
    )
    expect(result.stdout + result.stderr).not.toMatch(/ELOOP: too many symbolic links/)
  })

  it('fails a directory upload before anything is sent, naming it', async () => {
    const workspace = await makeWorkspace({
      'dist/index.html': '<h1>home</h1>',
      'dist/loop': { symlink: 'loop' }
    })
    const result = await run({ workspace, inputs: { path: 'dist' } })
    expect(result.code).toBe(1)
    expect(servers.pinarkive.requests).toEqual([])
    expect(errors(result.stdout)).toContain('dist/loop: a symbolic link that loops (ELOOP)')
  })
})

describe('a file swapped between the scan and its upload', () => {
  it('is refused, and the secret it now points to is never sent', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'outside-'))
    const secret = path.join(outside, 'secret.txt')
    writeFileSync(secret, 'API_KEY=do-not-publish')
    const workspace = await makeWorkspace({ 'dist/a.txt': 'first', 'dist/b.txt': 'second' })
    // One upload at a time, the first held by the server: the swap happens while it waits.
    servers.pinarkive.inject('POST /files$', { delayMs: 1500 })
    const running = run({
      workspace,
      inputs: { path: 'dist', 'upload-as': 'files', concurrency: '1' }
    })
    await waitFor(() => uploads().length === 1)
    const b = path.join(workspace, 'dist/b.txt')
    unlinkSync(b)
    symlinkSync(secret, b)
    const result = await running

    expect(result.code).toBe(1)
    expect(uploads().map(u => u.files[0].filename)).toEqual(['a.txt'])
    const sent = servers.pinarkive.requests.flatMap(r => r.files.map(f => f.sha256))
    expect(sent).not.toContain(createHash('sha256').update('API_KEY=do-not-publish').digest('hex'))
    expect(errors(result.stdout)).toContain(
      `- dist/b.txt: ${b} was replaced after it was listed (a different file now); not published`
    )
  })
})

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting')
    await new Promise(resolve => setTimeout(resolve, 10))
  }
}
