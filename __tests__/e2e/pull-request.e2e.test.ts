/**
 * End to end: PR comments and commit statuses, with real event payloads, the bundled action under
 * Node 24, the fake Pinarkive and the fake GitHub REST API on 127.0.0.1.
 */
import { jest } from '@jest/globals'
import { fakeServers } from './fake-servers.js'
import { makeWorkspace, runAction } from '../../test-support/run-action.mjs'

jest.setTimeout(60_000)

const OWNER = 'octo-org'
const REPO = 'site'
const HEAD_SHA = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
const MERGE_SHA = '0123456789abcdef0123456789abcdef01234567' // GITHUB_SHA set by runAction

const servers = fakeServers()

function pullRequestEvent(options: { number?: number; fork?: boolean } = {}) {
  const number = options.number ?? 7
  const headRepo = options.fork ? 'contributor/site' : `${OWNER}/${REPO}`
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: HEAD_SHA, ref: 'feature', repo: { full_name: headRepo, fork: !!options.fork } },
      base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } }
    },
    repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } }
  }
}

async function publish(options: {
  eventName?: string
  event?: object
  inputs?: Record<string, string>
  site?: Record<string, string>
  githubToken?: string
  env?: Record<string, string>
}) {
  const workspace = await makeWorkspace(
    options.site ?? { 'dist/index.html': `<h1>${Math.random()}</h1>` }
  )
  return runAction({
    workspace,
    eventName: options.eventName ?? 'pull_request',
    event: options.event ?? pullRequestEvent(),
    githubToken: options.githubToken ?? 'ghs_test',
    env: {
      GITHUB_API_URL: servers.github.url,
      GITHUB_GRAPHQL_URL: servers.github.graphqlUrl,
      ...options.env
    },
    inputs: {
      'api-key': servers.pinarkive.apiKey,
      'api-url': servers.pinarkive.url,
      path: 'dist',
      comment: 'true',
      ...options.inputs
    }
  })
}

/** A comment already on PR #7. */
function seedComment(login: string, body: string) {
  return servers.github.addComment({ owner: OWNER, repo: REPO, issue_number: 7, login, body })
}

function prComments(number = 7) {
  return servers.github.comments.filter(c => c.issue_number === number)
}

describe('sticky PR comment', () => {
  it('creates one comment, then updates that same comment on the next push', async () => {
    const first = await publish({})
    expect(first.code).toBe(0)
    expect(prComments()).toHaveLength(1)
    const [comment] = prComments()
    expect(first.outputs['comment-id']).toBe(String(comment.id))
    expect(first.outputs['comment-url']).toBe(comment.html_url)
    expect(comment.user.login).toBe('github-actions[bot]')
    expect(comment.body).toContain(first.outputs.cid)
    expect(comment.body).toContain(`[**Open**](${first.outputs['gateway-url']})`)
    expect(comment.body).toContain(
      `| [\`aaaaaaa\`](https://github.com/${OWNER}/${REPO}/commit/${HEAD_SHA}) |`
    )
    expect(comment.body).toMatch(/^<!-- pinarkive\/pin-action: publish -->/)
    expect(first.stdout).toContain(`PR #7: comment created: ${comment.html_url}`)

    const second = await publish({})
    expect(second.code).toBe(0)
    expect(prComments()).toHaveLength(1)
    expect(prComments()[0].id).toBe(comment.id)
    expect(prComments()[0].body).toContain(second.outputs.cid)
    expect(second.outputs.cid).not.toBe(first.outputs.cid)
    expect(second.stdout).toContain('PR #7: comment updated')
  })

  it('keeps one comment per header', async () => {
    await publish({ inputs: { 'comment-header': 'docs' } })
    await publish({ inputs: { 'comment-header': 'app' } })
    await publish({ inputs: { 'comment-header': 'docs' } })
    expect(prComments()).toHaveLength(2)
    expect(prComments().map(c => c.body.split('\n')[0])).toEqual([
      '<!-- pinarkive/pin-action: docs -->',
      '<!-- pinarkive/pin-action: app -->'
    ])
  })

  it("leaves another user's comment alone even when it carries the marker", async () => {
    const quoted = seedComment('octocat', 'Look at this: <!-- pinarkive/pin-action: publish -->')
    const result = await publish({})
    expect(result.code).toBe(0)
    expect(prComments()).toHaveLength(2)
    expect(prComments().find(c => c.id === quoted.id)?.body).toBe(quoted.body)
    expect(servers.github.requests.filter(r => r.method === 'PATCH')).toHaveLength(0)
  })

  it('finds its comment on page 3 of the PR comments', async () => {
    for (let i = 0; i < 230; i++) seedComment('octocat', `comment ${i}`)
    const ours = seedComment(
      'github-actions[bot]',
      '<!-- pinarkive/pin-action: publish -->\nold preview'
    )
    const result = await publish({})
    expect(result.code).toBe(0)
    expect(prComments()).toHaveLength(231)
    expect(prComments().find(c => c.id === ours.id)?.body).toContain(result.outputs.cid)
    const pages = servers.github.requests.filter(
      r => r.method === 'GET' && r.path.endsWith('/issues/7/comments')
    )
    expect(pages.map(r => r.query.page ?? '1')).toEqual(['1', '2', '3'])
  })

  it('works on pull_request_target', async () => {
    const result = await publish({ eventName: 'pull_request_target' })
    expect(result.code).toBe(0)
    expect(prComments()).toHaveLength(1)
  })

  it('shows what failed, and the commit status says failure with the reason', async () => {
    servers.pinarkive.set({ maxFileSize: 10 })
    const result = await publish({
      site: { 'dist/ok.txt': 'ok', 'dist/big.txt': 'x'.repeat(100) },
      inputs: { 'upload-as': 'files', 'commit-status': 'true' }
    })
    expect(result.code).toBe(1)
    const [comment] = prComments()
    expect(comment.body).toContain('### ❌ Failed (1)')
    expect(comment.body).toContain('`dist/big.txt`')
    expect(servers.github.statuses).toEqual([
      expect.objectContaining({
        sha: HEAD_SHA,
        state: 'failure',
        context: 'pinarkive',
        description: expect.stringMatching(
          /^1 of 2 items failed: dist\/big.txt: This file \(100 B\) is larger/
        )
      })
    ])
  })

  it('warns, and the step succeeds, when the token is read-only (a fork PR)', async () => {
    const result = await publish({
      githubToken: 'ghs_readonly',
      inputs: { 'commit-status': 'true' }
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /::warning::Could not comment on pull request #7: the token may not do it \(HTTP 403: .*Resource not accessible by integration.*workflow_run/
    )
    expect(result.stdout).toMatch(
      /::warning::Could not set the commit status on aaaaaaa: .*statuses: write/
    )
    expect(prComments()).toHaveLength(0)
    expect(result.outputs['comment-url']).toBe('')
  })
})

describe('commit status', () => {
  it('lands on the PR head commit, not the merge commit, linking to the gateway', async () => {
    const result = await publish({
      inputs: { comment: 'false', 'commit-status': 'true', 'comment-header': 'docs' }
    })
    expect(result.code).toBe(0)
    expect(servers.github.statuses).toEqual([
      {
        owner: OWNER,
        repo: REPO,
        sha: HEAD_SHA,
        state: 'success',
        target_url: result.outputs['gateway-url'],
        description: `Published 1 file as ${result.outputs.cid}`,
        context: 'pinarkive/docs'
      }
    ])
    expect(servers.github.statuses[0].sha).not.toBe(MERGE_SHA)
  })

  it('uses GITHUB_SHA on push, where there is no pull request', async () => {
    const result = await publish({
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: MERGE_SHA },
      inputs: { 'commit-status': 'true' }
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'comment: true, but this run (push) is not for a pull request; no comment written.'
    )
    expect(servers.github.comments).toHaveLength(0)
    expect(servers.github.statuses.map(s => s.sha)).toEqual([MERGE_SHA])
  })
})

describe('workflow_run: the fork-safe two-workflow pattern', () => {
  function workflowRunEvent(pullRequests: object[] = []) {
    return {
      action: 'completed',
      workflow_run: {
        event: 'pull_request',
        head_sha: HEAD_SHA,
        head_branch: 'feature',
        head_repository: { full_name: 'contributor/site', owner: { login: 'contributor' } },
        pull_requests: pullRequests,
        conclusion: 'success'
      },
      repository: { full_name: `${OWNER}/${REPO}` }
    }
  }

  it('finds the fork PR by head branch and commit, comments there and sets the status on its head', async () => {
    servers.github.addPull({
      owner: OWNER,
      repo: REPO,
      number: 41,
      head: { sha: 'c'.repeat(40), ref: 'feature', repo_full_name: 'someone/site' }
    })
    servers.github.addPull({
      owner: OWNER,
      repo: REPO,
      number: 42,
      head: { sha: HEAD_SHA, ref: 'feature', repo_full_name: 'contributor/site' }
    })
    const result = await publish({
      eventName: 'workflow_run',
      event: workflowRunEvent(),
      inputs: { 'commit-status': 'true' }
    })
    expect(result.code).toBe(0)
    expect(prComments(42)).toHaveLength(1)
    expect(prComments(42)[0].body).toContain(`commit/${HEAD_SHA}`)
    expect(servers.github.statuses.map(s => s.sha)).toEqual([HEAD_SHA])
    // Closed ones too: a workflow_run for a closed pull request cleans up (mode: auto).
    const lookup = servers.github.requests.find(r => r.path === `/repos/${OWNER}/${REPO}/pulls`)
    expect(lookup?.query).toMatchObject({ state: 'all', head: 'contributor:feature' })
  })

  it('uses the pull request listed in the payload for a same-repo run', async () => {
    servers.github.addPull({
      owner: OWNER,
      repo: REPO,
      number: 9,
      head: { sha: HEAD_SHA, ref: 'feature' }
    })
    const result = await publish({
      eventName: 'workflow_run',
      event: workflowRunEvent([{ number: 9, head: { sha: HEAD_SHA } }])
    })
    expect(result.code).toBe(0)
    expect(prComments(9)).toHaveLength(1)
    // Only that pull request is read, for its state: no search by branch.
    expect(servers.github.requests.some(r => r.path.endsWith('/pulls'))).toBe(false)
    expect(servers.github.requests.some(r => r.path === `/repos/${OWNER}/${REPO}/pulls/9`)).toBe(
      true
    )
  })
})

describe('fork pull requests without secrets', () => {
  it('explains why the api-key is missing and points to workflow_run', async () => {
    const result = await publish({
      event: pullRequestEvent({ fork: true }),
      inputs: { 'api-key': '' }
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error::Input "api-key" is empty because this pull request comes from a fork: GitHub does not give secrets to workflows run for forks.'
    )
    expect(result.stdout).toContain('"workflow_run"')
    expect(servers.pinarkive.requests).toHaveLength(0)
  })
})
