/**
 * What the triggering event says about where results should go: the repository, the commit the
 * content was built from, and the pull request, if any. Pure: reads a payload, calls nothing.
 */
import { fieldsOf, stringOf } from '../shared/json.js'

export interface PullRequestRef {
  number: number
  headSha: string
  /** `closed` once closed or merged; `open` when the payload or the API does not say. */
  state: 'open' | 'closed'
  merged: boolean
}

export interface EventInfo {
  /** GITHUB_EVENT_NAME. */
  name: string
  owner: string
  repo: string
  /** The commit the content was built from: a PR's head, a workflow_run's head, else GITHUB_SHA. */
  sha: string
  /** The pull request named by the payload itself. */
  pullRequest: PullRequestRef | undefined
  /** A `pull_request` event from a fork: secrets are withheld and the token is read-only. */
  forkPullRequest: boolean
  /** GITHUB_REF, e.g. `refs/heads/main`. */
  ref: string
  /** The repository's default branch, from the payload, when it says. */
  defaultBranch: string
  /** The payload's `action`, e.g. `closed` for a pull_request event. */
  action: string
  /** A `workflow_run` event: what is needed to find the pull request that triggered the run. */
  workflowRun:
    | {
        event: string
        headSha: string
        headBranch: string
        headOwner: string
        /** `owner/repo` the run's commit lives in: a fork's for a fork pull request. */
        headRepository: string
        /** Pull requests as the payload lists them; their state is not in the payload. */
        pullRequests: { number: number; headSha: string }[]
      }
    | undefined
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

export function readEvent(env: NodeJS.ProcessEnv, payload: unknown): EventInfo {
  const data = fieldsOf(payload)
  const name = env.GITHUB_EVENT_NAME ?? ''
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const info: EventInfo = {
    name,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    pullRequest: undefined,
    forkPullRequest: false,
    ref: env.GITHUB_REF ?? '',
    defaultBranch: stringOf(fieldsOf(data.repository).default_branch),
    action: stringOf(data.action),
    workflowRun: undefined
  }

  if (PULL_REQUEST_EVENTS.includes(name)) {
    const pr = fieldsOf(data.pull_request)
    const head = fieldsOf(pr.head)
    const headSha = stringOf(head.sha)
    if (typeof pr.number === 'number' && headSha) {
      // GITHUB_SHA is the merge commit here; reviewers care about the PR's head.
      info.pullRequest = {
        number: pr.number,
        headSha,
        state: pr.state === 'closed' || info.action === 'closed' ? 'closed' : 'open',
        merged: pr.merged === true
      }
      info.sha = headSha
    }
    const headRepo = stringOf(fieldsOf(head.repo).full_name)
    const baseRepo = stringOf(fieldsOf(fieldsOf(pr.base).repo).full_name) || `${owner}/${repo}`
    info.forkPullRequest = name === 'pull_request' && headRepo !== '' && headRepo !== baseRepo
  }

  if (name === 'workflow_run') {
    const run = fieldsOf(data.workflow_run)
    const headSha = stringOf(run.head_sha)
    const headRepository = fieldsOf(run.head_repository)
    info.workflowRun = {
      event: stringOf(run.event),
      headSha,
      headBranch: stringOf(run.head_branch),
      headOwner:
        stringOf(fieldsOf(headRepository.owner).login) ||
        stringOf(headRepository.full_name).split('/')[0],
      headRepository: stringOf(headRepository.full_name),
      pullRequests: (Array.isArray(run.pull_requests) ? run.pull_requests : []).flatMap(item => {
        const pr = fieldsOf(item)
        return typeof pr.number === 'number'
          ? [{ number: pr.number, headSha: stringOf(fieldsOf(pr.head).sha) }]
          : []
      })
    }
    if (headSha) info.sha = headSha
  }
  return info
}
