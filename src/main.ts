/**
 * A run, phase by phase: inputs → find files → local CIDs → publish (or its dry run) → verify →
 * outputs → summary → report to GitHub. Each phase takes what the one before gave; the dry run
 * differs from a real one only in the publish target it is given.
 */
import { readFileSync } from 'node:fs'
import { actionLog, fail, group, setOutput, writeSummary } from './action-log.js'
import { noLocalCids, computeLocalCids, type LocalCids } from './content/local-cids.js'
import { firstProfile } from './content/profile-choice.js'
import { writeCar } from './export-car.js'
import { buildPlan, type PlanResult, type PublishPlan } from './content/plan.js'
import { reservedPathProblem, withGeneratedFile } from './content/generated-file.js'
import { readEvent, type EventInfo } from './github/event.js'
import { reportToGitHub } from './github/reporter.js'
import { chooseEnvironment, PREVIEW_ENVIRONMENT } from './github/deployments.js'
import { connectGitHub, type GitHubLink } from './github/link.js'
import { updateReleaseNotes } from './github/release-notes.js'
import { commentMarker } from './github/sticky-comment.js'
import { cleanupPreview, type CleanupSettings } from './cleanup.js'
import { finishDeployment, startDeployment, type PlannedContent } from './deploy.js'
import { getInputs, type Inputs } from './inputs.js'
import { checkUploadNames } from './publish/names.js'
import { publish } from './publish/publish.js'
import { MARKER_PATH, markerContent, siteName, type PreviewIdentity } from './preview/marker.js'
import { reusedUpFront } from './publish/reuse.js'
import type { OpenTarget } from './targets.js'
import { applyVerification } from './publish/verification.js'
import { renderOutputs, failureMessage } from './report/outputs.js'
import { emptyReport, type Report } from './report/report.js'
import { closingLine } from './report/headline.js'
import { renderSummary } from './report/summary.js'
import { startDeadline } from './shared/deadline.js'
import { errorText } from './shared/error-text.js'
import { formatDuration, plural } from './shared/format.js'
import { secrets } from './shared/redact.js'

/**
 * The Pinarkive client and its HTTP stack (undici), loaded once the inputs are valid: a run that
 * stops at its inputs starts without them (issue 21: start-up within 150 ms of a bare Node).
 */
function pinarkive() {
  return import('./targets.js')
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const started = Date.now()
  const event = loadEvent(env)
  const done = redacted(await execute(env, event))
  if (done.report && done.thrown === undefined) conclude({ ...done, report: done.report }, started)
  else fail(done.thrown ?? 'The run stopped')
  if (done.report && done.inputs) await reportRun(done.report, done.inputs, event, done.link, env)
}

/**
 * Secrets out of the report and the error, before any of them is cut to fit a limit: a cut could
 * leave half a key that no redaction would recognise. The sinks redact again; the inputs keep
 * their secrets, which the GitHub report needs.
 */
function redacted(done: Done): Done {
  return {
    ...done,
    report: secrets.redactDeep(done.report),
    thrown: secrets.redactDeep(done.thrown)
  }
}

/** What the phases produced: the report, or the error that stopped them. */
interface Done {
  inputs?: Inputs
  report?: Report
  /** The message of an error that ended the run early (bad inputs, a rejected key). */
  thrown?: string
  /** There was something to publish, so the closing line has something to say. */
  planned?: boolean
  /** The connection to GitHub, when the run writes anything there. */
  link?: GitHubLink
}

async function execute(env: NodeJS.ProcessEnv, event: EventInfo): Promise<Done> {
  const done: Done = {}
  try {
    const inputs = (done.inputs = getInputs(env, event))
    const report = (done.report = emptyReport(inputs.cluster, inputs.timelock, {
      dryRun: inputs.dryRun,
      profile: firstProfile(inputs.cidProfile)
    }))
    const link = (done.link = await linkToGitHub(inputs, event, env))
    if (decideMode(inputs, event, link) === 'cleanup') {
      report.cleanup = await group('Clean up the preview', () => cleanup(inputs, event, link, env))
      return done
    }
    const found = await group('Find files', () => findFiles(inputs, env))
    report.hiddenSkipped = found.hiddenSkipped
    if (isEmpty(found.plan)) return done
    done.planned = true
    const marked = await markPreview(found.plan, inputs, event, link, env)
    report.preview = marked.preview
    await publishPhases(marked.plan, inputs, report, link, event, env)
  } catch (error) {
    done.thrown = errorText(error)
    if (done.report) done.report.error = done.thrown
  }
  return done
}

/** The phases of a publish, within `max-duration`. */
async function publishPhases(
  plan: PublishPlan,
  inputs: Inputs,
  report: Report,
  link: GitHubLink | undefined,
  event: EventInfo,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const deadline = startDeadline(
    inputs.maxDurationMs,
    () => `\`max-duration\` (${formatDuration(inputs.maxDurationMs ?? 0)}) ran out`
  )
  let target: OpenTarget | undefined
  try {
    checkUploadNames(plan)
    const local = await hashContent(
      plan,
      inputs,
      deadline.signal,
      report.preview?.marker !== undefined
    )
    if (inputs.car) report.car = await writeCar(plan, inputs, local, deadline.signal, env)
    target = await (await pinarkive()).openTarget(inputs, plan, local, deadline.signal)
    const reused = await reusedUpFront(target.reuse, plan, local, inputs)
    const deployment = await startDeployment(
      link,
      inputs,
      event,
      planned(plan, local, reused, report.preview)
    )
    report.published = {
      at: new Date().toISOString(),
      sha: link?.commit ?? event.sha,
      runUrl: link?.runUrl ?? ''
    }
    try {
      Object.assign(report, await publishPlan(plan, target, inputs, deadline.signal))
      verify(report, local, target, inputs)
      const { waitForLinks } = await import('./wait-for-links.js')
      await waitForLinks(report, inputs, target.client, deadline.signal, plan)
    } catch (error) {
      // The deployment must not stay in progress: it ends in `error`, with the reason.
      report.error = errorText(error)
      throw error
    } finally {
      await finishDeployment(deployment, link, report)
    }
  } finally {
    await target?.close()
    deadline.dispose()
  }
}

/**
 * What a deployment records before the uploads: the local CIDs, and the CIDs to pin. A marked
 * preview's local root holds the marker, so it is this preview's own whatever Pinarkive answers.
 */
function planned(
  plan: PublishPlan,
  local: LocalCids | Error,
  reused: string[],
  preview: Report['preview']
): PlannedContent {
  const total = (plan.directory ? 1 : plan.files.length) + plan.pins.length
  const site = preview?.site
  if (local instanceof Error) return { cids: plan.pins, total, reused, profile: '', site }
  const uploads = local.directory ? [local.directory] : [...local.files.values()]
  const previewRoot = preview?.marker !== undefined ? local.directory : undefined
  return {
    cids: [...uploads, ...plan.pins],
    total,
    reused,
    profile: local.profile ?? '',
    site,
    previewRoot
  }
}

/**
 * Phase: a pull request's directory preview gets its marker, so that its root CID is its own;
 * any other directory must not carry one. Files mode cannot be marked: its bytes are the user's.
 */
async function markPreview(
  plan: PublishPlan,
  inputs: Inputs,
  event: EventInfo,
  link: GitHubLink | undefined,
  env: NodeJS.ProcessEnv
): Promise<{ plan: PublishPlan; preview?: Report['preview'] }> {
  const pull = link?.pullRequest ?? event.pullRequest
  if (!pull) {
    const problem = reservedPathProblem(plan, MARKER_PATH)
    if (problem) throw problem
    return { plan }
  }
  const site = siteName(inputs.commentHeader, env.GITHUB_WORKFLOW)
  if (!plan.directory) {
    if (!inputs.timelock && (inputs.comment || inputs.deployment)) {
      actionLog.warning(
        `This preview of pull request #${pull.number} uploads files one by one, and a cleanup never unpins files-mode content (its bytes are yours, so nothing proves no other pin needs them). Without \`timelock\` these pins stay for good: set one, such as \`timelock: 14d\`, or upload a directory.`
      )
    }
    return { plan, preview: { pullRequest: pull.number, site, marker: undefined } }
  }
  const identity: PreviewIdentity = {
    repository: `${event.owner}/${event.repo}`,
    pullRequest: pull.number,
    commit: link?.commit ?? event.sha,
    site
  }
  const file = { path: MARKER_PATH, content: markerContent(identity) }
  const marked = await withGeneratedFile(plan, file, env.RUNNER_TEMP || undefined)
  actionLog.info(
    `Preview of pull request #${pull.number}: added ${MARKER_PATH}, which names the pull request and the site, so that this preview's root CID is its own and its cleanup can unpin it.`
  )
  return { plan: marked, preview: { pullRequest: pull.number, site, marker: MARKER_PATH } }
}

/**
 * Connects to GitHub when the run writes there, or must ask it whether a workflow_run's pull
 * request is closed (`mode: auto`).
 */
async function linkToGitHub(
  inputs: Inputs,
  event: EventInfo,
  env: NodeJS.ProcessEnv
): Promise<GitHubLink | undefined> {
  const needed =
    inputs.comment ||
    inputs.commitStatus ||
    inputs.deployment ||
    (inputs.releaseNotes && event.name === 'release') ||
    inputs.mode === 'cleanup' ||
    (inputs.mode === 'auto' && event.workflowRun !== undefined)
  if (!needed) return undefined
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  return connectGitHub(
    {
      token: inputs.githubToken,
      serverUrl,
      runUrl: `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    },
    event,
    actionLog
  )
}

/** `auto`: clean up when the pull request is closed, publish otherwise. */
function decideMode(inputs: Inputs, event: EventInfo, link: GitHubLink | undefined) {
  if (inputs.mode !== 'auto') return inputs.mode
  const pull = link?.pullRequest ?? event.pullRequest
  return pull?.state === 'closed' ? 'cleanup' : 'publish'
}

/** Phase: the cleanup, with a Pinarkive client when there is a key to unpin with. */
async function cleanup(
  inputs: Inputs,
  event: EventInfo,
  link: GitHubLink | undefined,
  env: NodeJS.ProcessEnv
) {
  const client = inputs.apiKey === '' ? undefined : (await pinarkive()).connectPinarkive(inputs)
  try {
    const pull = link?.pullRequest ?? event.pullRequest
    return await cleanupPreview(cleanupSettings(inputs, event, link, env), pull, link, client)
  } finally {
    await client?.close()
  }
}

function cleanupSettings(
  inputs: Inputs,
  event: EventInfo,
  link: GitHubLink | undefined,
  env: NodeJS.ProcessEnv
): CleanupSettings {
  const environment = chooseEnvironment(
    inputs.environment,
    event,
    link?.pullRequest,
    inputs.commentHeader
  )
  const site = siteName(inputs.commentHeader, env.GITHUB_WORKFLOW)
  return {
    comment: inputs.comment,
    deployment: inputs.deployment,
    site,
    marker: commentMarker(site),
    environment: 'name' in environment ? environment.name : PREVIEW_ENVIRONMENT
  }
}

/** Phase: which files, in which mode, and what to pin. */
function findFiles(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<PlanResult> {
  return buildPlan(inputs, env.GITHUB_WORKSPACE || process.cwd(), actionLog)
}

function isEmpty(plan: PublishPlan): boolean {
  const unreadable = plan.unreadable?.length ?? 0
  return !plan.directory && plan.files.length === 0 && unreadable === 0 && plan.pins.length === 0
}

/**
 * Phase: the local CIDs needed before anything is sent. A dry run reports every CID, and a
 * directory's root CID needs all its files: those are hashed first. Files mode hashes each file
 * just before sending it, from the bytes it sends. A real run goes on without them when hashing
 * fails (verification then says so); a dry run cannot.
 */
async function hashContent(
  plan: PublishPlan,
  inputs: Inputs,
  signal: AbortSignal,
  marked: boolean
): Promise<LocalCids | Error> {
  const uploads = plan.directory !== undefined || plan.files.length > 0
  // A deployment records the CIDs before the uploads start; a marked preview's root is what
  // proves it its own, whatever `verify` says.
  const upFront =
    inputs.dryRun ||
    marked ||
    (inputs.deployment && !inputs.dryRun) ||
    (plan.directory !== undefined && inputs.verify !== 'off')
  if (!uploads || !upFront) return noLocalCids()
  const profile = firstProfile(inputs.cidProfile)
  return group(`Compute CIDs (${profile})`, async () => {
    if (inputs.dryRun && inputs.cidProfile === 'auto') {
      actionLog.info(
        `cid-profile auto: a dry run computes ${profile}; it sends nothing, so no answer can show which profile Pinarkive uses.`
      )
    }
    const started = Date.now()
    try {
      const local = await computeLocalCids(plan, profile, signal)
      const count = (plan.directory?.entries.length ?? 0) + plan.files.length
      actionLog.info(`Hashed ${plural(count, 'file')} in ${formatDuration(Date.now() - started)}.`)
      if (local.directory) actionLog.info(`Directory CID: ${local.directory}`)
      return local
    } catch (error) {
      if (inputs.dryRun || signal.aborted) throw error
      return error instanceof Error ? error : new Error(errorText(error))
    }
  })
}

/** Phase: uploads and pins, on Pinarkive or as a dry run. */
function publishPlan(plan: PublishPlan, target: OpenTarget, inputs: Inputs, deadline: AbortSignal) {
  return group(`${target.dryRun ? 'Dry run' : 'Publish'}: ${describePlan(plan)}`, () =>
    publish(plan, target, { ...inputs, deadline }, actionLog)
  )
}

function describePlan(plan: PublishPlan): string {
  const parts: string[] = []
  if (plan.directory) parts.push(`upload ${plan.directory.rootRelPath}/ as a directory`)
  if (plan.files.length > 0) parts.push(`upload ${plural(plan.files.length, 'file')}`)
  if (plan.pins.length > 0) parts.push(`pin ${plural(plan.pins.length, 'CID')}`)
  return parts.join(' and ')
}

/** Phase: each answer against its local CID. */
function verify(report: Report, local: LocalCids | Error, target: OpenTarget, inputs: Inputs) {
  // With `cid-profile: auto`, the profile the answers showed.
  const profile = target.profiles?.current ?? firstProfile(inputs.cidProfile)
  report.profile = profile
  const verified = applyVerification(report, local, target.verify, profile)
  if (verified > 0) {
    actionLog.info(`Verified ${plural(verified, 'CID')} against the ${profile} profile.`)
  }
}

/** Phase: outputs, warnings, the closing line, and the step's verdict. */
function conclude({ report, inputs, planned }: Done & { report: Report }, started: number): void {
  for (const [name, value] of Object.entries(renderOutputs(report))) setOutput(name, value)
  for (const warning of report.warnings) actionLog.warning(warning)
  if (inputs && planned) actionLog.info(closingLine(report, formatDuration(Date.now() - started)))
  if (report.error) fail(report.error)
  else if (report.failures.length > 0 || report.notAttempted) {
    fail(failureMessage(report))
  }
}

/** Phases: the job summary, then the comment and commit status, whatever happened before. */
async function reportRun(
  report: Report,
  inputs: Inputs,
  event: EventInfo,
  link: GitHubLink | undefined,
  env: NodeJS.ProcessEnv
): Promise<void> {
  if (inputs.summary) {
    await summarize(report, env).catch(error =>
      actionLog.warning(`Could not write the job summary: ${errorText(error)}`)
    )
  }

  // Release notes (`release-notes`): the CIDs and links in the release's body; warns on failure.
  await updateReleaseNotes(
    report,
    event,
    link,
    {
      enabled: inputs.releaseNotes,
      commentHeader: inputs.commentHeader,
      workflow: env.GITHUB_WORKFLOW ?? ''
    },
    actionLog
  ).catch(error => actionLog.warning(`Could not write the release notes: ${errorText(error)}`))

  if (!link || (!inputs.comment && !inputs.commitStatus)) return
  await group('Report to GitHub', async () => {
    const result = await reportToGitHub(
      report,
      event,
      link,
      {
        comment: inputs.comment,
        commentHeader: inputs.commentHeader,
        commitStatus: inputs.commitStatus,
        workflow: env.GITHUB_WORKFLOW ?? ''
      },
      actionLog
    )
    setOutput('comment-url', result.commentUrl)
    setOutput('comment-id', result.commentId)
  }).catch(error => actionLog.warning(`Could not report to GitHub: ${errorText(error)}`))
}

async function summarize(report: Report, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    actionLog.debug('GITHUB_STEP_SUMMARY is not set, so no job summary is written.')
    return
  }
  await writeSummary(renderSummary(report))
}

/** The event payload the runner wrote, or an empty one when run outside Actions. */
function loadEvent(env: NodeJS.ProcessEnv): EventInfo {
  let payload: unknown = {}
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch (error) {
    actionLog.debug(`Could not read the event payload: ${errorText(error)}`)
  }
  return readEvent(env, payload, actionLog)
}
