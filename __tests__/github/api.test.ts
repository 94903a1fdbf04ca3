/**
 * The GitHub API wrapper redacts every string a request carries, whatever the call, against the
 * fake GitHub API over real HTTP.
 */
import { createGitHubApi, type GitHubApi } from '../../src/github/api.js'
import { secrets } from '../../src/shared/redact.js'
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github.mjs'

const KEY = 'pk_live_0123456789abcdef'

let fake: FakeGitHub
let api: GitHubApi
beforeAll(async () => {
  fake = await startFakeGitHub()
  process.env.GITHUB_API_URL = fake.url
  process.env.GITHUB_GRAPHQL_URL = fake.graphqlUrl
  api = await createGitHubApi('ghs_test')
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.reset()
  secrets.add(KEY)
})
afterEach(() => secrets.clear())

it('redacts a comment body, raw and in its encodings, on create and on update', async () => {
  const body = `error: ${KEY} / ${JSON.stringify({ key: KEY })} / ${encodeURIComponent(`${KEY}!`)}`
  const created = await api.createComment('octo-org', 'site', 7, body)
  expect(fake.comments[0].body).toBe('error: *** / {"key":"***"} / ***!')
  await api.updateComment('octo-org', 'site', created.id, `again ${KEY}`)
  expect(fake.comments[0].body).toBe('again ***')
  expect(JSON.stringify(fake.requests.map(r => r.json))).not.toContain(KEY)
})

it('redacts every field of a commit status, and still authenticates', async () => {
  await api.createStatus('octo-org', 'site', 'a'.repeat(40), {
    state: 'failure',
    target_url: `https://x.example/?k=${KEY}`,
    description: `Pinarkive said ${KEY}`,
    context: 'pinarkive'
  })
  expect(fake.statuses[0]).toMatchObject({
    description: 'Pinarkive said ***',
    target_url: 'https://x.example/?k=***',
    context: 'pinarkive'
  })
  expect(fake.requests[0].headers.authorization).toMatch(/ghs_test/)
})

describe('viewerLogin', () => {
  const graphqlQueries = () =>
    fake.requests.filter(r => r.path === '/graphql').map(r => (r.json as { query: string }).query)

  it("gives the job token's login in REST form, as its comments and deployments carry it", async () => {
    expect(await api.viewerLogin()).toBe('github-actions[bot]')
    expect(graphqlQueries()).toEqual([
      expect.stringMatching(/viewer\s*\{\s*login\s+__typename\s*\}/)
    ])
  })

  it('adds [bot] when GraphQL answers the viewer as a Bot actor without it', async () => {
    fake.set({
      tokens: {
        ghs_test: {
          login: 'github-actions[bot]',
          type: 'Bot',
          restUserAllowed: false,
          viewerLogin: 'github-actions',
          viewerType: 'Bot'
        }
      }
    })
    expect(await api.viewerLogin()).toBe('github-actions[bot]')
  })

  it("gives a user's login as it is, even a user called github-actions", async () => {
    fake.set({
      tokens: { ghp_named: { login: 'github-actions', type: 'User', restUserAllowed: true } }
    })
    expect(await (await createGitHubApi('ghp_named')).viewerLogin()).toBe('github-actions')
    expect(await (await createGitHubApi('ghp_user')).viewerLogin()).toBe('octocat')
  })

  it('falls back to REST GET /user, then to nothing', async () => {
    fake.set({ failures: [{ method: 'POST', path: '/graphql', status: 502 }] })
    expect(await (await createGitHubApi('ghp_user')).viewerLogin()).toBe('octocat')
    expect(await api.viewerLogin()).toBeUndefined()
  })
})

describe('deployments', () => {
  const repo = { owner: 'octo-org', repo: 'site' }
  const sha = 'a'.repeat(40)

  it("lists every environment without a filter, with GitHub's flags and the creator", async () => {
    fake.addDeployment({ ...repo, sha, environment: 'production' })
    fake.addDeployment({ ...repo, sha, environment: 'prod', login: 'octocat' })
    fake.addDeployment({ ...repo, sha, environment: 'preview', transient_environment: true })
    const all = []
    for await (const page of api.deployments(repo.owner, repo.repo)) all.push(...page)
    expect(all.map(d => [d.environment, d.production, d.transient, d.creatorLogin])).toEqual([
      ['preview', false, true, 'github-actions[bot]'],
      ['prod', false, false, 'octocat'],
      ['production', true, false, 'github-actions[bot]']
    ])
    const listed = fake.requests.filter(r => r.path === '/repos/octo-org/site/deployments')
    expect(listed.map(r => r.query)).toEqual([{ per_page: '100' }])
    const previews = []
    for await (const page of api.deployments(repo.owner, repo.repo, 'preview')) {
      previews.push(...page)
    }
    expect(previews.map(d => d.environment)).toEqual(['preview'])
  })
})

it('reads a release and replaces its notes alone, redacted', async () => {
  const seeded = fake.addRelease({ owner: 'octo-org', repo: 'site', tag_name: 'v1.2.0' })
  expect(await api.release('octo-org', 'site', seeded.id)).toEqual({
    id: seeded.id,
    tagName: 'v1.2.0',
    body: '',
    htmlUrl: 'https://github.com/octo-org/site/releases/tag/v1.2.0'
  })
  const updated = await api.updateRelease('octo-org', 'site', seeded.id, `notes ${KEY}`)
  expect(updated.body).toBe('notes ***')
  expect(fake.releases[0]).toMatchObject({ body: 'notes ***', name: 'v1.2.0', tag_name: 'v1.2.0' })
  const patch = fake.requests.find(r => r.method === 'PATCH')
  expect(patch?.json).toEqual({ body: 'notes ***' })
})
