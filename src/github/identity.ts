/**
 * Who wrote a record: only what the token's own identity wrote is trusted, and it is recognised
 * by its login exactly as REST spells it: `github-actions[bot]` for the job token, `<app>[bot]`
 * for another GitHub App, the user's login for a personal token. `[bot]` is part of the login:
 * a user account may be called `github-actions`, and what it writes is not ours.
 */

/** The same login, `[bot]` included. GitHub logins are case-insensitive, so case is not. */
export function sameLogin(a: string, b: string): boolean {
  return a !== '' && a.toLowerCase() === b.toLowerCase()
}

/**
 * A GraphQL actor's login in its REST form. GraphQL names a `Bot` actor without the `[bot]` that
 * REST's `user.login` and `creator.login` carry (`github-actions` for `github-actions[bot]`), so
 * a Bot's login gets it back; any other actor's login is its REST login already.
 */
export function restLogin(login: string, typename: string | undefined): string {
  return typename === 'Bot' && !/\[bot\]$/i.test(login) ? `${login}[bot]` : login
}
