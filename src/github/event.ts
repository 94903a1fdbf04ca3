/**
 * What the triggering event says about where results should go: the repository, the commit the
 * content was built from, and the pull request, if any. Pure: reads a payload, calls nothing
 * (what it ignores is told to the `log` it is given).
 *
 * Every commit SHA is checked before a link or a path can use it: 40 hex digits (SHA-1), or 64
 * (SHA-256 repositories). One that is not (`../../other/commit`, say, which would make the
 * "Built from" link point elsewhere) is treated as absent, with a warning.
 */
import type { Log } from '../shared/log.js'
import { fieldsOf, stringOf } from '../shared/json.js'
import { quoteValue } from '../shared/quote.js'

export interface PullRequestRef {
  number: number
  /** The head commit (`isCommitSha`); empty when the payload's is missing or is not a SHA. */
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
  /**
   * The commit the content was built from: a PR's head, a workflow_run's head, else GITHUB_SHA;
   * always a commit SHA (`isCommitSha`), or empty when none is known.
   */
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
  /** A `release` event: the release, by id. Its body is read again before any write. */
  release?: { id: number; tagName: string }
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

/** A full commit SHA in lower case: 40 hex digits (SHA-1) or 64 (SHA-256). */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** Whether `value` is a full commit SHA, in lower case as GitHub writes them. */
export function isCommitSha(value: string): boolean {
  return COMMIT_SHA.test(value)
}

/**
 * `value` when it is a commit SHA (upper-case hex digits taken in lower case); empty when it is
 * absent or anything else, with a warning naming `where` for the latter.
 */
export function commitShaOf(value: unknown, where: string, log?: Pick<Log, 'warning'>): string {
  if (value === undefined || value === null || value === '') return ''
  const text = typeof value === 'string' ? value.toLowerCase() : ''
  if (isCommitSha(text)) return text
  log?.warning(
    `${where} is not a commit SHA (40 or 64 hex digits) but ${typeof value === 'string' ? quoteValue(value, 80) : `a JSON ${typeof value}`}: ignored, so no link or status uses it.`
  )
  return ''
}

/** A pull request number, as a URL path may carry it: a positive whole number. */
function isPullNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
}

export function readEvent(
  env: NodeJS.ProcessEnv,
  payload: unknown,
  log?: Pick<Log, 'warning'>
): EventInfo {
  const data = fieldsOf(payload)
  const name = env.GITHUB_EVENT_NAME ?? ''
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const info: EventInfo = {
    name,
    owner,
    repo,
    sha: commitShaOf(env.GITHUB_SHA, 'GITHUB_SHA', log),
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
    const headSha = commitShaOf(head.sha, "The event payload's pull_request.head.sha", log)
    // Known by its number even without a usable head: the comment and the cleanup still work,
    // and links fall back to GITHUB_SHA.
    if (isPullNumber(pr.number)) {
      info.pullRequest = {
        number: pr.number,
        headSha,
        state: pr.state === 'closed' || info.action === 'closed' ? 'closed' : 'open',
        merged: pr.merged === true
      }
      if (headSha) info.sha = headSha
    }
    const headRepo = stringOf(fieldsOf(head.repo).full_name)
    const baseRepo = stringOf(fieldsOf(fieldsOf(pr.base).repo).full_name) || `${owner}/${repo}`
    info.forkPullRequest = name === 'pull_request' && headRepo !== '' && headRepo !== baseRepo
  }

  if (name === 'workflow_run') {
    const run = fieldsOf(data.workflow_run)
    const headSha = commitShaOf(run.head_sha, "The event payload's workflow_run.head_sha", log)
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
        if (!isPullNumber(pr.number)) return []
        const where = `The event payload's workflow_run.pull_requests (#${pr.number}) head.sha`
        return [{ number: pr.number, headSha: commitShaOf(fieldsOf(pr.head).sha, where, log) }]
      })
    }
    if (headSha) info.sha = headSha
  }

  if (name === 'release') {
    const release = fieldsOf(data.release)
    if (typeof release.id === 'number' && Number.isSafeInteger(release.id)) {
      info.release = { id: release.id, tagName: stringOf(release.tag_name) }
    }
  }
  return info
}
