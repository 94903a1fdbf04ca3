/**
 * One sticky comment per pull request (and per header): found by a hidden marker written by the
 * token's own identity, updated in place, created only when none exists.
 */
import type { GitHubApi } from './api.js'

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
