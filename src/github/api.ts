/**
 * The few GitHub REST calls the action makes, over @actions/github's Octokit (which honours
 * GITHUB_API_URL, so GitHub Enterprise Server works too). Loaded only when a comment or a
 * commit status is asked for, so other runs do not pay for Octokit at start-up. Every string a
 * request carries is redacted first (see `redactRequests`), whatever the call.
 */
import { secrets } from '../shared/redact.js'

export interface IssueComment {
  id: number
  body: string
  login: string
  htmlUrl: string
}

export interface GitHubApi {
  /** The login of the token's own identity, when GitHub tells it. */
  viewerLogin(): Promise<string | undefined>
  /** Every comment on an issue or PR, page by page (100 a page), oldest first. */
  comments(owner: string, repo: string, number: number): AsyncIterable<IssueComment[]>
  createComment(owner: string, repo: string, number: number, body: string): Promise<IssueComment>
  updateComment(owner: string, repo: string, id: number, body: string): Promise<IssueComment>
  /** Open pull requests whose head is `headOwner:headBranch`. */
  openPulls(
    owner: string,
    repo: string,
    head: string
  ): Promise<{ number: number; headSha: string }[]>
  createStatus(
    owner: string,
    repo: string,
    sha: string,
    status: {
      state: 'success' | 'failure'
      target_url: string
      description: string
      context: string
    }
  ): Promise<void>
}

interface RawComment {
  id: number
  body?: string | null
  html_url: string
  user: { login: string } | null
}

function comment(raw: RawComment): IssueComment {
  return { id: raw.id, body: raw.body ?? '', login: raw.user?.login ?? '', htmlUrl: raw.html_url }
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
  return {
    async viewerLogin() {
      // GraphQL `viewer` works for the GITHUB_TOKEN, whose REST GET /user answers 403.
      try {
        const result = await octokit.graphql<{ viewer: { login: string } }>(
          'query { viewer { login } }'
        )
        return result.viewer.login
      } catch {
        try {
          return (await octokit.rest.users.getAuthenticated()).data.login
        } catch {
          return undefined
        }
      }
    },
    async *comments(owner, repo, number) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: 100
      })
      for await (const page of pages) yield (page.data as RawComment[]).map(comment)
    },
    async createComment(owner, repo, number, body) {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body
      })
      return comment(data as RawComment)
    },
    async updateComment(owner, repo, id, body) {
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: id,
        body
      })
      return comment(data as RawComment)
    },
    async openPulls(owner, repo, head) {
      const pulls = await octokit.paginate(octokit.rest.pulls.list, {
        owner,
        repo,
        state: 'open',
        head,
        per_page: 100
      })
      return pulls.map(pull => ({ number: pull.number, headSha: pull.head.sha }))
    },
    async createStatus(owner, repo, sha, status) {
      await octokit.rest.repos.createCommitStatus({ owner, repo, sha, ...status })
    }
  }
}
