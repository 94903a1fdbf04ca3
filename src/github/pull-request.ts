/** The pull request a run belongs to, and whether it is still open. */
import type { GitHubApi } from './api.js'
import { isCommitSha, type EventInfo, type PullRequestRef } from './event.js'

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

/**
 * The pull request the results belong to, asking GitHub when the event does not say: a
 * `workflow_run` payload lists same-repository pull requests without their state, and lists none
 * for a fork, whose pull request is found by its head branch and commit. The head commit is the
 * run's (checked by event.ts), else the API's when that is a commit SHA, else empty; a run
 * without a usable head commit matches no pull request by commit.
 */
export async function findPullRequest(
  api: Pick<GitHubApi, 'pulls' | 'pull'>,
  event: EventInfo
): Promise<PullRequestRef | undefined> {
  if (event.pullRequest) return event.pullRequest
  const run = event.workflowRun
  if (!run || !PULL_REQUEST_EVENTS.includes(run.event)) return undefined
  const listed =
    run.pullRequests.find(pr => run.headSha !== '' && pr.headSha === run.headSha) ??
    run.pullRequests[0]
  if (listed) {
    const pull = await api.pull(event.owner, event.repo, listed.number)
    return { ...pull, headSha: run.headSha || (isCommitSha(pull.headSha) ? pull.headSha : '') }
  }
  if (!run.headOwner || !run.headBranch || !run.headSha) return undefined
  const pulls = await api.pulls(event.owner, event.repo, {
    state: 'all',
    head: `${run.headOwner}:${run.headBranch}`
  })
  // Open ones first: a branch reused for a second pull request keeps its closed first one.
  const match =
    pulls.find(pr => pr.headSha === run.headSha && pr.state === 'open') ??
    pulls.find(pr => pr.headSha === run.headSha)
  return match ? { ...match, headSha: run.headSha } : undefined
}
