/**
 * One sticky comment per pull request (and per header): found by a hidden marker written by the
 * token's own identity, updated in place, created only when none exists.
 */
import type { GitHubApi, IssueComment } from './api.js'

/** The hidden marker. `key` is the comment header, else the workflow's name. */
export function commentMarker(key: string): string {
  // `--` would end the HTML comment early.
  return `<!-- pinarkive/pin-action: ${key.replace(/-{2,}/g, '-').replace(/>/g, '')} -->`
}

export interface UpsertResult {
  id: number
  url: string
  action: 'created' | 'updated' | 'unchanged'
}

/**
 * Writes the comment: updates ours (`existing`, found by marker and by the token's identity, so
 * another user quoting the marker is left alone), or creates it when there is none.
 */
export async function writeComment(
  api: GitHubApi,
  target: { owner: string; repo: string; number: number },
  existing: IssueComment | undefined,
  body: string
): Promise<UpsertResult> {
  const { owner, repo, number } = target
  if (existing?.body === body) {
    return { id: existing.id, url: existing.htmlUrl, action: 'unchanged' }
  }
  if (existing) {
    const updated = await api.updateComment(owner, repo, existing.id, body)
    return { id: updated.id, url: updated.htmlUrl, action: 'updated' }
  }
  const created = await api.createComment(owner, repo, number, body)
  return { id: created.id, url: created.htmlUrl, action: 'created' }
}
