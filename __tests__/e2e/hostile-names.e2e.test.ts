/**
 * End to end: one fixture of hostile file names, published in directory and in files mode
 * through dist/index.js, as a fork could name its build output in the `workflow_run` pattern.
 * What must hold: the server receives every name exactly; no log line is a workflow command the
 * action did not mean; the summary and the comment, read with a GFM parser, show each name
 * literally in its own table row, link to it, and hold no HTML but the renderer's own.
 */
import { jest } from '@jest/globals'
import { fakeServers } from './fake-servers.js'
import { parseGfm } from '../../test-support/gfm.mjs'
import { makeWorkspace, runAction, type RunResult } from '../../test-support/run-action.mjs'
import { showControls } from '../../src/shared/visible-controls.js'

jest.setTimeout(90_000)

const PUNCTUATION = '!"#$%&\'()*+,-.:;<=>?@[\\]^_`{|}~'

/** Names inside `site/`: every ASCII punctuation, controls, look-alikes, long and deep ones. */
const NAMES = [
  ...Array.from(PUNCTUATION, char => `punct-${char}.txt`),
  `all ${PUNCTUATION} end.txt`,
  'tab\there.txt',
  'ctl-\x01\x1b\x7f.txt',
  'x\n::error title=forged::pwned.html',
  'cr\ronly.txt',
  'sep\u2028line.txt',
  'café.html'.normalize('NFC'),
  'café.html'.normalize('NFD'),
  'é'.repeat(127) + 'x',
  `${Array.from({ length: 30 }, (_, i) => `d${i}`).join('/')}/deep.html`,
  '<!-- pinarkive/pin-action: publish -->.html',
  'unbalanced).html',
  'open(.html',
  '_under_ *em*.html',
  'R&amp;D.html',
  '<tag>.html',
  'a``b ` c.html',
  '<img src=x onerror=alert(1)>.html',
  '.hidden-file',
  '[id].html',
  '  leading spaces.txt',
  '@octocat mention.html',
  '🎉.txt',
  '##[error]legacy.txt'
]

/** What the action's own log commands look like; anything else starting with `::` is forged. */
const OWN_COMMAND =
  /^::(add-mask|group|endgroup|debug|warning|error|notice|set-output|save-state|stop-commands)::/

const servers = fakeServers({ cidProfile: 'unixfs-v1-2025' })

async function publish(mode: 'directory' | 'files'): Promise<RunResult> {
  const tree = Object.fromEntries(NAMES.map(name => [`site/${name}`, `content of ${name}`]))
  return runAction({
    workspace: await makeWorkspace(tree),
    eventName: 'pull_request',
    event: {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: 'a'.repeat(40), repo: { full_name: 'octo-org/site' } },
        base: { repo: { full_name: 'octo-org/site' } }
      }
    },
    githubToken: 'ghs_test',
    env: { GITHUB_API_URL: servers.github.url, GITHUB_GRAPHQL_URL: servers.github.graphqlUrl },
    inputs: {
      'api-key': servers.pinarkive.apiKey,
      'api-url': servers.pinarkive.url,
      path: 'site',
      'upload-as': mode,
      'include-hidden-files': 'true',
      comment: 'true',
      concurrency: '8'
    }
  })
}

/** Lines the runner would read as commands (it splits at \n, \r and \r\n, and trims). */
function forgedCommands(result: RunResult): string[] {
  return `${result.stdout}\n${result.stderr}`.split(/\r\n|\r|\n/).filter(line => {
    const trimmed = line.replace(/^[\s\u0085]+/, '')
    return (trimmed.startsWith('::') && !OWN_COMMAND.test(trimmed)) || line.includes('##[')
  })
}

/** The renderer's own tags; any other came from a name. */
const OWN_TAGS = /^<\/?(details|summary|code|br)$/

/** A link's path inside the directory, decoded segment by segment. */
function pathOf(href: string, cid: string): string {
  const after = href.slice(href.indexOf(cid) + cid.length + 1)
  return after.split('/').map(decodeURIComponent).join('/')
}

// multer's own default parameter charset is latin1: the names must survive either.
describe.each(['utf8', 'latin1'] as const)(
  'a fixture of hostile names, parser charset %s',
  charset => {
    beforeEach(() => servers.pinarkive.set({ paramCharset: charset }))

    it('directory mode: every name arrives exactly, and shows literally in its own row', async () => {
      const result = await publish('directory')
      expect(result.code).toBe(0)
      const upload = servers.pinarkive.requests.find(r => r.path === '/files/directory-dag')
      // A pull request's directory preview also carries the action's marker.
      const sent = [...NAMES, '.pin-action-preview.json']
      expect(upload?.files.map(f => f.filename).sort()).toEqual([...sent].sort())
      expect(JSON.parse(result.outputs.results)[0]).toMatchObject({ verified: true })
      expect(forgedCommands(result)).toEqual([])

      for (const markdown of [result.summary, servers.github.comments[0].body]) {
        const parsed = parseGfm(markdown)
        expect(parsed.tags.filter(tag => !OWN_TAGS.test(tag))).toEqual([])
        const files = parsed.tables.find(rows => rows.length === sent.length)
        expect(files).toBeDefined()
        const shown = files!.map(([name]) => name.links[0])
        expect(shown.map(link => link.text).sort()).toEqual(
          sent.map(n => showControls(n, { tabs: true })).sort()
        )
        const cid = result.outputs.cid
        expect(shown.map(link => pathOf(link.href, cid)).sort()).toEqual([...sent].sort())
      }
    })

    it('files mode: every name arrives exactly, and shows literally in its own row', async () => {
      const result = await publish('files')
      expect(result.code).toBe(0)
      const received = servers.pinarkive.requests
        .filter(r => r.path === '/files')
        .map(r => r.files[0].filename)
      expect(received.sort()).toEqual(NAMES.map(name => name.split('/').pop()).sort())
      expect(forgedCommands(result)).toEqual([])
      // The log names each file, with its controls shown: one line per upload.
      expect(result.stdout).toContain('Uploaded site/x\\n::error title=forged::pwned.html')

      for (const markdown of [result.summary, servers.github.comments[0].body]) {
        const parsed = parseGfm(markdown)
        expect(parsed.tags.filter(tag => !OWN_TAGS.test(tag))).toEqual([])
        const items = parsed.tables.find(rows => rows.length === NAMES.length)
        expect(items).toBeDefined()
        expect(items!.map(row => row[0].code[0]).sort()).toEqual(
          NAMES.map(name => showControls(`site/${name}`, { tabs: true })).sort()
        )
        // No name made emphasis, a link or a mention of its own.
        for (const row of items!) {
          expect(row[0].emphasis).toEqual([])
          expect(row[0].links).toEqual([])
        }
      }
    })
  }
)
