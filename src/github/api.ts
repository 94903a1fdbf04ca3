/**
 * The few GitHub REST calls the action makes, over @actions/github's Octokit (which honours
 * GITHUB_API_URL, so GitHub Enterprise Server works too). Loaded only when a comment, a commit
 * status, a deployment or release notes are asked for, so other runs do not pay for Octokit at
 * start-up. Every string a request carries is redacted first (see `redactRequests`), whatever
 * the call.
 */
import { secrets } from '../shared/redact.js'
import { restLogin } from './identity.js'

export interface IssueComment {
  id: number
  body: string
  login: string
  htmlUrl: string
}

interface PullRequestInfo {
  number: number
  headSha: string
  state: 'open' | 'closed'
  merged: boolean
}

interface CommitStatusBody {
  state: 'success' | 'failure'
  target_url: string
  description: string
  context: string
}

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface Deployment {
  id: number
  sha: string
  environment: string
  /** As stored; only what this action wrote is read back. */
  payload: unknown
  creatorLogin: string
  createdAt: string
  /** GitHub's flags: a transient environment goes away; a production one serves end users. */
  transient: boolean
  production: boolean
}

interface NewDeployment {
  ref: string
  environment: string
  description: string
  payload: Record<string, unknown>
  transient: boolean
  production: boolean
}

interface Release {
  id: number
  tagName: string
  /** The release notes as stored: empty when the release has none. */
  body: string
  htmlUrl: string
}

interface DeploymentStatusBody {
  state: DeploymentState
  description?: string
  log_url?: string
  environment_url?: string
  /** False: leave other deployments of the environment as they are. */
  auto_inactive?: boolean
}

export interface GitHubApi {
  /** The login of the token's own identity, in REST's form (`github-actions[bot]`), when known. */
  viewerLogin(): Promise<string | undefined>
  /** Every comment on an issue or PR, page by page (100 a page), oldest first. */
  comments(owner: string, repo: string, number: number): AsyncIterable<IssueComment[]>
  createComment(owner: string, repo: string, number: number, body: string): Promise<IssueComment>
  updateComment(owner: string, repo: string, id: number, body: string): Promise<IssueComment>
  /** Pull requests by state, optionally only those whose head is `headOwner:headBranch`. */
  pulls(
    owner: string,
    repo: string,
    options: { state: 'open' | 'all'; head?: string }
  ): Promise<PullRequestInfo[]>
  pull(owner: string, repo: string, number: number): Promise<PullRequestInfo>
  createStatus(owner: string, repo: string, sha: string, status: CommitStatusBody): Promise<void>
  createDeployment(owner: string, repo: string, deployment: NewDeployment): Promise<Deployment>
  setDeploymentStatus(
    owner: string,
    repo: string,
    id: number,
    status: DeploymentStatusBody
  ): Promise<void>
  /** Deployments of an environment, or of every environment, newest first, page by page. */
  deployments(owner: string, repo: string, environment?: string): AsyncIterable<Deployment[]>
  /** The state of a deployment: its latest status, `pending` without one. */
  deploymentState(owner: string, repo: string, id: number): Promise<DeploymentState>
  release(owner: string, repo: string, id: number): Promise<Release>
  /** Replaces the release's notes; nothing else of the release changes. */
  updateRelease(owner: string, repo: string, id: number, body: string): Promise<Release>
}

interface RawComment {
  id: number
  body?: string | null
  html_url: string
  user: { login: string } | null
}

interface RawPull {
  number: number
  state: string
  merged_at?: string | null
  head: { sha: string }
}

interface RawDeployment {
  id: number
  sha: string
  environment: string
  payload: unknown
  creator: { login: string } | null
  created_at: string
  transient_environment?: boolean
  production_environment?: boolean
}

interface RawRelease {
  id: number
  tag_name: string
  body?: string | null
  html_url: string
}

function comment(raw: RawComment): IssueComment {
  return { id: raw.id, body: raw.body ?? '', login: raw.user?.login ?? '', htmlUrl: raw.html_url }
}

function pullInfo(raw: RawPull): PullRequestInfo {
  return {
    number: raw.number,
    headSha: raw.head.sha,
    state: raw.state === 'closed' ? 'closed' : 'open',
    merged: typeof raw.merged_at === 'string' && raw.merged_at !== ''
  }
}

function release(raw: RawRelease): Release {
  return { id: raw.id, tagName: raw.tag_name, body: raw.body ?? '', htmlUrl: raw.html_url }
}

function deployment(raw: RawDeployment): Deployment {
  return {
    id: raw.id,
    sha: raw.sha,
    environment: raw.environment,
    payload: raw.payload,
    creatorLogin: raw.creator?.login ?? '',
    createdAt: raw.created_at,
    // Unsaid, a deployment counts as one that may serve end users: the safe side for a cleanup.
    transient: raw.transient_environment === true,
    production: raw.production_environment !== false
  }
}

/** An HTTP status from an Octokit error, when it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : undefined
}

/** Request options Octokit fills in itself; the rest are the parameters a call sends. */
const TRANSPORT_OPTIONS = new Set(['method', 'baseUrl', 'url', 'headers', 'mediaType', 'request'])

/**
 * Redacts the parameters of every request (a comment's body, a status's description and URL,
 * and whatever a later call sends: a deployment, a check run) before Octokit builds it. The
 * token travels in a header, which is left alone.
 */
function redactRequests(octokit: ReturnType<typeof import('@actions/github').getOctokit>): void {
  octokit.hook.before('request', options => {
    for (const key of Object.keys(options)) {
      if (!TRANSPORT_OPTIONS.has(key)) options[key] = secrets.redactDeep(options[key])
    }
  })
}

export async function createGitHubApi(token: string): Promise<GitHubApi> {
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token)
  redactRequests(octokit)
  return new OctokitApi(octokit)
}

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

class OctokitApi implements GitHubApi {
  constructor(private readonly octokit: Octokit) {}

  async viewerLogin() {
    // GraphQL `viewer` works for the GITHUB_TOKEN, whose REST GET /user answers 403. Its login
    // is given in REST's form, `[bot]` included, so that it compares exactly with the logins of
    // comments and deployments (see identity.ts).
    try {
      const result = await this.octokit.graphql<{
        viewer: { login: string; __typename?: string }
      }>('query { viewer { login __typename } }')
      return restLogin(result.viewer.login, result.viewer.__typename)
    } catch {
      try {
        return (await this.octokit.rest.users.getAuthenticated()).data.login
      } catch {
        return undefined
      }
    }
  }

  async *comments(owner: string, repo: string, number: number) {
    const pages = this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: number,
      per_page: 100
    })
    for await (const page of pages) yield (page.data as RawComment[]).map(comment)
  }

  async createComment(owner: string, repo: string, number: number, body: string) {
    const { data } = await this.octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body
    })
    return comment(data)
  }

  async updateComment(owner: string, repo: string, id: number, body: string) {
    const { data } = await this.octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: id,
      body
    })
    return comment(data)
  }

  async pulls(owner: string, repo: string, options: { state: 'open' | 'all'; head?: string }) {
    const pulls = await this.octokit.paginate(this.octokit.rest.pulls.list, {
      owner,
      repo,
      state: options.state,
      ...(options.head ? { head: options.head } : {}),
      per_page: 100
    })
    return pulls.map(pullInfo)
  }

  async pull(owner: string, repo: string, number: number) {
    const { data } = await this.octokit.rest.pulls.get({ owner, repo, pull_number: number })
    return pullInfo(data)
  }

  async createStatus(owner: string, repo: string, sha: string, status: CommitStatusBody) {
    await this.octokit.rest.repos.createCommitStatus({ owner, repo, sha, ...status })
  }

  async createDeployment(owner: string, repo: string, input: NewDeployment) {
    const response = await this.octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: input.ref,
      environment: input.environment,
      description: input.description,
      payload: input.payload,
      transient_environment: input.transient,
      production_environment: input.production,
      // Never merge the default branch into the ref, and never wait for other checks.
      auto_merge: false,
      required_contexts: []
    })
    if (response.status !== 201) {
      throw new Error(`GitHub did not create the deployment (HTTP ${response.status})`)
    }
    return deployment(response.data)
  }

  async setDeploymentStatus(owner: string, repo: string, id: number, status: DeploymentStatusBody) {
    await this.octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: id,
      ...status
    })
  }

  async *deployments(owner: string, repo: string, environment?: string) {
    const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listDeployments, {
      owner,
      repo,
      ...(environment === undefined ? {} : { environment }),
      per_page: 100
    })
    for await (const page of pages) yield (page.data as RawDeployment[]).map(deployment)
  }

  async deploymentState(owner: string, repo: string, id: number) {
    const { data } = await this.octokit.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: id,
      per_page: 1
    })
    return data[0]?.state ?? 'pending'
  }

  async release(owner: string, repo: string, id: number) {
    const { data } = await this.octokit.rest.repos.getRelease({ owner, repo, release_id: id })
    return release(data)
  }

  async updateRelease(owner: string, repo: string, id: number, body: string) {
    const { data } = await this.octokit.rest.repos.updateRelease({
      owner,
      repo,
      release_id: id,
      body
    })
    return release(data)
  }
}
