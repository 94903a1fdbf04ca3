/**
 * What a cleanup must keep because a deployment may serve it (`protectedCids`): every deployment
 * of this action by the token's identity that is not a preview, whatever its environment is
 * called, in any state but inactive or error, however far back, within a bound. Against the fake
 * GitHub API over real HTTP, through the action's own API wrapper, counting the requests.
 */
import { createHash } from 'node:crypto'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { createGitHubApi, type GitHubApi } from '../../src/github/api.js'
import { MAX_DEPLOYMENTS_READ, protectedCids } from '../../src/github/records.js'
import { RECORD_TOOL } from '../../src/preview/record.js'
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github.mjs'

const repo = { owner: 'octo-org', repo: 'site' }
const sha = 'a'.repeat(40)
const VIEWER = 'github-actions[bot]'

let fake: FakeGitHub
let api: GitHubApi
beforeAll(async () => {
  fake = await startFakeGitHub()
  // @actions/github reads these when it is first imported, which createGitHubApi does.
  process.env.GITHUB_API_URL = fake.url
  process.env.GITHUB_GRAPHQL_URL = fake.graphqlUrl
  api = await createGitHubApi('ghs_test')
})
afterAll(() => fake.close())
beforeEach(() => fake.reset())

/** A real CID (raw, sha2-256) named after `name`. */
function cidOf(name: string): string {
  const digest = Digest.create(0x12, createHash('sha256').update(name).digest())
  return CID.createV1(0x55, digest).toString()
}

function payload(cids: string[], extra: Record<string, unknown> = {}) {
  return {
    tool: RECORD_TOOL,
    pullRequest: null,
    sha,
    cids,
    total: cids.length,
    format: 2,
    ...extra
  }
}

interface Seed {
  cids?: string[]
  environment?: string
  transient?: boolean
  production?: boolean
  states?: string[]
  login?: string
  payload?: unknown
}

function deploy(seed: Seed = {}) {
  return fake.addDeployment({
    ...repo,
    sha,
    environment: seed.environment ?? 'production',
    payload: seed.payload ?? payload(seed.cids ?? [cidOf('site')]),
    ...(seed.transient !== undefined && { transient_environment: seed.transient }),
    ...(seed.production !== undefined && { production_environment: seed.production }),
    states: seed.states ?? ['success'],
    login: seed.login ?? VIEWER
  })
}

const statusReads = () =>
  fake.requests.filter(r => r.method === 'GET' && /\/deployments\/\d+\/statuses$/.test(r.path))
const listReads = () =>
  fake.requests.filter(r => r.method === 'GET' && r.path === '/repos/octo-org/site/deployments')

describe('protectedCids', () => {
  it.each([
    ['success', ['in_progress', 'success']],
    ['in_progress', ['in_progress']],
    ['queued', ['queued']],
    ['pending', ['pending']],
    ['no status yet', []],
    ['failure', ['in_progress', 'failure']],
    ['success again after inactive', ['success', 'inactive', 'success']]
  ])('keeps what a deployment serves or may serve: %s', async (_name, states) => {
    const cid = cidOf('site')
    deploy({ cids: [cid], states })
    expect(await protectedCids(api, repo, VIEWER)).toEqual({ known: true, value: [cid] })
  })

  it.each([
    ['inactive', ['success', 'inactive']],
    ['error', ['in_progress', 'error']]
  ])('lets go of what a retired deployment held: %s', async (_name, states) => {
    deploy({ states })
    expect(await protectedCids(api, repo, VIEWER)).toEqual({ known: true, value: [] })
  })

  it('keeps what any environment that is not a preview serves, whatever its name', async () => {
    const [prod, staging, docs, transientProduction] = ['prod', 'staging', 'docs', 'tp'].map(cidOf)
    deploy({ environment: 'prod', cids: [prod] })
    deploy({ environment: 'staging', cids: [staging], production: false })
    deploy({ environment: 'Docs Site', cids: [docs], production: true })
    deploy({ environment: 'edge', cids: [transientProduction], transient: true, production: true })
    const result = await protectedCids(api, repo, VIEWER)
    expect(result).toEqual({
      known: true,
      value: expect.arrayContaining([prod, staging, docs, transientProduction])
    })
    expect(result.known && result.value).toHaveLength(4)
  })

  it("passes previews over without reading their state, and trusts only this identity's own", async () => {
    const cid = cidOf('site')
    deploy({ environment: 'preview', cids: [cid], transient: true, production: false })
    deploy({ environment: 'pr-7', cids: [cid], transient: true, production: false })
    deploy({ cids: [cid], login: 'github-actions' })
    deploy({ cids: [cid], login: 'octocat' })
    deploy({ cids: [cid], login: 'other-app[bot]' })
    deploy({ payload: { tool: 'someone/else', cids: [cid] } })
    deploy({ payload: `{"tool":"${RECORD_TOOL}","cids":["not a cid"]}` })
    expect(await protectedCids(api, repo, VIEWER)).toEqual({ known: true, value: [] })
    expect(statusReads()).toEqual([])
    // A user account called github-actions is trusted only when it is the token's identity.
    expect(await protectedCids(api, repo, 'github-actions')).toEqual({
      known: true,
      value: [cid]
    })
  })

  it('keeps a promoted preview: the payload names its marked root', async () => {
    const root = cidOf('preview root')
    deploy({ environment: 'prod', payload: payload([cidOf('index')], { previewRoot: root }) })
    const result = await protectedCids(api, repo, VIEWER, [root])
    expect(result).toEqual({ known: true, value: [root] })
  })

  it('looks beyond the newest ten, across environments and pages', async () => {
    const old = cidOf('old')
    deploy({ cids: [old] })
    for (let i = 0; i < 150; i++) {
      deploy({
        environment: i % 3 ? 'preview' : 'production',
        transient: i % 3 !== 0,
        cids: [cidOf(`n${i}`)]
      })
    }
    const result = await protectedCids(api, repo, VIEWER, [old])
    expect(result).toEqual({ known: true, value: [old] })
    expect(listReads()).toHaveLength(2)
  })

  it('with candidates, reads the state only of deployments that name one, once per CID', async () => {
    const [a, b] = [cidOf('a'), cidOf('b')]
    // The CIDv0 form of some content counts as that content's CIDv1.
    const v0 = CID.createV0(Digest.create(0x12, createHash('sha256').update('v0').digest()))
    for (let i = 0; i < 20; i++) deploy({ cids: [cidOf(`other ${i}`)] })
    deploy({ cids: [a], states: ['success', 'inactive'] })
    deploy({ cids: [a, b] })
    deploy({ cids: [b] })
    const both = deploy({ cids: [b, a] })
    const upgraded = deploy({ cids: [v0.toString()] })
    const candidates = [a, b, v0.toV1().toString(), cidOf('absent')]
    const result = await protectedCids(api, repo, VIEWER, candidates)
    expect(result).toEqual({ known: true, value: [v0.toString(), b, a] })
    // Newest first: once `both` settles a and b, no older deployment is asked about.
    expect(statusReads().map(r => r.path)).toEqual(
      [upgraded, both].map(d => `/repos/octo-org/site/deployments/${d.id}/statuses`)
    )
  })

  it(`reads up to ${MAX_DEPLOYMENTS_READ} deployments, and past that says it cannot tell`, async () => {
    const cid = cidOf('site')
    for (let i = 0; i < MAX_DEPLOYMENTS_READ; i++) {
      deploy({ environment: 'preview', transient: true, cids: [cidOf(`p${i}`)] })
    }
    expect(await protectedCids(api, repo, VIEWER, [cid])).toEqual({ known: true, value: [] })
    expect(listReads()).toHaveLength(MAX_DEPLOYMENTS_READ / 100)
    fake.requests.length = 0
    deploy({ environment: 'preview', transient: true })
    expect(await protectedCids(api, repo, VIEWER, [cid])).toEqual({
      known: false,
      why: `the repository has more than ${MAX_DEPLOYMENTS_READ} deployments, and only that many are read`
    })
    expect(listReads()).toHaveLength(MAX_DEPLOYMENTS_READ / 100 + 1)
  })

  it('says it cannot tell when GitHub does not answer', async () => {
    deploy()
    fake.set({ failures: [{ method: 'GET', path: /\/statuses$/, status: 403 }] })
    expect(await protectedCids(api, repo, VIEWER)).toEqual({
      known: false,
      why: expect.stringMatching(/^HTTP 403: /)
    })
    fake.set({ failures: [{ method: 'GET', path: /\/deployments$/, status: 500 }] })
    expect(await protectedCids(api, repo, VIEWER)).toEqual({
      known: false,
      why: expect.stringMatching(/^HTTP 500: /)
    })
  })
})
