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
