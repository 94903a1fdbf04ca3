/** Orchestrates a run: inputs, files, cluster check, publish, outputs, summary. */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { ApiError, RateLimitWaitError, TransportError } from './errors.js'
import { explainError } from './explain.js'
import { formatDuration, plural } from './format.js'
import { gatewayBase } from './gateway.js'
import { readEvent, type EventInfo } from './github-event.js'
import { reportToGitHub } from './github-report.js'
import { getInputs, type Inputs } from './inputs.js'
import { buildPlan } from './plan.js'
import { type Cluster, PinarkiveClient } from './pinarkive-client.js'
import { ProgressReporter } from './progress.js'
import { localCidApi } from './dry-run.js'
import { publish, type Log, type PublishOutcome, type PublishPlan } from './publish.js'
import { findDuplicates } from './dedupe.js'
import {
  computeLocalCids,
  describeMismatch,
  duplicatesByCid,
  verifyItems,
  type LocalCids
} from './verify.js'
import { emptyReport, type Report } from './report.js'
import { renderSummary } from './summary.js'
import { USER_AGENT } from './version.js'

const log: Log = {
  info: line => core.info(line),
  warning: line => core.warning(line),
  debug: line => core.debug(line)
}

/** Fails before any upload when the key can list clusters and the chosen one is not among them. */
export async function loadClusters(
  client: Pick<PinarkiveClient, 'listClusters'>,
  inputs: Inputs
): Promise<Cluster[] | undefined> {
  let clusters: Cluster[]
  try {
    clusters = await client.listClusters()
  } catch (error) {
    const fatal =
      error instanceof RateLimitWaitError ||
      (error instanceof ApiError && (error.status === 401 || error.code === 'email_not_verified'))
    if (fatal) throw error
    if (error instanceof ApiError && error.code === 'missing_scope') {
      core.debug(
        `The API key cannot list clusters (missing scope ${error.required ?? 'cluster:read'}); the cluster is not checked before uploading.`
      )
    } else {
      core.info(
        `Could not list clusters (${(error as Error).message}); continuing without the check.`
      )
    }
    return undefined
  }
  const ids = clusters.map(c => c.id)
  core.info(`Clusters this key may use: ${ids.join(', ') || 'none listed'}`)
  if (inputs.cluster !== '' && ids.length > 0 && !ids.includes(inputs.cluster)) {
    throw new Error(
      `Input \`cluster\` is \`${inputs.cluster}\`, which this API key's plan does not allow. Allowed: ${ids.join(', ')}. Use one of them, or leave \`cluster\` empty for the account default.`
    )
  }
  return clusters
}

/** Uploads and pins through the API. */
async function publishToPinarkive(
  plan: PublishPlan,
  inputs: Inputs,
  deadline: AbortSignal
): Promise<PublishOutcome> {
  const progress = new ProgressReporter(Date.now, line => core.info(line))
  const client = new PinarkiveClient({
    apiUrl: inputs.apiUrl,
    apiKey: inputs.apiKey,
    userAgent: USER_AGENT,
    retries: inputs.retries,
    timeoutMs: inputs.timeoutMs,
    signal: deadline,
    events: {
      retry: e =>
        core.info(
          `${e.label}: ${e.reason}; retry ${e.retry}/${e.retries} in ${formatDuration(e.delayMs)}${e.pausesAll ? ' (all requests wait)' : ''}`
        ),
      progress: e => progress.update(e.label, e.sent, e.total)
    }
  })
  try {
    core.debug(`API ${inputs.apiUrl}`)
    const clusters = await core.group('Check cluster', () => loadClusters(client, inputs))
    return await core.group(`Publish: ${describePlan(plan)}`, () =>
      publish(
        plan,
        client,
        {
          ...inputs,
          gatewayFor: cluster => gatewayBase(inputs.gateway, cluster ?? undefined, clusters),
          deadline
        },
        log
      )
    )
  } finally {
    await client.close()
  }
}

/**
 * The local CIDs of the plan, or the error that prevented them: a dry run cannot go on without
 * them, a real run can (verification then reports it).
 */
async function computeLocal(
  plan: PublishPlan,
  inputs: Inputs,
  signal: AbortSignal
): Promise<LocalCids | Error> {
  const started = Date.now()
  try {
    const local = await computeLocalCids(plan, inputs.cidProfile, signal)
    const count = (plan.directory?.entries.length ?? 0) + plan.files.length
    core.info(`Hashed ${plural(count, 'file')} in ${formatDuration(Date.now() - started)}.`)
    if (local.directory) core.info(`Directory CID: ${local.directory}`)
    return local
  } catch (error) {
    if (inputs.dryRun || signal.aborted) throw error
    return error instanceof Error ? error : new Error(String(error))
  }
}

/** Records each item's local CID and reports mismatches as `verify` says. */
function checkAgainstLocal(report: Report, inputs: Inputs, local: LocalCids | Error | undefined) {
  if (local instanceof Error) {
    const message = `Could not compute the local CIDs to verify against (${local.message}).`
    if (inputs.verify === 'error') report.error = message
    else report.warnings.push(message)
    verifyItems(report.items, undefined, 'off')
    return
  }
  const mismatches = verifyItems(report.items, local, inputs.verify)
  for (const mismatch of mismatches) {
    const message = describeMismatch(mismatch, inputs.cidProfile)
    if (inputs.verify === 'error') {
      const item = report.items.find(i => (i.path ?? i.name) === mismatch.item)
      report.failures.push({
        type: item?.type ?? 'file',
        path: item?.path,
        name: item?.name ?? mismatch.item,
        error: message,
        mismatch: true
      })
    } else {
      report.warnings.push(message)
    }
  }
  const verified = report.items.filter(i => i.verified === true).length
  if (verified > 0) {
    core.info(`Verified ${plural(verified, 'CID')} against the ${inputs.cidProfile} profile.`)
  }
}

function describePlan(plan: PublishPlan): string {
  const parts: string[] = []
  if (plan.directory) parts.push(`upload ${plan.directory.rootRelPath}/ as a directory`)
  if (plan.files.length > 0) parts.push(`upload ${plural(plan.files.length, 'file')}`)
  if (plan.pins.length > 0) parts.push(`pin ${plural(plan.pins.length, 'CID')}`)
  return parts.join(' and ')
}

function setOutputs(report: Report, inputs: Inputs): void {
  const main =
    report.items.find(i => i.type === 'directory') ??
    report.items.find(i => i.type === 'file') ??
    report.items.find(i => i.type === 'pin')
  core.setOutput('cid', main?.cid ?? '')
  core.setOutput('gateway-url', main?.gatewayUrl ?? '')
  core.setOutput('cids', JSON.stringify(report.items.map(i => i.cid)))
  core.setOutput('results', JSON.stringify(report.items))
  core.setOutput('cluster', report.items.find(i => i.cluster)?.cluster ?? inputs.cluster)
  core.setOutput('local-cid', main?.localCid ?? '')
}

function failureMessage(report: Report): string {
  // A mismatch is a failure of an item that is also among the published ones.
  const total =
    report.items.length +
    report.failures.filter(f => !f.mismatch).length +
    (report.notAttempted?.items.length ?? 0)
  const lines = [`${report.failures.length} of ${plural(total, 'item')} failed:`]
  for (const failure of report.failures) {
    lines.push(`- ${failure.path ?? failure.cid ?? failure.name}: ${failure.error}`)
  }
  if (report.notAttempted) {
    lines.push(
      `${plural(report.notAttempted.items.length, 'item')} not attempted: ${report.notAttempted.reason}`
    )
  }
  if (report.items.length > 0)
    lines.push(`${plural(report.items.length, 'item')} succeeded; outputs list them.`)
  return lines.join('\n')
}

async function writeSummary(report: Report, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set, so no job summary is written.')
    return
  }
  await core.summary.addRaw(renderSummary(report)).write()
}

/** The event payload the runner wrote, or an empty one when run outside Actions. */
function loadEvent(env: NodeJS.ProcessEnv): EventInfo {
  let payload: unknown = {}
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch (error) {
    core.debug(`Could not read the event payload: ${(error as Error).message}`)
  }
  return readEvent(env, payload)
}

/** Comment and commit status, after the summary, whatever happened before. */
async function reportWhereReviewersLook(
  report: Report,
  inputs: Inputs,
  event: EventInfo,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  const result = await reportToGitHub(
    report,
    event,
    {
      comment: inputs.comment,
      commentHeader: inputs.commentHeader,
      commitStatus: inputs.commitStatus,
      token: inputs.githubToken,
      workflow: env.GITHUB_WORKFLOW ?? '',
      serverUrl,
      runUrl: `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    },
    log
  )
  core.setOutput('comment-url', result.commentUrl)
  core.setOutput('comment-id', result.commentId)
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const started = Date.now()
  let inputs: Inputs | undefined
  let report: Report | undefined
  const event = loadEvent(env)
  let deadlineTimer: NodeJS.Timeout | undefined
  try {
    inputs = getInputs(env, event)
    const settings = inputs
    report = emptyReport(inputs.cluster, inputs.timelock, {
      dryRun: inputs.dryRun,
      profile: inputs.cidProfile
    })
    const workspace = env.GITHUB_WORKSPACE || process.cwd()
    const { plan, hiddenSkipped } = await core.group('Find files', () =>
      buildPlan(settings, workspace, log)
    )
    report.hiddenSkipped = hiddenSkipped
    if (!plan.directory && plan.files.length === 0 && plan.pins.length === 0) {
      setOutputs(report, inputs)
      return
    }

    const deadline = new AbortController()
    if (inputs.maxDurationMs !== undefined) {
      const limit = formatDuration(inputs.maxDurationMs)
      deadlineTimer = setTimeout(
        () => deadline.abort(`\`max-duration\` (${limit}) ran out`),
        inputs.maxDurationMs
      )
    }
    // Local CIDs come first: a dry run reports them, `verify` checks the server against them,
    // and files mode uses them to upload each content once.
    const hasUploads = plan.directory !== undefined || plan.files.length > 0
    const local =
      hasUploads && (inputs.dryRun || inputs.verify !== 'off')
        ? await core.group(`Compute CIDs (${inputs.cidProfile})`, () =>
            computeLocal(plan, settings, deadline.signal)
          )
        : undefined
    plan.duplicates =
      local instanceof Error || local === undefined
        ? await findDuplicates(plan.files)
        : duplicatesByCid(plan.files, local)

    if (inputs.dryRun) {
      if (local instanceof Error) throw local
      const outcome = await core.group(`Dry run: ${describePlan(plan)}`, () =>
        publish(
          plan,
          localCidApi(local ?? { directory: undefined, files: new Map() }),
          {
            ...settings,
            gatewayFor: cluster => gatewayBase(settings.gateway, cluster ?? undefined, undefined),
            deadline: deadline.signal,
            dryRun: true
          },
          log
        )
      )
      Object.assign(report, outcome)
      for (const item of report.items) {
        item.localCid = item.type === 'pin' ? null : item.cid
        item.verified = null
      }
    } else {
      const outcome = await publishToPinarkive(plan, settings, deadline.signal)
      Object.assign(report, outcome)
      checkAgainstLocal(report, settings, local)
    }

    setOutputs(report, inputs)
    for (const warning of report.warnings) core.warning(warning)
    core.info(
      `Done in ${formatDuration(Date.now() - started)}: ${plural(report.items.length, 'item')} ${inputs.dryRun ? 'computed (dry run, nothing published)' : 'published'}, ${report.failures.length} failed.`
    )
    if (report.error) core.setFailed(report.error)
    else if (report.failures.length > 0 || report.notAttempted)
      core.setFailed(failureMessage(report))
  } catch (error) {
    // Only the cluster check talks to the API outside `publish`, which handles its own errors.
    const fromApi =
      error instanceof ApiError ||
      error instanceof TransportError ||
      error instanceof RateLimitWaitError
    const message =
      inputs && fromApi
        ? explainError(error, {
            item: 'the cluster check (GET /users/me/clusters)',
            kind: 'clusters',
            cluster: inputs.cluster,
            timelock: inputs.timelock,
            apiUrl: inputs.apiUrl,
            timeoutMs: inputs.timeoutMs
          })
        : error instanceof Error
          ? error.message
          : String(error)
    if (report) report.error = message
    core.setFailed(message)
  } finally {
    clearTimeout(deadlineTimer)
    if (report && inputs?.summary) {
      await writeSummary(report, env).catch(error =>
        core.warning(`Could not write the job summary: ${(error as Error).message}`)
      )
    }
    if (report && inputs && (inputs.comment || inputs.commitStatus)) {
      const [done, settings] = [report, inputs]
      await core
        .group('Report to GitHub', () => reportWhereReviewersLook(done, settings, event, env))
        .catch(error => core.warning(`Could not report to GitHub: ${(error as Error).message}`))
    }
  }
}
