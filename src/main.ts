/**
 * A run, phase by phase: inputs → GitHub link and mode → find files → preview marker → local
 * CIDs → CAR → publish (or its dry run) → verify → wait for the links → verdict → summary and
 * GitHub. The phases live in run/, one per file; each takes what it needs and returns its part.
 * This file only sequences them and assembles the report from their parts, so the order of the
 * phases is written here, once. The dry run differs from a real one only in its publish target.
 */
import { fail, group, setOutput } from './action-log.js'
import type { PublishPlan } from './content/plan.js'
import { firstProfile } from './content/profile-choice.js'
import type { EventInfo } from './github/event.js'
import type { GitHubLink } from './github/link.js'
import { getInputs, type Inputs } from './inputs.js'
import { checkUploadNames } from './publish/names.js'
import { reusedUpFront } from './publish/reuse.js'
import { emptyReport, withPart, type Report, type ReportPart } from './report/report.js'
import { cleanupRun } from './run/cleanup.js'
import { conclude } from './run/conclude.js'
import { chooseMode, linkToGitHub, publishedCommit } from './run/connect.js'
import { finishDeployment, plannedContent, startDeployment } from './run/deployment.js'
import { writeCar } from './run/export-car.js'
import { findFiles, hasWork } from './run/find-files.js'
import { hashContent } from './run/hash-content.js'
import { loadEvent } from './run/load-event.js'
import { markPreview } from './run/mark-preview.js'
import { publishPlan } from './run/publish-plan.js'
import { reportRun } from './run/report-run.js'
import type { OpenTarget } from './run/targets.js'
import { verify } from './run/verify.js'
import { startDeadline } from './shared/deadline.js'
import { errorText } from './shared/error-text.js'
import { formatDuration } from './shared/format.js'
import { secrets } from './shared/redact.js'

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const started = Date.now()
  const event = loadEvent(env)
  const done = redacted(await execute(env, event))
  if (done.report && done.thrown === undefined) {
    const closing = done.planned ? { elapsed: formatDuration(Date.now() - started) } : undefined
    conclude(done.report, closing)
  } else {
    fail(done.thrown ?? 'The run stopped')
  }
  if (!done.report || !done.inputs) return
  const posted = await reportRun(done.report, done.inputs, event, done.link, env)
  if (posted) {
    setOutput('comment-url', posted.commentUrl)
    setOutput('comment-id', posted.commentId)
  }
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

/**
 * The report as the phases add to it: the one place that holds it. A phase reads what it is
 * given and returns its part; `add` puts the part in.
 */
class Assembly {
  constructor(public report: Report) {}

  add(part: ReportPart): void {
    this.report = withPart(this.report, part)
  }
}

async function execute(env: NodeJS.ProcessEnv, event: EventInfo): Promise<Done> {
  const done: Done = {}
  let assembly: Assembly | undefined
  try {
    const inputs = (done.inputs = getInputs(env, event))
    assembly = new Assembly(
      emptyReport(inputs.cluster, inputs.timelock, {
        dryRun: inputs.dryRun,
        profile: firstProfile(inputs.cidProfile)
      })
    )
    const link = (done.link = await linkToGitHub(inputs, event, env))
    if (chooseMode(inputs, event, link) === 'cleanup') {
      const cleanup = await group('Clean up the preview', () =>
        cleanupRun(inputs, event, link, env)
      )
      assembly.add({ cleanup })
    } else {
      const found = await group('Find files', () => findFiles(inputs, env))
      assembly.add({ hiddenSkipped: found.hiddenSkipped })
      if (hasWork(found.plan)) {
        done.planned = true
        const marked = await markPreview(found.plan, inputs, event, link, env)
        assembly.add({ preview: marked.preview })
        await publishPhases(marked.plan, inputs, assembly, link, event, env)
      }
    }
  } catch (error) {
    done.thrown = errorText(error)
    assembly?.add({ error: done.thrown })
  }
  done.report = assembly?.report
  return done
}

/** The phases of a publish, within `max-duration`. */
async function publishPhases(
  plan: PublishPlan,
  inputs: Inputs,
  assembly: Assembly,
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
    const preview = assembly.report.preview
    const local = await hashContent(plan, inputs, deadline.signal, preview?.marker !== undefined)
    if (inputs.car) assembly.add({ car: await writeCar(plan, inputs, local, deadline.signal, env) })
    // The Pinarkive client and undici load once the inputs are valid: a run that stops at its
    // inputs starts without them (issue 21: start-up within 150 ms of a bare Node).
    const { openTarget } = await import('./run/targets.js')
    target = await openTarget(inputs, plan, local, deadline.signal)
    const reused = await reusedUpFront(target.reuse, plan, local, inputs)
    const content = plannedContent(plan, local, reused, preview)
    const deployment = await startDeployment(link, inputs, event, content)
    assembly.add({
      published: {
        at: new Date().toISOString(),
        sha: publishedCommit(link, event),
        runUrl: link?.runUrl ?? ''
      }
    })
    try {
      assembly.add(await publishPlan(plan, target, inputs, deadline.signal))
      assembly.add(verify(assembly.report.items, local, target, inputs))
      const { waitForLinks } = await import('./run/wait-for-links.js')
      const client = target.client
      assembly.add(await waitForLinks(assembly.report, inputs, client, deadline.signal, plan))
    } catch (error) {
      // The deployment must not stay in progress: it ends in `error`, with the reason.
      assembly.add({ error: errorText(error) })
      throw error
    } finally {
      assembly.add({ deployment: await finishDeployment(deployment, link, assembly.report) })
    }
  } finally {
    await target?.close()
    deadline.dispose()
  }
}
