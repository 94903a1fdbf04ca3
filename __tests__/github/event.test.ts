import { commitShaOf, isCommitSha, readEvent } from '../../src/github/event.js'
import { findPullRequest } from '../../src/github/pull-request.js'

/** Commit SHAs as GitHub writes them: 40 hex digits. */
const HEAD = 'a1'.repeat(20)
const MERGE = 'b2'.repeat(20)
const RUN_HEAD = 'c3'.repeat(20)

describe('readEvent', () => {
  const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: MERGE }
  it('takes the PR head commit, not the merge commit, and spots forks', () => {
    const event = readEvent(env, {
      pull_request: {
        number: 5,
        head: { sha: HEAD, repo: { full_name: 'fork/r' } },
        base: { repo: { full_name: 'o/r' } }
      }
    })
    expect(event).toMatchObject({
      owner: 'o',
      repo: 'r',
      sha: HEAD,
      pullRequest: { number: 5, headSha: HEAD, state: 'open', merged: false },
      forkPullRequest: true
    })
  })
  it('does not call pull_request_target a fork event: it runs with secrets', () => {
    const event = readEvent(
      { ...env, GITHUB_EVENT_NAME: 'pull_request_target' },
      {
        pull_request: {
          number: 5,
          head: { sha: HEAD, repo: { full_name: 'fork/r' } },
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
          head_sha: RUN_HEAD,
          head_branch: 'b',
          head_repository: { full_name: 'fork/r', owner: { login: 'fork' } },
          pull_requests: []
        }
      }
    )
    expect(event.sha).toBe(RUN_HEAD)
    expect(event.workflowRun).toEqual({
      event: 'pull_request',
      headSha: RUN_HEAD,
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
        pull_request: { number: 5, state: 'closed', merged: true, head: { sha: HEAD } }
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
      pull_request: { number: 5, state: 'open', head: { sha: HEAD } }
    })
    expect(reopened.pullRequest).toMatchObject({ state: 'open', merged: false })
  })
  it('survives an empty payload', () => {
    expect(readEvent({}, undefined)).toMatchObject({ name: '', sha: '', pullRequest: undefined })
  })
  it('reads the release of a release event by id, and nothing else as one', () => {
    const release = { id: 42, tag_name: 'v1.0.0', body: 'notes' }
    const published = readEvent(
      { ...env, GITHUB_EVENT_NAME: 'release' },
      { action: 'published', release }
    )
    expect(published.release).toEqual({ id: 42, tagName: 'v1.0.0' })
    expect(readEvent({ ...env, GITHUB_EVENT_NAME: 'push' }, { release }).release).toBeUndefined()
    const noId = readEvent({ ...env, GITHUB_EVENT_NAME: 'release' }, { release: { id: '42' } })
    expect(noId.release).toBeUndefined()
  })
})

describe('commit SHAs from the payload', () => {
  /** Values that would make `…/commit/${sha}` point at another path, or are no SHA at all. */
  const BAD = [
    '../../evil-org/evil/commit/' + 'e'.repeat(40),
    'a'.repeat(40) + '/../../x',
    'a'.repeat(39),
    'a'.repeat(41),
    'g'.repeat(40),
    'a'.repeat(40) + '?x=1',
    'a'.repeat(40) + '\n',
    'head'
  ]
  const pullEnv = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: MERGE }

  function warnings() {
    const lines: string[] = []
    return { lines, log: { warning: (text: string) => void lines.push(text) } }
  }

  it('takes 40 or 64 hex digits, upper case as lower case, and nothing else', () => {
    expect(isCommitSha('a'.repeat(40))).toBe(true)
    expect(isCommitSha('0f'.repeat(32))).toBe(true)
    for (const bad of BAD) expect(isCommitSha(bad)).toBe(false)
    expect(commitShaOf('AB'.repeat(20), 'x')).toBe('ab'.repeat(20))
    expect(commitShaOf(undefined, 'x')).toBe('')
  })

  it.each(BAD.map(bad => [bad]))(
    'a pull request head of %j is absent: GITHUB_SHA is used, with a warning',
    bad => {
      const { lines, log } = warnings()
      const event = readEvent(
        pullEnv,
        { pull_request: { number: 5, head: { sha: bad, repo: { full_name: 'o/r' } } } },
        log
      )
      expect(event.sha).toBe(MERGE)
      // The pull request is still known by its number: comments and cleanups still work.
      expect(event.pullRequest).toEqual({ number: 5, headSha: '', state: 'open', merged: false })
      expect(lines).toEqual([
        expect.stringMatching(
          /^The event payload's pull_request\.head\.sha is not a commit SHA \(40 or 64 hex digits\) but ".*": ignored, so no link or status uses it\.$/
        )
      ])
    }
  )

  it('a bad GITHUB_SHA is absent too, so no commit is named at all', () => {
    const { lines, log } = warnings()
    const event = readEvent(
      { ...pullEnv, GITHUB_SHA: '../x' },
      { pull_request: { number: 5, head: { sha: 'nope' } } },
      log
    )
    expect(event.sha).toBe('')
    expect(event.pullRequest?.headSha).toBe('')
    expect(lines).toHaveLength(2)
  })

  it('a workflow_run head and its pull requests are checked the same way', () => {
    const { lines, log } = warnings()
    const event = readEvent(
      { ...pullEnv, GITHUB_EVENT_NAME: 'workflow_run' },
      {
        workflow_run: {
          event: 'pull_request',
          head_sha: 'a'.repeat(40) + '/../../x',
          pull_requests: [{ number: 9, head: { sha: 42 } }, { number: 1.5 }, { number: -1 }]
        }
      },
      log
    )
    expect(event.sha).toBe(MERGE)
    expect(event.workflowRun?.headSha).toBe('')
    expect(event.workflowRun?.pullRequests).toEqual([{ number: 9, headSha: '' }])
    expect(lines).toEqual([
      expect.stringContaining(
        'workflow_run.head_sha is not a commit SHA (40 or 64 hex digits) but'
      ),
      expect.stringContaining(
        'pull_requests (#9) head.sha is not a commit SHA (40 or 64 hex digits) but a JSON number'
      )
    ])
  })

  it('a pull request number must be a positive whole number', () => {
    for (const number of [0, -5, 1.5, Number.NaN, '5']) {
      const event = readEvent(pullEnv, { pull_request: { number, head: { sha: HEAD } } })
      expect(event.pullRequest).toBeUndefined()
      expect(event.sha).toBe(MERGE)
    }
  })
})

describe('findPullRequest with commit SHAs that are not', () => {
  const HEAD_OF_API = 'd4'.repeat(20)
  function api(headSha: string) {
    const pull = { number: 9, headSha, state: 'open' as const, merged: false }
    return {
      pull: async () => pull,
      pulls: async () => [pull]
    }
  }
  function workflowRun(headSha: string, pullRequests: { number: number; headSha: string }[]) {
    return readEvent(
      { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: MERGE },
      {
        workflow_run: {
          event: 'pull_request',
          head_sha: headSha,
          head_branch: 'feature',
          head_repository: { full_name: 'fork/r', owner: { login: 'fork' } },
          pull_requests: pullRequests.map(pr => ({ number: pr.number, head: { sha: pr.headSha } }))
        }
      }
    )
  }

  it("takes the API's head when the run's is unusable, if that one is a SHA", async () => {
    const event = workflowRun('bad', [{ number: 9, headSha: 'bad' }])
    expect(await findPullRequest(api(HEAD_OF_API), event)).toMatchObject({
      number: 9,
      headSha: HEAD_OF_API
    })
    expect(await findPullRequest(api('../../x'), event)).toMatchObject({ number: 9, headSha: '' })
  })

  it("keeps the run's head when it is a SHA", async () => {
    const event = workflowRun(RUN_HEAD, [{ number: 9, headSha: RUN_HEAD }])
    expect(await findPullRequest(api(HEAD_OF_API), event)).toMatchObject({ headSha: RUN_HEAD })
  })

  it('matches no fork pull request by commit without a usable head', async () => {
    const event = workflowRun('', [])
    // An API answer whose head is empty too must not match an empty run head.
    expect(await findPullRequest(api(''), event)).toBeUndefined()
  })
})
