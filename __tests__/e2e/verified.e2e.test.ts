/**
 * End to end: `wait-for: verified` through dist/index.js under Node 24, against the fake
 * Pinarkive and its gateway, which serves real CARs of what was uploaded (a Trustless Gateway)
 * and can damage them in each way a gateway could (`carFault`). What is checked is what people
 * read: the outputs, the log, the summary, the PR comment, the commit status and the deployment.
 */
import { jest } from '@jest/globals'
import { fakeServers } from './fake-servers.js'
import { makeWorkspace, runAction } from '../../test-support/run-action.mjs'

jest.setTimeout(60_000)

const OWNER = 'octo-org'
const REPO = 'site'
const servers = fakeServers({ keepContent: true, ownGateway: true, cidProfile: 'unixfs-v1-2025' })

const SITE = {
  'dist/index.html': '<h1>hi</h1>',
  'dist/docs/big.bin': Array.from({ length: 2_600_000 }, (_, i) =>
    String.fromCharCode(97 + (i % 23))
  ).join('')
}

const event = {
  action: 'opened',
  number: 7,
  pull_request: {
    number: 7,
    state: 'open',
    head: { sha: 'a'.repeat(40), ref: 'feature', repo: { full_name: `${OWNER}/${REPO}` } },
    base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } }
  },
  repository: {
    full_name: `${OWNER}/${REPO}`,
    name: REPO,
    owner: { login: OWNER },
    default_branch: 'main'
  }
}

async function publish(inputs: Record<string, string> = {}) {
  return runAction({
    workspace: await makeWorkspace(SITE),
    eventName: 'pull_request',
    event,
    githubToken: 'ghs_test',
    env: { GITHUB_API_URL: servers.github.url, GITHUB_GRAPHQL_URL: servers.github.graphqlUrl },
    inputs: {
      'api-key': servers.pinarkive.apiKey,
      'api-url': servers.pinarkive.url,
      path: 'dist',
      timelock: '14d',
      comment: 'true',
      'commit-status': 'true',
      deployment: 'true',
      'wait-for': 'verified',
      'wait-timeout': '3s',
      ...inputs
    }
  })
}

const lastDeploymentStatus = () => {
  const [deployment] = servers.github.deployments
  return deployment.statuses.at(-1)
}

describe('wait-for: verified', () => {
  it('checks every block the gateway serves against the local DAG, and says verified everywhere', async () => {
    const result = await publish()
    expect(result.code).toBe(0)
    expect(result.outputs.ready).toBe('true')
    // index.html, big.bin's node and three leaves, docs/, the preview marker and the root.
    expect(result.stdout).toContain('dist: verified: the gateway served all 8 blocks')
    expect(result.summary).toContain(
      '✅ verified: the gateway served every block, each hashing to its CID'
    )
    expect(servers.github.comments[0].body).toContain('✅ verified')
    expect(servers.github.statuses.at(-1)?.description).toMatch(/\(verified\)$/)
    expect(lastDeploymentStatus()).toMatchObject({
      state: 'success',
      description: expect.stringMatching(/\(verified\)$/)
    })
    // The probe, then the root's CAR; the gateway gets no key.
    expect(servers.pinarkive.stats().carRequests).toBe(2)
    const gatewayRequests = servers.pinarkive.requests.filter(r => r.path.startsWith('/ipfs/'))
    for (const request of gatewayRequests) {
      expect(request.headers['x-api-key']).toBeUndefined()
      expect(request.headers.authorization).toBeUndefined()
    }
  })

  it.each([
    ['drop-block', /blocks? missing/],
    ['corrupt-block', /1 block did not hash to its CID/],
    ['other-root', /the CAR names the root \w+ instead of /],
    ['extra-blocks', /1 block that is not in the published DAG/],
    ['wrong-content-type', /answered with "text\/html", not a CAR/]
  ] as const)(
    'a gateway that serves %s: another DAG, said so, and not ready',
    async (fault, why) => {
      servers.pinarkive.set({ carFault: fault })
      const result = await publish()
      expect(result.code).toBe(0)
      expect(result.outputs.ready).toBe('false')
      expect(result.stdout).toMatch(why)
      expect(result.stdout).toContain('::warning::The gateway served a different or incomplete DAG')
      expect(result.summary).toContain('⚠️ the gateway served a different or incomplete DAG')
      expect(result.summary).not.toContain('✅ verified')
      expect(servers.github.statuses.at(-1)?.description).toMatch(/\(gateway serves another DAG\)$/)
    }
  )

  it('names what is missing by path', async () => {
    servers.pinarkive.set({ carFault: 'drop-block' })
    const result = await publish()
    expect(result.stdout).toMatch(
      /(docs\/big\.bin|index\.html|\.pin-action-preview\.json): 1 of \d blocks? missing/
    )
  })

  it('a gateway without CAR support: checked as with wait-for: gateway, and said not verified', async () => {
    servers.pinarkive.set({ carFault: 'no-trustless' })
    const result = await publish()
    expect(result.code).toBe(0)
    expect(result.outputs.ready).toBe('false')
    expect(result.stdout).toContain(
      'Not verifying block by block: it answered HTTP 400 to a CAR request'
    )
    expect(result.summary).toContain(
      '✅ retrievable: the gateway serves them; not verified: the gateway has no trustless'
    )
  })

  it('504s first: asked again until the gateway serves it, then verified', async () => {
    const dry = await publish({
      'dry-run': 'true',
      'wait-for': 'none',
      comment: 'false',
      'commit-status': 'false',
      deployment: 'false'
    })
    servers.pinarkive.inject(`GET /ipfs/${dry.outputs.cid}`, { status: 504 }, { status: 504 })
    const result = await publish({ 'wait-timeout': '20s' })
    expect(result.outputs.cid).toBe(dry.outputs.cid)
    expect(result.stdout).toContain('dist: HTTP 504: not served yet.')
    expect(result.outputs.ready).toBe('true')
    expect(servers.pinarkive.pendingFaults()).toBe(0)
  })

  it('a redirect to another host is never followed and never counts', async () => {
    const dry = await publish({
      'dry-run': 'true',
      'wait-for': 'none',
      comment: 'false',
      'commit-status': 'false',
      deployment: 'false'
    })
    const redirect = { status: 302, headers: { location: 'https://unrelated.example/' } }
    servers.pinarkive.inject(
      `GET /ipfs/${dry.outputs.cid}`,
      ...Array.from({ length: 50 }, () => redirect)
    )
    const result = await publish()
    expect(result.outputs.ready).toBe('false')
    expect(result.stdout).toContain(
      'HTTP 302: a redirect, which is not followed and does not count as serving it.'
    )
    expect(result.summary).toContain('⏳ pinned, but not served by the gateway yet')
  })

  it('a gateway that trickles its CAR is given up at wait-timeout, not verified', async () => {
    const dry = await publish({
      'dry-run': 'true',
      'wait-for': 'none',
      comment: 'false',
      'commit-status': 'false',
      deployment: 'false'
    })
    servers.pinarkive.inject(`GET /ipfs/${dry.outputs.cid}`, { trickleMs: 5 })
    const result = await publish({ 'wait-timeout': '3s' })
    expect(result.code).toBe(0)
    expect(result.outputs.ready).toBe('false')
    expect(result.stdout).toMatch(
      /dist: the read failed \(the time to wait ran out while reading, after \d+ bytes\)/
    )
    expect(result.durationMs).toBeLessThan(20_000)
  })
})
