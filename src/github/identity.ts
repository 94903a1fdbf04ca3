/** Who wrote a record: only what the token's own identity wrote is trusted. */

/** `github-actions[bot]` and `github-actions` are the same identity in GitHub's APIs. */
export function sameLogin(a: string, b: string): boolean {
  const normal = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '')
  return a !== '' && normal(a) === normal(b)
}
