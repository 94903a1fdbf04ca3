/**
 * One sticky comment per pull request (and per header): found by a hidden marker written by the
 * token's own identity, updated in place, created only when none exists.
 */
import type { GitHubApi } from './api.js'
import type { EventInfo, PullRequestRef } from './event.js'

/** The hidden marker. `key` is the comment header, else the workflow's name. */
export function commentMarker(key: string): string {
  // `--` would end the HTML comment early.
  return `<!-- pinarkive/pin-action: ${key.replace(/-{2,}/g, '-').replace(/>/g, '')} -->`
}

/** `github-actions[bot]` and `github-actions` are the same identity in GitHub's APIs. */
function sameLogin(a: string, b: string): boolean {
  const normal = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '')
  return normal(a) === normal(b)
}

/** The pull request the results belong to, asking GitHub when the event does not say. */
export async function findPullRequest(
  api: Pick<GitHubApi, 'openPulls'>,
  event: EventInfo
): Promise<PullRequestRef | undefined> {
  if (event.pullRequest) return event.pullRequest
  const run = event.workflowRun
  if (!run || !['pull_request', 'pull_request_target'].includes(run.event)) return undefined
  const listed = run.pullRequests.find(pr => pr.headSha === run.headSha) ?? run.pullRequests[0]
  if (listed) return { number: listed.number, headSha: run.headSha }
  // A fork's run lists no pull requests; find the open one whose head is that branch and commit.
  if (!run.headOwner || !run.headBranch) return undefined
  const pulls = await api.openPulls(event.owner, event.repo, `${run.headOwner}:${run.headBranch}`)
  const match = pulls.find(pr => pr.headSha === run.headSha)
  return match ? { number: match.number, headSha: run.headSha } : undefined
}

export interface UpsertResult {
  id: number
  url: string
  action: 'created' | 'updated' | 'unchanged'
}

/**
 * Updates our comment carrying `marker`, or creates it. Every page of comments is searched, and
 * only comments by the token's identity count, so another user quoting the marker is left alone.
 */
export async function upsertComment(
  api: GitHubApi,
  target: { owner: string; repo: string; number: number },
  marker: string,
  body: string
): Promise<UpsertResult> {
  const { owner, repo, number } = target
  const me = (await api.viewerLogin()) ?? 'github-actions[bot]'
  for await (const page of api.comments(owner, repo, number)) {
    const ours = page.find(c => c.body.includes(marker) && sameLogin(c.login, me))
    if (!ours) continue
    if (ours.body === body) return { id: ours.id, url: ours.htmlUrl, action: 'unchanged' }
    const updated = await api.updateComment(owner, repo, ours.id, body)
    return { id: updated.id, url: updated.htmlUrl, action: 'updated' }
  }
  const created = await api.createComment(owner, repo, number, body)
  return { id: created.id, url: created.htmlUrl, action: 'created' }
}
