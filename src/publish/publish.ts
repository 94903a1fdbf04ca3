/**
 * Carries out a publish plan: the directory or files to upload and the CIDs to pin, in parallel
 * up to `concurrency`. One failed item never stops the others; an error that would fail every
 * request (a rejected key, say) stops new ones from starting.
 */
import * as path from 'node:path'
import { ContentClaims } from '../content/dedupe.js'
import type { DirectoryEntry, LocalFile } from '../content/files.js'
import type { PublishPlan } from '../content/plan.js'
import { FileReadError, fileSource } from '../content/read-file.js'
import { explainError, isFatal } from '../pinarkive/explain.js'
import { gatewayUrl } from '../pinarkive/gateway.js'
import type { Uploaded, UploadedDirectory } from '../pinarkive/client.js'
import type { DirectoryFileLink, FailedItem, PublishedItem } from '../report/report.js'
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
export class PublishState {
  readonly published = new Map<number, PublishedItem>()
  readonly failed = new Map<number, FailedItem>()
  /** A files-mode file whose bytes an earlier file has: task index → that file's index. */
  readonly duplicateOf = new Map<number, number>()
  readonly claims = new ContentClaims()
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

/** The cluster, expiry and gateway of what the server answered. */
function placement(session: Session, uploaded: Uploaded) {
  const { settings, target } = session
  const cluster = uploaded.clusterId ?? (settings.cluster || null)
  return {
    cluster,
    expiresAt: uploaded.expiresAt ?? settings.timelock?.toISOString() ?? null,
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
  const uploaded = await target.api.uploadFile(
    { filename: name, source: fileSource(file, identity.data) },
    pinOptions(settings),
    task.label
  )
  const { cluster, expiresAt, gateway } = placement(session, uploaded)
  state.published.set(index, {
    type: 'file',
    path: file.relPath,
    name,
    cid: uploaded.cid,
    size: file.size,
    cluster,
    gatewayUrl: gatewayUrl(gateway, uploaded.cid),
    expiresAt
  })
  log.info(
    `${verb(target, 'upload')} ${file.relPath} (${formatBytes(file.size)}) → ${uploaded.cid}`
  )
}

async function uploadDirectory(session: Session, task: DirectoryTask, index: number) {
  const { target, settings, state, log } = session
  const uploaded = await target.api.uploadDirectory(
    task.entries.map(e => ({ path: e.path, source: fileSource(e.file) })),
    { ...pinOptions(settings), dirName: settings.name },
    task.label
  )
  const { cluster, expiresAt, gateway } = placement(session, uploaded)
  state.published.set(index, {
    type: 'directory',
    path: task.rootRelPath,
    name: settings.name,
    cid: uploaded.cid,
    size: task.size,
    files: task.entries.length,
    cluster,
    gatewayUrl: gatewayUrl(gateway, uploaded.cid),
    expiresAt
  })
  state.directoryFiles = task.entries.map(e => ({
    path: e.path,
    size: e.file.size,
    url: gatewayUrl(gateway, uploaded.cid, e.path)
  }))
  const flattened = flattenedWarning(task, uploaded, log)
  if (flattened) state.warnings.push(flattened)
  log.info(`${verb(target, 'upload')} ${task.label} → ${uploaded.cid}`)
}

async function pinCid(session: Session, task: PinTask, index: number): Promise<void> {
  const { target, settings, state, log } = session
  const pinned = await target.api.pin(task.cid, { ...pinOptions(settings), name: settings.name })
  const { cluster, expiresAt, gateway } = placement(session, pinned)
  state.published.set(index, {
    type: 'pin',
    name: settings.name,
    cid: pinned.cid,
    cluster,
    gatewayUrl: gatewayUrl(gateway, pinned.cid),
    expiresAt
  })
  log.info(`${verb(target, 'pin')} ${pinned.cid}`)
}

/** `Uploaded` / `Would upload`: a dry run's log says nothing was sent. */
function verb(target: PublishTarget, action: 'upload' | 'pin'): string {
  if (target.dryRun) return action === 'upload' ? 'Would upload' : 'Would pin'
  return action === 'upload' ? 'Uploaded' : 'Pinned'
}

function recordFailure(session: Session, task: Task, index: number, error: unknown): void {
  const { settings, state, log } = session
  const size = task.type === 'pin' ? undefined : (task.type === 'file' ? task.file : task).size
  const message =
    error instanceof FileReadError
      ? error.message
      : explainError(error, {
          item: task.label,
          kind: task.type,
          size,
          cluster: settings.cluster,
          timelock: settings.timelock,
          apiUrl: settings.apiUrl,
          timeoutMs: settings.timeoutMs
        })
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
export function flattenedPaths(sent: readonly string[], listed: readonly string[]): string[] {
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
