/**
 * End to end: previews with a whole lifecycle. The bundled action under Node 24, the fake
 * Pinarkive (with its gateway and pin status) and the fake GitHub API (with deployments) on
 * 127.0.0.1: publish on open and push, clean up on close, wait until links work.
 */
import { jest } from '@jest/globals'
import { fakeServers, RECORD_MODELS as MODELS } from './fake-servers.js'
import { ALL_SCOPES } from '../../test-support/fake-pinarkive.mjs'
import { parseGfm } from '../../test-support/gfm.mjs'
import { makeWorkspace, runAction } from '../../test-support/run-action.mjs'

jest.setTimeout(90_000)

const OWNER = 'octo-org'
const REPO = 'site'
const RUN_URL = `https://github.com/${OWNER}/${REPO}/actions/runs/1`
const sha = (c: string) => c.repeat(40)
/** Real UnixFS CIDs, as Pinarkive answers; the gateway serves what was uploaded. */
const FAKE_OPTIONS = {
  keepContent: true,
  ownGateway: true,
  cidProfile: 'unixfs-v1-2025'
} as const

const servers = fakeServers(FAKE_OPTIONS)

const repository = {
  full_name: `${OWNER}/${REPO}`,
  name: REPO,
  owner: { login: OWNER },
  default_branch: 'main'
}

function pullEvent(number: number, head: string, action: string, merged = false) {
  return {
    action,
    number,
    pull_request: {
      number,
      state: action === 'closed' ? 'closed' : 'open',
      merged,
      head: { sha: head, ref: `branch-${number}`, repo: { full_name: `${OWNER}/${REPO}` } },
      base: { sha: sha('b'), ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } }
    },
    repository
  }
}

interface Step {
  eventName?: string
  event: object
  /** The site's content; a closed event needs none (the build is skipped). */
  site?: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  githubToken?: string
}

async function step(options: Step) {
  const workspace = await makeWorkspace(
    options.site === undefined ? {} : { 'dist/index.html': options.site }
  )
  return runAction({
    workspace,
    eventName: options.eventName ?? 'pull_request',
    event: options.event,
    githubToken: options.githubToken ?? 'ghs_test',
    env: {
      GITHUB_API_URL: servers.github.url,
      GITHUB_GRAPHQL_URL: servers.github.graphqlUrl,
      ...options.env
    },
    inputs: {
      'api-key': servers.pinarkive.apiKey,
      'api-url': servers.pinarkive.url,
      path: 'dist',
      timelock: '14d',
      comment: 'true',
      deployment: 'true',
      ...options.inputs
    }
  })
}

const comments = (number: number) => servers.github.comments.filter(c => c.issue_number === number)
const deploymentsOf = (number: number) =>
  servers.github.deployments.filter(
    d => (d.payload as { pullRequest?: number }).pullRequest === number
  )
const livePins = () => servers.pinarkive.pins.map(p => p.cid)

describe.each(MODELS)('a pull request preview, from open to close (%s records)', model => {
  beforeEach(() => servers.pinarkive.set({ recordModel: model }))

  it('deploys on open, supersedes on push without touching other pull requests, cleans up on merge', async () => {
    const opened = await step({ event: pullEvent(7, sha('1'), 'opened'), site: 'first' })
    expect(opened.code).toBe(0)
    const [first] = deploymentsOf(7)
    expect(first).toMatchObject({
      environment: 'preview',
      sha: sha('1'),
      transient_environment: true,
      production_environment: false,
      payload: {
        tool: 'pinarkive/pin-action',
        pullRequest: 7,
        cids: [opened.outputs.cid],
        profile: 'unixfs-v1-2025'
      }
    })
    expect(first.statuses.map(s => s.state)).toEqual(['in_progress', 'success'])
    expect(first.statuses[1]).toMatchObject({
      environment_url: opened.outputs['gateway-url'],
      log_url: RUN_URL
    })
    expect(opened.outputs['deployment-id']).toBe(String(first.id))
    expect(opened.outputs['deployment-url']).toBe(opened.outputs['gateway-url'])
    expect(opened.stdout).toContain(`Deployment ${first.id} to preview: in progress.`)

    const other = await step({ event: pullEvent(8, sha('8'), 'opened'), site: 'other' })
    expect(other.code).toBe(0)

    const pushed = await step({ event: pullEvent(7, sha('2'), 'synchronize'), site: 'second' })
    expect(pushed.code).toBe(0)
    expect(deploymentsOf(7).map(d => servers.github.deploymentState(d))).toEqual([
      'inactive',
      'success'
    ])
    expect(deploymentsOf(8).map(d => servers.github.deploymentState(d))).toEqual(['success'])
    // The comment shows the earlier preview, still pinned, and when and how this one was made.
    const [comment] = comments(7)
    expect(comments(7)).toHaveLength(1)
    const parsed = parseGfm(comment.body)
    const history = parsed.tables.at(-1) ?? []
    expect(history.map(row => row.map(cell => cell.text))).toEqual([
      [
        sha('1').slice(0, 7),
        expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
        opened.outputs.cid,
        expect.stringMatching(/^pinned until \d{4}-/)
      ]
    ])
    expect(comment.body).toContain('(in 14 days)')
    // The earlier preview, still pinned, opens from its row: its record carries its link.
    expect(history[0][2].links).toEqual([
      { href: opened.outputs['gateway-url'], text: opened.outputs.cid }
    ])
    // Status, preview, commit, updated: the time links the run that made it.
    expect(parsed.tables[0].map(row => row.map(cell => cell.text))).toEqual([
      ['✅ Published', 'Open', sha('2').slice(0, 7), expect.stringMatching(/ UTC$/)]
    ])
    expect(parsed.tables[0][0][3].links.map(link => link.href)).toEqual([RUN_URL])
    expect(comment.body).toMatch(/\*\*Deployment:\*\* `preview`, success/)

    const closed = await step({ event: pullEvent(7, sha('2'), 'closed', true) })
    expect(closed.code).toBe(0)
    expect(JSON.parse(closed.outputs.unpinned).sort()).toEqual(
      [opened.outputs.cid, pushed.outputs.cid].sort()
    )
    expect(JSON.parse(closed.outputs.kept)).toEqual([])
    expect(livePins()).toEqual([other.outputs.cid])
    expect(deploymentsOf(7).map(d => servers.github.deploymentState(d))).toEqual([
      'inactive',
      'inactive'
    ])
    expect(deploymentsOf(8).map(d => servers.github.deploymentState(d))).toEqual(['success'])
    const rewritten = comments(7)[0].body
    expect(rewritten).toContain('## 🗑️ IPFS preview removed')
    expect(rewritten).toContain('The pull request was merged: 2 CIDs unpinned, 0 kept.')
    expect(parseGfm(rewritten).paragraphs.map(p => p.text)).toContain(
      'Marked 1 deployment inactive.'
    )
    // Each CID once: a cleanup does not list the earlier previews again.
    for (const cid of [opened.outputs.cid, pushed.outputs.cid]) {
      expect(rewritten.split(`\`${cid}\``)).toHaveLength(2)
      expect(rewritten).toContain(`| \`${cid}\` | 🗑️ unpinned |`)
    }
    expect(rewritten).not.toContain('earlier preview')
    expect(rewritten).not.toContain('> ')
    expect(closed.summary).toContain('## 🗑️ Preview of pull request #7 removed')
    expect(closed.summary).toContain('The pull request was merged: 2 CIDs unpinned, 0 kept.')
    // No file was looked for: the build did not run on close.
    expect(closed.stdout).not.toContain('Find files')
  })

  it('gives each preview a root of its own, so closing one leaves production and other pull requests alone', async () => {
    // Every step uploads (no reuse): the content is the same, the roots must not be.
    const inputs = { reuse: 'off' }
    const production = await step({
      inputs,
      eventName: 'push',
      event: { repository, after: sha('9') },
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: sha('9') },
      site: 'the site'
    })
    expect(production.code).toBe(0)
    expect(servers.github.deployments[0]).toMatchObject({
      environment: 'production',
      production_environment: true
    })

    const same = await step({ event: pullEvent(7, sha('1'), 'opened'), site: 'the site', inputs })
    const shared = await step({
      event: pullEvent(7, sha('2'), 'synchronize'),
      site: 'shared',
      inputs
    })
    servers.github.addPull({
      owner: OWNER,
      repo: REPO,
      number: 8,
      head: { sha: sha('8'), ref: 'b8' }
    })
    const eight = await step({ event: pullEvent(8, sha('8'), 'opened'), site: 'shared', inputs })
    const roots = [production, same, shared, eight].map(r => r.outputs.cid)
    expect(new Set(roots).size).toBe(4)
    expect(same.stdout).toContain('added .pin-action-preview.json')
    expect(production.stdout).not.toContain('.pin-action-preview.json')

    const closed = await step({ event: pullEvent(7, sha('2'), 'closed') })
    expect(closed.code).toBe(0)
    expect(JSON.parse(closed.outputs.unpinned).sort()).toEqual(
      [same.outputs.cid, shared.outputs.cid].sort()
    )
    expect(JSON.parse(closed.outputs.kept)).toEqual([])
    expect(livePins().sort()).toEqual([production.outputs.cid, eight.outputs.cid].sort())
    expect(comments(7)[0].body).toContain('The pull request was closed: ')
  })

  it('without files:delete, still deactivates and rewrites, and says the pins stay', async () => {
    servers.pinarkive.set({
      keys: {
        'no-delete': {
          scopes: ALL_SCOPES.filter(s => s !== 'files:delete'),
          plan: 'premium',
          clusters: ['cl0-global']
        }
      }
    })
    const inputs = { 'api-key': 'no-delete' }
    const opened = await step({ event: pullEvent(7, sha('1'), 'opened'), site: 'a', inputs })
    expect(opened.code).toBe(0)
    const closed = await step({ event: pullEvent(7, sha('1'), 'closed'), inputs })
    expect(closed.code).toBe(0)
    expect(JSON.parse(closed.outputs.kept)).toEqual([
      { cid: opened.outputs.cid, reason: 'the API key lacks the scope `files:delete`' }
    ])
    expect(livePins()).toEqual([opened.outputs.cid])
    expect(deploymentsOf(7).map(d => servers.github.deploymentState(d))).toEqual(['inactive'])
    expect(comments(7)[0].body).toContain('The pull request was closed: ')
    expect(closed.summary).toMatch(/The pins stay until their timelock/)
  })

  it('without a record to go by, says so and how to keep one', async () => {
    const closed = await step({
      event: pullEvent(7, sha('1'), 'closed'),
      inputs: { comment: 'false', deployment: 'false' }
    })
    expect(closed.code).toBe(0)
    expect(closed.summary).toContain('Nothing to go on')
    expect(closed.summary).toContain('`comment: true`')
    expect(
      servers.github.requests.filter(r => r.method !== 'GET' && r.path !== '/graphql')
    ).toEqual([])
  })

  it('cleans up from a workflow_run for a closed pull request', async () => {
    const opened = await step({ event: pullEvent(7, sha('1'), 'opened'), site: 'a' })
    servers.github.addPull({
      owner: OWNER,
      repo: REPO,
      number: 7,
      head: { sha: sha('1'), ref: 'branch-7' },
      state: 'closed'
    })
    const closed = await step({
      eventName: 'workflow_run',
      event: {
        workflow_run: {
          event: 'pull_request',
          head_sha: sha('1'),
          head_branch: 'branch-7',
          head_repository: { full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } },
          pull_requests: [{ number: 7, head: { sha: sha('1') } }]
        },
        repository
      }
    })
    expect(closed.code).toBe(0)
    expect(JSON.parse(closed.outputs.unpinned)).toEqual([opened.outputs.cid])
    expect(comments(7)[0].body).toContain('The pull request was closed: ')
  })

  it("cleans up a fork's preview from pull_request_target on close, the README's fork recipe", async () => {
    // The fork's preview was published by the workflow_run half of the recipe.
    const fork = { full_name: 'someone/site', fork: true }
    servers.github.addPull({
      owner: OWNER,
      repo: REPO,
      number: 7,
      head: { sha: sha('1'), ref: 'branch-7', repo_full_name: fork.full_name },
      state: 'open'
    })
    const opened = await step({
      eventName: 'workflow_run',
      site: 'a',
      event: {
        workflow_run: {
          event: 'pull_request',
          head_sha: sha('1'),
          head_branch: 'branch-7',
          head_repository: { full_name: fork.full_name, owner: { login: 'someone' } },
          pull_requests: []
        },
        repository
      }
    })
    expect(opened.code).toBe(0)
    expect(comments(7)).toHaveLength(1)
    // The third workflow: pull_request_target on closed, no checkout, the same step.
    const event = pullEvent(7, sha('1'), 'closed')
    const closed = await step({
      eventName: 'pull_request_target',
      // As preview-cleanup.yml has it: no path, nothing checked out.
      inputs: { path: '' },
      event: {
        ...event,
        pull_request: { ...event.pull_request, head: { ...event.pull_request.head, repo: fork } }
      }
    })
    expect(closed.code).toBe(0)
    expect(JSON.parse(closed.outputs.unpinned)).toEqual([opened.outputs.cid])
    expect(comments(7)[0].body).toContain('The pull request was closed: 1 CID unpinned')
  })

  it('ends the deployment in failure, with the reason and the run, when the upload fails', async () => {
    servers.pinarkive.inject('POST /files/directory-dag', {
      status: 500,
      body: { message: 'disk full' }
    })
    const result = await step({
      event: pullEvent(7, sha('1'), 'opened'),
      site: 'a',
      inputs: { retries: '0' }
    })
    expect(result.code).toBe(1)
    const [deployment] = deploymentsOf(7)
    expect(deployment.statuses.map(s => s.state)).toEqual(['in_progress', 'failure'])
    expect(deployment.statuses[1]).toMatchObject({
      log_url: RUN_URL,
      environment_url: '',
      description: expect.stringMatching(
        /^1 failed: dist: Pinarkive had a server error for this directory .*disk full/
      )
    })
    expect(result.outputs['deployment-url']).toBe('')
  })

  it('warns, naming the permission, when deployments are refused, and still publishes', async () => {
    servers.github.set({
      failures: [
        {
          method: 'POST',
          path: `/repos/${OWNER}/${REPO}/deployments`,
          status: 403,
          body: { message: 'Resource not accessible by integration' }
        }
      ]
    })
    const result = await step({ event: pullEvent(7, sha('1'), 'opened'), site: 'a' })
    expect(result.code).toBe(0)
    expect(result.outputs.cid).toMatch(/^bafy/)
    expect(result.outputs['deployment-id']).toBe('')
    expect(result.stdout).toMatch(
      /::warning::Could not create a deployment to preview: the token may not do it \(HTTP 403.*"permissions: deployments: write"/
    )
    expect(comments(7)).toHaveLength(1)
  })
})

describe('links that work when posted', () => {
  it('waits until the cluster pins and the gateway serves, then says so everywhere', async () => {
    // One pending poll and one gateway miss: both waits, at the 1 s and 2 s of the schedule.
    servers.pinarkive.set({ statusPolls: 1, gatewayMisses: 1 })
    const result = await step({
      event: pullEvent(7, sha('1'), 'opened'),
      site: 'a',
      inputs: { 'wait-for': 'gateway', 'commit-status': 'true' }
    })
    expect(result.code).toBe(0)
    expect(result.outputs.ready).toBe('true')
    expect(result.stdout).toMatch(/waiting for the cluster to pin/)
    expect(result.stdout).toMatch(/Retrievable after /)
    expect(result.summary).toContain('**Links:** ✅ retrievable')
    // The comment's status cell says it; no line repeats it.
    expect(comments(7)[0].body).toContain('| ✅ Served | [**Open**](')
    expect(comments(7)[0].body).not.toContain('Links:')
    expect(servers.github.statuses[0].description).toMatch(/\(served\)$/)
    expect(deploymentsOf(7)[0].statuses.at(-1)?.description).toMatch(/\(served\)$/)
    // The gateway was asked only once the cluster reported the pin.
    expect(servers.pinarkive.stats()).toMatchObject({ statusChecks: 2 })
  })

  it('is not a failure when the content is not ready within wait-timeout', async () => {
    servers.pinarkive.set({ neverPinned: true })
    const result = await step({
      event: pullEvent(7, sha('1'), 'opened'),
      site: 'a',
      inputs: { 'wait-for': 'gateway', 'wait-timeout': '1s' }
    })
    expect(result.code).toBe(0)
    expect(result.outputs.ready).toBe('false')
    expect(result.stdout).toMatch(
      /::warning::The content was not retrievable from the gateway within "wait-timeout" \(1\.0 s\)/
    )
    expect(result.summary).toContain('⏳ not pinned yet after')
    expect(deploymentsOf(7)[0].statuses.at(-1)).toMatchObject({
      state: 'success',
      description: expect.stringMatching(/\(not pinned yet\)$/)
    })
  })
})
