/**
 * Carries out a publish plan: the directory or files to upload and the CIDs to pin, in parallel
 * up to `concurrency`. One failed item never stops the others; an error that would fail every
 * request (a rejected key, say) stops new ones from starting.
 */
import * as path from 'node:path'
import { ContentClaims } from '../content/dedupe.js'
import { cidOf, type Identity } from '../content/file-identity.js'
import type { DirectoryEntry, LocalFile } from '../content/files.js'
import type { CidProfile } from '../content/cid-profiles.js'
import { directoryRootCid } from '../content/plan-cids.js'
import type { ProfiledCid } from '../content/profile-choice.js'
import type { PublishPlan } from '../content/plan.js'
import { FileReadError, fileSource } from '../content/read-file.js'
import { explainError, isFatal } from '../pinarkive/explain.js'
import { gatewayUrl } from '../gateway/gateway-url.js'
import type { SendOptions, UploadedDirectory } from '../pinarkive/client.js'
import { ResendStopped, type ResendCause, type ResendEvent } from '../transport/resend.js'
import type { DirectoryFileLink, FailedItem, PublishedItem } from '../report/report.js'
import { sameContent } from '../shared/cid.js'
import { errorText } from '../shared/error-text.js'
import { formatBytes, listSome, plural } from '../shared/format.js'
import type { Log } from '../shared/log.js'
import { runPool } from '../shared/pool.js'
import type { PublishTarget } from './target.js'

export interface PublishSettings {
  name: string
  cluster: string
  timelock: Date | undefined
  concurrency: number
  apiUrl: string
  timeoutMs: number
  /** Aborted when `max-duration` runs out: nothing new starts after that. */
  deadline?: AbortSignal
}

export interface PublishOutcome {
  items: PublishedItem[]
  failures: FailedItem[]
  notAttempted: { items: string[]; reason: string } | undefined
  directoryFiles: DirectoryFileLink[]
  warnings: string[]
}

interface DirectoryTask {
  type: 'directory'
  label: string
  rootRelPath: string
  entries: DirectoryEntry[]
  size: number
}
interface FileTask {
  type: 'file'
  label: string
  file: LocalFile
}
interface PinTask {
  type: 'pin'
  label: string
  cid: string
}
type Task = DirectoryTask | FileTask | PinTask
type Claim = ReturnType<ContentClaims['enter']>

/** What the run has found so far, by task index; tasks finish in any order. */
class PublishState {
  readonly published = new Map<number, PublishedItem>()
  readonly failed = new Map<number, FailedItem>()
  /** A files-mode file whose bytes an earlier file has: task index → that file's index. */
  readonly duplicateOf = new Map<number, number>()
  readonly claims = new ContentClaims()
  /**
   * Items sent again after their body went out in full, without knowing whether Pinarkive had
   * stored them: task index → why (see `guardResends`).
   */
  readonly resentUnchecked = new Map<number, string>()
  /** `cid-profile: auto`: the profile an answer has confirmed, once one has. */
  confirmedProfile: CidProfile | undefined
  readonly warnings: string[] = []
  directoryFiles: DirectoryFileLink[] = []
  /** The explained error that stops new tasks from starting. */
  fatal: string | undefined
}

/** Everything a task needs: where it publishes, how, and where it records what happened. */
interface Session {
  target: PublishTarget
  settings: PublishSettings
  log: Log
  state: PublishState
}

export async function publish(
  plan: PublishPlan,
  target: PublishTarget,
  settings: PublishSettings,
  log: Log
): Promise<PublishOutcome> {
  const tasks = buildTasks(plan)
  const session: Session = { target, settings, log, state: new PublishState() }
  const deadline = settings.deadline
  const skipped = await runPool(
    tasks,
    settings.concurrency,
    (task, index) => runTask(session, task, index),
    () => session.state.fatal !== undefined || deadline?.aborted === true
  )
  const outcome = collectOutcome(session, tasks, skipped)
  return { ...outcome, failures: [...unreadableFailures(plan), ...outcome.failures] }
}

/** Files the scan could not read fail on their own (listed first: they never started). */
function unreadableFailures(plan: PublishPlan): FailedItem[] {
  return (plan.unreadable ?? []).map(entry => ({
    type: 'file',
    path: entry.relPath,
    name: path.posix.basename(entry.relPath),
    error: `Not published: ${entry.reason}. Fix it, or leave it out with this line in \`path\`: ${entry.exclude}`
  }))
}

/** One task per item, reported in input order: the directory, then files, then pins. */
function buildTasks(plan: PublishPlan): Task[] {
  const tasks: Task[] = []
  if (plan.directory) {
    const { rootRelPath, entries } = plan.directory
    const size = entries.reduce((sum, e) => sum + e.file.size, 0)
    const label = `${rootRelPath}/ (${plural(entries.length, 'file')}, ${formatBytes(size)})`
    tasks.push({ type: 'directory', label, rootRelPath, entries, size })
  }
  for (const file of plan.files) tasks.push({ type: 'file', label: file.relPath, file })
  for (const cid of plan.pins) tasks.push({ type: 'pin', label: `pin ${cid}`, cid })
  return tasks
}

function describeTask(task: Task): string {
  return task.type === 'pin'
    ? task.cid
    : task.type === 'file'
      ? task.file.relPath
      : task.rootRelPath
}

/** One item: its request, and on failure an explained entry in `failed`. */
async function runTask(session: Session, task: Task, index: number): Promise<void> {
  try {
    // A file queues for its content before anything is awaited: claims go in task order.
    if (task.type === 'file') {
      await uploadFile(session, task, index, session.state.claims.enter(index, task.file.size))
    } else if (task.type === 'directory') {
      await uploadDirectory(session, task, index)
    } else {
      await pinCid(session, task, index)
    }
  } catch (error) {
    recordFailure(session, task, index, error)
  }
}

/** What stands for an item on Pinarkive: an upload's or a pin's answer, or a record it holds. */
interface Placed {
  cid: string
  clusterId?: string
  /** Null: a held record that never expires. */
  expiresAt?: string | null
}

/** The cluster, expiry and gateway of what the server answered. */
function placement(session: Session, uploaded: Placed) {
  const { settings, target } = session
  const cluster = uploaded.clusterId ?? (settings.cluster || null)
  const asked = settings.timelock?.toISOString() ?? null
  return {
    cluster,
    expiresAt: uploaded.expiresAt === null ? null : (uploaded.expiresAt ?? asked),
    gateway: target.gatewayFor(cluster)
  }
}

function pinOptions(settings: PublishSettings) {
  return { cluster: settings.cluster, timelock: settings.timelock }
}

/** Uploads a file, unless an earlier file has its bytes (then records it as a duplicate). */
async function uploadFile(
  session: Session,
  task: FileTask,
  index: number,
  claim: Claim
): Promise<void> {
  const { target, settings, state, log } = session
  const { file } = task
  const identity = await target.identify(file, settings.deadline).catch(async error => {
    await claim(undefined)
    throw error
  })
  const owner = await claim(identity.key)
  if (owner !== undefined) {
    state.duplicateOf.set(index, owner)
    return
  }
  const name = path.posix.basename(file.relPath)
  // Files mode asks only where a lookup may pay: big files (see reuse.ts).
  const asked = target.reuse?.worthAsking(file.size) ? identity.cid : undefined
  const held = await alreadyHeld(session, index, asked, name, task.label)
  const sent = held ?? (await sendFile(session, task, index, name, identity))
  const answer = sent.answer
  const { cluster, expiresAt, gateway } = placement(session, answer)
  state.published.set(index, {
    type: 'file',
    path: file.relPath,
    name,
    cid: answer.cid,
    size: file.size,
    cluster,
    gatewayUrl: gatewayUrl(gateway, answer.cid),
    expiresAt,
    ...(held && { reused: true }),
    ...storedTwice(session, index, task.label)
  })
  log.info(
    sent.line ??
      `${verb(target, 'upload')} ${file.relPath} (${formatBytes(file.size)}) → ${answer.cid}`
  )
}

async function sendFile(
  session: Session,
  task: FileTask,
  index: number,
  name: string,
  identity: Identity
): Promise<{ answer: Placed; line?: string }> {
  const { target, settings } = session
  const { cid, profile } = identity
  const item = {
    label: task.label,
    name,
    what: 'upload',
    cid,
    profile,
    noCid: NO_FILE_CID
  } as const
  const result = await guardResends(session, index, item, options =>
    target.api.uploadFile(
      { filename: name, source: fileSource(task.file, identity.data) },
      { ...pinOptions(settings), ...options },
      task.label
    )
  )
  if ('held' in result) return result.held
  const uploaded = result.sent
  if (identity.cid !== undefined && identity.profile !== undefined) {
    const local = { cid: identity.cid, profile: identity.profile }
    const kept = await learnProfile(session, uploaded.cid, local, profile =>
      cidOf(task.file, profile, identity.data, settings.deadline)
    )
    target.local?.files.set(task.file.relPath, kept.cid)
  }
  return { answer: uploaded }
}

async function uploadDirectory(session: Session, task: DirectoryTask, index: number) {
  const { target, settings, state, log } = session
  const held = await alreadyHeld(session, index, target.local?.directory, settings.name, task.label)
  const sent = held ?? (await sendDirectory(session, task, index))
  const answer = sent.answer
  const { cluster, expiresAt, gateway } = placement(session, answer)
  state.published.set(index, {
    type: 'directory',
    path: task.rootRelPath,
    name: settings.name,
    cid: answer.cid,
    size: task.size,
    // The preview marker the action added is not one of the user's files.
    files: task.entries.filter(e => !e.generated).length,
    cluster,
    gatewayUrl: gatewayUrl(gateway, answer.cid),
    expiresAt,
    ...(held && { reused: true }),
    ...storedTwice(session, index, task.label)
  })
  state.directoryFiles = task.entries.map(e => ({
    path: e.path,
    size: e.file.size,
    url: gatewayUrl(gateway, answer.cid, e.path)
  }))
  log.info(sent.line ?? `${verb(target, 'upload')} ${task.label} → ${answer.cid}`)
}

async function sendDirectory(
  session: Session,
  task: DirectoryTask,
  index: number
): Promise<{ answer: Placed; line?: string }> {
  const { target, settings, state, log } = session
  const item = {
    label: task.label,
    name: settings.name,
    what: 'upload',
    cid: target.local?.directory,
    profile: target.local?.profile ?? target.profiles?.current,
    noCid: NO_DIRECTORY_CID
  } as const
  const result = await guardResends(session, index, item, options =>
    target.api.uploadDirectory(
      task.entries.map(e => ({ path: e.path, source: fileSource(e.file) })),
      { ...pinOptions(settings), ...options, dirName: settings.name },
      task.label
    )
  )
  if ('held' in result) return result.held
  const uploaded = result.sent
  const flattened = flattenedWarning(task, uploaded, log)
  if (flattened) state.warnings.push(flattened)
  const local = target.local
  if (local?.directory !== undefined) {
    const profile = local.profile ?? target.profiles?.current
    if (profile !== undefined) {
      const kept = await learnProfile(session, uploaded.cid, { cid: local.directory, profile }, p =>
        directoryRootCid(task.entries, p, settings.deadline)
      )
      local.directory = kept.cid
    }
  }
  return { answer: uploaded }
}

/**
 * `reuse`: what Pinarkive already holds of the content whose local CID is `cid`, standing in for
 * its upload: the record itself, or the answer of a pin by CID when the record expires too
 * early or carries another name. Undefined: upload it (not held, not asked, or the pin failed).
 */
async function alreadyHeld(
  session: Session,
  index: number,
  cid: string | undefined,
  name: string,
  label: string
): Promise<{ answer: Placed; line: string } | undefined> {
  const { target, settings, log } = session
  if (!target.reuse || cid === undefined) return undefined
  const decision = await target.reuse.decide(cid, name)
  if (decision.action === 'upload') return undefined
  const { record } = decision
  if (decision.action === 'skip') {
    const answer = { cid: record.cid, clusterId: record.clusterId, expiresAt: record.expiresAt }
    return { answer, line: `Already pinned: ${label} → ${record.cid} (nothing uploaded)` }
  }
  try {
    const item = { label, name, what: 'pin request', cid: record.cid } as const
    const result = await guardResends(session, index, item, options =>
      target.api.pin(record.cid, { ...pinOptions(settings), ...options, name })
    )
    if ('held' in result) return result.held
    const pinned = result.sent
    const line = `${label}: already on the cluster: pinned by CID (${decision.reason}) → ${pinned.cid}`
    return { answer: pinned, line }
  } catch (error) {
    if (settings.deadline?.aborted) throw error
    log.debug(`Pinning ${record.cid} by CID failed (${errorText(error)}); uploading ${label}.`)
    return undefined
  }
}

/** What happened to an attempt whose body went out in full, as the log and summary say it. */
const CAUSE: Record<ResendCause, (reason: string) => string> = {
  dropped: () => 'the connection dropped',
  timeout: () => 'no answer came in time',
  unreadable: () => 'the answer could not be read in full',
  'server-error': reason => `Pinarkive answered ${/^HTTP \d{3}/.exec(reason)?.[0] ?? reason}`
}

const NO_FILE_CID = 'no local CID was computed for it (`verify: off`)'
const NO_DIRECTORY_CID = 'its local CID was not computed (`verify: off`)'

/** An upload or pin whose resends are guarded. */
interface GuardedItem {
  label: string
  /** The name its record carries: the file name, `name` for a directory and pins. */
  name: string
  what: 'upload' | 'pin request'
  /** The CID to ask about: the local one for an upload (undefined when not computed). */
  cid: string | undefined
  /** The profile an upload's local CID was computed under; undefined for a pin's CID. */
  profile?: CidProfile
  /** Why there is no CID to ask about. */
  noCid?: string
}

type Guarded<T> = { sent: T } | { held: { answer: Placed; line: string } }

/**
 * `send`, asking before each resend of a body that went out in full whether Pinarkive stored it
 * after all (`recheck`, with the item's CID, afresh). Held as asked: not sent again, and the
 * item stands for that record (`held`). Not held: sent again. Not known (no CID to ask with, a
 * refused or failed lookup, a `cid-profile: auto` CID no answer has confirmed yet): sent again,
 * and noted in `resentUnchecked`, since it may now be stored twice. This is no `reuse`: the
 * content was uploaded by this run, so `reuse: off` asks too.
 */
async function guardResends<T>(
  session: Session,
  index: number,
  item: GuardedItem,
  send: (options: SendOptions) => Promise<T>
): Promise<Guarded<T>> {
  const { target, state, log } = session
  const recheck = target.recheck
  if (!recheck) return { sent: await send({}) }
  let held: { answer: Placed; line: string } | undefined
  const beforeResend = async (event: ResendEvent) => {
    const happened = `${CAUSE[event.cause](event.reason)} after the ${item.what} was sent in full`
    const answer =
      item.cid === undefined
        ? ({ held: 'unknown', why: item.noCid ?? 'no CID to ask about' } as const)
        : await recheck.holdsNow(item.cid, item.name)
    if (answer.held === true) {
      const { record } = answer
      held = {
        answer: { cid: record.cid, clusterId: record.clusterId, expiresAt: record.expiresAt },
        line: `${item.label}: ${happened}; Pinarkive holds it now, so it was not sent again → ${record.cid}`
      }
      return 'stop'
    }
    const trusted =
      item.profile === undefined ||
      !target.profiles?.auto ||
      state.confirmedProfile === item.profile
    if (answer.held === false && trusted) {
      // Nothing of it is stored, not even by an earlier attempt: no copy to count.
      state.resentUnchecked.delete(index)
      log.debug(`${item.label}: ${happened}; Pinarkive does not hold it (${answer.reason}).`)
      return 'resend'
    }
    const why =
      answer.held === false
        ? `its local CID is under \`${item.profile}\`, which no answer of Pinarkive has confirmed yet (\`cid-profile: auto\`)`
        : answer.why
    state.resentUnchecked.set(
      index,
      `${happened}, and it was sent again without knowing whether Pinarkive had stored it: ${why}`
    )
    log.info(
      `${item.label}: ${happened}; sending it again without knowing whether Pinarkive stored it, so it may be stored twice: ${why}`
    )
    return 'resend'
  }
  try {
    return { sent: await send({ beforeResend }) }
  } catch (error) {
    if (error instanceof ResendStopped && held) return { held }
    throw error
  }
}

/** The `mayBeStoredTwice` mark of a published item, and its warning, when it may be. */
function storedTwice(session: Session, index: number, label: string) {
  const why = session.state.resentUnchecked.get(index)
  if (why === undefined) return {}
  session.state.warnings.push(
    `${label} may have been stored twice: ${why}. Look for a second copy among the account's uploads, and remove it if there is one.`
  )
  return { mayBeStoredTwice: why }
}

/**
 * `cid-profile: auto`: the local CID to keep for an item Pinarkive answered `server` for (see
 * ProfileChoice). Computing it again may fail (a file changed since): the upload stands, and
 * verification reports what it finds.
 */
async function learnProfile(
  session: Session,
  server: string,
  local: ProfiledCid,
  compute: (profile: CidProfile) => Promise<string>
): Promise<ProfiledCid> {
  const profiles = session.target.profiles
  if (!profiles?.auto) return local
  try {
    const kept = await profiles.reconcile(server, local, compute)
    if (sameContent(server, kept.cid)) session.state.confirmedProfile = kept.profile
    return kept
  } catch (error) {
    session.log.debug(`Could not compute the CID of ${local.cid} again: ${errorText(error)}`)
    return local
  }
}

async function pinCid(session: Session, task: PinTask, index: number): Promise<void> {
  const { target, settings, state, log } = session
  const item = {
    label: task.label,
    name: settings.name,
    what: 'pin request',
    cid: task.cid
  } as const
  const result = await guardResends(session, index, item, options =>
    target.api.pin(task.cid, { ...pinOptions(settings), ...options, name: settings.name })
  )
  const pinned = 'held' in result ? result.held.answer : result.sent
  const { cluster, expiresAt, gateway } = placement(session, pinned)
  state.published.set(index, {
    type: 'pin',
    name: settings.name,
    cid: pinned.cid,
    cluster,
    gatewayUrl: gatewayUrl(gateway, pinned.cid),
    expiresAt,
    ...storedTwice(session, index, task.label)
  })
  log.info('held' in result ? result.held.line : `${verb(target, 'pin')} ${pinned.cid}`)
}

/** `Uploaded` / `Would upload`: a dry run's log says nothing was sent. */
function verb(target: PublishTarget, action: 'upload' | 'pin'): string {
  if (target.dryRun) return action === 'upload' ? 'Would upload' : 'Would pin'
  return action === 'upload' ? 'Uploaded' : 'Pinned'
}

/** A message that starts with "this file" starts a sentence. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const THIS_ITEM = { file: 'this file', directory: 'this directory', pin: 'this CID' } as const

function recordFailure(session: Session, task: Task, index: number, error: unknown): void {
  const { settings, state, log } = session
  const size = task.type === 'pin' ? undefined : (task.type === 'file' ? task.file : task).size
  const explained =
    error instanceof FileReadError
      ? error.message
      : sentence(
          explainError(error, {
            // The report and the log name the item beside the message: it says "this file".
            item: THIS_ITEM[task.type],
            kind: task.type,
            size,
            cluster: settings.cluster,
            timelock: settings.timelock,
            apiUrl: settings.apiUrl,
            timeoutMs: settings.timeoutMs
          })
        )
  const twice = state.resentUnchecked.get(index)
  const message = twice ? `${explained} It may have been stored twice: ${twice}.` : explained
  state.failed.set(index, {
    type: task.type,
    path: task.type === 'pin' ? undefined : describeTask(task),
    name: task.type === 'file' ? path.posix.basename(task.file.relPath) : settings.name,
    cid: task.type === 'pin' ? task.cid : undefined,
    size,
    error: message
  })
  log.info(`Failed ${task.label}: ${message}`)
  if (isFatal(error) && state.fatal === undefined) state.fatal = message
}

/**
 * Compares the paths the server says it stored with those sent. A server that strips folders
 * (multer without preservePath) would publish a broken site, so this is worth a warning.
 */
function flattenedPaths(sent: readonly string[], listed: readonly string[]): string[] {
  const stored = new Set(listed)
  const keptUnderPrefix = (p: string) => listed.some(l => l.endsWith(`/${p}`))
  return sent.filter(p => !stored.has(p) && !keptUnderPrefix(p))
}

/** The warning for a directory whose folders the server did not keep, if it did not. */
function flattenedWarning(
  task: DirectoryTask,
  uploaded: UploadedDirectory,
  log: Log
): string | undefined {
  if (uploaded.files === undefined) {
    log.debug('The server did not list the stored files, so their paths could not be checked.')
    return undefined
  }
  const listed = uploaded.files.map(f => f.path)
  const lost = flattenedPaths(
    task.entries.map(e => e.path).filter(p => p.includes('/')),
    listed
  )
  if (lost.length === 0) return undefined
  const examples = lost.slice(0, 3).map(p => {
    const stored = listed.find(l => l === p.split('/').pop())
    return stored ? `\`${p}\` was stored as \`${stored}\`` : `\`${p}\` is missing`
  })
  return (
    `Pinarkive did not keep the folder structure of ${plural(lost.length, 'file')} (${examples.join('; ')}${lost.length > 3 ? '; …' : ''}). ` +
    'Links between pages of this site will be broken. Report it to Pinarkive support, or use `upload-as: files`.'
  )
}

/**
 * The outcome in input order. A duplicate takes its original's CID, or fails with it: the
 * original started before the duplicate claimed, so it either published or failed.
 */
function collectOutcome(session: Session, tasks: readonly Task[], skipped: number[]) {
  const { state, log, settings } = session
  const items: PublishedItem[] = []
  const failures: FailedItem[] = []
  let duplicates = 0
  tasks.forEach((task, index) => {
    const item = state.published.get(index)
    const failure = state.failed.get(index)
    if (item) items.push(item)
    if (failure) failures.push(failure)
    const owner = state.duplicateOf.get(index)
    if (owner === undefined || task.type !== 'file') return
    const file = task.file
    const of = describeTask(tasks[owner])
    const original = state.published.get(owner)
    const name = path.posix.basename(file.relPath)
    if (original) {
      duplicates++
      items.push({ ...original, path: file.relPath, name, duplicateOf: of })
      log.info(`Skipped ${file.relPath}: same bytes as ${of} → ${original.cid}`)
    } else {
      failures.push({
        type: 'file',
        path: file.relPath,
        name,
        size: file.size,
        error: `Same bytes as ${of}, which failed.`
      })
    }
  })
  if (duplicates > 0) {
    log.info(
      `${plural(duplicates, 'file')} had the same bytes as another file and ${duplicates === 1 ? 'was' : 'were'} not uploaded twice.`
    )
  }

  const deadline = settings.deadline
  const notAttempted =
    skipped.length > 0
      ? {
          items: skipped.map(i => describeTask(tasks[i])),
          reason: deadline?.aborted ? String(deadline.reason) : (state.fatal ?? 'the run stopped')
        }
      : undefined
  if (notAttempted) {
    log.info(`Not attempted (${notAttempted.items.length}): ${listSome(notAttempted.items)}`)
  }
  return {
    items,
    failures,
    notAttempted,
    directoryFiles: state.directoryFiles,
    warnings: state.warnings
  }
}
