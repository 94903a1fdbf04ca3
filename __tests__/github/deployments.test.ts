import { chooseEnvironment } from '../../src/github/deployments.js'
import { readEvent } from '../../src/github/event.js'

const repository = { default_branch: 'main' }
const event = (name: string, ref: string, payload: Record<string, unknown> = {}) =>
  readEvent(
    { GITHUB_EVENT_NAME: name, GITHUB_REPOSITORY: 'o/r', GITHUB_REF: ref },
    { repository, ...payload }
  )
const pr = { number: 4, headSha: 'h', state: 'open' as const, merged: false }

describe('chooseEnvironment', () => {
  it('uses the input when given', () => {
    expect(chooseEnvironment('staging', event('push', 'refs/heads/x'), undefined)).toEqual({
      name: 'staging',
      production: false,
      transient: false
    })
  })
  it('previews pull requests in a transient environment', () => {
    expect(chooseEnvironment('', event('pull_request', 'refs/pull/4/merge'), pr)).toEqual({
      name: 'preview',
      production: false,
      transient: true
    })
  })
  it('deploys production only for a push to the default branch, a release, or a run of one', () => {
    expect(chooseEnvironment('', event('push', 'refs/heads/main'), undefined)).toMatchObject({
      name: 'production'
    })
    expect(chooseEnvironment('', event('release', 'refs/tags/v1'), undefined)).toMatchObject({
      name: 'production'
    })
    expect(chooseEnvironment('', event('push', 'refs/heads/feature'), undefined)).toHaveProperty(
      'why'
    )
    expect(chooseEnvironment('', event('push', 'refs/tags/v1'), undefined)).toHaveProperty('why')
    const run = (branch: string, repo: string, on = 'push') =>
      event('workflow_run', 'refs/heads/main', {
        workflow_run: {
          event: on,
          head_sha: 'h',
          head_branch: branch,
          head_repository: { full_name: repo }
        }
      })
    expect(chooseEnvironment('', run('main', 'o/r'), undefined)).toMatchObject({
      name: 'production'
    })
    // A fork's branch called main is not production.
    expect(chooseEnvironment('', run('main', 'fork/r'), undefined)).toHaveProperty('why')
    expect(chooseEnvironment('', run('main', 'o/r', 'pull_request'), undefined)).toHaveProperty(
      'why'
    )
  })

  it('gives each site its own default environment, and an explicit one wins', () => {
    const pull = event('pull_request', 'refs/pull/4/merge')
    expect(chooseEnvironment('', pull, pr, 'docs')).toEqual({
      name: 'preview/docs',
      production: false,
      transient: true
    })
    expect(chooseEnvironment('', event('push', 'refs/heads/main'), undefined, 'docs')).toEqual({
      name: 'production/docs',
      production: true,
      transient: false
    })
    expect(chooseEnvironment('staging', pull, pr, 'docs')).toMatchObject({ name: 'staging' })
    expect(chooseEnvironment('', event('push', 'refs/tags/v1'), undefined, 'docs')).toHaveProperty(
      'why'
    )
  })
})
