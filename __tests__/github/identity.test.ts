/**
 * Whose records count: the token's own identity, by its exact REST login, `[bot]` included; and
 * a GraphQL actor's login brought to that form.
 */
import { restLogin, sameLogin } from '../../src/github/identity.js'

describe('sameLogin', () => {
  it('matches the same login, whatever the case', () => {
    expect(sameLogin('github-actions[bot]', 'github-actions[bot]')).toBe(true)
    expect(sameLogin('GitHub-Actions[BOT]', 'github-actions[bot]')).toBe(true)
    expect(sameLogin('octocat', 'OctoCat')).toBe(true)
  })

  it('keeps [bot] part of the login: a user called github-actions is not the job token', () => {
    expect(sameLogin('github-actions', 'github-actions[bot]')).toBe(false)
    expect(sameLogin('github-actions[bot]', 'github-actions')).toBe(false)
    expect(sameLogin('my-app', 'my-app[bot]')).toBe(false)
    expect(sameLogin('github-actions[bot]x', 'github-actions[bot]')).toBe(false)
  })

  it('never matches an unknown author', () => {
    expect(sameLogin('', '')).toBe(false)
    expect(sameLogin('', 'github-actions[bot]')).toBe(false)
  })
})

describe('restLogin', () => {
  it("gives a Bot actor's login the [bot] that GraphQL leaves out", () => {
    expect(restLogin('github-actions', 'Bot')).toBe('github-actions[bot]')
    expect(restLogin('my-app', 'Bot')).toBe('my-app[bot]')
  })

  it('leaves a login that is in REST form already as it is', () => {
    expect(restLogin('github-actions[bot]', 'Bot')).toBe('github-actions[bot]')
    expect(restLogin('github-actions[bot]', 'User')).toBe('github-actions[bot]')
    expect(restLogin('Dependabot[BOT]', 'Bot')).toBe('Dependabot[BOT]')
  })

  it("never adds [bot] to a user's login, even one called github-actions", () => {
    expect(restLogin('github-actions', 'User')).toBe('github-actions')
    expect(restLogin('octocat', 'User')).toBe('octocat')
    expect(restLogin('octocat', undefined)).toBe('octocat')
  })
})
