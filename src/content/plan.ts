/** From inputs to a publish plan: which files, in which mode, and what to pin. No network. */
import { listSome, plural } from '../shared/format.js'
import type { Log } from '../shared/log.js'
import {
  type DirectoryEntry,
  type LocalFile,
  planDirectory,
  resolveFiles,
  type UnreadableEntry
} from './files.js'

export interface PublishPlan {
  directory?: {
    /** Workspace-relative root, `/`-separated (`.` for the workspace). */
    rootRelPath: string
    entries: DirectoryEntry[]
  }
  files: LocalFile[]
  /** Files mode: matched entries that cannot be published; each fails as an item of its own. */
  unreadable?: UnreadableEntry[]
  pins: string[]
}

/** The inputs a plan is made from. */
export interface PlanOptions {
  /** `path` lines: include patterns, and `!` lines that exclude. */
  paths: string[]
  /** CIDs to pin, validated. */
  cids: string[]
  uploadAs: 'auto' | 'directory' | 'files'
  root: string
  ifNoFilesFound: 'error' | 'warn' | 'ignore'
  includeHiddenFiles: boolean
  /** A dry run: the log says "would be uploaded". */
  dryRun?: boolean
  /** `name` was set: files mode warns that it is ignored there. */
  nameGiven?: boolean
}

export interface PlanResult {
  plan: PublishPlan
  hiddenSkipped: string[]
  /** `path` was set but matched no file. */
  noFilesMatched: boolean
}

class NoFilesError extends Error {
  override name = 'NoFilesError'
}

function noFilesMessage(inputs: PlanOptions, hidden: readonly string[]): string {
  const hiddenNote =
    hidden.length > 0
      ? ` ${plural(hidden.length, 'hidden file')} matched but ${hidden.length === 1 ? 'was' : 'were'} left out (${listSome(hidden, 3)}); set \`include-hidden-files: true\` to publish them.`
      : ''
  return (
    `No files matched \`path\` (${inputs.paths.join(', ')}). Paths are relative to the workspace; check that the build step ran and wrote its output there.` +
    hiddenNote
  )
}

export async function buildPlan(
  inputs: PlanOptions,
  workspace: string,
  log: Log
): Promise<PlanResult> {
  const plan: PublishPlan = { files: [], pins: inputs.cids }
  if (inputs.paths.length === 0) return { plan, hiddenSkipped: [], noFilesMatched: false }

  const selection = await resolveFiles(inputs.paths, {
    workspace,
    includeHidden: inputs.includeHiddenFiles
  })
  const { files, hiddenSkipped, unreadable } = selection
  for (const file of files) log.debug(`matched ${file.relPath} (${file.size} B)`)
  if (hiddenSkipped.length > 0) {
    log.info(
      `Left out ${plural(hiddenSkipped.length, 'hidden file')}: ${listSome(hiddenSkipped)}. Set include-hidden-files: true to publish them.`
    )
  }
  for (const entry of unreadable) {
    log.info(
      `Cannot publish ${entry.relPath}: ${entry.reason}. Leave it out with: ${entry.exclude}`
    )
  }

  if (files.length === 0 && unreadable.length === 0) {
    const message = noFilesMessage(inputs, hiddenSkipped)
    if (inputs.ifNoFilesFound === 'error') throw new NoFilesError(message)
    if (inputs.ifNoFilesFound === 'warn') log.warning(message)
    else log.info(message)
    return { plan, hiddenSkipped, noFilesMatched: true }
  }

  const asDirectory =
    inputs.uploadAs === 'directory' ||
    (inputs.uploadAs === 'auto' && selection.singleDirectory !== undefined)
  if (asDirectory) {
    const directory = planDirectory(selection, { workspace, root: inputs.root })
    log.info(
      `Directory mode: ${plural(files.length, 'file')} under ${directory.rootRelPath}/ ${inputs.dryRun ? 'would be uploaded (dry run)' : 'will be uploaded'} as one directory.`
    )
    plan.directory = { rootRelPath: directory.rootRelPath, entries: directory.entries }
  } else {
    if (inputs.root !== '') {
      log.warning(
        'Input `root` only applies when uploading a directory (upload-as: directory); it was ignored.'
      )
    }
    plan.files = files
    plan.unreadable = unreadable
    const failing =
      unreadable.length > 0
        ? `; ${plural(unreadable.length, 'more matched file')} cannot be published and will be listed as failed`
        : ''
    log.info(
      `Files mode: ${plural(files.length, 'file')} ${inputs.dryRun ? 'would be uploaded (dry run)' : 'will be uploaded'} one by one${failing}.`
    )
    if (inputs.nameGiven && inputs.cids.length === 0 && files.length > 0) {
      log.warning(
        'Input `name` names a directory upload and pins, not files: in files mode each file is uploaded under its own file name, so `name` was ignored. Remove it, or set `upload-as: directory` to publish the files as one named directory.'
      )
    }
  }
  return { plan, hiddenSkipped, noFilesMatched: false }
}
