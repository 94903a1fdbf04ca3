/**
 * End to end: the two guards of a preview cleanup, against the bundled action under Node 24, the
 * fake Pinarkive and the fake GitHub API on 127.0.0.1.
 * - Production: whatever a deployment of this action that is not a preview may serve stays
 *   pinned, whatever its environment is called, whatever its state but inactive or error, however
 *   far back. Each test puts the preview's own CID in such a deployment (a promoted preview), so
 *   the guard is what keeps it, whatever the preview's root is.
 * - Identity: only records written by the token's own login count, `[bot]` included: a user
 *   account called `github-actions` cannot forge the action's sticky comment.
 */
import { createHash } from 'node:crypto'
import { jest } from '@jest/globals'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { fakeServers, RECORD_MODELS as MODELS } from './fake-servers.js'
import { commentMarker } from '../../src/github/sticky-comment.js'
import { emptyState, encodeState, RECORD_TOOL } from '../../src/preview/record.js'
import { makeWorkspace, runAction } from '../../test-support/run-action.mjs'

jest.setTimeout(120_000)

const OWNER = 'octo-org'
const REPO = 'site'
const BOT = 'github-actions[bot]'
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

interface Step {
  eventName?: string
  event: object
  /** The site's content; a closed event needs none (the build is skipped). */
  site?: string
  inputs?: Record<string, string>
  env?: Record<string, string>
}

async function step(options: Step) {
  const workspace = await makeWorkspace(
    options.site === undefined ? {} : { 'dist/index.html': options.site }
  )
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
      // Every step uploads, so only the guards can keep content.
      reuse: 'off',
      ...options.inputs
    }
  })
}

const comments = (number: number) => servers.github.comments.filter(c => c.issue_number === number)
const removedCids = () => servers.pinarkive.removed.map(r => r.cid)
const kept = (result: { outputs: Record<string, string> }) =>
  JSON.parse(result.outputs.kept) as { cid: string; reason: string }[]
const unpinned = (result: { outputs: Record<string, string> }) =>
  JSON.parse(result.outputs.unpinned) as string[]

/** A real CID (raw, sha2-256) named after `name`. */
function cidOf(name: string): string {
  const digest = Digest.create(0x12, createHash('sha256').update(name).digest())
  return CID.createV1(0x55, digest).toString()
}

/** A deployment's payload as this action writes it, for a push to the default branch. */
function payload(cids: string[]) {
  return {
    tool: RECORD_TOOL,
    pullRequest: null,
    cluster: 'cl0-global',
    profile: 'unixfs-v1-2025',
    sha: sha('9'),
    at: new Date().toISOString(),
    runUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/2`,
    cids,
    total: cids.length,
    format: 2,
    reused: [],
    expiresAt: null
  }
}

/** A deployment of this action straight into the fake GitHub: by the job token, unless said. */
function seedDeployment(options: {
  cids: string[]
  environment?: string
  states?: string[]
  transient?: boolean
  production?: boolean
  login?: string
}) {
  return servers.github.addDeployment({
    owner: OWNER,
    repo: REPO,
    sha: sha('9'),
    ref: 'main',
    environment: options.environment ?? 'production',
    payload: payload(options.cids),
    ...(options.transient !== undefined && { transient_environment: options.transient }),
    ...(options.production !== undefined && { production_environment: options.production }),
    login: options.login ?? BOT,
    states: options.states ?? ['in_progress', 'success']
  })
}

/** Opens pull request #7 with a directory preview; its root is what a cleanup may unpin. */
async function openPreview(site = 'the site') {
  const opened = await step({ event: pullEvent(7, sha('1'), 'opened'), site })
  expect(opened.code).toBe(0)
  expect(opened.outputs.cid).toMatch(/^baf/)
  return opened.outputs.cid
}

async function closePreview() {
  const closed = await step({ event: pullEvent(7, sha('1'), 'closed') })
  expect(closed.code).toBe(0)
  return closed
}

describe.each(MODELS)('the production guard (%s records)', model => {
  beforeEach(() => servers.pinarkive.set({ recordModel: model }))

  it('keeps what a deployment to an environment named prod serves', async () => {
    const pushed = await step({
      eventName: 'push',
      event: { repository, after: sha('9') },
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: sha('9') },
      inputs: { environment: 'prod' },
      site: 'the site'
    })
    expect(pushed.code).toBe(0)
    // The action's own deployment to `prod`: neither transient nor, for GitHub, production.
    const [prod] = servers.github.deployments
    expect(prod).toMatchObject({
      environment: 'prod',
      transient_environment: false,
      production_environment: false,
      creator: { login: BOT },
      payload: { tool: RECORD_TOOL, cids: [pushed.outputs.cid] }
    })
    expect(servers.github.deploymentState(prod)).toBe('success')

    const preview = await openPreview('the site')
    // The preview is promoted: `prod` now serves the preview's own CID.
    seedDeployment({ environment: 'prod', cids: [preview], production: false })

    const closed = await closePreview()
    expect(unpinned(closed)).toEqual([])
    expect(kept(closed)).toContainEqual({
      cid: preview,
      reason: expect.stringMatching(/deployment/)
    })
    expect(servers.pinarkive.removed).toEqual([])
    expect(servers.pinarkive.pins.map(p => p.cid)).toContain(preview)
  })

  it.each([
    ['in_progress', ['in_progress']],
    ['queued', ['queued']],
    ['pending, without a status yet', []],
    ['failure', ['in_progress', 'failure']]
  ])('keeps what a production deployment that is %s names', async (_state, states) => {
    const preview = await openPreview()
    seedDeployment({ cids: [preview], states })
    const closed = await closePreview()
    expect(unpinned(closed)).toEqual([])
    expect(kept(closed)).toContainEqual({
      cid: preview,
      reason: expect.stringMatching(/deployment/)
    })
    expect(servers.pinarkive.removed).toEqual([])
  })

  it('keeps what a production deployment older than the ten newest serves', async () => {
    const preview = await openPreview()
    seedDeployment({ cids: [preview] })
    // Twelve newer releases to production, most of them since replaced, and a staging one.
    for (let i = 0; i < 12; i++) {
      seedDeployment({
        cids: [cidOf(`release ${i}`)],
        states: i < 11 ? ['success', 'inactive'] : ['success']
      })
    }
    seedDeployment({ cids: [cidOf('staging')], environment: 'staging' })
    const closed = await closePreview()
    expect(unpinned(closed)).toEqual([])
    expect(kept(closed)).toContainEqual({
      cid: preview,
      reason: expect.stringMatching(/deployment/)
    })
    expect(servers.pinarkive.removed).toEqual([])
  })

  it('lets go of what only retired deployments, previews and other identities name', async () => {
    const preview = await openPreview()
    seedDeployment({ cids: [preview], states: ['success', 'inactive'] })
    seedDeployment({ cids: [preview], environment: 'prod', states: ['in_progress', 'error'] })
    // Another pull request's preview, closed long ago (transient, and not production).
    seedDeployment({ cids: [preview], environment: 'preview', transient: true, production: false })
    seedDeployment({ cids: [preview], login: 'github-actions' })
    seedDeployment({ cids: [preview], login: 'octocat' })
    const closed = await closePreview()
    expect(unpinned(closed)).toEqual([preview])
    expect(removedCids()).toEqual([preview])
  })

  it('keeps everything, and says why, when there are too many deployments to read', async () => {
    const preview = await openPreview()
    for (let i = 0; i < 1000; i++) {
      seedDeployment({ cids: [cidOf(`old preview ${i}`)], environment: 'preview', transient: true })
    }
    const closed = await closePreview()
    expect(unpinned(closed)).toEqual([])
    expect(kept(closed)).toContainEqual({
      cid: preview,
      reason: expect.stringContaining('more than 1000 deployments')
    })
    expect(servers.pinarkive.removed).toEqual([])
  })
})

/** How GraphQL may answer the job token's `viewer { login __typename }`. */
const VIEWERS: [string, { viewerLogin?: string; viewerType?: 'Bot' | 'User' }][] = [
  ['in REST form (github-actions[bot], User)', {}],
  [
    'as a Bot actor without [bot] (github-actions, Bot)',
    { viewerLogin: 'github-actions', viewerType: 'Bot' }
  ]
]

describe.each(
  VIEWERS.flatMap(([variant, viewer]) => MODELS.map(model => [variant, model, viewer] as const))
)('the identity guard, with the viewer answered %s, %s records', (_variant, model, viewer) => {
  beforeEach(() => servers.pinarkive.set({ recordModel: model }))

  beforeEach(() => {
    servers.github.set({
      tokens: { ghs_test: { login: BOT, type: 'Bot', restUserAllowed: false, ...viewer } }
    })
  })

  it('trusts no sticky comment of a user account called github-actions', async () => {
    // Content the account holds, which the forged state claims as this preview's own root.
    const victim = cidOf('the production site')
    servers.pinarkive.addUpload({ cid: victim, name: 'production-site' })
    const state = encodeState({
      ...emptyState(7),
      history: [
        {
          sha: sha('1'),
          at: new Date().toISOString(),
          runUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/1`,
          cids: [victim],
          total: 1,
          previewRoot: victim,
          site: 'publish',
          format: 2,
          reused: [],
          expiresAt: null
        }
      ],
      olderRoots: [victim]
    })
    const body = `${commentMarker('publish')}\n## IPFS preview\n\n${state}`
    const forged = servers.github.addComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 7,
      login: 'github-actions',
      body
    })
    expect(forged.user).toEqual({ login: 'github-actions', type: 'User' })

    // The action writes its own comment, and still finds it (and its deployment) on close.
    const preview = await openPreview()
    const closed = await closePreview()
    expect(unpinned(closed)).toEqual([preview])
    expect(removedCids()).toEqual([preview])
    expect(servers.pinarkive.pins.map(p => p.cid)).toContain(victim)

    expect(comments(7)).toHaveLength(2)
    expect(comments(7).find(c => c.id === forged.id)?.body).toBe(body)
    const ours = comments(7).find(c => c.id !== forged.id)
    expect(ours?.user.login).toBe(BOT)
    expect(ours?.body).toContain(preview)
    expect(ours?.body).not.toBe(body)
    const edits = servers.github.requests.filter(
      r => r.method !== 'GET' && r.path.endsWith(`/issues/comments/${forged.id}`)
    )
    expect(edits).toEqual([])
  })
})
