/**
 * End to end: two sites in one repository, as two steps of one job with different
 * `comment-header` values (README, "Several sites"). Each site has its own comment, status
 * context, deployment environment and cleanup, and neither touches the other's records.
 */
import { jest } from '@jest/globals'
import { fakeServers } from './fake-servers.js'
import { makeWorkspace, runAction } from '../../test-support/run-action.mjs'

jest.setTimeout(120_000)

const OWNER = 'octo-org'
const REPO = 'site'
const sha = (c: string) => c.repeat(40)
const servers = fakeServers({ keepContent: true, ownGateway: true, cidProfile: 'unixfs-v1-2025' })

const repository = {
  full_name: `${OWNER}/${REPO}`,
  name: REPO,
  owner: { login: OWNER },
  default_branch: 'main'
}

function pullEvent(head: string, action: string) {
  return {
    action,
    number: 7,
    pull_request: {
      number: 7,
      state: action === 'closed' ? 'closed' : 'open',
      merged: action === 'closed',
      head: { sha: head, ref: 'feature', repo: { full_name: `${OWNER}/${REPO}` } },
      base: { sha: sha('b'), ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } }
    },
    repository
  }
}

/** One step of the job: the site `header`, built into `out/<header>`. */
async function step(header: string, event: object, content?: string, extra = {}) {
  const files = content === undefined ? {} : { [`out/${header}/index.html`]: content }
  return runAction({
    workspace: await makeWorkspace(files),
    eventName: 'pull_request',
    event,
    githubToken: 'ghs_test',
    env: { GITHUB_API_URL: servers.github.url, GITHUB_GRAPHQL_URL: servers.github.graphqlUrl },
    inputs: {
      'api-key': servers.pinarkive.apiKey,
      'api-url': servers.pinarkive.url,
      path: `out/${header}`,
      timelock: '14d',
      comment: 'true',
      'commit-status': 'true',
      deployment: 'true',
      'comment-header': header,
      ...extra
    }
  })
}

/** The job: the docs step, then the app step. */
async function job(head: string, action: string, version: string) {
  const event = pullEvent(head, action)
  const closing = action === 'closed'
  const docs = await step('docs', event, closing ? undefined : `<h1>docs ${version}</h1>`)
  const app = await step('app', event, closing ? undefined : `<h1>app ${version}</h1>`)
  expect([docs.code, app.code]).toEqual([0, 0])
  return { docs, app }
}

const commentOf = (header: string) => {
  const own = servers.github.comments.filter(c =>
    c.body.startsWith(`<!-- pinarkive/pin-action: ${header} -->`)
  )
  expect(own).toHaveLength(1)
  return own[0]
}
const deploymentsIn = (environment: string) =>
  servers.github.deployments.filter(d => d.environment === environment)
const stateOf = (environment: string) =>
  deploymentsIn(environment).map(d => servers.github.deploymentState(d))
const live = (cid: string) => servers.pinarkive.pins.filter(p => p.cid === cid)

describe('two sites in one job, told apart by comment-header', () => {
  it('each keeps its own comment, status, environment and cleanup through two pushes and a merge', async () => {
    const first = await job(sha('1'), 'opened', 'v1')
    expect(first.docs.outputs.cid).not.toBe(first.app.outputs.cid)

    // Two comments, one per site, each naming its own CID only.
    expect(servers.github.comments).toHaveLength(2)
    expect(commentOf('docs').body).toContain(first.docs.outputs.cid)
    expect(commentOf('docs').body).not.toContain(first.app.outputs.cid)
    expect(commentOf('app').body).toContain(first.app.outputs.cid)

    // One status context per site, on the head commit.
    const contexts = servers.github.statuses.map(s => [s.context, s.sha, s.state])
    expect(contexts).toEqual([
      ['pinarkive/docs', sha('1'), 'success'],
      ['pinarkive/app', sha('1'), 'success']
    ])

    // One environment per site, so GitHub shows a "View deployment" for each.
    expect(stateOf('preview/docs')).toEqual(['success'])
    expect(stateOf('preview/app')).toEqual(['success'])
    expect(deploymentsIn('preview/docs')[0].transient_environment).toBe(true)
    expect(first.docs.outputs['deployment-url']).toBe(first.docs.outputs['gateway-url'])

    // A second push updates each site's own comment and retires only its own deployment.
    const second = await job(sha('2'), 'synchronize', 'v2')
    expect(servers.github.comments).toHaveLength(2)
    expect(commentOf('docs').body).toContain(second.docs.outputs.cid)
    expect(commentOf('app').body).toContain(second.app.outputs.cid)
    expect(commentOf('app').body).not.toContain(second.docs.outputs.cid)
    expect(stateOf('preview/docs')).toEqual(['inactive', 'success'])
    expect(stateOf('preview/app')).toEqual(['inactive', 'success'])

    // The merge: the docs cleanup runs first and leaves every record of the app alone.
    const appCommentBefore = commentOf('app').body
    const docsClosed = await step('docs', pullEvent(sha('2'), 'closed'))
    expect(docsClosed.code).toBe(0)
    expect(JSON.parse(docsClosed.outputs.unpinned).sort()).toEqual(
      [first.docs.outputs.cid, second.docs.outputs.cid].sort()
    )
    expect(live(second.docs.outputs.cid)).toEqual([])
    expect(live(second.app.outputs.cid)).toHaveLength(1)
    expect(live(first.app.outputs.cid)).toHaveLength(1)
    expect(stateOf('preview/docs')).toEqual(['inactive', 'inactive'])
    expect(stateOf('preview/app')).toEqual(['inactive', 'success'])
    expect(commentOf('docs').body).toContain('IPFS preview removed')
    expect(commentOf('app').body).toBe(appCommentBefore)

    // Then the app's own cleanup.
    const appClosed = await step('app', pullEvent(sha('2'), 'closed'))
    expect(appClosed.code).toBe(0)
    expect(JSON.parse(appClosed.outputs.unpinned).sort()).toEqual(
      [first.app.outputs.cid, second.app.outputs.cid].sort()
    )
    expect(stateOf('preview/app')).toEqual(['inactive', 'inactive'])
    expect(commentOf('app').body).toContain('IPFS preview removed')
  })

  it('an explicit environment wins over the per-site default', async () => {
    const result = await step('docs', pullEvent(sha('1'), 'opened'), '<h1>docs</h1>', {
      environment: 'docs-preview'
    })
    expect(result.code).toBe(0)
    expect(servers.github.deployments.map(d => d.environment)).toEqual(['docs-preview'])
  })

  it('a push to the default branch deploys each site to its own production environment', async () => {
    const push = { repository, after: sha('9') }
    const run = async (header: string) =>
      runAction({
        workspace: await makeWorkspace({ [`out/${header}/index.html`]: header }),
        eventName: 'push',
        event: push,
        githubToken: 'ghs_test',
        env: {
          GITHUB_API_URL: servers.github.url,
          GITHUB_GRAPHQL_URL: servers.github.graphqlUrl,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_SHA: sha('9')
        },
        inputs: {
          'api-key': servers.pinarkive.apiKey,
          'api-url': servers.pinarkive.url,
          path: `out/${header}`,
          deployment: 'true',
          'comment-header': header
        }
      })
    expect([(await run('docs')).code, (await run('app')).code]).toEqual([0, 0])
    const made = servers.github.deployments.map(d => [d.environment, d.production_environment])
    expect(made).toEqual([
      ['production/docs', true],
      ['production/app', true]
    ])
    expect(stateOf('production/docs')).toEqual(['success'])
    expect(stateOf('production/app')).toEqual(['success'])
  })
})
