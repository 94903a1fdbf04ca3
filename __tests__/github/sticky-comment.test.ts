/**
 * The sticky comment's marker: distinct headers give distinct markers, content can never produce
 * one, and only the token's own comments count. Against the fake GitHub API over real HTTP,
 * through the action's own API wrapper.
 */
import { createGitHubApi, type GitHubApi } from '../../src/github/api.js'
import {
  carriesMarker,
  commentMarker,
  findOwnComment,
  writeComment
} from '../../src/github/sticky-comment.js'
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github.mjs'

const target = { owner: 'octo-org', repo: 'site', number: 7 }

let fake: FakeGitHub
let api: GitHubApi
beforeAll(async () => {
  fake = await startFakeGitHub()
  // @actions/github reads these when it is first imported, which createGitHubApi does.
  process.env.GITHUB_API_URL = fake.url
  process.env.GITHUB_GRAPHQL_URL = fake.graphqlUrl
  api = await createGitHubApi('ghs_test')
})
afterAll(() => fake.close())
beforeEach(() => fake.reset())

function seed(login: string, body: string) {
  return fake.addComment({ ...target, issue_number: target.number, login, body })
}

describe('commentMarker', () => {
  it('gives distinct headers distinct markers', () => {
    const headers = [
      'docs--v2',
      'docs-v2',
      'docs---v2',
      'docs%2Dv2',
      'a>b',
      'ab',
      'a',
      'a ',
      'A',
      // A control character of one hex digit must not read as the start of another's code.
      '\x01A',
      '\x1a',
      '\u2028',
      '\u0085'
    ]
    const markers = headers.map(commentMarker)
    expect(new Set(markers).size).toBe(headers.length)
    expect(commentMarker('docs--v2')).toBe('<!-- pinarkive/pin-action: docs-%2Dv2 -->')
  })

  it('writes plain headers as before, so earlier comments are still found', () => {
    expect(commentMarker('docs')).toBe('<!-- pinarkive/pin-action: docs -->')
    expect(commentMarker('Deploy preview (app-v2)')).toBe(
      '<!-- pinarkive/pin-action: Deploy preview (app-v2) -->'
    )
  })

  it('percent-encodes each UTF-8 byte of what it encodes, with two hex digits', () => {
    expect(commentMarker('a\x01b')).toBe('<!-- pinarkive/pin-action: a%01b -->')
    expect(commentMarker('sep\u2028')).toBe('<!-- pinarkive/pin-action: sep%E2%80%A8 -->')
    expect(commentMarker('nel\u0085')).toBe('<!-- pinarkive/pin-action: nel%C2%85 -->')
  })

  it.each([
    'a--b',
    'x-->y',
    'x--!>y',
    'x>',
    '<!--',
    'line\nbreak',
    'cr\rhere',
    'sep\u2028',
    'end-'
  ])('keeps the marker one well-formed HTML comment for %j', header => {
    const marker = commentMarker(header)
    const inside = marker.slice('<!--'.length, -'-->'.length)
    expect(inside).not.toMatch(/--|[<>\r\n\u2028]/)
    expect(inside.startsWith(' ') && inside.endsWith(' ')).toBe(true)
  })
})

describe('carriesMarker', () => {
  const marker = commentMarker('docs')
  it('matches the marker only as the whole first line', () => {
    expect(carriesMarker(`${marker}\n## IPFS preview`, marker)).toBe(true)
    expect(carriesMarker(`${marker}\r\n## edited in the web UI`, marker)).toBe(true)
    expect(carriesMarker(marker, marker)).toBe(true)
    expect(carriesMarker(`${commentMarker('app')}\n| \`${marker}\` |`, marker)).toBe(false)
    expect(carriesMarker(`Look: ${marker}`, marker)).toBe(false)
    expect(carriesMarker(`${marker} x\nbody`, marker)).toBe(false)
  })
})

/** What the reporter does: find our comment by marker and identity, then write it. */
async function upsertComment(api: GitHubApi, where: typeof target, marker: string, body: string) {
  const existing = await findOwnComment(api, where, where.number, marker, 'github-actions[bot]')
  return writeComment(api, where, existing, body)
}

describe('findOwnComment and writeComment', () => {
  it("updates its own comment, not another header's comment that shows the marker as a name", async () => {
    const docs = commentMarker('docs')
    const app = seed(
      'github-actions[bot]',
      `${commentMarker('app')}\n| \`dist/${docs}.html\` | 1 B |`
    )
    const created = await upsertComment(api, target, docs, `${docs}\nnew`)
    expect(created.action).toBe('created')
    expect(fake.comments.find(c => c.id === app.id)?.body).toContain('dist/')
    const again = await upsertComment(api, target, docs, `${docs}\nnewer`)
    expect(again).toMatchObject({ action: 'updated', id: created.id })
    expect(fake.comments).toHaveLength(2)
  })

  it('keeps docs--v2 and docs-v2 apart', async () => {
    const first = await upsertComment(
      api,
      target,
      commentMarker('docs--v2'),
      `${commentMarker('docs--v2')}\na`
    )
    const second = await upsertComment(
      api,
      target,
      commentMarker('docs-v2'),
      `${commentMarker('docs-v2')}\nb`
    )
    expect(second.action).toBe('created')
    expect(second.id).not.toBe(first.id)
  })

  it('finds a comment written by an earlier version, and leaves other users alone', async () => {
    const marker = commentMarker('publish')
    const quoted = seed('octocat', `${marker}\nquoting the bot`)
    const ours = seed('github-actions[bot]', `${marker}\nold preview`)
    const result = await upsertComment(api, target, marker, `${marker}\nnew preview`)
    expect(result).toMatchObject({ action: 'updated', id: ours.id })
    expect(fake.comments.find(c => c.id === quoted.id)?.body).toBe(quoted.body)
  })
})

describe('findOwnComment across pages', () => {
  const marker = commentMarker('docs')
  /** Two comments a page: ours is the fifth, on page 3, after four by others quoting it. */
  function seedPages() {
    fake.set({ perPageMax: 2 })
    for (let i = 0; i < 4; i++) seed(i % 2 ? 'octocat' : 'github-actions[bot]', `${marker}x\n${i}`)
    return seed('github-actions[bot]', `${marker}\nours`)
  }
  const find = (maxPages?: number) =>
    findOwnComment(api, target, target.number, marker, 'github-actions[bot]', maxPages)
  const pagesRead = () =>
    fake.requests.filter(r => r.method === 'GET' && r.path.includes('/comments')).length

  it('searches every page until it finds ours', async () => {
    const ours = seedPages()
    expect((await find())?.id).toBe(ours.id)
    expect(pagesRead()).toBe(3)
  })

  it('reads no more than maxPages pages', async () => {
    const ours = seedPages()
    expect(await find(2)).toBeUndefined()
    expect(pagesRead()).toBe(2)
    expect((await find(3))?.id).toBe(ours.id)
    expect(await find(1)).toBeUndefined()
    expect(pagesRead()).toBe(2 + 3 + 1)
  })
})

describe('writeComment', () => {
  it('leaves a comment whose body is already the one to write untouched', async () => {
    const marker = commentMarker('docs')
    const ours = seed('github-actions[bot]', `${marker}\nsame`)
    const existing = await findOwnComment(api, target, target.number, marker, 'github-actions[bot]')
    const before = fake.requests.length
    const result = await writeComment(api, target, existing, `${marker}\nsame`)
    expect(result).toEqual({ id: ours.id, url: expect.any(String), action: 'unchanged' })
    expect(result.url).toBe(existing?.htmlUrl)
    expect(fake.requests.slice(before)).toEqual([])
  })
})
