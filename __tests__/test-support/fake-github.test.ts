/**
 * Drives the fake GitHub API through the real Octokit from @actions/github, so the e2e tests
 * that rely on it can trust its pagination, errors and identity answers.
 */
import { getOctokit } from '@actions/github'
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github.mjs'

const repo = { owner: 'acme', repo: 'site' }

let fake: FakeGitHub

beforeAll(async () => {
  fake = await startFakeGitHub()
})
afterAll(async () => {
  await fake.close()
})
beforeEach(() => {
  fake.reset()
})

function client(token = 'ghs_test') {
  return getOctokit(token, { baseUrl: fake.url })
}

/** Rejection status and message of an Octokit call that must fail. */
async function failure(call: Promise<unknown>) {
  const error = await call.then(
    () => {
      throw new Error('expected the request to fail')
    },
    (e: { status: number; message: string }) => e
  )
  return { status: error.status, message: error.message }
}

test('paginate walks all pages through the Link header', async () => {
  for (let i = 0; i < 250; i++) {
    fake.addComment({ ...repo, issue_number: 7, body: `noise ${i}`, login: 'someone' })
  }
  const octokit = client()
  const mine = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'sticky' })

  const all = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: 7,
    per_page: 100
  })
  expect(all).toHaveLength(251)
  expect(all[250]).toMatchObject({ id: mine.data.id, body: 'sticky' })
  expect(all[0].user?.login).toBe('someone')
  expect(all.map(c => c.id)).toEqual([...all.map(c => c.id)].sort((a, b) => a - b))
  const pages = fake.requests.filter(r => r.method === 'GET').map(r => r.query.page)
  expect(pages).toEqual([undefined, '2', '3'])

  const middle = await octokit.rest.issues.listComments({
    ...repo,
    issue_number: 7,
    per_page: 100,
    page: 2
  })
  const url = `${fake.url}/repos/acme/site/issues/7/comments?per_page=100&page=`
  expect(middle.headers.link).toBe(
    `<${url}1>; rel="prev", <${url}3>; rel="next", <${url}3>; rel="last", <${url}1>; rel="first"`
  )
  const single = await octokit.rest.issues.listComments({ ...repo, issue_number: 99 })
  expect(single.headers.link).toBeUndefined()
})

test('per_page is capped at perPageMax and defaults to 30', async () => {
  for (let i = 0; i < 40; i++) {
    fake.addComment({ ...repo, issue_number: 1, body: `c${i}`, login: 'someone' })
  }
  const octokit = client()
  const byDefault = await octokit.rest.issues.listComments({ ...repo, issue_number: 1 })
  expect(byDefault.data).toHaveLength(30)
  fake.set({ perPageMax: 10 })
  const capped = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 100 })
  expect(capped.data).toHaveLength(10)
  expect(capped.headers.link).toContain('page=4>; rel="last"')
})

test('comments are created, read, updated, and guarded', async () => {
  const octokit = client()
  const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 3, body: 'v1' })
  expect(created.status).toBe(201)
  const id = created.data.id
  expect(created.data).toMatchObject({
    html_url: `https://github.com/acme/site/pull/3#issuecomment-${id}`,
    user: { login: 'github-actions[bot]', type: 'Bot', id: 41898282 }
  })

  const updated = await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body: 'v2' })
  expect(updated.data.body).toBe('v2')
  const read = await octokit.rest.issues.getComment({ ...repo, comment_id: id })
  expect(read.data.body).toBe('v2')
  expect(fake.comments).toMatchObject([{ id, issue_number: 3, body: 'v2' }])

  const theirs = fake.addComment({ ...repo, issue_number: 3, body: 'x', login: 'mallory' })
  const edit = octokit.rest.issues.updateComment({ ...repo, comment_id: theirs.id, body: 'y' })
  expect(await failure(edit)).toMatchObject({ status: 403 })
  const missing = octokit.rest.issues.updateComment({ ...repo, comment_id: 1, body: 'y' })
  expect(await failure(missing)).toMatchObject({ status: 404 })

  const tooLong = 'a'.repeat(65537)
  const big = octokit.rest.issues.createComment({ ...repo, issue_number: 3, body: tooLong })
  expect(await failure(big)).toMatchObject({
    status: 422,
    message: expect.stringContaining('body is too long (maximum is 65536 characters)')
  })
  await octokit.rest.issues.createComment({ ...repo, issue_number: 3, body: tooLong.slice(1) })
})

test('commit statuses are validated and recorded', async () => {
  const octokit = client()
  const sha = 'a'.repeat(40)
  const created = await octokit.rest.repos.createCommitStatus({
    ...repo,
    sha,
    state: 'success',
    target_url: 'https://example.test/x',
    description: 'Pinned',
    context: 'ipfs'
  })
  expect(created.status).toBe(201)
  expect(fake.statuses).toEqual([
    {
      ...repo,
      sha,
      state: 'success',
      target_url: 'https://example.test/x',
      description: 'Pinned',
      context: 'ipfs'
    }
  ])

  const badState = octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
    ...repo,
    sha,
    state: 'done' as 'success'
  })
  expect(await failure(badState)).toMatchObject({ status: 422 })
  const long = octokit.rest.repos.createCommitStatus({
    ...repo,
    sha,
    state: 'pending',
    description: 'd'.repeat(141)
  })
  expect(await failure(long)).toMatchObject({
    status: 422,
    message: expect.stringContaining('140')
  })
  expect(fake.statuses).toHaveLength(1)
})

test('read-only tokens can read but every write is refused', async () => {
  fake.addComment({ ...repo, issue_number: 5, body: 'hello', login: 'github-actions[bot]' })
  const octokit = client('ghs_readonly')
  const list = await octokit.rest.issues.listComments({ ...repo, issue_number: 5 })
  expect(list.data).toHaveLength(1)

  const write = octokit.rest.issues.createComment({ ...repo, issue_number: 5, body: 'x' })
  expect(await failure(write)).toEqual({
    status: 403,
    message:
      'Resource not accessible by integration - https://docs.github.com/rest/issues/comments#create-an-issue-comment'
  })
  const status = octokit.rest.repos.createCommitStatus({
    ...repo,
    sha: 'b'.repeat(40),
    state: 'success'
  })
  expect(await failure(status)).toMatchObject({ status: 403 })
  expect(fake.comments).toHaveLength(1)
})

test('pulls are listed, filtered and found by head commit', async () => {
  fake.addPull({ ...repo, number: 1, head: { sha: 's1', ref: 'feature' } })
  fake.addPull({ ...repo, number: 2, head: { sha: 's2', ref: 'old' }, state: 'closed' })
  fake.addPull({
    ...repo,
    number: 3,
    head: { sha: 's3', ref: 'feature', repo_full_name: 'fork/site' }
  })
  const octokit = client()

  const open = await octokit.rest.pulls.list({ ...repo })
  expect(open.data.map(p => p.number)).toEqual([3, 1])
  const all = await octokit.rest.pulls.list({ ...repo, state: 'all', per_page: 1 })
  expect(all.headers.link).toContain('rel="next"')
  const fromFork = await octokit.rest.pulls.list({ ...repo, head: 'fork:feature' })
  expect(fromFork.data).toMatchObject([
    { number: 3, head: { label: 'fork:feature', repo: { fork: true } } }
  ])
  const bareHead = await octokit.rest.pulls.list({ ...repo, head: 'feature' })
  expect(bareHead.data).toHaveLength(2)

  const one = await octokit.rest.pulls.get({ ...repo, pull_number: 1 })
  expect(one.data).toMatchObject({ head: { sha: 's1', ref: 'feature' }, base: { ref: 'main' } })
  expect(await failure(octokit.rest.pulls.get({ ...repo, pull_number: 9 }))).toMatchObject({
    status: 404
  })

  const bySha = (owner: string, commit_sha: string) =>
    octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo: 'site', commit_sha })
  expect((await bySha('acme', 's1')).data.map(p => p.number)).toEqual([1])
  expect((await bySha('acme', 's3')).data).toEqual([])
  expect((await bySha('fork', 's3')).data.map(p => p.number)).toEqual([3])
})

test('identity: GET /user, GraphQL viewer, bad credentials and unknown routes', async () => {
  const bot = client()
  expect(await failure(bot.rest.users.getAuthenticated())).toMatchObject({
    status: 403,
    message: expect.stringContaining('Resource not accessible by integration')
  })
  const viewer = await bot.graphql<{ viewer: { login: string } }>('{ viewer { login } }')
  expect(viewer.viewer).toEqual({ login: 'github-actions[bot]' })
  expect(fake.requests.at(-1)).toMatchObject({ method: 'POST', path: '/graphql', status: 200 })
  // `viewer` is typed User! in GitHub's schema, also for an installation token.
  expect(await bot.graphql('query { viewer { login __typename } }')).toEqual({
    viewer: { login: 'github-actions[bot]', __typename: 'User' }
  })
  expect(await client('ghp_user').graphql('{ viewer { __typename login } }')).toEqual({
    viewer: { login: 'octocat', __typename: 'User' }
  })
  // A token whose viewer is answered as a Bot actor, without the suffix.
  fake.set({
    tokens: {
      ghs_actor: { login: 'my-app[bot]', type: 'Bot', viewerLogin: 'my-app', viewerType: 'Bot' }
    }
  })
  expect(await client('ghs_actor').graphql('{ viewer { login __typename } }')).toEqual({
    viewer: { login: 'my-app', __typename: 'Bot' }
  })

  const user = client('ghp_user')
  expect((await user.rest.users.getAuthenticated()).data).toMatchObject({
    login: 'octocat',
    type: 'User'
  })

  expect(await failure(client('nope').rest.users.getAuthenticated())).toMatchObject({ status: 401 })
  const anonymous = await fetch(`${fake.url}/user`)
  expect(anonymous.status).toBe(401)
  expect(await anonymous.json()).toMatchObject({ message: 'Bad credentials' })

  expect(await failure(bot.request('GET /repos/{owner}/{repo}/releases', repo))).toMatchObject({
    status: 404
  })
  expect(fake.requests.at(-1)).toMatchObject({ path: '/repos/acme/site/releases', status: 404 })
  expect(fake.requests.at(-1)?.headers.authorization).toBe('token ghs_test')
})

test('injected failures answer the given status a limited number of times', async () => {
  fake.set({ failures: [{ method: 'POST', path: /\/comments$/, status: 502, times: 1 }] })
  const octokit = client()
  const first = octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' })
  expect(await failure(first)).toMatchObject({ status: 502 })
  await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' })
  expect(fake.comments).toHaveLength(1)
})

describe('deployments', () => {
  const sha = 'a'.repeat(40)
  const base = { ...repo, ref: sha, auto_merge: false, required_contexts: [] as string[] }

  test('create, then statuses move its state; read-only tokens are refused', async () => {
    const octokit = client()
    const created = await octokit.rest.repos.createDeployment({
      ...base,
      environment: 'preview',
      transient_environment: true,
      production_environment: false,
      payload: { cids: ['bafy1'] }
    })
    expect(created.status).toBe(201)
    const id = (created.data as { id: number }).id
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: 'in_progress'
    })
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: 'success',
      environment_url: 'https://gw/ipfs/bafy1',
      log_url: 'https://github.com/acme/site/actions/runs/1'
    })
    const [stored] = fake.deployments
    expect(stored).toMatchObject({ environment: 'preview', payload: { cids: ['bafy1'] } })
    expect(stored.statuses.map(s => s.state)).toEqual(['in_progress', 'success'])
    expect(fake.deploymentState(stored)).toBe('success')
    const statuses = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id })
    expect(statuses.data.map(s => s.state)).toEqual(['success', 'in_progress'])
    expect(statuses.data[0]).toMatchObject({ environment_url: 'https://gw/ipfs/bafy1' })
    expect(
      await failure(
        client('ghs_readonly').rest.repos.createDeployment({ ...base, environment: 'x' })
      )
    ).toEqual({ status: 403, message: expect.stringContaining('Resource not accessible') })
  })

  test('refuses, as GitHub may, without auto_merge: false or with unfinished checks', async () => {
    const octokit = client()
    const merged = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: sha,
      required_contexts: []
    })
    expect(merged.status).toBe(202)
    fake.set({})
    await octokit.rest.repos.createCommitStatus({ ...repo, sha, state: 'pending', context: 'ci' })
    expect(
      await failure(octokit.rest.repos.createDeployment({ ...repo, ref: sha, auto_merge: false }))
    ).toEqual({ status: 409, message: expect.stringContaining('Commit status checks failed') })
    expect(fake.deployments).toHaveLength(0)
  })

  test('lists every environment without a filter, with the flags GitHub keeps', async () => {
    const octokit = client()
    await octokit.rest.repos.createDeployment({ ...base, environment: 'production' })
    await octokit.rest.repos.createDeployment({ ...base, environment: 'prod' })
    await octokit.rest.repos.createDeployment({
      ...base,
      environment: 'preview',
      transient_environment: true,
      production_environment: false
    })
    fake.addDeployment({ ...repo, sha, environment: 'docs', production_environment: true })
    const all = await octokit.paginate(octokit.rest.repos.listDeployments, { ...repo, per_page: 2 })
    expect(
      all.map(d => [d.environment, d.production_environment, d.transient_environment])
    ).toEqual([
      ['docs', true, false],
      ['preview', false, true],
      ['prod', false, false],
      ['production', true, false]
    ])
    expect(all.map(d => d.creator?.login)).toEqual(Array(4).fill('github-actions[bot]'))
  })

  test('lists newest first with filters, across pages', async () => {
    const octokit = client()
    for (let i = 0; i < 5; i++) {
      await octokit.rest.repos.createDeployment({
        ...base,
        environment: i % 2 ? 'preview' : 'production'
      })
    }
    const previews = await octokit.paginate(octokit.rest.repos.listDeployments, {
      ...repo,
      environment: 'preview',
      per_page: 1
    })
    expect(previews.map(d => d.environment)).toEqual(['preview', 'preview'])
    expect(previews[0].id).toBeGreaterThan(previews[1].id)
  })

  test('success inactivates earlier successful ones of the environment, except transient and production', async () => {
    const other = fake.addDeployment({ ...repo, sha, environment: 'staging', states: ['success'] })
    const transient = fake.addDeployment({
      ...repo,
      sha,
      environment: 'staging',
      transient_environment: true,
      states: ['success']
    })
    const production = fake.addDeployment({
      ...repo,
      sha,
      environment: 'production',
      states: ['success']
    })
    const octokit = client()
    const created = await octokit.rest.repos.createDeployment({ ...base, environment: 'staging' })
    const id = (created.data as { id: number }).id
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: 'success'
    })
    expect(fake.deploymentState(other)).toBe('inactive')
    expect(fake.deploymentState(transient)).toBe('success')
    expect(fake.deploymentState(production)).toBe('success')
    // auto_inactive: false leaves the others alone.
    const again = await octokit.rest.repos.createDeployment({ ...base, environment: 'staging' })
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: (again.data as { id: number }).id,
      state: 'success',
      auto_inactive: false
    })
    expect(fake.deploymentState(fake.deployments.find(d => d.id === id)!)).toBe('success')
  })
})

describe('releases', () => {
  test('are seeded, read and updated through Octokit, changing only the fields sent', async () => {
    const seeded = fake.addRelease({ ...repo, tag_name: 'v2.0.0', body: 'Author notes' })
    const octokit = client()
    const read = await octokit.rest.repos.getRelease({ ...repo, release_id: seeded.id })
    expect(read.data).toMatchObject({
      id: seeded.id,
      tag_name: 'v2.0.0',
      name: 'v2.0.0',
      body: 'Author notes',
      draft: false,
      html_url: 'https://github.com/acme/site/releases/tag/v2.0.0',
      author: { login: 'octocat', type: 'User' }
    })
    const updated = await octokit.rest.repos.updateRelease({
      ...repo,
      release_id: seeded.id,
      body: 'Author notes\n\nmore'
    })
    expect(updated.data).toMatchObject({ body: 'Author notes\n\nmore', name: 'v2.0.0' })
    expect(fake.releases[0]).toMatchObject({ body: 'Author notes\n\nmore', tag_name: 'v2.0.0' })
    // A release without notes has a null body, as on GitHub.
    const empty = fake.addRelease({ ...repo })
    expect(empty.id).toBeGreaterThan(seeded.id)
    const none = await octokit.rest.repos.getRelease({ ...repo, release_id: empty.id })
    expect(none.data.body).toBeNull()
  })

  test('refuse a body over 125,000 characters and leave the release as it was', async () => {
    const release = fake.addRelease({ ...repo, body: 'kept' })
    const octokit = client()
    await octokit.rest.repos.updateRelease({
      ...repo,
      release_id: release.id,
      body: 'é'.repeat(125_000)
    })
    expect(Array.from(fake.releases[0].body ?? '')).toHaveLength(125_000)
    const tooLong = await failure(
      octokit.rest.repos.updateRelease({
        ...repo,
        release_id: release.id,
        body: 'x'.repeat(125_001)
      })
    )
    expect(tooLong.status).toBe(422)
    expect(tooLong.message).toContain('body is too long (maximum is 125000 characters)')
    expect(Array.from(fake.releases[0].body ?? '')).toHaveLength(125_000)
  })

  test('answer 404 for an unknown id or another repository, and 403 to a read-only token', async () => {
    const release = fake.addRelease({ ...repo, body: 'notes' })
    const octokit = client()
    expect((await failure(octokit.rest.repos.getRelease({ ...repo, release_id: 1 }))).status).toBe(
      404
    )
    expect(
      (
        await failure(
          octokit.rest.repos.getRelease({ owner: 'acme', repo: 'other', release_id: release.id })
        )
      ).status
    ).toBe(404)
    const readOnly = client('ghs_readonly')
    const read = await readOnly.rest.repos.getRelease({ ...repo, release_id: release.id })
    expect(read.data.body).toBe('notes')
    const refused = await failure(
      readOnly.rest.repos.updateRelease({ ...repo, release_id: release.id, body: 'changed' })
    )
    expect(refused).toEqual({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration')
    })
    expect(fake.releases[0].body).toBe('notes')
    // Injected failures work on releases too; reset forgets the releases.
    fake.set({ failures: [{ method: 'PATCH', path: /\/releases\//, status: 500, times: 1 }] })
    expect(
      (
        await failure(
          octokit.rest.repos.updateRelease({ ...repo, release_id: release.id, body: 'x' })
        )
      ).status
    ).toBe(500)
    fake.reset()
    expect(fake.releases).toEqual([])
  })
})
