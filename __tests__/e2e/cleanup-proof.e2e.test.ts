/**
 * End to end: a preview cleanup unpins only what it can prove is the preview's own, under every
 * way a pinning service may keep its records. Pinarkive documents neither its record model nor
 * its import settings, so each test runs against each model the fake can play:
 * - one record per upload (a re-upload or a pin adds one);
 * - one record per content, replaced by a re-upload or a pin (its expiry with it);
 * - one record per content, merged (the later expiry wins).
 * Each test is an attack on the cleanup as it was, or the behaviour that must survive the fix.
 */
import { jest } from '@jest/globals'
import { fakeServers, RECORD_MODELS as MODELS } from './fake-servers.js'
import { makeWorkspace, runAction } from '../../test-support/run-action.mjs'

jest.setTimeout(120_000)

const OWNER = 'octo-org'
const REPO = 'site'
const sha = (c: string) => c.repeat(40)
const FAKE_OPTIONS = { keepContent: true, ownGateway: true, cidProfile: 'unixfs-v1-2025' } as const
const servers = fakeServers(FAKE_OPTIONS)

const repository = {
  full_name: `${OWNER}/${REPO}`,
  name: REPO,
  owner: { login: OWNER },
  default_branch: 'main'
}

function pullEvent(number: number, head: string, action: string) {
  return {
    action,
    number,
    pull_request: {
      number,
      state: action === 'closed' ? 'closed' : 'open',
      merged: false,
      head: { sha: head, ref: `branch-${number}`, repo: { full_name: `${OWNER}/${REPO}` } },
      base: { sha: sha('b'), ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } }
    },
    repository
  }
}

const pushEvent = { eventName: 'push', event: { repository, after: sha('9') } }
const pushEnv = { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: sha('9') }

interface Step {
  eventName?: string
  event: object
  files?: Record<string, string>
  inputs?: Record<string, string>
  env?: Record<string, string>
}

async function step(options: Step) {
  const workspace = await makeWorkspace(options.files ?? {})
  return runAction({
    workspace,
    eventName: options.eventName ?? 'pull_request',
    event: options.event,
    githubToken: 'ghs_test',
    env: {
      GITHUB_API_URL: servers.github.url,
      GITHUB_GRAPHQL_URL: servers.github.graphqlUrl,
      ...options.env
    },
    inputs: {
      'api-key': servers.pinarkive.apiKey,
      'api-url': servers.pinarkive.url,
      path: 'dist',
      timelock: '14d',
      comment: 'true',
      deployment: 'true',
      ...options.inputs
    }
  })
}

/** The production site, as anyone could download it from a gateway and rebuild it. */
const SITE = { 'dist/index.html': '<h1>production</h1>', 'dist/app.js': 'console.log(1)' }

const production = () => step({ ...pushEvent, env: pushEnv, files: SITE, inputs: { timelock: '' } })
const live = (cid: string) => servers.pinarkive.pins.filter(p => p.cid === cid)
const removedCids = () => servers.pinarkive.removed.map(r => r.cid)

describe.each(MODELS)('cleanup under the %s record model', model => {
  beforeEach(() => servers.pinarkive.set({ recordModel: model }))

  it("unpins the pull request's own directory previews, and nothing else", async () => {
    const opened = await step({ event: pullEvent(7, sha('1'), 'opened'), files: SITE })
    const pushed = await step({
      event: pullEvent(7, sha('2'), 'synchronize'),
      files: { ...SITE, 'dist/new.html': 'new' }
    })
    // The merge: production builds the same bytes as the preview and publishes them.
    const prod = await production()
    expect([opened.code, pushed.code, prod.code]).toEqual([0, 0, 0])

    // A cleanup that runs late, after production.
    const closed = await step({ event: pullEvent(7, sha('2'), 'closed') })
    expect(closed.code).toBe(0)
    expect(JSON.parse(closed.outputs.unpinned).sort()).toEqual(
      [opened.outputs.cid, pushed.outputs.cid].sort()
    )
    expect(live(opened.outputs.cid)).toEqual([])
    expect(live(pushed.outputs.cid)).toEqual([])
    expect(live(prod.outputs.cid).map(p => p.expiresAt)).toEqual([null])
    expect(removedCids().every(cid => cid !== prod.outputs.cid)).toBe(true)
  })

  it('leaves production alone when a fork previews a byte-identical copy on another cluster or without reuse', async () => {
    const prod = await production()
    const onOther = await step({
      event: pullEvent(7, sha('1'), 'opened'),
      files: SITE,
      inputs: { cluster: 'cl1-eu' }
    })
    const noReuse = await step({
      event: pullEvent(7, sha('2'), 'synchronize'),
      files: SITE,
      inputs: { reuse: 'off' }
    })
    expect([onOther.code, noReuse.code]).toEqual([0, 0])
    // The preview never touched production's record, so its expiry is still "never".
    expect(live(prod.outputs.cid).map(p => p.expiresAt)).toEqual([null])

    const closed = await step({ event: pullEvent(7, sha('2'), 'closed') })
    expect(closed.code).toBe(0)
    expect(live(prod.outputs.cid).map(p => p.expiresAt)).toEqual([null])
    expect(removedCids()).not.toContain(prod.outputs.cid)
    expect(JSON.parse(closed.outputs.unpinned).sort()).toEqual(
      [onOther.outputs.cid, noReuse.outputs.cid].sort()
    )
  })

  it('never unpins a CID Pinarkive did not answer, when it imports with another profile', async () => {
    // What the old payload recorded: the site's CID as computed here, which another workflow pinned.
    const built = await step({
      ...pushEvent,
      env: pushEnv,
      files: SITE,
      inputs: { 'dry-run': 'true', deployment: 'false', comment: 'false' }
    })
    servers.pinarkive.addUpload({ cid: built.outputs.cid, name: 'built elsewhere' })
    servers.pinarkive.set({ cidProfile: 'unixfs-v0-2015' })
    const opened = await step({ event: pullEvent(7, sha('1'), 'opened'), files: SITE })
    expect(opened.code).toBe(0)
    expect(opened.outputs.cid).toMatch(/^Qm/)

    const closed = await step({ event: pullEvent(7, sha('1'), 'closed') })
    expect(closed.code).toBe(0)
    expect(live(built.outputs.cid)).toHaveLength(1)
    expect(removedCids()).not.toContain(built.outputs.cid)
    // Pinarkive's root is not the one computed with the marker: not proved, so kept, and said so.
    expect(JSON.parse(closed.outputs.kept)).toEqual([
      { cid: opened.outputs.cid, reason: expect.stringContaining('answered differently') }
    ])
    expect(live(opened.outputs.cid)).toHaveLength(1)
    expect(closed.summary).toContain(opened.outputs.cid)
  })

  it("keeps another site's preview of the same pull request, built from the same bytes", async () => {
    const docs = await step({
      event: pullEvent(7, sha('1'), 'opened'),
      files: SITE,
      inputs: { 'comment-header': 'docs' }
    })
    const app = await step({
      event: pullEvent(7, sha('1'), 'opened'),
      files: SITE,
      inputs: { 'comment-header': 'app' }
    })
    expect(docs.outputs.cid).not.toBe(app.outputs.cid)
    const closed = await step({
      event: pullEvent(7, sha('1'), 'closed'),
      inputs: { 'comment-header': 'docs' }
    })
    expect(JSON.parse(closed.outputs.unpinned)).toEqual([docs.outputs.cid])
    expect(live(app.outputs.cid)).toHaveLength(1)
    const appDeployment = servers.github.deployments.find(
      d => (d.payload as { site?: string }).site === 'app'
    )
    expect(appDeployment && servers.github.deploymentState(appDeployment)).toBe('success')
  })

  it('unpins every record of its own root, re-runs of the same commit included', async () => {
    const first = await step({
      event: pullEvent(7, sha('1'), 'opened'),
      files: SITE,
      inputs: { reuse: 'off' }
    })
    const rerun = await step({
      event: pullEvent(7, sha('1'), 'opened'),
      files: SITE,
      inputs: { reuse: 'off' }
    })
    expect(rerun.outputs.cid).toBe(first.outputs.cid)
    const closed = await step({ event: pullEvent(7, sha('1'), 'closed') })
    expect(JSON.parse(closed.outputs.unpinned)).toEqual([first.outputs.cid])
    expect(live(first.outputs.cid)).toEqual([])
  })
})

describe('files-mode previews and the size of the records', () => {
  it('keeps a files-mode preview, and says exactly how many CIDs stay pinned and why', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`dist/page-${i}.html`, `page ${i}`])
    )
    const opened = await step({
      event: pullEvent(7, sha('1'), 'opened'),
      files,
      inputs: { path: 'dist/*.html' }
    })
    expect(opened.code).toBe(0)
    const closed = await step({ event: pullEvent(7, sha('1'), 'closed') })
    expect(closed.code).toBe(0)
    expect(JSON.parse(closed.outputs.unpinned)).toEqual([])
    const kept = JSON.parse(closed.outputs.kept) as { cid: string; reason: string }[]
    expect(servers.pinarkive.removed).toEqual([])
    expect(servers.pinarkive.pins).toHaveLength(120)
    // The records list a few of the 120; the rest are counted, and the cleanup says so.
    expect(closed.summary).toContain(
      `${120 - kept.length} more CIDs published for this pull request`
    )
    expect(kept[0].reason).toContain('not the root of a marked directory preview')
  })

  it('writes the comment whatever the number of files and pushes: the hidden state counts against the limit', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`dist/a-rather-long-file-name-${i}.html`, `p${i}`])
    )
    for (let push = 1; push <= 3; push++) {
      const run = await step({
        event: pullEvent(7, sha(String(push)), push === 1 ? 'opened' : 'synchronize'),
        files,
        inputs: { path: 'dist/*.html' }
      })
      expect(run.code).toBe(0)
      expect(run.outputs['comment-id']).not.toBe('')
    }
    const [comment] = servers.github.comments.filter(c => c.issue_number === 7)
    expect(comment.body.length).toBeLessThanOrEqual(65_536)
    expect(comment.body).toContain('pin-action-state:')
  })
})
