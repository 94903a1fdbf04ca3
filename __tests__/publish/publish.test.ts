/**
 * The publish phase on its own, against a target made of plain functions: what it records, what
 * it logs, and when it stops starting new work.
 */
import { renameSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { readingIdentity } from '../../src/content/file-identity.js'
import { noLocalCids } from '../../src/content/plan-cids.js'
import type { PublishPlan } from '../../src/content/plan.js'
import { ApiError } from '../../src/transport/errors.js'
import type { DirectoryFile } from '../../src/pinarkive/client.js'
import { checkUploadNames, UnsendableNamesError } from '../../src/publish/names.js'
import { publish, type PublishSettings } from '../../src/publish/publish.js'
import { dryRunTarget, pinarkiveTarget, type PublishApi } from '../../src/publish/target.js'
import { makeWorkspace, scannedFile } from '../../test-support/run-action.mjs'

const settings: PublishSettings = {
  name: 'site',
  cluster: '',
  timelock: undefined,
  concurrency: 2,
  apiUrl: 'https://api.example/api/v3',
  timeoutMs: 1000
}

function recordingLog() {
  const lines: string[] = []
  return {
    lines,
    log: {
      info: (line: string) => lines.push(line),
      warning: (line: string) => lines.push(`warning: ${line}`),
      debug: () => {}
    }
  }
}

/** Files on disk and a files-mode plan of them, in this order. */
async function filesPlan(tree: Record<string, string>): Promise<PublishPlan> {
  const workspace = await makeWorkspace(tree)
  return {
    files: Object.keys(tree).map(relPath => ({
      ...scannedFile(path.join(workspace, relPath)),
      relPath
    })),
    pins: []
  }
}

/** An API whose uploads answer `cid-<filename>`, failing for the names in `fail`. */
function fakeApi(fail: Record<string, Error> = {}) {
  const uploaded: string[] = []
  const api: PublishApi = {
    uploadFile: async file => {
      uploaded.push(file.filename)
      const error = fail[file.filename]
      if (error) throw error
      return { cid: `cid-${file.filename}` }
    },
    uploadDirectory: async (files: readonly DirectoryFile[]) => ({
      cid: 'cid-dir',
      files: files.map(f => ({ path: f.path.split('/').pop() ?? f.path }))
    }),
    pin: async cid => ({ cid })
  }
  return { api, uploaded }
}

function target(api: PublishApi, plan: PublishPlan) {
  return pinarkiveTarget(api, {
    gateway: '',
    clusters: undefined,
    identify: readingIdentity(plan.files, 'unixfs-v1-2025', noLocalCids()),
    verify: 'warn'
  })
}

describe('publish', () => {
  it('uploads identical files once, the first in order, and says which', async () => {
    const plan = await filesPlan({ 'a.txt': 'same', 'b.txt': 'other', 'c.txt': 'same' })
    const { api, uploaded } = fakeApi()
    const { log, lines } = recordingLog()
    const outcome = await publish(plan, target(api, plan), settings, log)
    expect(uploaded.sort()).toEqual(['a.txt', 'b.txt'])
    expect(outcome.items.map(i => [i.path, i.cid, i.duplicateOf])).toEqual([
      ['a.txt', 'cid-a.txt', undefined],
      ['b.txt', 'cid-b.txt', undefined],
      ['c.txt', 'cid-a.txt', 'a.txt']
    ])
    expect(lines).toContain('Skipped c.txt: same bytes as a.txt → cid-a.txt')
    expect(lines).toContain('1 file had the same bytes as another file and was not uploaded twice.')
  })

  it('fails each entry the scan could not read, and publishes the others', async () => {
    const plan = await filesPlan({ 'a.txt': 'a', 'c.txt': 'c' })
    plan.unreadable = [
      { relPath: 'b\\xe9.txt', reason: 'its path is not valid UTF-8', exclude: '!b?.txt' }
    ]
    const { api, uploaded } = fakeApi()
    const outcome = await publish(plan, target(api, plan), settings, recordingLog().log)
    expect(uploaded.sort()).toEqual(['a.txt', 'c.txt'])
    expect(outcome.items.map(i => i.path)).toEqual(['a.txt', 'c.txt'])
    expect(outcome.failures).toEqual([
      {
        type: 'file',
        path: 'b\\xe9.txt',
        name: 'b\\xe9.txt',
        error:
          'Not published: its path is not valid UTF-8. Fix it, or leave it out with this line in `path`: !b?.txt'
      }
    ])
  })

  it('fails a file swapped since the scan, and publishes the others', async () => {
    const plan = await filesPlan({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' })
    const swapped = plan.files[1]
    renameSync(plan.files[2].absPath, `${swapped.absPath}.new`)
    renameSync(`${swapped.absPath}.new`, swapped.absPath)
    const { api, uploaded } = fakeApi()
    const outcome = await publish(plan, target(api, plan), settings, recordingLog().log)
    expect(uploaded).toEqual(['a.txt'])
    expect(outcome.failures.map(f => [f.path, f.error])).toEqual([
      [
        'b.txt',
        `${swapped.absPath} was replaced after it was listed (a different file now); not published`
      ],
      [
        'c.txt',
        `cannot read ${plan.files[2].absPath}: it no longer exists (ENOENT): it was removed after it was listed`
      ]
    ])
  })

  it('fails the duplicate of a file that failed, naming it', async () => {
    const plan = await filesPlan({ 'a.txt': 'same', 'c.txt': 'same' })
    const { api } = fakeApi({ 'a.txt': new ApiError(500, 'boom', undefined, undefined, 6) })
    const outcome = await publish(plan, target(api, plan), settings, recordingLog().log)
    expect(outcome.items).toEqual([])
    expect(outcome.failures.map(f => [f.path, f.error])).toEqual([
      ['a.txt', expect.stringContaining('server error for this file after 6 attempts')],
      ['c.txt', 'Same bytes as a.txt, which failed.']
    ])
  })

  it('stops starting items after an error every request would get, and lists them', async () => {
    const plan = await filesPlan({ 'a.txt': '1', 'b.txt': '22', 'c.txt': '333', 'd.txt': '4444' })
    const { api, uploaded } = fakeApi({
      'a.txt': new ApiError(401, 'bad key', undefined, undefined, 1)
    })
    const outcome = await publish(
      plan,
      target(api, plan),
      { ...settings, concurrency: 1 },
      recordingLog().log
    )
    expect(uploaded).toEqual(['a.txt'])
    expect(outcome.notAttempted).toEqual({
      items: ['b.txt', 'c.txt', 'd.txt'],
      reason: expect.stringContaining('Pinarkive rejected the API key')
    })
  })

  it('starts nothing once the deadline has passed, giving its reason', async () => {
    const plan = await filesPlan({ 'a.txt': '1' })
    const deadline = new AbortController()
    deadline.abort('`max-duration` (1 s) ran out')
    const { api, uploaded } = fakeApi()
    const outcome = await publish(
      plan,
      target(api, plan),
      { ...settings, deadline: deadline.signal },
      recordingLog().log
    )
    expect(uploaded).toEqual([])
    expect(outcome.notAttempted).toEqual({
      items: ['a.txt'],
      reason: '`max-duration` (1 s) ran out'
    })
  })

  it('warns when the server did not keep the folders of a directory', async () => {
    const plan = await filesPlan({ 'site/index.html': 'x', 'site/docs/a.html': 'y' })
    const directory = {
      rootRelPath: 'site',
      entries: plan.files.map(file => ({ file, path: file.relPath.slice('site/'.length) }))
    }
    const { api } = fakeApi()
    const outcome = await publish(
      { directory, files: [], pins: [] },
      target(api, plan),
      settings,
      recordingLog().log
    )
    expect(outcome.items[0]).toMatchObject({ type: 'directory', cid: 'cid-dir', files: 2 })
    expect(outcome.warnings).toEqual([
      expect.stringContaining(
        'did not keep the folder structure of 1 file (`docs/a.html` was stored as `a.html`)'
      )
    ])
  })

  it('fails a directory upload, naming the file, when an entry was swapped since the scan', async () => {
    const plan = await filesPlan({ 'site/index.html': 'x', 'site/about.html': 'y' })
    const directory = {
      rootRelPath: 'site',
      entries: plan.files.map(file => ({ file, path: file.relPath.slice('site/'.length) }))
    }
    const swapped = plan.files[1].absPath
    writeFileSync(`${swapped}.new`, 'swapped in')
    renameSync(`${swapped}.new`, swapped)
    const sent: string[] = []
    const { api } = fakeApi()
    // Reads every body, as the transport does while it streams the request.
    api.uploadDirectory = async files => {
      for (const file of files) {
        for await (const chunk of file.source.chunks()) sent.push(Buffer.from(chunk).toString())
      }
      return { cid: 'cid-dir' }
    }
    const outcome = await publish(
      { directory, files: [], pins: [] },
      target(api, plan),
      settings,
      recordingLog().log
    )
    expect(outcome.items).toEqual([])
    expect(outcome.failures.map(f => [f.path, f.error])).toEqual([
      ['site', `${swapped} was replaced after it was listed (a different file now); not published`]
    ])
    expect(sent).toEqual(['x'])
  })

  it('says what a dry run would do, and sends nothing', async () => {
    const plan = await filesPlan({ 'a.txt': 'x' })
    const local = noLocalCids()
    local.files.set('a.txt', 'bafy-local')
    const { log, lines } = recordingLog()
    const outcome = await publish(
      { ...plan, pins: ['bafy-pin'] },
      dryRunTarget(local, ''),
      settings,
      log
    )
    expect(outcome.items.map(i => i.cid)).toEqual(['bafy-local', 'bafy-pin'])
    expect(lines.sort()).toEqual(['Would pin bafy-pin', 'Would upload a.txt (1 B) → bafy-local'])
  })
})

describe('checkUploadNames', () => {
  const file = (relPath: string) => ({
    absPath: `/ws/${relPath}`,
    relPath,
    size: 1,
    inode: { dev: 0n, ino: 0n }
  })

  it('passes names that travel, hostile as they may look', () => {
    const plan = { files: ['a"b.txt', 'x\n::error::y', 'trail\\', 'café'].map(file), pins: [] }
    expect(() => checkUploadNames(plan)).not.toThrow()
  })

  it('refuses, naming each, names no upload can carry exactly', () => {
    const longName = 'é'.repeat(3000)
    const plan = {
      directory: {
        rootRelPath: 'site',
        entries: [
          { file: file('site/ok.html'), path: 'ok.html' },
          { file: file('site/x'), path: longName }
        ]
      },
      files: [file('lone-\ud800.txt')],
      pins: []
    }
    expect(() => checkUploadNames(plan)).toThrow(UnsendableNamesError)
    expect(() => checkUploadNames(plan)).toThrow(
      /^2 files cannot be uploaded under their own name, so nothing was uploaded: .*too long to send.*"lone-\\ud800\.txt" is not valid Unicode.*Rename them, or exclude them with `!` lines in `path`\.$/s
    )
  })
})
