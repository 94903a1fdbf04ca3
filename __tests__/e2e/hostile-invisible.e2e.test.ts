/**
 * End to end, through dist/index.js under Node 24 (issue 19): file names and server text that
 * hide or reorder text (RLM, ZWSP, BOM, tag characters …) and names and server text that GitHub
 * would make a reference, a mention or an emoji of (`#1`, `octo-org/site#2`, `GH-3`, a SHA,
 * `:shipit:`, `@octocat`). What must hold: the server receives every name exactly; wherever a
 * person reads them (the summary, the PR comment, the log, the commit status, the deployment)
 * the hidden characters are visible escapes; and in the Markdown, parsed as GitHub does, no name
 * or server text is left where GitHub's filters would act on it.
 */
import { jest } from '@jest/globals'
import { fakeServers } from './fake-servers.js'
import { parseGfm } from '../../test-support/gfm.mjs'
import { makeWorkspace, runAction, type RunResult } from '../../test-support/run-action.mjs'
import { showControls } from '../../src/shared/visible-controls.js'
import { githubActsOn, renderings } from '../shared/github-filters.js'

jest.setTimeout(90_000)

const SHA = '0123456789abcdef0123456789abcdef01234567'

/** One name per kind of character that hides or reorders text; paths inside `site/`. */
const HIDDEN_NAMES = [
  // Displayed, this reads `releases/10.2.1/app.js`.
  'releases/\u200f1\u200f.\u200f2\u200f.\u200f10\u200f/app.js',
  'index.html',
  'ind\u200bex.html',
  'marks-rlm\u200f-lrm\u200e-alm\u061c.txt',
  'joiners-zwj\u200d-zwnj\u200c-wj\u2060-bom\ufeff.txt',
  'soft\u00adhyphen.txt',
  'fillers-\u3164\u115f\u1160\uffa0.txt',
  'tags-\u{e0001}\u{e0041}\u{e007f}.txt',
  'bidi-\u202e\u202a\u2066\u2069.txt',
  'more-\ufe0f\u180e\u2061\u206a\ufff9.txt'
]

/** Names GitHub would act on in a text node (a SHA before `.html` it would not, so none here). */
const REFERENCE_NAMES = [
  '#1.html',
  'octo-org/site#2.html',
  'GH-3.html',
  SHA,
  ':shipit:.html',
  '@octocat hello.txt'
]

const NAMES = [...HIDDEN_NAMES, ...REFERENCE_NAMES]

/** A server answer that carries both kinds. */
const SERVER_TEXT = `ind\u200bex.html is \u200f1\u200f.\u200f2\u200f; see #1, octo-org/site#2, GH-3, ${SHA}, :shipit:, @octocat and www.example.com`

/**
 * One character the shared rule shows (visible-controls.ts): every Cf and Default_Ignorable
 * character, controls but `\n`, line and paragraph separators.
 */
const HIDDEN_CHARACTER = /(?!\n)[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}]/u

/** The action's own headings and marks, whose emoji carry VS16 on purpose. */
const OWN_EMOJI = /(⚠|⏹|🗑)\ufe0f/g

const servers = fakeServers({ cidProfile: 'unixfs-v1-2025' })

/** A CID that is not the one of any file here: each upload is answered with it. */
const WRONG_CID = 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'

/**
 * A run, and what the fakes recorded of it: the fakes are reset before every test, so each
 * group of tests publishes once and reads this.
 */
interface Run {
  result: RunResult
  comments: string[]
  descriptions: { statuses: string[]; deployments: string[][] }
  received: { path: string; filenames: string[] }[]
}

async function publish(names: readonly string[], inputs: Record<string, string>): Promise<Run> {
  const result = await runAction(await runOptions(names, inputs))
  const { github, pinarkive } = servers
  return {
    result,
    comments: github.comments.map(c => c.body),
    descriptions: {
      statuses: github.statuses.map(s => s.description ?? ''),
      deployments: github.deployments.map(d => d.statuses.map(s => s.description ?? ''))
    },
    received: pinarkive.requests.map(r => ({
      path: r.path,
      filenames: r.files.map(f => f.filename ?? '')
    }))
  }
}

async function runOptions(names: readonly string[], inputs: Record<string, string>) {
  const tree = Object.fromEntries(names.map(name => [`site/${name}`, `content of ${name}`]))
  return {
    workspace: await makeWorkspace(tree),
    eventName: 'pull_request',
    event: {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: 'a'.repeat(40), ref: 'feature', repo: { full_name: 'octo-org/site' } },
        base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'octo-org/site' } }
      }
    },
    githubToken: 'ghs_test',
    env: { GITHUB_API_URL: servers.github.url, GITHUB_GRAPHQL_URL: servers.github.graphqlUrl },
    inputs: {
      'api-key': servers.pinarkive.apiKey,
      'api-url': servers.pinarkive.url,
      path: 'site',
      comment: 'true',
      'commit-status': 'true',
      deployment: 'true',
      retries: '0',
      concurrency: '4',
      ...inputs
    }
  }
}

/** The Markdown documents a person reads: the job summary and the PR comment. */
function documents(run: Run): [string, string][] {
  expect(run.comments).toHaveLength(1)
  return [
    ['summary', run.result.summary],
    ['comment', run.comments[0]]
  ]
}

/** Every hidden character in `text`, by code point, but the action's own emoji selectors. */
function hiddenIn(text: string): string[] {
  return [...text.replace(OWN_EMOJI, '$1')]
    .filter(char => HIDDEN_CHARACTER.test(char))
    .map(char => `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`)
}

/** What the commit status and every deployment status of the run say. */
function statusDescriptions(run: Run): string[] {
  return [...run.descriptions.statuses, ...run.descriptions.deployments.flat()]
}

/** The file names the fake Pinarkive received, on `path`. */
function received(run: Run, path: string): string[] {
  return run.received.filter(r => r.path === path).flatMap(r => r.filenames)
}

describe('names that hide text, and names GitHub would act on, in messages (files mode)', () => {
  // Under `verify: error` each upload answered with another CID fails, and its reason names the
  // file in plain text: "CID mismatch for site/#1.html: Pinarkive returned …".
  let run: Run
  beforeAll(async () => {
    servers.pinarkive.reset()
    servers.github.reset()
    servers.pinarkive.set({ cidFor: () => WRONG_CID })
    run = await publish(NAMES, { 'upload-as': 'files', verify: 'error' })
  })

  it('uploads every name exactly, and shows each with its hidden characters as escapes', () => {
    expect(run.result.code).toBe(1)
    expect(received(run, '/files').sort()).toEqual(NAMES.map(name => name.split('/').pop()).sort())
    for (const [, markdown] of documents(run)) {
      // The items table has a row for each too (a mismatch stays published): two cells here.
      const failures = parseGfm(markdown).tables.find(
        rows => rows.length === NAMES.length && rows[0].length === 2
      )
      expect(failures).toBeDefined()
      const shown = failures!.map(row => row[0].code[0]).sort()
      expect(shown).toEqual(NAMES.map(name => showControls(`site/${name}`)).sort())
      expect(shown).toEqual(
        expect.arrayContaining([
          'site/releases/\\u200f1\\u200f.\\u200f2\\u200f.\\u200f10\\u200f/app.js',
          'site/ind\\u200bex.html',
          'site/index.html',
          'site/tags-\\u{e0001}\\u{e0041}\\u{e007f}.txt'
        ])
      )
      // The reasons name each file too, in text, escaped the same way.
      const reasons = failures!.map(row => row[1].text).join('\n')
      for (const name of NAMES) {
        expect(reasons).toContain(`CID mismatch for ${showControls(`site/${name}`)}: `)
      }
    }
  })

  it('writes no hidden character into the summary or the comment', () => {
    for (const [which, markdown] of documents(run)) {
      expect({ which, hidden: hiddenIn(markdown) }).toEqual({ which, hidden: [] })
    }
  })

  it('leaves GitHub no name to link, mention or make an emoji of', () => {
    for (const [which, markdown] of documents(run)) {
      for (const html of renderings(markdown)) {
        expect({ which, found: githubActsOn(html) }).toEqual({ which, found: [] })
      }
    }
  })

  it('logs each name with its hidden characters as escapes', () => {
    const log = `${run.result.stdout}\n${run.result.stderr}`
    expect(hiddenIn(log)).toEqual([])
    expect(log).toContain('site/releases/\\u200f1\\u200f.\\u200f2\\u200f.\\u200f10\\u200f/app.js')
    expect(log).toContain('site/ind\\u200bex.html')
    // The failure annotation names them too.
    expect(run.result.stdout).toMatch(/::error::.*CID mismatch for site\/ind\\u200bex\.html: /)
  })
})

describe('a server answer that hides text and names references (files mode)', () => {
  const NAME = HIDDEN_NAMES[0]
  const SHOWN = 'site/releases/\\u200f1\\u200f.\\u200f2\\u200f.\\u200f10\\u200f/app.js'
  let run: Run
  beforeAll(async () => {
    servers.pinarkive.reset()
    servers.github.reset()
    servers.pinarkive.inject('POST /files', {
      status: 400,
      body: { error: 'bad_request', message: SERVER_TEXT }
    })
    run = await publish([NAME], { 'upload-as': 'files' })
  })

  it('shows the answer in the failure row, escaped, and GitHub finds nothing in it', () => {
    expect(run.result.code).toBe(1)
    for (const [which, markdown] of documents(run)) {
      const rows = parseGfm(markdown).tables.flat()
      const reason = rows.find(row => row[0].code[0] === SHOWN)?.[1]
      expect(reason?.text).toContain(
        `ind\\u200bex.html is \\u200f1\\u200f.\\u200f2\\u200f; see #1, octo-org/site#2, GH-3, ${SHA}, :shipit:, @octocat and www.example.com`
      )
      expect(reason?.links).toEqual([])
      expect({ which, hidden: hiddenIn(markdown) }).toEqual({ which, hidden: [] })
      for (const html of renderings(markdown)) {
        expect({ which, found: githubActsOn(html) }).toEqual({ which, found: [] })
      }
    }
  })

  it('shows it escaped in the log, the commit status and the deployment', () => {
    expect(run.result.stdout).toContain(SHOWN)
    expect(run.result.stdout).toContain('ind\\u200bex.html is \\u200f1\\u200f.\\u200f2\\u200f')
    expect(hiddenIn(`${run.result.stdout}\n${run.result.stderr}`)).toEqual([])
    // GitHub cuts a description at 140 characters: the name comes first.
    expect(run.descriptions.statuses).toHaveLength(1)
    expect(run.descriptions.statuses[0]).toContain(SHOWN)
    expect(run.descriptions.deployments).toHaveLength(1)
    expect(run.descriptions.deployments[0].join('\n')).toContain(SHOWN)
    expect(hiddenIn(statusDescriptions(run).join('\n'))).toEqual([])
  })
})

describe('names that hide text, and names GitHub would act on, as links (directory mode)', () => {
  let run: Run
  beforeAll(async () => {
    servers.pinarkive.reset()
    servers.github.reset()
    run = await publish(NAMES, { 'upload-as': 'directory' })
  })

  it('links each file to its exact name, the link text escaped and in code', () => {
    expect(run.result.code).toBe(0)
    // A pull request's directory preview also carries the action's marker.
    const sent = [...NAMES, '.pin-action-preview.json']
    expect(received(run, '/files/directory-dag').sort()).toEqual([...sent].sort())
    const cid = run.result.outputs.cid
    for (const [, markdown] of documents(run)) {
      const files = parseGfm(markdown).tables.find(rows => rows.length === sent.length)
      expect(files).toBeDefined()
      const links = files!.map(([cell]) => cell.links[0])
      const shown = sent.map(name => showControls(name)).sort()
      expect(links.map(link => link.text).sort()).toEqual(shown)
      // The name is a code span inside the link: GitHub's emoji filter reads a link's text.
      expect(files!.map(([cell]) => cell.code[0]).sort()).toEqual(shown)
      // The destination percent-encodes the real bytes, hidden characters and all.
      const paths = links.map(link =>
        link.href
          .slice(link.href.indexOf(cid) + cid.length + 1)
          .split('/')
          .map(decodeURIComponent)
          .join('/')
      )
      expect(paths.sort()).toEqual([...sent].sort())
    }
  })

  it('writes no hidden character, and GitHub finds nothing to act on', () => {
    for (const [which, markdown] of documents(run)) {
      expect({ which, hidden: hiddenIn(markdown) }).toEqual({ which, hidden: [] })
      for (const html of renderings(markdown)) {
        expect({ which, found: githubActsOn(html) }).toEqual({ which, found: [] })
      }
    }
  })
})
