/** Orchestrates a run: inputs, files, cluster check, publish, outputs, summary. */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { loadClusters } from './cluster-check.js'
import { localCidApi } from './dry-run.js'
import { ApiError, RateLimitWaitError, TransportError } from './errors.js'
import { explainError } from './explain.js'
import { knownCids, readingIdentity, type Identify } from './file-identity.js'
import { formatDuration, plural } from './format.js'
import { gatewayBase } from './gateway.js'
import { readEvent, type EventInfo } from './github-event.js'
import { reportToGitHub } from './github-report.js'
import { getInputs, type Inputs } from './inputs.js'
import { coreLog } from './log.js'
import { failureMessage, setOutputs } from './outputs.js'
import { PinarkiveClient } from './pinarkive-client.js'
import { buildPlan } from './plan.js'
import { ProgressReporter } from './progress.js'
import { publish, type PublishOutcome, type PublishPlan } from './publish.js'
import { emptyReport, type Report } from './report.js'
import { renderSummary } from './summary.js'
import { applyVerification, computeLocalCids, noLocalCids, type LocalCids } from './verify.js'
import { USER_AGENT } from './version.js'

/** Uploads and pins through the API. */
async function publishToPinarkive(
  plan: PublishPlan,
  inputs: Inputs,
  deadline: AbortSignal,
  identify: Identify
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
    const clusters = await core.group('Check cluster', () =>
      loadClusters(client, inputs.cluster, coreLog)
    )
    return await core.group(`Publish: ${describePlan(plan)}`, () =>
      publish(
        plan,
        client,
        {
          ...inputs,
          gatewayFor: cluster => gatewayBase(inputs.gateway, cluster ?? undefined, clusters),
          deadline,
          identify
        },
        coreLog
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

function describePlan(plan: PublishPlan): string {
  const parts: string[] = []
  if (plan.directory) parts.push(`upload ${plan.directory.rootRelPath}/ as a directory`)
  if (plan.files.length > 0) parts.push(`upload ${plural(plan.files.length, 'file')}`)
  if (plan.pins.length > 0) parts.push(`pin ${plural(plan.pins.length, 'CID')}`)
  return parts.join(' and ')
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
    coreLog
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
      buildPlan(settings, workspace, coreLog)
    )
    report.hiddenSkipped = hiddenSkipped
    if (!plan.directory && plan.files.length === 0 && plan.pins.length === 0) {
      setOutputs(report, inputs.cluster)
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
    // A dry run reports every CID, and a directory's root CID needs all its files: those are
    // hashed before anything is sent. Files mode hashes each file just before sending it, from
    // the bytes it sends, and the hash also tells which files have the same bytes.
    const hasUploads = plan.directory !== undefined || plan.files.length > 0
    const wantCids = hasUploads && (inputs.dryRun || inputs.verify !== 'off')
    const local =
      wantCids && (inputs.dryRun || plan.directory)
        ? await core.group(`Compute CIDs (${inputs.cidProfile})`, () =>
            computeLocal(plan, settings, deadline.signal)
          )
        : noLocalCids()

    if (inputs.dryRun) {
      if (local instanceof Error) throw local
      const outcome = await core.group(`Dry run: ${describePlan(plan)}`, () =>
        publish(
          plan,
          localCidApi(local),
          {
            ...settings,
            gatewayFor: cluster => gatewayBase(settings.gateway, cluster ?? undefined, undefined),
            deadline: deadline.signal,
            dryRun: true,
            identify: knownCids(local)
          },
          coreLog
        )
      )
      Object.assign(report, outcome)
      // The CIDs are the local ones: recorded as such, nothing to check them against.
      applyVerification(report, local, 'off', settings.cidProfile)
    } else {
      // `local` is an Error only when a directory could not be hashed: then there are no files.
      const identify = readingIdentity(
        plan.files,
        settings.verify !== 'off' ? settings.cidProfile : undefined,
        local instanceof Error ? noLocalCids() : local,
        coreLog
      )
      const outcome = await publishToPinarkive(plan, settings, deadline.signal, identify)
      Object.assign(report, outcome)
      const verified = applyVerification(report, local, settings.verify, settings.cidProfile)
      if (verified > 0) {
        core.info(`Verified ${plural(verified, 'CID')} against the ${settings.cidProfile} profile.`)
      }
    }

    setOutputs(report, inputs.cluster)
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
