/**
 * Opens the publish target a run was asked for: Pinarkive through the HTTP client, with its
 * cluster check and log lines for retries and progress, or the dry run's local answers.
 */
import { actionLog, group } from '../action-log.js'
import { readingIdentity } from '../content/file-identity.js'
import { noLocalCids, type LocalCids } from '../content/plan-cids.js'
import { ProfileChoice } from '../content/profile-choice.js'
import type { PublishPlan } from '../content/plan.js'
import type { Inputs } from '../inputs.js'
import { PinarkiveClient } from '../pinarkive/client.js'
import { loadClusters } from '../publish/cluster-check.js'
import { ProgressReporter } from '../publish/progress.js'
import { ReuseCheck } from '../publish/reuse.js'
import { dryRunTarget, pinarkiveTarget, type PublishTarget } from '../publish/target.js'
import { formatDuration } from '../shared/format.js'
import { USER_AGENT } from '../shared/version.js'

export interface OpenTarget extends PublishTarget {
  /** The Pinarkive client, for what follows the publish (readiness); none for a dry run. */
  client?: PinarkiveClient
  /** Releases connections so the process can exit. */
  close(): Promise<void>
}

/**
 * The target for this run. A dry run needs every local CID (it fails without them); a real run
 * hashes files mode's files as it uploads them, recording their CIDs in `local`, and with
 * `reuse: auto` asks Pinarkive what it already holds before uploading.
 */
export async function openTarget(
  inputs: Inputs,
  plan: PublishPlan,
  local: LocalCids | Error,
  deadline: AbortSignal
): Promise<OpenTarget> {
  if (inputs.dryRun) {
    if (local instanceof Error) throw local
    return { ...dryRunTarget(local, inputs.gateway), close: async () => {} }
  }
  const profiles = new ProfileChoice(inputs.cidProfile, actionLog)
  const client = connectPinarkive(inputs, deadline)
  try {
    actionLog.debug(`API ${inputs.apiUrl}`)
    const clusters = await group('Check cluster', () => loadClusters(client, inputs, actionLog))
    // An Error only when a directory could not be hashed: then there are no files.
    const known = local instanceof Error ? noLocalCids() : local
    const identify = readingIdentity(
      plan.files,
      inputs.verify !== 'off' ? profiles : undefined,
      known,
      actionLog
    )
    const check = reuseCheck(client, inputs)
    const target = pinarkiveTarget(client, {
      gateway: inputs.gateway,
      clusters,
      identify,
      verify: inputs.verify,
      local: known,
      profiles,
      reuse: inputs.reuse === 'auto' ? check : undefined,
      // Not a reuse: whether an upload this run sent in full was stored, so `reuse: off` asks too.
      recheck: check
    })
    return { ...target, client, close: () => client.close() }
  } catch (error) {
    await client.close()
    throw error
  }
}

/**
 * `reuse: auto`. Files mode asks with the CID each file gets just before its upload, which
 * `verify: off` does not compute: then no file is asked about. The same check answers whether
 * an upload whose connection dropped was stored (`recheck`), so a refused lookup is sent once.
 */
function reuseCheck(client: PinarkiveClient, inputs: Inputs): ReuseCheck {
  const minFileSize = inputs.verify === 'off' ? Infinity : undefined
  return new ReuseCheck(client, { ...inputs, minFileSize }, actionLog)
}

/**
 * The client, with a log line for each retry and for the progress of long uploads, and a
 * warning for each value an answer held that was not safe to use.
 */
export function connectPinarkive(inputs: Inputs, deadline?: AbortSignal): PinarkiveClient {
  const progress = new ProgressReporter(Date.now, line => actionLog.info(line))
  return new PinarkiveClient({
    apiUrl: inputs.apiUrl,
    apiKey: inputs.apiKey,
    userAgent: USER_AGENT,
    retries: inputs.retries,
    timeoutMs: inputs.timeoutMs,
    signal: deadline,
    events: {
      retry: e =>
        actionLog.info(
          `${e.label}: ${e.reason}; retry ${e.retry}/${e.retries} in ${formatDuration(e.delayMs)}${e.pausesAll ? ' (all requests wait)' : ''}${e.maybeStored ? ' (it had been sent in full)' : ''}`
        ),
      progress: e => progress.update(e.label, e.sent, e.total),
      // What an answer held that is unsafe to use, and so was left out.
      warning: message => actionLog.warning(message)
    }
  })
}
