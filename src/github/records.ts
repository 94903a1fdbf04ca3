/**
 * The records a cleanup goes by, read back from GitHub: what this action published for a pull
 * request (its sticky comment's state, its deployments' payloads), and what else still needs
 * content (the active production deployment, other open pull requests' previews). Only records
 * the token's own identity wrote count.
 */
import type { Check } from '../preview/cleanup-plan.js'
import { decodeState, readPayload, type PreviewState } from '../preview/record.js'
import type { Deployment, GitHubApi, IssueComment } from './api.js'
import { deploymentsByPull } from './deployments.js'
import { sameLogin } from './identity.js'
import { findOwnComment } from './sticky-comment.js'

interface Repo {
  owner: string
  repo: string
}

export interface RecordQuery {
  viewer: string
  /** The sticky comment's marker, when comments are on. */
  marker: string | undefined
  /** The preview environment, when deployments are on. */
  environment: string | undefined
}

export interface PullRecords {
  /** Our sticky comment on the pull request, and the state it carries. */
  comment: IssueComment | undefined
  state: PreviewState | undefined
  /** Our deployments for the pull request, newest first. */
  deployments: Deployment[]
  /** Every CID the records name, newest publish first, and whether its preview reused it. */
  recorded: { cid: string; reused: boolean }[]
}

/** This pull request's records. */
export async function readPullRecords(
  api: GitHubApi,
  repo: Repo,
  pullRequest: number,
  query: RecordQuery
): Promise<PullRecords> {
  const comment = query.marker
    ? await findOwnComment(api, repo, pullRequest, query.marker, query.viewer)
    : undefined
  const state = comment ? decodeState(comment.body) : undefined
  const deployments = query.environment
    ? ((await deploymentsByPull(api, repo, query.environment, query.viewer)).get(pullRequest) ?? [])
    : []
  const records = [
    ...(state?.history ?? []).slice().reverse(),
    ...deployments.flatMap(d => readPayload(d.payload) ?? [])
  ]
  const recorded: PullRecords['recorded'] = []
  for (const record of records) {
    for (const cid of record.cids) {
      const known = recorded.find(r => r.cid === cid)
      const reused = record.reused.includes(cid)
      // Reused only when no preview of this pull request created it: content an earlier push
      // uploaded is the pull request's own, even when a later push reused it.
      if (known) known.reused &&= reused
      else recorded.push({ cid, reused })
    }
  }
  return {
    comment,
    state: state?.pullRequest === pullRequest ? state : undefined,
    deployments,
    recorded
  }
}

/** How far back production deployments are looked at for the active ones. */
const PRODUCTION_LOOKBACK = 10

/**
 * The CIDs the active production deployments serve: ours among the newest, whose latest status
 * is success. A production deployment made by another tool does not say what it serves.
 */
export async function productionCids(
  api: GitHubApi,
  repo: Repo,
  viewer: string
): Promise<Check<string[]>> {
  try {
    const cids: string[] = []
    let looked = 0
    for await (const page of api.deployments(repo.owner, repo.repo, 'production')) {
      for (const deployment of page) {
        if (looked++ >= PRODUCTION_LOOKBACK) return { known: true, value: cids }
        const record = sameLogin(deployment.creatorLogin, viewer)
          ? readPayload(deployment.payload)
          : undefined
        if (!record) continue
        const state = await api.deploymentState(repo.owner, repo.repo, deployment.id)
        if (state === 'success') cids.push(...record.cids)
      }
    }
    return { known: true, value: cids }
  } catch (error) {
    return { known: false, why: describe(error) }
  }
}

/** Open pull requests looked at, and comment pages read on each, at most. */
const MAX_OPEN_PULLS = 100
const MAX_COMMENT_PAGES = 3

/**
 * CIDs that other open pull requests' records hold: their deployments' payloads and their
 * sticky comments' state, minus what their own cleanups unpinned.
 */
export async function otherPullsCids(
  api: GitHubApi,
  repo: Repo,
  pullRequest: number,
  query: RecordQuery
): Promise<Check<{ cid: string; pullRequest: number }[]>> {
  try {
    const open = (await api.pulls(repo.owner, repo.repo, { state: 'open' }))
      .map(pull => pull.number)
      .filter(number => number !== pullRequest)
    if (open.length > MAX_OPEN_PULLS) {
      return { known: false, why: `more than ${MAX_OPEN_PULLS} open pull requests to read` }
    }
    const held: { cid: string; pullRequest: number }[] = []
    const byPull = query.environment
      ? await deploymentsByPull(api, repo, query.environment, query.viewer)
      : new Map<number, Deployment[]>()
    for (const number of open) {
      for (const deployment of byPull.get(number) ?? []) {
        for (const cid of readPayload(deployment.payload)?.cids ?? [])
          held.push({ cid, pullRequest: number })
      }
      if (!query.marker) continue
      const comment = await findOwnComment(
        api,
        repo,
        number,
        query.marker,
        query.viewer,
        MAX_COMMENT_PAGES
      )
      const state = comment ? decodeState(comment.body) : undefined
      for (const record of state?.history ?? []) {
        for (const cid of record.cids) {
          if (!state?.unpinned.includes(cid)) held.push({ cid, pullRequest: number })
        }
      }
    }
    return { known: true, value: held }
  } catch (error) {
    return { known: false, why: describe(error) }
  }
}

function describe(error: unknown): string {
  const status = (error as { status?: unknown }).status
  const message = error instanceof Error ? error.message : String(error)
  return typeof status === 'number' ? `HTTP ${status}: ${message}` : message
}
