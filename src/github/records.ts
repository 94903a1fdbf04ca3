/**
 * The records a cleanup goes by, read back from GitHub: what this action published for a pull
 * request (its sticky comment's state, its deployments' payloads), and what else still needs
 * content (deployments that may serve readers, other open pull requests' previews). Only records
 * the token's own identity wrote count.
 */
import type { Check } from '../preview/cleanup-plan.js'
import {
  decodeState,
  ofSite,
  readPayload,
  type PreviewState,
  type PublishRecord
} from '../preview/record.js'
import { sameContent } from '../shared/cid.js'
import { errorText } from '../shared/error-text.js'
import type { Deployment, DeploymentState, GitHubApi, IssueComment } from './api.js'
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
  /** The site whose records count: another site's deployments in the same environment do not. */
  site?: string
}

export interface PullRecords {
  /** Our sticky comment on the pull request, and the state it carries. */
  comment: IssueComment | undefined
  state: PreviewState | undefined
  /** Our deployments of this site for the pull request, newest first. */
  deployments: Deployment[]
  /** The publishes the records describe: the comment's, newest first, then the deployments'. */
  records: PublishRecord[]
}

/** This pull request's records, for one site. */
export async function readPullRecords(
  api: GitHubApi,
  repo: Repo,
  pullRequest: number,
  query: RecordQuery
): Promise<PullRecords> {
  const comment = query.marker
    ? await findOwnComment(api, repo, pullRequest, query.marker, query.viewer)
    : undefined
  const decoded = comment ? decodeState(comment.body) : undefined
  const state = decoded?.pullRequest === pullRequest ? decoded : undefined
  const deployments = query.environment
    ? (
        (await deploymentsByPull(api, repo, query.environment, query.viewer)).get(pullRequest) ?? []
      ).filter(d => ofSite(d.payload, query.site))
    : []
  const records = [
    ...(state?.history ?? []).slice().reverse(),
    ...deployments.flatMap(d => readPayload(d.payload) ?? [])
  ]
  return { comment, state, deployments, records }
}

/**
 * Deployments read, across every environment, newest first: beyond this many, whether an older
 * one still serves something is not known, so the cleanup keeps everything.
 */
export const MAX_DEPLOYMENTS_READ = 1000

/** Latest states of a deployment that serves nothing (any other may serve, or soon will). */
const RETIRED_STATES: readonly DeploymentState[] = ['inactive', 'error']

/**
 * The CIDs that deployments which may serve readers hold: those of this action (their payload
 * is one of ours) made by the token's identity, in any environment that GitHub marks
 * production or that is not transient (a preview's is transient and not production), whatever
 * its name, in any latest state but `inactive` or `error` (`in_progress`, `queued`, `pending`,
 * `failure` and no status yet count). Previews are passed over without a look at their state;
 * with `candidates` (every CID the cleanup may unpin: no other is answered for), so is every
 * deployment that names none of them (the state is one request each). Every deployment of the repository is read up to `MAX_DEPLOYMENTS_READ`; past that, or
 * when GitHub does not answer, the answer is unknown. A deployment made by another tool or
 * identity does not say what it serves, and its payload is not trusted.
 */
export async function protectedCids(
  api: GitHubApi,
  repo: Repo,
  viewer: string,
  candidates?: readonly string[]
): Promise<Check<string[]>> {
  try {
    const cids: string[] = []
    const known = (cid: string) => cids.some(other => sameContent(other, cid))
    const wanted = (cid: string) =>
      !known(cid) && (candidates ?? [cid]).some(candidate => sameContent(candidate, cid))
    let read = 0
    for await (const page of api.deployments(repo.owner, repo.repo)) {
      for (const deployment of page) {
        if (++read > MAX_DEPLOYMENTS_READ) {
          return {
            known: false,
            why: `the repository has more than ${MAX_DEPLOYMENTS_READ} deployments, and only that many are read`
          }
        }
        if (deployment.transient && !deployment.production) continue
        if (!sameLogin(deployment.creatorLogin, viewer)) continue
        const served = recordCids(readPayload(deployment.payload)).filter(wanted)
        if (served.length === 0) continue
        const state = await api.deploymentState(repo.owner, repo.repo, deployment.id)
        if (!RETIRED_STATES.includes(state)) cids.push(...served)
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
        for (const cid of recordCids(readPayload(deployment.payload)))
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
      const cids = [...(state?.history ?? []).flatMap(recordCids), ...(state?.olderRoots ?? [])]
      for (const cid of cids) {
        if (!state?.unpinned.includes(cid)) held.push({ cid, pullRequest: number })
      }
    }
    return { known: true, value: held }
  } catch (error) {
    return { known: false, why: describe(error) }
  }
}

function recordCids(record: PublishRecord | undefined): string[] {
  if (!record) return []
  return record.previewRoot ? [record.previewRoot, ...record.cids] : record.cids
}

function describe(error: unknown): string {
  const status = (error as { status?: unknown }).status
  const message = errorText(error)
  return typeof status === 'number' ? `HTTP ${status}: ${message}` : message
}
