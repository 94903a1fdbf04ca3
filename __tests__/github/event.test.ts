import { readEvent } from '../../src/github/event.js'

describe('readEvent', () => {
  const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'merge' }
  it('takes the PR head commit, not the merge commit, and spots forks', () => {
    const event = readEvent(env, {
      pull_request: {
        number: 5,
        head: { sha: 'head', repo: { full_name: 'fork/r' } },
        base: { repo: { full_name: 'o/r' } }
      }
    })
    expect(event).toMatchObject({
      owner: 'o',
      repo: 'r',
      sha: 'head',
      pullRequest: { number: 5, headSha: 'head', state: 'open', merged: false },
      forkPullRequest: true
    })
  })
  it('does not call pull_request_target a fork event: it runs with secrets', () => {
    const event = readEvent(
      { ...env, GITHUB_EVENT_NAME: 'pull_request_target' },
      {
        pull_request: {
          number: 5,
          head: { sha: 'head', repo: { full_name: 'fork/r' } },
          base: { repo: { full_name: 'o/r' } }
        }
      }
    )
    expect(event.forkPullRequest).toBe(false)
  })
  it('reads a workflow_run', () => {
    const event = readEvent(
      { ...env, GITHUB_EVENT_NAME: 'workflow_run' },
      {
        workflow_run: {
          event: 'pull_request',
          head_sha: 'h',
          head_branch: 'b',
          head_repository: { full_name: 'fork/r', owner: { login: 'fork' } },
          pull_requests: []
        }
      }
    )
    expect(event.sha).toBe('h')
    expect(event.workflowRun).toEqual({
      event: 'pull_request',
      headSha: 'h',
      headBranch: 'b',
      headOwner: 'fork',
      headRepository: 'fork/r',
      pullRequests: []
    })
  })
  it('knows a closed or merged pull request, the ref and the default branch', () => {
    const closed = readEvent(
      { ...env, GITHUB_REF: 'refs/pull/5/merge' },
      {
        action: 'closed',
        repository: { default_branch: 'trunk' },
        pull_request: { number: 5, state: 'closed', merged: true, head: { sha: 'head' } }
      }
    )
    expect(closed).toMatchObject({
      action: 'closed',
      ref: 'refs/pull/5/merge',
      defaultBranch: 'trunk',
      pullRequest: { number: 5, state: 'closed', merged: true }
    })
    const reopened = readEvent(env, {
      action: 'reopened',
      pull_request: { number: 5, state: 'open', head: { sha: 'head' } }
    })
    expect(reopened.pullRequest).toMatchObject({ state: 'open', merged: false })
  })
  it('survives an empty payload', () => {
    expect(readEvent({}, undefined)).toMatchObject({ name: '', sha: '', pullRequest: undefined })
  })
})
