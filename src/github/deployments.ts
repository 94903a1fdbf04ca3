/**
 * GitHub Deployments for what a run publishes: the "View deployment" button and a history per
 * environment. A preview's deployments are transient and never inactivate one another, so each
 * open pull request keeps its own; a new push inactivates only that pull request's earlier ones.
 */
import { plural } from '../shared/format.js'
import type { Log } from '../shared/log.js'
import { statusDescription } from '../report/status.js'
import { readPayload } from '../preview/record.js'
import type { Deployment, DeploymentState, GitHubApi } from './api.js'
import type { EventInfo, PullRequestRef } from './event.js'
import { sameLogin } from './identity.js'

export interface Environment {
  name: string
  production: boolean
  /** Previews: their environment is specific to the pull request and goes away with it. */
  transient: boolean
}

export const PREVIEW_ENVIRONMENT = 'preview'

/**
 * The environment the input names, else: `preview` for a pull request, `production` for a push
 * to the default branch or a release. A branch name alone never makes production (a fork's
 * branch may be called main): only a push event, or a workflow_run of one, in this repository.
 * With a `comment-header` the default gets the site as a suffix (`preview/docs`), because GitHub
 * shows one "View deployment" per environment: two sites in one would hide each other.
 */
export function chooseEnvironment(
  input: string,
  event: EventInfo,
  pullRequest: PullRequestRef | undefined,
  header = ''
): Environment | { why: string } {
  if (input !== '') {
    const production = input === 'production'
    return { name: input, production, transient: !production && pullRequest !== undefined }
  }
  const named = (base: string) => (header === '' ? base : `${base}/${header}`)
  if (pullRequest) return { name: named(PREVIEW_ENVIRONMENT), production: false, transient: true }
  const production = { name: named('production'), production: true, transient: false }
  if (event.name === 'release') return production
  const defaultRef = event.defaultBranch ? `refs/heads/${event.defaultBranch}` : ''
  if (event.name === 'push' && defaultRef !== '' && event.ref === defaultRef) return production
  const run = event.workflowRun
  if (
    run?.event === 'push' &&
    event.defaultBranch !== '' &&
    run.headBranch === event.defaultBranch &&
    run.headRepository === `${event.owner}/${event.repo}`
  ) {
    return production
  }
  return {
    why: `a ${event.name || 'local'} event on ${event.ref || 'no ref'} is neither a pull request, a push to the default branch nor a release. Set \`environment\` to name one.`
  }
}

interface Repo {
  owner: string
  repo: string
}

/** One deployment, from `in_progress` when the publish starts to its final state. */
export class DeploymentRun {
  private constructor(
    private readonly api: GitHubApi,
    private readonly repo: Repo,
    readonly deployment: Deployment,
    readonly environment: Environment,
    private readonly logUrl: string
  ) {}

  /** Creates the deployment and marks it in progress. */
  static async start(
    api: GitHubApi,
    repo: Repo,
    input: {
      ref: string
      environment: Environment
      payload: Record<string, unknown>
      logUrl: string
    }
  ): Promise<DeploymentRun> {
    const { environment } = input
    const deployment = await api.createDeployment(repo.owner, repo.repo, {
      ref: input.ref,
      environment: environment.name,
      description: 'IPFS content published by pinarkive/pin-action',
      payload: input.payload,
      transient: environment.transient,
      production: environment.production
    })
    const run = new DeploymentRun(api, repo, deployment, environment, input.logUrl)
    await run.set('in_progress', 'Publishing to IPFS')
    return run
  }

  /** The final state: success with the link, or failure/error with the reason. */
  async finish(state: DeploymentState, description: string, environmentUrl?: string) {
    await this.set(state, description, environmentUrl)
  }

  private async set(state: DeploymentState, description: string, environmentUrl?: string) {
    await this.api.setDeploymentStatus(this.repo.owner, this.repo.repo, this.deployment.id, {
      state,
      description: statusDescription(description),
      log_url: this.logUrl,
      ...(environmentUrl ? { environment_url: environmentUrl } : {}),
      // Production follows GitHub's rule (one active); a preview touches no other deployment.
      auto_inactive: this.environment.production
    })
  }
}

/** At most this many pages of an environment's deployments are read (100 a page). */
const MAX_PAGES = 5

/**
 * The deployments this identity made in an environment for pull requests, newest first, by pull
 * request: those whose payload is one of ours and names one. Bounded: an environment with
 * thousands of deployments is read only so far back.
 */
export async function deploymentsByPull(
  api: GitHubApi,
  repo: Repo,
  environment: string,
  viewer: string
): Promise<Map<number, Deployment[]>> {
  const byPull = new Map<number, Deployment[]>()
  let pages = 0
  for await (const page of api.deployments(repo.owner, repo.repo, environment)) {
    for (const deployment of page) {
      if (!sameLogin(deployment.creatorLogin, viewer)) continue
      const pullRequest = readPayload(deployment.payload)?.pullRequest
      if (pullRequest === undefined) continue
      byPull.set(pullRequest, [...(byPull.get(pullRequest) ?? []), deployment])
    }
    if (++pages >= MAX_PAGES) break
  }
  return byPull
}

/**
 * Marks a pull request's deployments inactive, all but `keep`. Only those still active are
 * touched, so re-runs cost one read per deployment and no writes.
 */
export async function deactivate(
  api: GitHubApi,
  repo: Repo,
  deployments: readonly Deployment[],
  options: { keep?: number; log: Log; why: string }
): Promise<number> {
  let count = 0
  for (const deployment of deployments) {
    if (deployment.id === options.keep) continue
    const state = await api.deploymentState(repo.owner, repo.repo, deployment.id)
    if (state === 'inactive' || state === 'failure' || state === 'error') continue
    await api.setDeploymentStatus(repo.owner, repo.repo, deployment.id, {
      state: 'inactive',
      description: statusDescription(options.why),
      auto_inactive: false
    })
    count++
  }
  if (count > 0) {
    options.log.info(`Marked ${plural(count, 'deployment')} inactive: ${options.why}.`)
  }
  return count
}
