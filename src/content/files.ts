/**
 * Finds the files to publish: globs in the workspace, hidden files, symlinks, sizes, and the
 * relative paths a directory upload uses. No network here.
 */
import { promises as fs, realpathSync, statSync } from 'node:fs'
import * as path from 'node:path'
import * as glob from '@actions/glob'
import { listSome, plural } from '../shared/format.js'

export interface LocalFile {
  /** Absolute path on the runner, as matched (a symlink stays a symlink here). */
  absPath: string
  /** Workspace-relative path with `/` separators, whatever the runner's OS. */
  relPath: string
  size: number
}

export interface FileSelection {
  /** Matched files, sorted by `relPath`. */
  files: LocalFile[]
  /** Workspace-relative paths of hidden files left out because `include-hidden-files` is false. */
  hiddenSkipped: string[]
  /** The directory `path` names when it names exactly one directory and nothing else. */
  singleDirectory: string | undefined
}

export interface DirectoryEntry {
  file: LocalFile
  /** Path inside the uploaded directory, `/`-separated, never absolute, never with `..`. */
  path: string
}

export interface DirectoryPlan {
  /** Absolute root the entry paths are relative to. */
  root: string
  /** The root relative to the workspace (`.` for the workspace itself), `/`-separated. */
  rootRelPath: string
  entries: DirectoryEntry[]
}

/** Thrown for problems with the matched files, with the fix in the message. */
export class FileSelectionError extends Error {
  override name = 'FileSelectionError'
}

const GLOB_MAGIC = /[*?[]/

export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/')
}

/** True when `child` is `parent` or lies below it (both absolute and normalized). */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** The part of a pattern before its first glob segment: where the user pointed. */
function literalPrefix(absPattern: string): string {
  const segments = absPattern.split(/[\\/]/)
  const magic = segments.findIndex(segment => GLOB_MAGIC.test(segment))
  const literal = magic === -1 ? segments : segments.slice(0, magic)
  return path.resolve(literal.join(path.sep) || path.sep)
}

/**
 * A file is hidden when a segment of its path *below where the user pointed* starts with a dot,
 * so `path: .vitepress/dist` publishes that folder while `.well-known/` inside it is hidden.
 */
function isHidden(file: string, searchRoots: readonly string[]): boolean {
  const roots = searchRoots.filter(root => isInside(root, file))
  const root = roots.sort((a, b) => b.length - a.length)[0] ?? path.dirname(file)
  return path
    .relative(root, file)
    .split(path.sep)
    .some(segment => segment.startsWith('.') && segment !== '.' && segment !== '..')
}

/**
 * Resolves `path` lines (globs relative to the workspace, `!` lines exclude) to files.
 * Refuses, before anything is uploaded, files whose real path is outside the workspace.
 */
export async function resolveFiles(
  patterns: readonly string[],
  options: { workspace: string; includeHidden: boolean }
): Promise<FileSelection> {
  const workspace = path.resolve(options.workspace)
  const absolute = patterns.map(line => {
    const exclude = line.startsWith('!')
    const pattern = exclude ? line.slice(1).trim() : line
    const abs = path.isAbsolute(pattern) ? pattern : path.join(workspace, pattern)
    return { exclude, abs }
  })
  const includes = absolute.filter(p => !p.exclude)
  const matched = await globFiles(absolute.map(p => (p.exclude ? `!${p.abs}` : p.abs)))
  const searchRoots = includes.map(p => literalPrefix(p.abs))

  const hidden: string[] = []
  const visible: string[] = []
  for (const file of matched) {
    if (!options.includeHidden && isHidden(file, searchRoots)) hidden.push(file)
    else visible.push(file)
  }

  return {
    files: insideWorkspace(visible, workspace),
    hiddenSkipped: hidden.map(file => relativeOrAbsolute(workspace, file)).sort(compareStrings),
    singleDirectory: await singleDirectory(includes.map(p => p.abs))
  }
}

/** Every file the patterns match, following symbolic links, hidden files included. */
async function globFiles(patterns: readonly string[]): Promise<string[]> {
  const globber = await glob.create(patterns.join('\n'), {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: false,
    omitBrokenSymbolicLinks: true,
    excludeHiddenFiles: false
  })
  return globber.glob()
}

/**
 * The files with their sizes and workspace-relative paths, sorted; throws, naming them, when
 * any lies outside the workspace once symbolic links are followed.
 */
function insideWorkspace(files: readonly string[], workspace: string): LocalFile[] {
  // Synchronous calls: nothing else runs yet, and for thousands of files they cost a tenth of
  // the thread-pool round trips of their promise versions.
  const realWorkspace = realpathSync.native(workspace)
  const checked = files.map(absPath => ({
    absPath,
    real: realpathSync.native(absPath),
    stat: statSync(absPath)
  }))
  const outside = checked.filter(({ real }) => !isInside(realWorkspace, real))
  if (outside.length > 0) {
    const names = outside.map(({ absPath, real }) =>
      absPath === real ? absPath : `${relativeOrAbsolute(workspace, absPath)} -> ${real}`
    )
    throw new FileSelectionError(
      `Refusing to publish ${plural(outside.length, 'file')} outside the workspace (IPFS content is public and permanent): ${listSome(names)}. ` +
        'Remove the symlinks, or exclude these files with `!` lines in `path`.'
    )
  }
  return checked
    .filter(({ stat }) => stat.isFile())
    .map(({ absPath, stat }) => ({
      absPath,
      relPath: toPosix(path.relative(workspace, absPath)),
      size: stat.size
    }))
    .sort((a, b) => compareStrings(a.relPath, b.relPath))
}

/** The directory `path` names, when it names exactly one directory and nothing else. */
async function singleDirectory(includes: readonly string[]): Promise<string | undefined> {
  if (includes.length !== 1 || GLOB_MAGIC.test(includes[0])) return undefined
  const stat = await fs.stat(includes[0]).catch(() => undefined)
  return stat?.isDirectory() ? path.resolve(includes[0]) : undefined
}

function relativeOrAbsolute(workspace: string, file: string): string {
  return isInside(workspace, file) ? toPosix(path.relative(workspace, file)) : file
}

/** Code-point order, so the order of files is the same on every OS and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The deepest directory containing every file. */
export function commonAncestor(files: readonly string[]): string {
  const split = files.map(file => path.dirname(path.resolve(file)).split(path.sep))
  const first = split[0] ?? []
  let depth = first.length
  for (const segments of split) {
    let i = 0
    while (i < depth && i < segments.length && segments[i] === first[i]) i++
    depth = i
  }
  return first.slice(0, depth).join(path.sep) || path.sep
}

/** Checks a path that will travel in a multipart filename, as the Pinarkive SDKs do. */
export function isSafeRelativePath(relative: string): boolean {
  return (
    relative !== '' &&
    !relative.startsWith('/') &&
    !/^[A-Za-z]:/.test(relative) &&
    !relative.split('/').some(segment => segment === '..' || segment === '')
  )
}

/**
 * Lays out a directory upload: picks the root (the `root` input, else the one directory named,
 * else the deepest common ancestor) and computes each file's path inside it.
 */
export function planDirectory(
  selection: FileSelection,
  options: { workspace: string; root: string }
): DirectoryPlan {
  const workspace = path.resolve(options.workspace)
  const root = options.root
    ? path.resolve(workspace, options.root)
    : (selection.singleDirectory ?? commonAncestor(selection.files.map(f => f.absPath)))
  if (!isInside(workspace, root)) {
    throw new FileSelectionError(
      `Input \`root\` is \`${options.root}\`: it lies outside the workspace (${workspace}). Use a folder inside the repository checkout.`
    )
  }
  const entries: DirectoryEntry[] = []
  const outsideRoot: string[] = []
  for (const file of selection.files) {
    const inside = toPosix(path.relative(root, file.absPath))
    if (isInside(root, file.absPath) && isSafeRelativePath(inside)) {
      entries.push({ file, path: inside })
    } else {
      outsideRoot.push(file.relPath)
    }
  }
  if (outsideRoot.length > 0) {
    throw new FileSelectionError(
      `${plural(outsideRoot.length, 'matched file')} ${outsideRoot.length === 1 ? 'is' : 'are'} outside \`root\` (${relativeOrAbsolute(workspace, root)}): ${listSome(outsideRoot)}. ` +
        'Set `root` to a folder that contains every file, or narrow `path`.'
    )
  }
  return { root, rootRelPath: toPosix(path.relative(workspace, root)) || '.', entries }
}
