/**
 * One sticky comment per pull request (and per header): found by a hidden marker on its first
 * line, written by the token's own identity; updated in place, created only when none exists.
 */
import type { GitHubApi } from './api.js'
import type { EventInfo, PullRequestRef } from './event.js'

/**
 * `key` written so that distinct keys give distinct markers and none can end or break the HTML
 * comment: `%` and what an HTML comment or a line cannot hold (`<`, `>`, `!`, `&`, controls and
 * line breaks, a `-` after a `-`) are percent-encoded. Since `%` is always encoded, decoding is
 * unambiguous, so the encoding is injective: `docs--v2` is `docs-%2Dv2`, `docs-v2` stays
 * `docs-v2`. A key without those characters is written as before, so the comments of earlier
 * versions are still found; a key with them was mangled before (`docs--v2` and `docs-v2` shared
 * `docs-v2`), so its old comment is left and a new one written.
 */
function encodeKey(key: string): string {
  return key.replace(/%|[<>!&\p{Cc}\u2028\u2029]|(?<=-)-/gu, percentEncode)
}

/** `char` as `%XX` per UTF-8 byte. */
function percentEncode(char: string): string {
  return Array.from(
    new TextEncoder().encode(char),
    byte => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  ).join('')
}

/** The hidden marker. `key` is the comment header, else the workflow's name. */
export function commentMarker(key: string): string {
  return `<!-- pinarkive/pin-action: ${encodeKey(key)} -->`
}

/**
 * Whether `body` is a comment carrying `marker`: only as its whole first line, where the action
 * writes it. Content cannot put it there (the rendered report follows the marker), so a file
 * name that spells another header's marker cannot make that comment match.
 */
export function carriesMarker(body: string, marker: string): boolean {
  const firstLine = /^[^\r\n]*/.exec(body)?.[0] ?? ''
  return firstLine === marker
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
 * Updates our comment carrying `marker` (on its first line), or creates it. Every page of
 * comments is searched, and only comments by the token's identity count, so another user quoting
 * the marker is left alone.
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
    const ours = page.find(c => carriesMarker(c.body, marker) && sameLogin(c.login, me))
    if (!ours) continue
    if (ours.body === body) return { id: ours.id, url: ours.htmlUrl, action: 'unchanged' }
    const updated = await api.updateComment(owner, repo, ours.id, body)
    return { id: updated.id, url: updated.htmlUrl, action: 'updated' }
  }
  const created = await api.createComment(owner, repo, number, body)
  return { id: created.id, url: created.htmlUrl, action: 'created' }
}
