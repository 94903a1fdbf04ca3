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
    const headers = ['docs--v2', 'docs-v2', 'docs---v2', 'docs%2Dv2', 'a>b', 'ab', 'a', 'a ', 'A']
    const markers = headers.map(commentMarker)
    expect(new Set(markers).size).toBe(headers.length)
    expect(commentMarker('docs--v2')).toBe('<!-- pinarkive/pin-action: docs-%2Dv2 -->')
  })

  it('percent-encodes each byte with two hex digits, so no two encodings run together', () => {
    expect(commentMarker('a\nb')).toBe('<!-- pinarkive/pin-action: a%0Ab -->')
    expect(commentMarker('sep\u2028')).toBe('<!-- pinarkive/pin-action: sep%E2%80%A8 -->')
    expect(commentMarker('100%')).toBe('<!-- pinarkive/pin-action: 100%25 -->')
    // One digit for \u0001 would make `\u0001` + `0` spell the marker of `\u0010`.
    const headers = ['\u00010', '\u0010', '\n0', '\u00100', 'a\u2028', 'a\u2029']
    expect(new Set(headers.map(commentMarker)).size).toBe(headers.length)
  })

  it('writes plain headers as before, so earlier comments are still found', () => {
    expect(commentMarker('docs')).toBe('<!-- pinarkive/pin-action: docs -->')
    expect(commentMarker('Deploy preview (app-v2)')).toBe(
      '<!-- pinarkive/pin-action: Deploy preview (app-v2) -->'
    )
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
  /** Five comments before ours: other users quoting the marker, and our other headers. */
  function seedPages() {
    fake.set({ perPageMax: 2 })
    seed('octocat', `${marker}\nquoted on page 1`)
    seed('github-actions[bot]', `${commentMarker('app')}\npage 1`)
    seed('github-actions[bot]', `Look: ${marker}`)
    seed('octocat', `${marker}\nquoted on page 2`)
    seed('github-actions[bot]', `${commentMarker('docs-v2')}\npage 3`)
    return seed('github-actions[bot]', `${marker}\nours, on page 3`)
  }
  const listed = () =>
    fake.requests.filter(r => r.method === 'GET' && r.path.endsWith('/issues/7/comments'))

  it('searches every page, so a long discussion does not get a second comment', async () => {
    const ours = seedPages()
    const result = await upsertComment(api, target, marker, `${marker}\nnew`)
    expect(result).toMatchObject({ action: 'updated', id: ours.id })
    expect(fake.comments).toHaveLength(6)
    expect(fake.comments.filter(c => c.body.includes('quoted'))).toHaveLength(2)
  })

  it('reads at most maxPages pages', async () => {
    const ours = seedPages()
    const viewer = 'github-actions[bot]'
    expect(await findOwnComment(api, target, target.number, marker, viewer, 2)).toBeUndefined()
    expect(listed()).toHaveLength(2)
    fake.requests.length = 0
    expect(await findOwnComment(api, target, target.number, marker, viewer, 3)).toMatchObject({
      id: ours.id
    })
    expect(listed()).toHaveLength(3)
    fake.requests.length = 0
    expect(await findOwnComment(api, target, target.number, marker, viewer, 1)).toBeUndefined()
    expect(listed()).toHaveLength(1)
  })

  it('stops at the page that has it', async () => {
    fake.set({ perPageMax: 2 })
    const ours = seed('github-actions[bot]', `${marker}\nfirst`)
    for (let i = 0; i < 4; i++) seed('octocat', `comment ${i}`)
    const found = await findOwnComment(api, target, target.number, marker, 'github-actions[bot]')
    expect(found).toMatchObject({ id: ours.id })
    expect(listed()).toHaveLength(1)
  })

  it('counts only the exact login, [bot] included: a user called github-actions is someone else', async () => {
    const forged = seed('github-actions', `${marker}\nforged by a user account`)
    const viewer = 'github-actions[bot]'
    expect(fake.comments[0].user).toEqual({ login: 'github-actions', type: 'User' })
    expect(await findOwnComment(api, target, target.number, marker, viewer)).toBeUndefined()
    const ours = seed('github-actions[bot]', `${marker}\nours`)
    expect(await findOwnComment(api, target, target.number, marker, viewer)).toMatchObject({
      id: ours.id
    })
    // Logins are case-insensitive on GitHub.
    expect(
      await findOwnComment(api, target, target.number, marker, 'GitHub-Actions[bot]')
    ).toMatchObject({ id: ours.id })
    // A personal token's identity is that user, and a bot's comments are not theirs.
    expect(
      await findOwnComment(api, target, target.number, marker, 'github-actions')
    ).toMatchObject({ id: forged.id })
  })
})

describe('writeComment', () => {
  it('leaves a comment that already says the same alone', async () => {
    const marker = commentMarker('docs')
    const body = `${marker}\nsame`
    const ours = seed('github-actions[bot]', body)
    const existing = await findOwnComment(api, target, target.number, marker, 'github-actions[bot]')
    fake.requests.length = 0
    const result = await writeComment(api, target, existing, body)
    expect(result).toEqual({ id: ours.id, url: existing?.htmlUrl, action: 'unchanged' })
    expect(result.url).toMatch(/^https?:\/\/\S+/)
    expect(fake.requests).toEqual([])
  })
})
