/**
 * The release-notes section: found only when this action wrote it unchanged, replaced in place
 * with the author's text kept byte for byte, appended otherwise, within GitHub's limit; and its
 * writing through the action's own API wrapper against the fake GitHub API.
 */
import { createGitHubApi, type GitHubApi } from '../../src/github/api.js'
import type { EventInfo } from '../../src/github/event.js'
import type { GitHubLink } from '../../src/github/link.js'
import {
  findSection,
  releaseNotesMarkers,
  spliceReleaseNotes,
  updateReleaseNotes
} from '../../src/github/release-notes.js'
import { RELEASE_BODY_LIMIT } from '../../src/report/release-notes.js'
import { emptyReport, type Report } from '../../src/report/report.js'
import type { Log } from '../../src/shared/log.js'
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github.mjs'

const KEY = 'docs'
const render = (text: string) => () => text

/** The body after writing `text` into `body`. */
function write(body: string, text: string, key = KEY): string {
  const spliced = spliceReleaseNotes(body, key, render(text))
  if ('tooLong' in spliced) throw new Error('no room')
  return spliced.body
}

describe('markers', () => {
  it('are hidden comments keyed by site, the start one carrying the section digest', () => {
    const markers = releaseNotesMarkers('docs')
    const digest = 'a'.repeat(64)
    expect(markers.start(digest)).toBe(
      `<!-- pinarkive/pin-action release-notes start: docs sha256=${digest} -->`
    )
    expect(markers.end).toBe('<!-- pinarkive/pin-action release-notes end: docs -->')
    expect(markers.digestOf(markers.start(digest))).toBe(digest)
    expect(markers.digestOf(markers.start('A'.repeat(64)))).toBeUndefined()
    expect(releaseNotesMarkers('app').digestOf(markers.start(digest))).toBeUndefined()
  })

  it('cannot be ended early by a site name', () => {
    const markers = releaseNotesMarkers('x --> <b>')
    expect(markers.end).toBe('<!-- pinarkive/pin-action release-notes end: x -%2D%3E %3Cb%3E -->')
  })
})

describe('spliceReleaseNotes', () => {
  it('appends a section after the author text, then replaces only that section', () => {
    const author = 'Release **v1**\n\n- fixes\r\n'
    const first = write(author, 'CIDs one')
    expect(first.startsWith(`${author}\n<!-- pinarkive/pin-action release-notes start: docs`)).toBe(
      true
    )
    expect(
      first.endsWith('CIDs one\n\n<!-- pinarkive/pin-action release-notes end: docs -->')
    ).toBe(true)
    // The author adds text before and after; a re-run changes the section alone.
    const edited = `Intro\r\n${first}\r\n\r\nThanks to all.  \n`
    const second = write(edited, 'CIDs two')
    const found = findSection(edited, KEY)!
    expect(second.slice(0, found.from)).toBe(`Intro\r\n${author}\n`)
    expect(second.endsWith(edited.slice(found.to))).toBe(true)
    expect(edited.slice(found.to)).toBe('\r\n\r\nThanks to all.  \n')
    expect(second).toContain('CIDs two')
    expect(second).not.toContain('CIDs one')
    // The same text again changes nothing.
    expect(write(second, 'CIDs two')).toBe(second)
  })

  it('writes the section alone into empty notes', () => {
    expect(write('', 'CIDs').split('\n')).toEqual([
      expect.stringMatching(
        /^<!-- pinarkive\/pin-action release-notes start: docs sha256=[0-9a-f]{64} -->$/
      ),
      '',
      'CIDs',
      '',
      '<!-- pinarkive/pin-action release-notes end: docs -->'
    ])
  })

  it("finds a section whose line endings GitHub's editor rewrote", () => {
    const body = write('notes', 'line one\nline two').replace(/\n/g, '\r\n')
    expect(findSection(body, KEY)).toBeDefined()
    const again = write(body, 'new')
    expect(again.startsWith('notes\r\n\r\n<!--')).toBe(true)
    expect(again).not.toContain('line one')
  })

  it('keeps each site to its own section', () => {
    const both = write(write('top', 'docs CIDs', 'docs'), 'app CIDs', 'app')
    const updated = write(both, 'docs CIDs 2', 'docs')
    expect(updated).toContain('app CIDs')
    expect(updated).toContain('docs CIDs 2')
    expect(updated).not.toContain('docs CIDs\n')
    expect(updated.indexOf('docs CIDs 2')).toBeLessThan(updated.indexOf('app CIDs'))
  })

  describe('never loses author text to markers it did not write', () => {
    const markers = releaseNotesMarkers(KEY)
    const ours = write('', 'CIDs')
    const start = ours.split('\n')[0]
    const cases: [string, string][] = [
      ['a start marker alone', `Intro\n${start}\nauthor text that must stay\n`],
      ['an end marker alone', `Intro\n${markers.end}\nauthor text that must stay\n`],
      ['markers in the wrong order', `${markers.end}\nauthor text that must stay\n${start}\n`],
      [
        'a pair around the author text (a forged digest)',
        `${markers.start('0'.repeat(64))}\nauthor text that must stay\n${markers.end}\n`
      ],
      [
        "a real start marker around the author's own text",
        `${start}\nauthor text that must stay\n${markers.end}\n`
      ],
      ['our section edited by hand', ours.replace('CIDs', 'CIDs and author text that must stay')],
      [
        'a marker inside a line of text',
        `see \`${start}\` author text that must stay ${markers.end}`
      ],
      ['a start, another start, an end', `${start}\nauthor text that must stay\n${ours}`]
    ]
    it.each(cases)('%s', (_, body) => {
      const result = write(body, 'fresh')
      if (findSection(body, KEY)) {
        // Only the last case holds a real section: it is replaced, the rest stays.
        expect(result.startsWith(`${start}\nauthor text that must stay\n`)).toBe(true)
      } else {
        expect(result.startsWith(body)).toBe(true)
      }
      expect(result).toContain('author text that must stay')
      expect(result).toContain('fresh')
    })
  })

  it("keeps the whole body within GitHub's 125,000 characters", () => {
    const author = 'x'.repeat(100_000)
    let limit = 0
    const spliced = spliceReleaseNotes(author, KEY, given => {
      limit = given
      return 'y'.repeat(given)
    })
    if ('tooLong' in spliced) throw new Error('expected room')
    expect(limit).toBeLessThan(25_000)
    expect(spliced.body.length).toBe(RELEASE_BODY_LIMIT)
    expect(spliced.body.startsWith(author)).toBe(true)
  })

  it('writes nothing when the author text leaves no room for a section', () => {
    const author = 'x'.repeat(RELEASE_BODY_LIMIT - 500)
    expect(spliceReleaseNotes(author, KEY, render('CIDs'))).toEqual({
      tooLong: true,
      authorLength: author.length + 2
    })
  })
})

describe('updateReleaseNotes', () => {
  let fake: FakeGitHub
  let api: GitHubApi
  beforeAll(async () => {
    fake = await startFakeGitHub()
    process.env.GITHUB_API_URL = fake.url
    process.env.GITHUB_GRAPHQL_URL = fake.graphqlUrl
    api = await createGitHubApi('ghs_test')
  })
  afterAll(() => fake.close())
  beforeEach(() => fake.reset())

  const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'
  const published: Report = {
    ...emptyReport('', undefined),
    items: [
      {
        type: 'directory',
        path: 'dist',
        name: 'site',
        cid: CID,
        size: 1,
        files: 1,
        cluster: 'cl0-global',
        gatewayUrl: `https://gw.example/ipfs/${CID}`,
        expiresAt: null
      }
    ]
  }

  function event(id: number, overrides: Partial<EventInfo> = {}): EventInfo {
    return {
      name: 'release',
      owner: 'octo-org',
      repo: 'site',
      sha: 'a'.repeat(40),
      pullRequest: undefined,
      forkPullRequest: false,
      ref: 'refs/tags/v1.0.0',
      defaultBranch: 'main',
      action: 'published',
      workflowRun: undefined,
      release: { id, tagName: 'v1.0.0' },
      ...overrides
    }
  }

  function link(with_: GitHubApi = api): GitHubLink {
    return {
      api: with_,
      owner: 'octo-org',
      repo: 'site',
      viewer: 'github-actions[bot]',
      pullRequest: undefined,
      commit: 'a'.repeat(40),
      runUrl: 'https://github.com/octo-org/site/actions/runs/1',
      serverUrl: 'https://github.com'
    }
  }

  function log() {
    const lines = { info: [] as string[], warning: [] as string[] }
    const sink: Log = {
      info: line => lines.info.push(line),
      warning: text => lines.warning.push(text),
      debug: () => undefined
    }
    return { lines, sink }
  }

  const settings = { enabled: true, commentHeader: '', workflow: 'publish' }

  it('reads the notes afresh, writes the section once, and leaves it when up to date', async () => {
    const release = fake.addRelease({ owner: 'octo-org', repo: 'site', body: 'Author text' })
    const { lines, sink } = log()
    await updateReleaseNotes(published, event(release.id), link(), settings, sink)
    expect(fake.releases[0].body).toMatch(
      /^Author text\n\n<!-- pinarkive\/pin-action release-notes start: publish sha256=/
    )
    expect(fake.releases[0].body).toContain(CID)
    await updateReleaseNotes(published, event(release.id), link(), settings, sink)
    expect(fake.requests.filter(r => r.method === 'PATCH')).toHaveLength(1)
    expect(lines.warning).toEqual([])
    expect(lines.info).toEqual([
      'Release v1.0.0: IPFS section appended in its notes: https://github.com/octo-org/site/releases/tag/v1.0.0',
      'Release v1.0.0: the IPFS section of its notes is up to date: https://github.com/octo-org/site/releases/tag/v1.0.0'
    ])
  })

  it('warns naming contents: write on a 403, and leaves the notes as they were', async () => {
    const release = fake.addRelease({ owner: 'octo-org', repo: 'site', body: 'Author text' })
    const { lines, sink } = log()
    const readOnly = await createGitHubApi('ghs_readonly')
    await updateReleaseNotes(published, event(release.id), link(readOnly), settings, sink)
    expect(fake.releases[0].body).toBe('Author text')
    expect(lines.warning).toEqual([
      expect.stringMatching(
        /^Could not write the notes of release v1\.0\.0: the token may not do it \(HTTP 403: .*\)\. Give the job `permissions: contents: write`\./
      )
    ])
  })

  it('does nothing but say why outside a release, for a dry run, or when nothing was published', async () => {
    const { lines, sink } = log()
    await updateReleaseNotes(
      published,
      event(1, { name: 'push', release: undefined, action: '' }),
      link(),
      settings,
      sink
    )
    await updateReleaseNotes(published, event(1, { action: 'deleted' }), link(), settings, sink)
    await updateReleaseNotes({ ...published, dryRun: true }, event(1), link(), settings, sink)
    await updateReleaseNotes({ ...published, items: [] }, event(1), link(), settings, sink)
    await updateReleaseNotes(published, event(1), link(), { ...settings, enabled: false }, sink)
    expect(fake.requests).toEqual([])
    expect(lines.info).toEqual([
      'release-notes: true, but this run (push) is not for a release that exists; no release notes written.',
      'release-notes: true, but this run (release deleted) is not for a release that exists; no release notes written.',
      'Release v1.0.0: a dry run publishes nothing, so its notes are left as they are.',
      'Release v1.0.0: nothing was published, so its notes are left as they are.'
    ])
  })

  it('warns and writes nothing when the notes leave no room', async () => {
    const body = 'x'.repeat(RELEASE_BODY_LIMIT - 100)
    const release = fake.addRelease({ owner: 'octo-org', repo: 'site', body })
    const { lines, sink } = log()
    await updateReleaseNotes(published, event(release.id), link(), settings, sink)
    expect(fake.requests.filter(r => r.method === 'PATCH')).toEqual([])
    expect(lines.warning).toEqual([
      'Release v1.0.0: no room for the IPFS section in its notes: the text around it has 124,902 characters, and GitHub allows 125,000 in all. The notes are left as they are.'
    ])
  })
})
