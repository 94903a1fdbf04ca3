// @ts-check
/**
 * A fake GitHub REST (and tiny GraphQL) API for end-to-end tests of the action.
 *
 * Point GITHUB_API_URL at `fake.url` and GITHUB_GRAPHQL_URL at `fake.graphqlUrl`. Note that
 * `@actions/github` reads GITHUB_API_URL when the module is first imported, so set it before
 * that import (or pass `{ baseUrl: fake.url }` to `getOctokit`).
 *
 * Identity of the Actions GITHUB_TOKEN, as modelled here (evidence from public reports):
 * - The GITHUB_TOKEN is an installation token of the "GitHub Actions" app. REST `GET /user`
 *   answers 403 "Resource not accessible by integration" with documentation_url
 *   https://docs.github.com/rest/users/users#get-the-authenticated-user for every installation
 *   token (actions/create-github-app-token#258, anthropics/claude-code-action#538).
 * - REST comments it writes show `user: { login: 'github-actions[bot]', type: 'Bot', id: 41898282 }`.
 * - GraphQL `{ viewer { login } }` works with installation tokens and returns the login WITH the
 *   `[bot]` suffix, i.e. `github-actions[bot]`, byte-identical to the REST `user.login`
 *   (a probe run logged verbatim `{"viewer":{"login":"github-actions[bot]"}}` for the default
 *   GITHUB_TOKEN; fullsend-ai/fullsend#1953 saw `fullsend-ai-coder[bot]` for another app).
 * - Beware: GraphQL `author { login }` on a `Bot` actor (comment/PR authors) omits the suffix
 *   (`github-actions`, `__typename: 'Bot'`); see fullsend-ai/fullsend#6205,
 *   anthropics/claude-code-action#1514. This fake only implements `viewer`.
 * - `viewer` is typed `User!` in GitHub's schema, so its `__typename` is `User`, also for an
 *   installation token (whose login, above, carries `[bot]`).
 * So `viewer.login` defaults to the token's REST login and `viewer.__typename` to `User`;
 * `viewerLogin` and `viewerType` override them per token, to model a viewer answered as a Bot
 * actor (`github-actions`, `Bot`), which a client must read as `github-actions[bot]`.
 *
 * Deliberate strictness, to catch client bugs:
 * - PATCH/DELETE of a comment written by someone else is 403 (GitHub may allow it).
 * - `GET /pulls?head=branch` without `owner:` ignores the filter, as GitHub silently does.
 * - `GET /commits/{sha}/pulls` on the base repo does not find fork PRs, as on GitHub (the head
 *   commit lives in the fork); querying the fork repo finds them.
 */
import http from 'node:http'

/**
 * @typedef {object} TokenIdentity
 * @property {string} login REST login, e.g. `github-actions[bot]`
 * @property {'Bot' | 'User'} type
 * @property {boolean} [readOnly] every write answers 403 (a fork PR's GITHUB_TOKEN)
 * @property {boolean} [restUserAllowed] whether `GET /user` works (false for app tokens)
 * @property {string} [viewerLogin] GraphQL `viewer.login`; defaults to `login`
 * @property {'Bot' | 'User'} [viewerType] GraphQL `viewer.__typename`; defaults to `User`
 */

/**
 * @typedef {object} Failure Injected failure, checked after authentication.
 * @property {string} [method] HTTP method; any when omitted
 * @property {string | RegExp} path exact path (no query) or a pattern
 * @property {number} status
 * @property {unknown} [body] defaults to `{ message: 'Injected failure' }`
 * @property {number} [times] how many requests to fail; forever when omitted
 */

/**
 * @typedef {object} FakeGitHubOptions
 * @property {number} [port] 0 (any free port) unless given
 * @property {Record<string, TokenIdentity>} [tokens] merged over the default tokens
 * @property {number} [perPageMax] largest honoured `per_page` (GitHub: 100)
 * @property {Failure[]} [failures]
 */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path without the query string
 * @property {Record<string, string>} query
 * @property {http.IncomingHttpHeaders} headers lower-cased names
 * @property {unknown} json parsed body, `undefined` when there was none
 * @property {number} status 0 until answered
 */

/**
 * @typedef {object} StoredComment
 * @property {number} id
 * @property {string} owner
 * @property {string} repo
 * @property {number} issue_number
 * @property {string} body
 * @property {{ login: string, type: 'Bot' | 'User' }} user
 * @property {string} created_at
 * @property {string} updated_at
 * @property {string} html_url
 * @property {string} url
 */

/**
 * @typedef {object} StoredStatus
 * @property {string} owner
 * @property {string} repo
 * @property {string} sha
 * @property {string} state
 * @property {string | null} target_url
 * @property {string | null} description
 * @property {string} context
 */

/**
 * @typedef {object} StoredPull
 * @property {string} owner base repository owner
 * @property {string} repo base repository name
 * @property {number} number
 * @property {{ sha: string, ref: string, repo_full_name: string }} head
 * @property {string} base_ref
 * @property {string} base_sha
 * @property {'open' | 'closed'} state
 * @property {string} title
 * @property {string} login author
 */

/**
 * @typedef {object} AddPullInput
 * @property {string} owner
 * @property {string} repo
 * @property {number} [number] next free number when omitted
 * @property {{ sha: string, ref: string, repo_full_name?: string }} head repo defaults to owner/repo
 * @property {string} [base_ref] default `main`
 * @property {string} [base_sha]
 * @property {'open' | 'closed'} [state] default `open`
 * @property {string} [title]
 * @property {string} [login] author, default `octocat`
 */

/**
 * @typedef {object} StoredDeploymentStatus
 * @property {number} id
 * @property {string} state error, failure, inactive, in_progress, queued, pending or success
 * @property {string} description
 * @property {string} environment
 * @property {string} target_url
 * @property {string} log_url
 * @property {string} environment_url
 * @property {{ login: string, type: 'Bot' | 'User' }} creator
 * @property {string} created_at
 */

/**
 * @typedef {object} StoredDeployment
 * @property {number} id
 * @property {string} owner
 * @property {string} repo
 * @property {string} sha
 * @property {string} ref
 * @property {string} task
 * @property {unknown} payload as sent: an object, or a JSON string parsed into one
 * @property {string} environment
 * @property {string | null} description
 * @property {boolean} transient_environment
 * @property {boolean} production_environment
 * @property {{ login: string, type: 'Bot' | 'User' }} creator
 * @property {string} created_at
 * @property {StoredDeploymentStatus[]} statuses oldest first
 */

/**
 * @typedef {object} AddDeploymentInput
 * @property {string} owner
 * @property {string} repo
 * @property {string} sha
 * @property {string} [ref] default: the sha
 * @property {string} [environment] default `production`
 * @property {unknown} [payload]
 * @property {boolean} [transient_environment]
 * @property {boolean} [production_environment] default: environment is `production`
 * @property {string} [login] creator, default `github-actions[bot]`
 * @property {string[]} [states] statuses to add, oldest first (e.g. ['success'])
 * @property {string} [environment_url]
 */

/**
 * @typedef {object} StoredRelease
 * @property {number} id
 * @property {string} owner
 * @property {string} repo
 * @property {string} tag_name
 * @property {string} target_commitish
 * @property {string | null} name
 * @property {string | null} body
 * @property {boolean} draft
 * @property {boolean} prerelease
 * @property {{ login: string, type: 'Bot' | 'User' }} author
 * @property {string} created_at
 * @property {string | null} published_at
 * @property {string} updated_at
 */

/**
 * @typedef {object} AddReleaseInput
 * @property {string} owner
 * @property {string} repo
 * @property {number} [id] next free id when omitted
 * @property {string} [tag_name] default `v1.0.0`
 * @property {string} [target_commitish] default `main`
 * @property {string | null} [name] default: the tag
 * @property {string | null} [body] default `null`, as GitHub stores a release without notes
 * @property {boolean} [draft]
 * @property {boolean} [prerelease]
 * @property {string} [login] author, default `octocat`
 */

/**
 * @typedef {object} FakeGitHub
 * @property {string} url REST base URL (GITHUB_API_URL)
 * @property {string} graphqlUrl GraphQL endpoint (GITHUB_GRAPHQL_URL)
 * @property {number} port
 * @property {RecordedRequest[]} requests every request, in arrival order
 * @property {StoredComment[]} comments issue comments, oldest first
 * @property {StoredStatus[]} statuses commit statuses, in creation order
 * @property {StoredPull[]} pulls
 * @property {StoredDeployment[]} deployments oldest first, each with its statuses
 * @property {StoredRelease[]} releases in creation order
 * @property {(input: { owner: string, repo: string, issue_number: number, body: string, login: string }) => StoredComment} addComment
 * @property {(input: AddDeploymentInput) => StoredDeployment} addDeployment
 * @property {(input: AddReleaseInput) => StoredRelease} addRelease
 * @property {(deployment: StoredDeployment) => string} deploymentState the latest status, or `pending`
 * @property {(input: AddPullInput) => StoredPull} addPull
 * @property {(options: Omit<FakeGitHubOptions, 'port'>) => void} set tokens merge, the rest replaces
 * @property {() => void} reset forget all data and requests, restore the starting options
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} Reply
 * @property {number} status
 * @property {unknown} [body] omitted for 204
 * @property {Record<string, string>} [headers]
 */

/**
 * @typedef {object} Context
 * @property {string} method
 * @property {string} path
 * @property {URLSearchParams} query
 * @property {unknown} json
 * @property {TokenIdentity} identity
 * @property {string[]} params route captures
 */

/**
 * @typedef {object} Route
 * @property {string} method
 * @property {RegExp} pattern
 * @property {boolean} write refused for read-only tokens
 * @property {string} docs documentation_url GitHub puts in error bodies
 * @property {(state: State, ctx: Context) => Reply} handle
 */

/**
 * @typedef {object} State
 * @property {string} url
 * @property {Required<Omit<FakeGitHubOptions, 'port'>>} options
 * @property {StoredComment[]} comments
 * @property {StoredStatus[]} statuses
 * @property {StoredPull[]} pulls
 * @property {StoredDeployment[]} deployments
 * @property {StoredRelease[]} releases
 * @property {{ comment: number, status: number, request: number, deployment: number, deploymentStatus: number, release: number }} ids
 */

/** @type {Record<string, TokenIdentity>} */
const DEFAULT_TOKENS = {
  ghs_test: { login: 'github-actions[bot]', type: 'Bot', restUserAllowed: false },
  ghs_readonly: {
    login: 'github-actions[bot]',
    type: 'Bot',
    restUserAllowed: false,
    readOnly: true
  },
  ghp_user: { login: 'octocat', type: 'User', restUserAllowed: true }
}

const DOCS = 'https://docs.github.com/rest'
const MAX_COMMENT_CHARS = 65536
const MAX_STATUS_DESCRIPTION = 140
const STATUS_STATES = ['error', 'failure', 'pending', 'success']
const DEFAULT_PER_PAGE = 30

/** Real ids of well-known accounts, so payloads look like the real thing. */
/** @type {Record<string, number>} */
const KNOWN_USER_IDS = { 'github-actions[bot]': 41898282, octocat: 583231 }

/**
 * @param {FakeGitHubOptions} [options]
 * @returns {Promise<FakeGitHub>}
 */
export async function startFakeGitHub(options = {}) {
  const initial = normalizeOptions(options)
  /** @type {RecordedRequest[]} */
  const requests = []
  /** @type {State} */
  const state = {
    url: '',
    options: cloneOptions(initial),
    comments: [],
    statuses: [],
    pulls: [],
    deployments: [],
    releases: [],
    ids: {
      comment: 1000,
      status: 5000,
      request: 0,
      deployment: 9000,
      deploymentStatus: 20000,
      release: 30000
    }
  }

  const server = http.createServer((req, res) => {
    handleRequest(state, requests, req, res).catch(error => {
      // A bug in the fake must surface as a failed request, not a hung test.
      if (!res.headersSent) send(res, 500, { message: `fake-github: ${String(error)}` })
      else res.destroy()
    })
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined))
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  state.url = `http://127.0.0.1:${address.port}`

  return {
    url: state.url,
    graphqlUrl: `${state.url}/graphql`,
    port: address.port,
    requests,
    comments: state.comments,
    statuses: state.statuses,
    pulls: state.pulls,
    deployments: state.deployments,
    releases: state.releases,
    addComment: input => storeComment(state, { ...input, type: typeOfLogin(state, input.login) }),
    addPull: input => storePull(state, input),
    addDeployment: input => seedDeployment(state, input),
    addRelease: input => storeRelease(state, input),
    deploymentState,
    set: partial => applyOptions(state, partial),
    reset: () => {
      // Empty the arrays in place: tests may hold references to them.
      const lists = [
        requests,
        state.comments,
        state.statuses,
        state.pulls,
        state.deployments,
        state.releases
      ]
      for (const list of lists) list.length = 0
      state.options = cloneOptions(initial)
      // Ids keep growing, so a client holding a stale id from before the reset gets a 404.
    },
    close: () => closeServer(server)
  }
}

// ---------------------------------------------------------------------------------------------
// Options

/**
 * @param {FakeGitHubOptions} options
 * @returns {Required<Omit<FakeGitHubOptions, 'port'>>}
 */
function normalizeOptions(options) {
  return {
    tokens: { ...DEFAULT_TOKENS, ...options.tokens },
    perPageMax: options.perPageMax ?? 100,
    failures: options.failures ?? []
  }
}

/** @param {Required<Omit<FakeGitHubOptions, 'port'>>} options */
function cloneOptions(options) {
  return {
    tokens: Object.fromEntries(Object.entries(options.tokens).map(([k, v]) => [k, { ...v }])),
    perPageMax: options.perPageMax,
    failures: options.failures.map(failure => ({ ...failure }))
  }
}

/**
 * @param {State} state
 * @param {Omit<FakeGitHubOptions, 'port'>} partial
 */
function applyOptions(state, partial) {
  if (partial.tokens) state.options.tokens = { ...state.options.tokens, ...partial.tokens }
  if (partial.perPageMax !== undefined) state.options.perPageMax = partial.perPageMax
  if (partial.failures) state.options.failures = partial.failures.map(f => ({ ...f }))
}

// ---------------------------------------------------------------------------------------------
// HTTP plumbing

/**
 * @param {State} state
 * @param {RecordedRequest[]} requests
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
async function handleRequest(state, requests, req, res) {
  const target = new URL(req.url ?? '/', state.url)
  const raw = await readBody(req)
  const parsed = parseJson(raw)
  /** @type {RecordedRequest} */
  const record = {
    method: req.method ?? 'GET',
    path: target.pathname,
    query: Object.fromEntries(target.searchParams),
    headers: { ...req.headers },
    json: parsed.ok ? parsed.value : undefined,
    status: 0
  }
  requests.push(record)
  state.ids.request += 1

  const reply = parsed.ok
    ? dispatch(state, record.method, target, parsed.value, req.headers.authorization)
    : error(400, 'Problems parsing JSON', DOCS)
  record.status = reply.status
  send(res, reply.status, reply.body, {
    'x-github-request-id': `FAKE:${state.ids.request}`,
    ...reply.headers
  })
}

/**
 * Authentication, injected failures, routing and read-only enforcement, in GitHub's order.
 * @param {State} state
 * @param {string} method
 * @param {URL} target
 * @param {unknown} json
 * @param {string | undefined} authorization
 * @returns {Reply}
 */
function dispatch(state, method, target, json, authorization) {
  const identity = authenticate(state, authorization)
  if (!identity) return error(401, 'Bad credentials', DOCS)

  const injected = takeFailure(state, method, target.pathname)
  if (injected) return injected

  for (const route of ROUTES) {
    const match = route.method === method && route.pattern.exec(target.pathname)
    if (!match) continue
    if (route.write && identity.readOnly) {
      return error(403, 'Resource not accessible by integration', route.docs)
    }
    const params = match.slice(1).map(decodeURIComponent)
    return route.handle(state, {
      method,
      path: target.pathname,
      query: target.searchParams,
      json,
      identity,
      params
    })
  }
  return error(404, 'Not Found', DOCS)
}

/**
 * Accepts `token X` and `Bearer X`, the two schemes GitHub takes for these tokens.
 * @param {State} state
 * @param {string | undefined} header
 * @returns {TokenIdentity | undefined}
 */
function authenticate(state, header) {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '')
  if (!match) return undefined
  return Object.hasOwn(state.options.tokens, match[1]) ? state.options.tokens[match[1]] : undefined
}

/**
 * @param {State} state
 * @param {string} method
 * @param {string} path
 * @returns {Reply | undefined}
 */
function takeFailure(state, method, path) {
  const failure = state.options.failures.find(
    f =>
      (f.method === undefined || f.method.toUpperCase() === method) &&
      (typeof f.path === 'string' ? f.path === path : f.path.test(path)) &&
      (f.times === undefined || f.times > 0)
  )
  if (!failure) return undefined
  if (failure.times !== undefined) failure.times -= 1
  return { status: failure.status, body: failure.body ?? { message: 'Injected failure' } }
}

/** @param {http.IncomingMessage} req */
async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * @param {string} raw
 * @returns {{ ok: true, value: unknown } | { ok: false }}
 */
function parseJson(raw) {
  if (raw.trim() === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(raw) }
  } catch {
    return { ok: false }
  }
}

/**
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function send(res, status, body, headers = {}) {
  if (status === 204) {
    res.writeHead(status, headers).end()
    return
  }
  const text = JSON.stringify(body)
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      ...headers
    })
    .end(text)
}

/** @param {http.Server} server */
function closeServer(server) {
  return new Promise(resolve => {
    server.close(() => resolve(undefined))
    // Octokit's fetch keeps connections alive; drop them so jest can exit.
    server.closeAllConnections()
  })
}

/**
 * GitHub's error body. `status` as a string is what api.github.com sends nowadays.
 * @param {number} status
 * @param {string} message
 * @param {string} docs
 * @param {unknown[]} [errors]
 * @returns {Reply}
 */
function error(status, message, docs, errors) {
  const body = errors
    ? { message, errors, documentation_url: docs, status: String(status) }
    : { message, documentation_url: docs, status: String(status) }
  return { status, body }
}

/**
 * @param {string} resource
 * @param {string} field
 * @param {string} message
 * @param {string} docs
 */
function validationFailed(resource, field, message, docs) {
  return error(422, 'Validation Failed', docs, [{ resource, code: 'custom', field, message }])
}

/**
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 * @returns {Reply}
 */
function ok(status, body, headers) {
  return { status, body, headers }
}

// ---------------------------------------------------------------------------------------------
// Pagination

/**
 * Slices `items` by `page`/`per_page` and builds the RFC 5988 Link header the way GitHub does
 * (prev, next, last, first; absolute URLs). Octokit's paginate follows `rel="next"`.
 * @template T
 * @param {State} state
 * @param {Context} ctx
 * @param {T[]} items
 * @returns {{ items: T[], headers: Record<string, string> }}
 */
function paginate(state, ctx, items) {
  const requested = Number.parseInt(ctx.query.get('per_page') ?? '', 10)
  const perPage = Math.min(requested > 0 ? requested : DEFAULT_PER_PAGE, state.options.perPageMax)
  const page = Math.max(1, Number.parseInt(ctx.query.get('page') ?? '', 10) || 1)
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))

  /** @param {number} n @param {string} rel */
  const link = (n, rel) => {
    const query = new URLSearchParams(ctx.query)
    query.set('page', String(n))
    return `<${state.url}${ctx.path}?${query.toString()}>; rel="${rel}"`
  }
  const links = []
  if (page > 1) links.push(link(page - 1, 'prev'))
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'))
  if (page > 1) links.push(link(1, 'first'))

  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {}
  }
}

// ---------------------------------------------------------------------------------------------
// JSON shapes

/**
 * @param {State} state
 * @param {string} login
 * @param {'Bot' | 'User'} type
 */
function userJson(state, login, type) {
  const id = KNOWN_USER_IDS[login] ?? stableId(login)
  return {
    login,
    id,
    node_id: Buffer.from(`${type === 'Bot' ? '03:Bot' : '04:User'}${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `${state.url}/users/${encodeURIComponent(login)}`,
    html_url:
      type === 'Bot'
        ? `https://github.com/apps/${login.replace(/\[bot\]$/, '')}`
        : `https://github.com/${login}`,
    type,
    site_admin: false
  }
}

/** A small deterministic id for logins without a known real one. */
/** @param {string} text */
function stableId(text) {
  let hash = 7
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 90_000_000
  return 10_000_000 + hash
}

/**
 * @param {State} state
 * @param {StoredComment} comment
 */
function commentJson(state, comment) {
  return {
    url: comment.url,
    html_url: comment.html_url,
    issue_url: `${state.url}/repos/${comment.owner}/${comment.repo}/issues/${comment.issue_number}`,
    id: comment.id,
    node_id: `IC_kwFAKE${comment.id}`,
    user: userJson(state, comment.user.login, comment.user.type),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'OWNER',
    body: comment.body,
    reactions: emptyReactions(comment.url),
    performed_via_github_app: null
  }
}

/** @param {string} url */
function emptyReactions(url) {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0
  }
}

/**
 * @param {State} state
 * @param {string} fullName
 * @param {boolean} fork
 */
function repoJson(state, fullName, fork) {
  const [owner, name] = fullName.split('/')
  return {
    id: stableId(fullName),
    node_id: `R_kgFAKE${stableId(fullName)}`,
    name,
    full_name: fullName,
    owner: userJson(state, owner, 'User'),
    private: false,
    fork,
    html_url: `https://github.com/${fullName}`,
    url: `${state.url}/repos/${fullName}`
  }
}

/**
 * @param {State} state
 * @param {StoredPull} pull
 */
function pullJson(state, pull) {
  const baseFullName = `${pull.owner}/${pull.repo}`
  const headOwner = pull.head.repo_full_name.split('/')[0]
  const isFork = pull.head.repo_full_name !== baseFullName
  const url = `${state.url}/repos/${baseFullName}/pulls/${pull.number}`
  return {
    url,
    id: stableId(`${baseFullName}#${pull.number}`),
    node_id: `PR_kwFAKE${pull.number}`,
    html_url: `https://github.com/${baseFullName}/pull/${pull.number}`,
    issue_url: `${state.url}/repos/${baseFullName}/issues/${pull.number}`,
    comments_url: `${state.url}/repos/${baseFullName}/issues/${pull.number}/comments`,
    statuses_url: `${state.url}/repos/${baseFullName}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: userJson(state, pull.login, typeOfLogin(state, pull.login)),
    body: null,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    closed_at: pull.state === 'closed' ? '2024-01-02T00:00:00Z' : null,
    merged_at: null,
    merge_commit_sha: null,
    draft: false,
    head: {
      label: `${headOwner}:${pull.head.ref}`,
      ref: pull.head.ref,
      sha: pull.head.sha,
      user: userJson(state, headOwner, 'User'),
      repo: repoJson(state, pull.head.repo_full_name, isFork)
    },
    base: {
      label: `${pull.owner}:${pull.base_ref}`,
      ref: pull.base_ref,
      sha: pull.base_sha,
      user: userJson(state, pull.owner, 'User'),
      repo: repoJson(state, baseFullName, false)
    },
    author_association: 'CONTRIBUTOR'
  }
}

/** GitHub timestamps have second precision and a `Z`. */
function now() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * @param {State} state
 * @param {string} login
 * @returns {'Bot' | 'User'}
 */
function typeOfLogin(state, login) {
  const known = Object.values(state.options.tokens).find(identity => identity.login === login)
  if (known) return known.type
  return login.endsWith('[bot]') ? 'Bot' : 'User'
}

// ---------------------------------------------------------------------------------------------
// Stores

/**
 * @param {State} state
 * @param {{ owner: string, repo: string, issue_number: number, body: string, login: string, type: 'Bot' | 'User' }} input
 */
function storeComment(state, input) {
  state.ids.comment += 1
  const id = state.ids.comment
  const time = now()
  /** @type {StoredComment} */
  const comment = {
    id,
    owner: input.owner,
    repo: input.repo,
    issue_number: Number(input.issue_number),
    body: input.body,
    user: { login: input.login, type: input.type },
    created_at: time,
    updated_at: time,
    html_url: `https://github.com/${input.owner}/${input.repo}/pull/${input.issue_number}#issuecomment-${id}`,
    url: `${state.url}/repos/${input.owner}/${input.repo}/issues/comments/${id}`
  }
  state.comments.push(comment)
  return comment
}

/**
 * @param {State} state
 * @param {AddPullInput} input
 */
function storePull(state, input) {
  const taken = state.pulls.filter(p => p.owner === input.owner && p.repo === input.repo)
  const number = input.number ?? Math.max(0, ...taken.map(p => p.number)) + 1
  /** @type {StoredPull} */
  const pull = {
    owner: input.owner,
    repo: input.repo,
    number,
    head: {
      sha: input.head.sha,
      ref: input.head.ref,
      repo_full_name: input.head.repo_full_name ?? `${input.owner}/${input.repo}`
    },
    base_ref: input.base_ref ?? 'main',
    base_sha: input.base_sha ?? '0'.repeat(40),
    state: input.state ?? 'open',
    title: input.title ?? `Pull request ${number}`,
    login: input.login ?? 'octocat'
  }
  state.pulls.push(pull)
  return pull
}

// ---------------------------------------------------------------------------------------------
// Endpoints

/**
 * @param {State} state
 * @param {Context} ctx
 */
function listComments(state, ctx) {
  const [owner, repo, issue] = ctx.params
  const all = state.comments.filter(
    c => c.owner === owner && c.repo === repo && c.issue_number === Number(issue)
  )
  const page = paginate(state, ctx, all)
  return ok(
    200,
    page.items.map(c => commentJson(state, c)),
    page.headers
  )
}

/**
 * GitHub (Rails) counts characters, i.e. code points, not UTF-16 units or bytes.
 * @param {unknown} body
 * @param {string} docs
 * @returns {Reply | undefined}
 */
function checkCommentBody(body, docs) {
  if (typeof body !== 'string') {
    return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.', docs)
  }
  if (Array.from(body).length > MAX_COMMENT_CHARS) {
    return validationFailed(
      'IssueComment',
      'body',
      `body is too long (maximum is ${MAX_COMMENT_CHARS} characters)`,
      docs
    )
  }
  return undefined
}

/**
 * @param {State} state
 * @param {Context} ctx
 */
function createComment(state, ctx) {
  const [owner, repo, issue] = ctx.params
  const body = bodyField(ctx.json, 'body')
  const invalid = checkCommentBody(body, DOCS_CREATE_COMMENT)
  if (invalid) return invalid
  const comment = storeComment(state, {
    owner,
    repo,
    issue_number: Number(issue),
    body: String(body),
    login: ctx.identity.login,
    type: ctx.identity.type
  })
  return ok(201, commentJson(state, comment), { location: comment.url })
}

/**
 * @param {State} state
 * @param {Context} ctx
 */
function findComment(state, ctx) {
  const [owner, repo, id] = ctx.params
  return state.comments.find(c => c.owner === owner && c.repo === repo && c.id === Number(id))
}

/**
 * @param {State} state
 * @param {Context} ctx
 */
function getComment(state, ctx) {
  const comment = findComment(state, ctx)
  return comment ? ok(200, commentJson(state, comment)) : error(404, 'Not Found', DOCS)
}

/**
 * @param {State} state
 * @param {Context} ctx
 */
function updateComment(state, ctx) {
  const comment = findComment(state, ctx)
  if (!comment) return error(404, 'Not Found', DOCS_UPDATE_COMMENT)
  if (comment.user.login !== ctx.identity.login) {
    return error(403, 'Resource not accessible by integration', DOCS_UPDATE_COMMENT)
  }
  const body = bodyField(ctx.json, 'body')
  const invalid = checkCommentBody(body, DOCS_UPDATE_COMMENT)
  if (invalid) return invalid
  comment.body = String(body)
  comment.updated_at = now()
  return ok(200, commentJson(state, comment))
}

/**
 * @param {State} state
 * @param {Context} ctx
 */
function deleteComment(state, ctx) {
  const comment = findComment(state, ctx)
  if (!comment) return error(404, 'Not Found', DOCS_DELETE_COMMENT)
  if (comment.user.login !== ctx.identity.login) {
    return error(403, 'Resource not accessible by integration', DOCS_DELETE_COMMENT)
  }
  state.comments.splice(state.comments.indexOf(comment), 1)
  return { status: 204 }
}

/**
 * @param {State} state
 * @param {Context} ctx
 */
function createStatus(state, ctx) {
  const [owner, repo, sha] = ctx.params
  const stateField = bodyField(ctx.json, 'state')
  const description = bodyField(ctx.json, 'description') ?? null
  const targetUrl = bodyField(ctx.json, 'target_url') ?? null
  const context = bodyField(ctx.json, 'context') ?? 'default'

  if (typeof stateField !== 'string' || !STATUS_STATES.includes(stateField)) {
    return validationFailed('Status', 'state', 'state is not included in the list', DOCS_STATUS)
  }
  if (typeof description === 'string' && description.length > MAX_STATUS_DESCRIPTION) {
    return validationFailed(
      'Status',
      'description',
      `description is too long (maximum is ${MAX_STATUS_DESCRIPTION} characters)`,
      DOCS_STATUS
    )
  }
  /** @type {StoredStatus} */
  const status = {
    owner,
    repo,
    sha,
    state: stateField,
    target_url: targetUrl === null ? null : fieldText(targetUrl),
    description: description === null ? null : fieldText(description),
    context: fieldText(context)
  }
  state.statuses.push(status)
  state.ids.status += 1
  const time = now()
  return ok(201, {
    url: `${state.url}/repos/${owner}/${repo}/statuses/${sha}`,
    avatar_url: userJson(state, ctx.identity.login, ctx.identity.type).avatar_url,
    id: state.ids.status,
    node_id: `SC_kwFAKE${state.ids.status}`,
    state: status.state,
    description: status.description,
    target_url: status.target_url,
    context: status.context,
    created_at: time,
    updated_at: time,
    creator: userJson(state, ctx.identity.login, ctx.identity.type)
  })
}

/**
 * `head` must be `owner:branch`; like GitHub, a bare branch name is silently ignored.
 * @param {State} state
 * @param {Context} ctx
 */
function listPulls(state, ctx) {
  const [owner, repo] = ctx.params
  const wanted = ctx.query.get('state') ?? 'open'
  const head = ctx.query.get('head')
  const base = ctx.query.get('base')
  const ascending = ctx.query.get('direction') === 'asc'

  const matches = state.pulls
    .filter(p => p.owner === owner && p.repo === repo)
    .filter(p => wanted === 'all' || p.state === wanted)
    .filter(
      p => !head?.includes(':') || head === `${p.head.repo_full_name.split('/')[0]}:${p.head.ref}`
    )
    .filter(p => !base || p.base_ref === base)
    .sort((a, b) => (ascending ? a.number - b.number : b.number - a.number))
  const page = paginate(state, ctx, matches)
  return ok(
    200,
    page.items.map(p => pullJson(state, p)),
    page.headers
  )
}

/**
 * @param {State} state
 * @param {Context} ctx
 */
function getPull(state, ctx) {
  const [owner, repo, number] = ctx.params
  const pull = state.pulls.find(
    p => p.owner === owner && p.repo === repo && p.number === Number(number)
  )
  return pull ? ok(200, pullJson(state, pull)) : error(404, 'Not Found', DOCS)
}

/**
 * The commit has to live in the queried repository: a fork PR's head commit is found when
 * asking the fork, not the base repository (as on GitHub).
 * @param {State} state
 * @param {Context} ctx
 */
function pullsForCommit(state, ctx) {
  const [owner, repo, sha] = ctx.params
  const matches = state.pulls.filter(
    p => p.head.sha === sha && p.head.repo_full_name === `${owner}/${repo}`
  )
  const page = paginate(state, ctx, matches)
  return ok(
    200,
    page.items.map(p => pullJson(state, p)),
    page.headers
  )
}

/**
 * @param {State} state
 * @param {Context} ctx
 */
function getAuthenticatedUser(state, ctx) {
  if (!ctx.identity.restUserAllowed) {
    return error(403, 'Resource not accessible by integration', DOCS_GET_USER)
  }
  return ok(200, { ...userJson(state, ctx.identity.login, ctx.identity.type), name: null })
}

/**
 * Only `{ viewer { login __typename } }` is understood, answering the fields asked for; anything
 * else gets a GraphQL error (HTTP 200).
 * @param {State} _state
 * @param {Context} ctx
 */
function graphql(_state, ctx) {
  const query = bodyField(ctx.json, 'query')
  if (typeof query !== 'string') {
    return ok(200, {
      errors: [{ message: 'A query attribute must be specified and must be a string.' }]
    })
  }
  if (/\bviewer\b/.test(query)) {
    const viewer = {
      ...(/\blogin\b/.test(query) && { login: ctx.identity.viewerLogin ?? ctx.identity.login }),
      ...(/\b__typename\b/.test(query) && { __typename: ctx.identity.viewerType ?? 'User' })
    }
    return ok(200, { data: { viewer } })
  }
  return ok(200, {
    errors: [{ message: 'fake-github only answers `{ viewer { login } }`', locations: [] }]
  })
}

// ---------------------------------------------------------------------------------------------
// Deployments

const DEPLOYMENT_STATES = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success'
]

/** @param {StoredDeployment} deployment */
function deploymentState(deployment) {
  return deployment.statuses.at(-1)?.state ?? 'pending'
}

/**
 * @param {State} state
 * @param {StoredDeployment} d
 */
function deploymentJson(state, d) {
  const url = `${state.url}/repos/${d.owner}/${d.repo}/deployments/${d.id}`
  return {
    url,
    id: d.id,
    node_id: `DE_kwFAKE${d.id}`,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: userJson(state, d.creator.login, d.creator.type),
    created_at: d.created_at,
    updated_at: d.statuses.at(-1)?.created_at ?? d.created_at,
    statuses_url: `${url}/statuses`,
    repository_url: `${state.url}/repos/${d.owner}/${d.repo}`,
    transient_environment: d.transient_environment,
    production_environment: d.production_environment
  }
}

/**
 * @param {State} state
 * @param {StoredDeployment} d
 * @param {StoredDeploymentStatus} s
 */
function deploymentStatusJson(state, d, s) {
  const url = `${state.url}/repos/${d.owner}/${d.repo}/deployments/${d.id}/statuses/${s.id}`
  return {
    url,
    id: s.id,
    node_id: `DES_kwFAKE${s.id}`,
    state: s.state,
    creator: userJson(state, s.creator.login, s.creator.type),
    description: s.description,
    environment: s.environment,
    target_url: s.target_url,
    log_url: s.log_url,
    environment_url: s.environment_url,
    created_at: s.created_at,
    updated_at: s.created_at,
    deployment_url: `${state.url}/repos/${d.owner}/${d.repo}/deployments/${d.id}`,
    repository_url: `${state.url}/repos/${d.owner}/${d.repo}`
  }
}

/**
 * @param {State} state
 * @param {{ owner: string, repo: string, sha: string, ref: string, task?: string, payload?: unknown, environment: string, description?: string | null, transient?: boolean, production?: boolean, creator: { login: string, type: 'Bot' | 'User' } }} input
 */
function storeDeployment(state, input) {
  state.ids.deployment += 1
  /** @type {StoredDeployment} */
  const deployment = {
    id: state.ids.deployment,
    owner: input.owner,
    repo: input.repo,
    sha: input.sha,
    ref: input.ref,
    task: input.task ?? 'deploy',
    payload: input.payload ?? /** @type {unknown} */ ({}),
    environment: input.environment,
    description: input.description ?? null,
    transient_environment: input.transient ?? false,
    production_environment: input.production ?? input.environment === 'production',
    creator: input.creator,
    created_at: now(),
    statuses: []
  }
  state.deployments.push(deployment)
  return deployment
}

/**
 * @param {State} state
 * @param {StoredDeployment} deployment
 * @param {{ state: string, description?: string, environment_url?: string, log_url?: string, target_url?: string, creator: { login: string, type: 'Bot' | 'User' } }} input
 */
function storeDeploymentStatus(state, deployment, input) {
  state.ids.deploymentStatus += 1
  /** @type {StoredDeploymentStatus} */
  const status = {
    id: state.ids.deploymentStatus,
    state: input.state,
    description: input.description ?? '',
    environment: deployment.environment,
    target_url: input.target_url ?? input.log_url ?? '',
    log_url: input.log_url ?? input.target_url ?? '',
    environment_url: input.environment_url ?? '',
    creator: input.creator,
    created_at: now()
  }
  deployment.statuses.push(status)
  return status
}

/**
 * @param {State} state
 * @param {AddDeploymentInput} input
 */
function seedDeployment(state, input) {
  const login = input.login ?? 'github-actions[bot]'
  const creator = { login, type: typeOfLogin(state, login) }
  const deployment = storeDeployment(state, {
    owner: input.owner,
    repo: input.repo,
    sha: input.sha,
    ref: input.ref ?? input.sha,
    payload: input.payload,
    environment: input.environment ?? 'production',
    transient: input.transient_environment,
    production: input.production_environment,
    creator
  })
  for (const stateName of input.states ?? []) {
    storeDeploymentStatus(state, deployment, {
      state: stateName,
      environment_url: input.environment_url,
      creator
    })
  }
  return deployment
}

/**
 * Like GitHub: `ref` is required; unless `auto_merge: false`, GitHub may merge the default
 * branch into the ref (202, no deployment); unless `required_contexts: []`, any commit status
 * on the commit that is not `success` refuses the deployment (409).
 * @param {State} state
 * @param {Context} ctx
 */
function createDeployment(state, ctx) {
  const [owner, repo] = ctx.params
  const ref = bodyField(ctx.json, 'ref')
  if (typeof ref !== 'string' || ref === '') {
    return validationFailed('Deployment', 'ref', 'ref is required', DOCS_DEPLOYMENT)
  }
  const sha = /^[0-9a-f]{40}$/.test(ref) ? ref : 'f'.repeat(40)
  if (bodyField(ctx.json, 'auto_merge') !== false) {
    return ok(202, { message: `Auto-merged main into ${ref} on deployment.` })
  }
  const required = bodyField(ctx.json, 'required_contexts')
  const unfinished = state.statuses.filter(
    s => s.owner === owner && s.repo === repo && s.sha === sha && s.state !== 'success'
  )
  if (!Array.isArray(required) && unfinished.length > 0) {
    return error(409, `Conflict: Commit status checks failed for ${ref}.`, DOCS_DEPLOYMENT)
  }
  /** @type {unknown} */
  let payload = bodyField(ctx.json, 'payload') ?? {}
  if (typeof payload === 'string') {
    const parsed = parseJson(payload)
    if (!parsed.ok)
      return validationFailed('Deployment', 'payload', 'payload is invalid JSON', DOCS_DEPLOYMENT)
    payload = parsed.value
  }
  const environment = bodyField(ctx.json, 'environment')
  const production = bodyField(ctx.json, 'production_environment')
  const description = bodyField(ctx.json, 'description')
  const deployment = storeDeployment(state, {
    owner,
    repo,
    sha,
    ref,
    task:
      typeof bodyField(ctx.json, 'task') === 'string'
        ? String(bodyField(ctx.json, 'task'))
        : undefined,
    payload,
    environment: typeof environment === 'string' ? environment : 'production',
    description: typeof description === 'string' ? description : null,
    transient: bodyField(ctx.json, 'transient_environment') === true,
    production: typeof production === 'boolean' ? production : undefined,
    creator: { login: ctx.identity.login, type: ctx.identity.type }
  })
  return ok(201, deploymentJson(state, deployment))
}

/**
 * Newest first, filtered by sha, ref, task and environment, paginated.
 * @param {State} state
 * @param {Context} ctx
 */
function listDeployments(state, ctx) {
  const [owner, repo] = ctx.params
  /** @type {Array<'sha' | 'ref' | 'task' | 'environment'>} */
  const filters = ['sha', 'ref', 'task', 'environment']
  const matches = state.deployments
    .filter(d => d.owner === owner && d.repo === repo)
    .filter(d => filters.every(name => !ctx.query.has(name) || d[name] === ctx.query.get(name)))
    .slice()
    .reverse()
  const page = paginate(state, ctx, matches)
  return ok(
    200,
    page.items.map(d => deploymentJson(state, d)),
    page.headers
  )
}

/**
 * @param {State} state
 * @param {Context} ctx
 */
function findDeployment(state, ctx) {
  const [owner, repo, id] = ctx.params
  return state.deployments.find(d => d.owner === owner && d.repo === repo && d.id === Number(id))
}

/**
 * @param {State} state
 * @param {Context} ctx
 */
function getDeployment(state, ctx) {
  const deployment = findDeployment(state, ctx)
  return deployment ? ok(200, deploymentJson(state, deployment)) : error(404, 'Not Found', DOCS)
}

/**
 * A status; `success` with `auto_inactive` (the default) marks the earlier successful
 * deployments of the same environment inactive, unless they are transient or production ones,
 * as GitHub documents.
 * @param {State} state
 * @param {Context} ctx
 */
function createDeploymentStatus(state, ctx) {
  const deployment = findDeployment(state, ctx)
  if (!deployment) return error(404, 'Not Found', DOCS_DEPLOYMENT_STATUS)
  const stateField = bodyField(ctx.json, 'state')
  if (typeof stateField !== 'string' || !DEPLOYMENT_STATES.includes(stateField)) {
    return validationFailed(
      'DeploymentStatus',
      'state',
      'state is not included in the list',
      DOCS_DEPLOYMENT_STATUS
    )
  }
  const description = bodyField(ctx.json, 'description')
  if (typeof description === 'string' && description.length > MAX_STATUS_DESCRIPTION) {
    return validationFailed(
      'DeploymentStatus',
      'description',
      `description is too long (maximum is ${MAX_STATUS_DESCRIPTION} characters)`,
      DOCS_DEPLOYMENT_STATUS
    )
  }
  /** @param {string} name */
  const text = name => {
    const value = bodyField(ctx.json, name)
    return typeof value === 'string' ? value : undefined
  }
  const creator = { login: ctx.identity.login, type: ctx.identity.type }
  const status = storeDeploymentStatus(state, deployment, {
    state: stateField,
    description: text('description'),
    environment_url: text('environment_url'),
    log_url: text('log_url'),
    target_url: text('target_url'),
    creator
  })
  if (stateField === 'success' && bodyField(ctx.json, 'auto_inactive') !== false) {
    for (const other of state.deployments) {
      if (
        other !== deployment &&
        other.owner === deployment.owner &&
        other.repo === deployment.repo &&
        other.environment === deployment.environment &&
        !other.transient_environment &&
        !other.production_environment &&
        deploymentState(other) === 'success'
      ) {
        storeDeploymentStatus(state, other, { state: 'inactive', creator })
      }
    }
  }
  return ok(201, deploymentStatusJson(state, deployment, status))
}

/**
 * Newest first, paginated.
 * @param {State} state
 * @param {Context} ctx
 */
function listDeploymentStatuses(state, ctx) {
  const deployment = findDeployment(state, ctx)
  if (!deployment) return error(404, 'Not Found', DOCS)
  const page = paginate(state, ctx, deployment.statuses.slice().reverse())
  return ok(
    200,
    page.items.map(s => deploymentStatusJson(state, deployment, s)),
    page.headers
  )
}

// ---------------------------------------------------------------------------------------------
// Releases

/** GitHub refuses a release body over this many characters (422). */
const MAX_RELEASE_BODY_CHARS = 125000

/**
 * @param {State} state
 * @param {AddReleaseInput} input
 */
function storeRelease(state, input) {
  const id = input.id ?? state.ids.release + 1
  state.ids.release = Math.max(state.ids.release, id)
  const login = input.login ?? 'octocat'
  const tag = input.tag_name ?? 'v1.0.0'
  const time = now()
  const draft = input.draft ?? false
  /** @type {StoredRelease} */
  const release = {
    id,
    owner: input.owner,
    repo: input.repo,
    tag_name: tag,
    target_commitish: input.target_commitish ?? 'main',
    name: input.name === undefined ? tag : input.name,
    body: input.body ?? null,
    draft,
    prerelease: input.prerelease ?? false,
    author: { login, type: typeOfLogin(state, login) },
    created_at: time,
    published_at: draft ? null : time,
    updated_at: time
  }
  state.releases.push(release)
  return release
}

/**
 * @param {State} state
 * @param {StoredRelease} r
 */
function releaseJson(state, r) {
  const url = `${state.url}/repos/${r.owner}/${r.repo}/releases/${r.id}`
  const html = `https://github.com/${r.owner}/${r.repo}/releases`
  return {
    url,
    assets_url: `${url}/assets`,
    upload_url: `https://uploads.github.com/repos/${r.owner}/${r.repo}/releases/${r.id}/assets{?name,label}`,
    html_url: r.draft
      ? `${html}/untagged-${r.id}`
      : `${html}/tag/${encodeURIComponent(r.tag_name)}`,
    id: r.id,
    node_id: `RE_kwFAKE${r.id}`,
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    author: userJson(state, r.author.login, r.author.type),
    created_at: r.created_at,
    published_at: r.published_at,
    updated_at: r.updated_at,
    assets: [],
    tarball_url: `${state.url}/repos/${r.owner}/${r.repo}/tarball/${r.tag_name}`,
    zipball_url: `${state.url}/repos/${r.owner}/${r.repo}/zipball/${r.tag_name}`
  }
}

/**
 * @param {State} state
 * @param {Context} ctx
 */
function findRelease(state, ctx) {
  const [owner, repo, id] = ctx.params
  return state.releases.find(r => r.owner === owner && r.repo === repo && r.id === Number(id))
}

/**
 * @param {State} state
 * @param {Context} ctx
 */
function getRelease(state, ctx) {
  const release = findRelease(state, ctx)
  return release ? ok(200, releaseJson(state, release)) : error(404, 'Not Found', DOCS_RELEASE)
}

/**
 * Changes only the fields sent, like GitHub; a body over 125,000 characters is refused whole
 * (422), and so is a field of the wrong type.
 * @param {State} state
 * @param {Context} ctx
 */
function updateRelease(state, ctx) {
  const release = findRelease(state, ctx)
  if (!release) return error(404, 'Not Found', DOCS_UPDATE_RELEASE)
  /** @type {Array<'body' | 'name' | 'tag_name' | 'target_commitish'>} */
  const texts = ['body', 'name', 'tag_name', 'target_commitish']
  for (const name of texts) {
    const value = bodyField(ctx.json, name)
    if (value !== undefined && value !== null && typeof value !== 'string') {
      return validationFailed('Release', name, `${name} is invalid`, DOCS_UPDATE_RELEASE)
    }
  }
  const body = bodyField(ctx.json, 'body')
  if (typeof body === 'string' && Array.from(body).length > MAX_RELEASE_BODY_CHARS) {
    return validationFailed(
      'Release',
      'body',
      `body is too long (maximum is ${MAX_RELEASE_BODY_CHARS} characters)`,
      DOCS_UPDATE_RELEASE
    )
  }
  for (const name of texts) {
    const value = bodyField(ctx.json, name)
    if (typeof value === 'string' || (value === null && (name === 'body' || name === 'name'))) {
      Object.assign(release, { [name]: value })
    }
  }
  for (const flag of /** @type {const} */ (['draft', 'prerelease'])) {
    const value = bodyField(ctx.json, flag)
    if (typeof value === 'boolean') release[flag] = value
  }
  if (!release.draft && release.published_at === null) release.published_at = now()
  release.updated_at = now()
  return ok(200, releaseJson(state, release))
}

/**
 * @param {unknown} json
 * @param {string} name
 * @returns {unknown}
 */
function bodyField(json, name) {
  return typeof json === 'object' && json !== null
    ? /** @type {Record<string, unknown>} */ (json)[name]
    : undefined
}

/** A body field as stored text: a string as sent, anything else as JSON rather than "[object Object]". @param {unknown} value */
function fieldText(value) {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

const DOCS_CREATE_COMMENT = `${DOCS}/issues/comments#create-an-issue-comment`
const DOCS_UPDATE_COMMENT = `${DOCS}/issues/comments#update-an-issue-comment`
const DOCS_DELETE_COMMENT = `${DOCS}/issues/comments#delete-an-issue-comment`
const DOCS_STATUS = `${DOCS}/commits/statuses#create-a-commit-status`
const DOCS_GET_USER = `${DOCS}/users/users#get-the-authenticated-user`
const DOCS_DEPLOYMENT = `${DOCS}/deployments/deployments#create-a-deployment`
const DOCS_DEPLOYMENT_STATUS = `${DOCS}/deployments/statuses#create-a-deployment-status`

const DOCS_RELEASE = `${DOCS}/releases/releases#get-a-release`
const DOCS_UPDATE_RELEASE = `${DOCS}/releases/releases#update-a-release`

const SEGMENT = '([^/]+)'
const REPO = `^/repos/${SEGMENT}/${SEGMENT}`

/** @type {Route[]} */
const ROUTES = [
  route('GET', `${REPO}/issues/(\\d+)/comments$`, false, DOCS, listComments),
  route('POST', `${REPO}/issues/(\\d+)/comments$`, true, DOCS_CREATE_COMMENT, createComment),
  route('GET', `${REPO}/issues/comments/(\\d+)$`, false, DOCS, getComment),
  route('PATCH', `${REPO}/issues/comments/(\\d+)$`, true, DOCS_UPDATE_COMMENT, updateComment),
  route('DELETE', `${REPO}/issues/comments/(\\d+)$`, true, DOCS_DELETE_COMMENT, deleteComment),
  route('POST', `${REPO}/statuses/${SEGMENT}$`, true, DOCS_STATUS, createStatus),
  route('GET', `${REPO}/pulls$`, false, DOCS, listPulls),
  route('GET', `${REPO}/pulls/(\\d+)$`, false, DOCS, getPull),
  route('GET', `${REPO}/commits/${SEGMENT}/pulls$`, false, DOCS, pullsForCommit),
  route('POST', `${REPO}/deployments$`, true, DOCS_DEPLOYMENT, createDeployment),
  route('GET', `${REPO}/deployments$`, false, DOCS, listDeployments),
  route('GET', `${REPO}/deployments/(\\d+)$`, false, DOCS, getDeployment),
  route(
    'POST',
    `${REPO}/deployments/(\\d+)/statuses$`,
    true,
    DOCS_DEPLOYMENT_STATUS,
    createDeploymentStatus
  ),
  route('GET', `${REPO}/deployments/(\\d+)/statuses$`, false, DOCS, listDeploymentStatuses),
  route('GET', `${REPO}/releases/(\\d+)$`, false, DOCS_RELEASE, getRelease),
  route('PATCH', `${REPO}/releases/(\\d+)$`, true, DOCS_UPDATE_RELEASE, updateRelease),
  route('GET', '^/user$', false, DOCS_GET_USER, getAuthenticatedUser),
  // A GraphQL query is a read even though it is a POST.
  route('POST', '^/graphql$', false, 'https://docs.github.com/graphql', graphql)
]

/**
 * @param {string} method
 * @param {string} pattern
 * @param {boolean} write
 * @param {string} docs
 * @param {Route['handle']} handle
 * @returns {Route}
 */
function route(method, pattern, write, docs, handle) {
  return { method, pattern: new RegExp(pattern), write, docs, handle }
}
