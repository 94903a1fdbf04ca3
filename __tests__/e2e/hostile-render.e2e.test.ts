/**
 * End to end, through dist/index.js under Node 24: what a hostile server answer and hostile file
 * names can reach. A server error that echoes the API key must not put the key anywhere the
 * action writes; a file name with a newline and a workflow command must not forge one. Against
 * the fake Pinarkive and the fake GitHub API on 127.0.0.1.
 */
import { jest } from '@jest/globals'
import { fakeServers } from './fake-servers.js'
import { parseGfm } from '../../test-support/gfm.mjs'
import { makeWorkspace, runAction, type RunResult } from '../../test-support/run-action.mjs'

jest.setTimeout(60_000)

/** A key with characters that JSON, URLs, HTML and Markdown each encode their own way. */
const KEY = 'pk_live/Q9x+a&b"c<d>e%f'
const TOKEN = 'ghs_test'
const OWNER = 'octo-org'
const REPO = 'site'
const HEAD_SHA = 'a'.repeat(40)
const FORGED = 'x\n::error title=forged::pwned'

/**
 * The commands @actions/core writes (command.js and core.js): annotations, groups, debug lines,
 * masks, and the legacy set-output/save-state/echo when no file is given. Nothing else may start
 * a line, after the white space the runner's TrimStart skips.
 */
const OWN_COMMAND =
  /^::(group|endgroup|debug|warning|error|notice|add-mask|set-output|save-state|echo)( [^:]*)?::/

const servers = fakeServers({
  keys: {
    [KEY]: { plan: 'premium', scopes: ['user:read', 'files:read', 'files:write', 'cluster:read'] }
  }
})

function pullRequestEvent() {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: HEAD_SHA, ref: 'feature', repo: { full_name: `${OWNER}/${REPO}` } },
      base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } }
    }
  }
}

async function publish(site: Record<string, string>, inputs: Record<string, string>) {
  return runAction({
    workspace: await makeWorkspace(site),
    eventName: 'pull_request',
    event: pullRequestEvent(),
    githubToken: TOKEN,
    env: { GITHUB_API_URL: servers.github.url, GITHUB_GRAPHQL_URL: servers.github.graphqlUrl },
    inputs: {
      'api-key': KEY,
      'api-url': servers.pinarkive.url,
      path: 'dist',
      comment: 'true',
      'commit-status': 'true',
      retries: '0',
      ...inputs
    }
  })
}

/** Every line the runner reads from the step, split as it splits them (\n, \r, \r\n). */
function runnerLines(result: RunResult): string[] {
  return `${result.stdout}\n${result.stderr}`.split(/\r\n|\r|\n/)
}

/** Lines the runner would take as workflow commands, other than the action's own. */
function forgedCommands(result: RunResult): string[] {
  return runnerLines(result).filter(line => {
    const trimmed = line.replace(/^[\s\u0085\u180e]+/, '')
    return (trimmed.startsWith('::') && !OWN_COMMAND.test(trimmed)) || line.includes('##[')
  })
}

/** Everything the action wrote, anywhere, as one string. */
function everythingWritten(result: RunResult): string {
  // `::add-mask::` hands the key to the runner, which takes the line and never shows it.
  const log = (text: string) =>
    text
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n')
  return [
    log(result.stdout),
    log(result.stderr),
    result.summary,
    JSON.stringify(result.outputs),
    JSON.stringify(servers.github.comments.map(c => c.body)),
    JSON.stringify(servers.github.statuses),
    JSON.stringify(servers.github.requests.map(r => r.json))
  ].join('\n')
}

/** The forms of the key the redactor covers: a leak in any of them is a leak. */
const KEY_FORMS = [
  KEY,
  JSON.stringify(KEY).slice(1, -1),
  encodeURIComponent(KEY),
  KEY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  'Q9x+a' // a fragment: no half of the key either
]

describe('a server error that echoes the API key', () => {
  it.each([
    ['files mode, HTTP 400', 'POST /files', 400, 'files'],
    ['directory mode, HTTP 500', 'POST /files/directory-dag', 500, 'directory']
  ])('%s: the key is nowhere the action writes', async (_, match, status, mode) => {
    servers.pinarkive.inject(match, {
      status,
      body: {
        error: 'bad_request',
        message: `Invalid key ${KEY} (json ${JSON.stringify({ key: KEY })}, url ${encodeURIComponent(KEY)})`
      }
    })
    const result = await publish({ 'dist/index.html': '<h1>hi</h1>' }, { 'upload-as': mode })
    expect(result.code).toBe(1)
    // The error reached every destination, redacted.
    expect(result.stdout).toMatch(/::error::.*Invalid key \*\*\*/)
    expect(result.summary).toContain('Invalid key \\*\\*\\*')
    expect(servers.github.comments).toHaveLength(1)
    expect(servers.github.comments[0].body).toContain('Invalid key \\*\\*\\*')
    expect(servers.github.statuses).toHaveLength(1)
    expect(servers.github.statuses[0]).toMatchObject({ state: 'failure' })
    expect(servers.github.statuses[0].description).toContain('***')
    const written = everythingWritten(result)
    for (const form of KEY_FORMS) expect(written).not.toContain(form)
  })
})

describe('a file name with a newline and a workflow command', () => {
  const site = {
    'dist/index.html': '<h1>hi</h1>',
    [`dist/${FORGED}.html`]: 'forged',
    [`dist/.hidden${FORGED}`]: 'hidden',
    'dist/<img src=x onerror=alert(1)>.html': 'img',
    'dist/a``b ` c.html': 'ticks'
  }

  it.each(['files', 'directory'])(
    '%s mode: no forged command in the log, the name shown escaped everywhere',
    async mode => {
      const result = await publish(site, { 'upload-as': mode })
      expect(forgedCommands(result)).toEqual([])
      // The action's own commands are still there.
      expect(runnerLines(result)).toEqual(expect.arrayContaining(['::endgroup::']))
      expect(result.stdout).toContain('::group::')
      // The name is in the log, with its newline shown.
      expect(result.stdout).toContain('x\\n::error title=forged::pwned')
      // The hidden file is named in the log and the summary, escaped too.
      expect(result.stdout).toMatch(/\.hiddenx\\n::error title=forged::pwned/)

      for (const markdown of [result.summary, servers.github.comments[0]?.body ?? '']) {
        const parsed = parseGfm(markdown)
        const tags = parsed.tags.filter(t => !/^<\/?(details|summary|code|br)$/.test(t))
        expect(tags).toEqual([])
        const code = parsed.inlines.flatMap(i => i.code)
        expect(code).toEqual(
          expect.arrayContaining([
            expect.stringContaining('.hiddenx\\n::error title=forged::pwned')
          ])
        )
        const shown = parsed.inlines.flatMap(i => [...i.code, ...i.links.map(l => l.text)])
        expect(shown).toEqual(
          expect.arrayContaining([
            expect.stringContaining('x\\n::error title=forged::pwned.html'),
            expect.stringContaining('<img src=x onerror=alert(1)>.html')
          ])
        )
      }
    }
  )
})
