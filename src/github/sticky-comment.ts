/**
 * One sticky comment per pull request (and per header): found by a hidden marker on its first
 * line, written by the token's own identity; updated in place, created only when none exists.
 */
import type { GitHubApi, IssueComment } from './api.js'
import { sameLogin } from './identity.js'

/**
 * `key` written so that distinct keys give distinct markers and none can end or break the HTML
 * comment: `%` and what an HTML comment or a line cannot hold (`<`, `>`, `!`, `&`, controls and
 * line breaks, a `-` after a `-`) are percent-encoded. Since `%` is always encoded, decoding is
 * unambiguous, so the encoding is injective: `docs--v2` is `docs-%2Dv2`, `docs-v2` stays
 * `docs-v2`. A key without those characters is written as before, so the comments of earlier
 * versions are still found; a key with them was mangled before (`docs--v2` and `docs-v2` shared
 * `docs-v2`), so its old comment is left and a new one written.
 */
export function encodeKey(key: string): string {
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
  const [firstLine] = body.split(/[\r\n]/, 1)
  return firstLine === marker
}

/**
 * Our comment carrying `marker` on an issue or pull request, if any: every page is searched (up
 * to `maxPages`), and only comments by the token's identity count, so another user quoting the
 * marker is left alone.
 */
export async function findOwnComment(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  number: number,
  marker: string,
  viewer: string,
  maxPages = Infinity
): Promise<IssueComment | undefined> {
  let pages = 0
  for await (const page of api.comments(repo.owner, repo.repo, number)) {
    const ours = page.find(c => carriesMarker(c.body, marker) && sameLogin(c.login, viewer))
    if (ours) return ours
    if (++pages >= maxPages) break
  }
  return undefined
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
