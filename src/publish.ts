/**
 * Carries out a publish plan: the directory or files to upload and the CIDs to pin, in parallel
 * up to `concurrency`. One failed item never stops the others; an error that would fail every
 * request (a rejected key, say) stops new ones from starting.
 */
import * as path from 'node:path'
import type { DirectoryEntry, LocalFile } from './files.js'
import { ContentClaims } from './dedupe.js'
import { explainError, isFatal } from './explain.js'
import type { Identify } from './file-identity.js'
import type { Log } from './log.js'
import { formatBytes, listSome, plural } from './format.js'
import { gatewayUrl } from './gateway.js'
import type { PinarkiveClient, Uploaded, UploadedDirectory } from './pinarkive-client.js'
import { runPool } from './pool.js'
import type { DirectoryFileLink, FailedItem, PublishedItem } from './report.js'

export interface PublishPlan {
  directory?: {
    /** Workspace-relative root, `/`-separated (`.` for the workspace). */
    rootRelPath: string
    entries: DirectoryEntry[]
  }
  files: LocalFile[]
  pins: string[]
}

export interface PublishSettings {
  name: string
  cluster: string
  timelock: Date | undefined
  concurrency: number
  apiUrl: string
  timeoutMs: number
  /** The gateway base for content on a cluster (null: the account default). */
  gatewayFor(clusterId: string | null): string
  /** Aborted when `max-duration` runs out: nothing new starts after that. */
  deadline?: AbortSignal
  /** A dry run: the API computes CIDs locally; logs say what would be published. */
  dryRun?: boolean
  /** Files mode: what each file is (bytes, CID, content key), found just before its upload. */
  identify: Identify
}

export interface PublishOutcome {
  items: PublishedItem[]
  failures: FailedItem[]
  notAttempted: { items: string[]; reason: string } | undefined
  directoryFiles: DirectoryFileLink[]
  warnings: string[]
}

type Api = Pick<PinarkiveClient, 'uploadFile' | 'uploadDirectory' | 'pin'>

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

function describeTask(task: Task): string {
  return task.type === 'pin'
    ? task.cid
    : task.type === 'file'
      ? task.file.relPath
      : task.rootRelPath
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

export async function publish(
  plan: PublishPlan,
  api: Api,
  settings: PublishSettings,
  log: Log
): Promise<PublishOutcome> {
  // One task per item, reported in input order. A files-mode file whose bytes an earlier file
  // has is not sent: it takes that file's CID (`duplicateOf`, task index → earlier task index).
  const tasks = buildTasks(plan)
  const claims = new ContentClaims()
  const duplicateOf = new Map<number, number>()
  const published = new Map<number, PublishedItem>()
  const failed = new Map<number, FailedItem>()
  const warnings: string[] = []
  let directoryFiles: DirectoryFileLink[] = []
  let fatal: string | undefined

  const base = { cluster: settings.cluster, timelock: settings.timelock }
  const [uploadedVerb, pinnedVerb] = settings.dryRun
    ? ['Would upload', 'Would pin']
    : ['Uploaded', 'Pinned']
  const common = (uploaded: Uploaded) => {
    const cluster = uploaded.clusterId ?? (settings.cluster || null)
    return {
      cluster,
      expiresAt: uploaded.expiresAt ?? settings.timelock?.toISOString() ?? null,
      base: settings.gatewayFor(cluster)
    }
  }

  /** Uploads a file, unless an earlier file has its bytes (then records it as a duplicate). */
  async function uploadFile(task: FileTask, index: number, claim: Claim): Promise<void> {
    const { file } = task
    const identity = await settings.identify(file, settings.deadline).catch(async error => {
      await claim(undefined)
      throw error
    })
    const owner = await claim(identity.key)
    if (owner !== undefined) {
      duplicateOf.set(index, owner)
      return
    }
    const name = path.posix.basename(file.relPath)
    const uploaded = await api.uploadFile(
      { absPath: file.absPath, filename: name, size: file.size, data: identity.data },
      base,
      task.label
    )
    const { cluster, expiresAt, base: gateway } = common(uploaded)
    published.set(index, {
      type: 'file',
      path: file.relPath,
      name,
      cid: uploaded.cid,
      size: file.size,
      cluster,
      gatewayUrl: gatewayUrl(gateway, uploaded.cid),
      expiresAt
    })
    log.info(`${uploadedVerb} ${file.relPath} (${formatBytes(file.size)}) → ${uploaded.cid}`)
  }

  async function uploadDirectory(task: DirectoryTask, index: number): Promise<void> {
    const uploaded = await api.uploadDirectory(
      task.entries.map(e => ({ absPath: e.file.absPath, path: e.path, size: e.file.size })),
      { ...base, dirName: settings.name },
      task.label
    )
    const { cluster, expiresAt, base: gateway } = common(uploaded)
    published.set(index, {
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
    directoryFiles = task.entries.map(e => ({
      path: e.path,
      size: e.file.size,
      url: gatewayUrl(gateway, uploaded.cid, e.path)
    }))
    checkPaths(task, uploaded)
    log.info(`${uploadedVerb} ${task.label} → ${uploaded.cid}`)
  }

  async function pin(task: PinTask, index: number): Promise<void> {
    const pinned = await api.pin(task.cid, { ...base, name: settings.name })
    const { cluster, expiresAt, base: gateway } = common(pinned)
    published.set(index, {
      type: 'pin',
      name: settings.name,
      cid: pinned.cid,
      cluster,
      gatewayUrl: gatewayUrl(gateway, pinned.cid),
      expiresAt
    })
    log.info(`${pinnedVerb} ${pinned.cid}`)
  }

  /** One item: its request, and on failure an explained entry in `failed`. */
  async function runTask(task: Task, index: number): Promise<void> {
    try {
      // A file queues for its content before anything is awaited: claims go in task order.
      if (task.type === 'file') await uploadFile(task, index, claims.enter(index, task.file.size))
      else if (task.type === 'directory') await uploadDirectory(task, index)
      else await pin(task, index)
    } catch (error) {
      const size = task.type === 'pin' ? undefined : (task.type === 'file' ? task.file : task).size
      const message = explainError(error, {
        item: task.label,
        kind: task.type,
        size,
        cluster: settings.cluster,
        timelock: settings.timelock,
        apiUrl: settings.apiUrl,
        timeoutMs: settings.timeoutMs
      })
      failed.set(index, {
        type: task.type,
        path:
          task.type === 'file'
            ? task.file.relPath
            : task.type === 'directory'
              ? task.rootRelPath
              : undefined,
        name: task.type === 'file' ? path.posix.basename(task.file.relPath) : settings.name,
        cid: task.type === 'pin' ? task.cid : undefined,
        size,
        error: message
      })
      log.info(`Failed ${task.label}: ${message}`)
      if (isFatal(error) && fatal === undefined) fatal = message
    }
  }

  function checkPaths(task: DirectoryTask, uploaded: UploadedDirectory) {
    if (uploaded.files === undefined) {
      log.debug('The server did not list the stored files, so their paths could not be checked.')
      return
    }
    const listed = uploaded.files.map(f => f.path)
    const lost = flattenedPaths(
      task.entries.map(e => e.path).filter(p => p.includes('/')),
      listed
    )
    if (lost.length > 0) {
      const examples = lost.slice(0, 3).map(p => {
        const stored = listed.find(l => l === p.split('/').pop())
        return stored ? `\`${p}\` was stored as \`${stored}\`` : `\`${p}\` is missing`
      })
      warnings.push(
        `Pinarkive did not keep the folder structure of ${plural(lost.length, 'file')} (${examples.join('; ')}${lost.length > 3 ? '; …' : ''}). ` +
          'Links between pages of this site will be broken. Report it to Pinarkive support, or use `upload-as: files`.'
      )
    }
  }

  const deadline = settings.deadline
  const skipped = await runPool(
    tasks,
    settings.concurrency,
    runTask,
    () => fatal !== undefined || deadline?.aborted === true
  )
  const notAttemptedItems = skipped.map(i => describeTask(tasks[i]))

  const items: PublishedItem[] = []
  const failures: FailedItem[] = []
  let duplicates = 0
  tasks.forEach((task, index) => {
    const item = published.get(index)
    const failure = failed.get(index)
    if (item) items.push(item)
    if (failure) failures.push(failure)
    const owner = duplicateOf.get(index)
    if (owner === undefined || task.type !== 'file') return
    const file = task.file
    const of = describeTask(tasks[owner])
    const original = published.get(owner)
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
        // The owner started before this file claimed, so it either published or failed.
        error: `Same bytes as ${of}, which failed.`
      })
    }
  })
  if (duplicates > 0) {
    log.info(
      `${plural(duplicates, 'file')} had the same bytes as another file and ${duplicates === 1 ? 'was' : 'were'} not uploaded twice.`
    )
  }

  const notAttempted =
    notAttemptedItems.length > 0
      ? {
          items: notAttemptedItems,
          reason: deadline?.aborted ? String(deadline.reason) : (fatal ?? 'the run stopped')
        }
      : undefined
  if (notAttempted) {
    log.info(`Not attempted (${notAttempted.items.length}): ${listSome(notAttempted.items)}`)
  }
  return { items, failures, notAttempted, directoryFiles, warnings }
}
