/**
 * Finds the files to publish: globs in the workspace, hidden files, symlinks, sizes, and the
 * relative paths a directory upload uses. No network here.
 *
 * Every file name comes from whoever built the files (a fork, in the `workflow_run` pattern),
 * so a matched entry that cannot be published as it is (a name that is not UTF-8, a link that
 * loops, a file the runner may not read) is never left out quietly: it is listed, with a
 * `path` line that leaves it out.
 */
import {
  closeSync,
  fstatSync,
  openSync,
  promises as fs,
  readlinkSync,
  realpathSync,
  type BigIntStats
} from 'node:fs'
import * as path from 'node:path'
import { listSome, plural } from '../shared/format.js'
import { GlobPatterns, searchPathOf, type PatternLine } from './glob-pattern.js'
import {
  describeKind,
  explainFsError,
  OPEN_FLAGS,
  type Inode,
  type ScannedFile
} from './read-file.js'
import { walk, type Found } from './walk.js'

export interface LocalFile extends ScannedFile {
  /** Workspace-relative path with `/` separators, whatever the runner's OS. */
  relPath: string
}

/** A matched entry that cannot be published as it is. */
export interface UnreadableEntry {
  /** Workspace-relative, `/`-separated; bytes that are not valid UTF-8 shown as `\xNN`. */
  relPath: string
  /** Why, in words: `its path is not valid UTF-8 (…)`. */
  reason: string
  /** A `path` line that leaves it out: `!dist/latin1-?.html`. */
  exclude: string
}

export interface FileSelection {
  /** Matched files, sorted by `relPath`. */
  files: LocalFile[]
  /** Matched entries that cannot be published, sorted by `relPath`. */
  unreadable: UnreadableEntry[]
  /** Workspace-relative paths of hidden files left out because `include-hidden-files` is false. */
  hiddenSkipped: string[]
  /** The directory `path` names when it names exactly one directory and nothing else. */
  singleDirectory: string | undefined
}

export interface DirectoryEntry {
  file: LocalFile
  /** Path inside the uploaded directory, `/`-separated, never absolute, never with `..`. */
  path: string
  /** Added by the action (the preview marker), not matched in the workspace. */
  generated?: true
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

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/')
}

/** True when `child` is `parent` or lies below it (both absolute and normalized). */
function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  // `..foo` is a name below `parent`; only `..` itself, as a whole segment, climbs out.
  const climbs = relative === '..' || relative.startsWith(`..${path.sep}`)
  return relative === '' || (!climbs && !path.isAbsolute(relative))
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
 * Refuses, before walking anything, a line that points outside the workspace; and, before
 * anything is uploaded, files whose real path is outside it (through a symbolic link).
 */
export async function resolveFiles(
  patterns: readonly string[],
  options: { workspace: string; includeHidden: boolean }
): Promise<FileSelection> {
  const workspace = path.resolve(options.workspace)
  const lines: PatternLine[] = patterns.map(line => {
    const exclude = line.startsWith('!')
    const pattern = exclude ? line.slice(1).trim() : line
    const abs = path.isAbsolute(pattern) ? path.normalize(pattern) : path.join(workspace, pattern)
    return { exclude, pattern: abs }
  })
  refuseLinesOutside(patterns, lines, workspace)
  const includes = lines.filter(line => !line.exclude).map(line => line.pattern)
  const searchRoots = includes.map(literalPrefix)
  const globPatterns = new GlobPatterns(lines)
  const found = walk(outermost(globPatterns.searchPaths()), globPatterns)

  const hidden: Found[] = []
  const visible: Found[] = []
  for (const entry of found) {
    if (!options.includeHidden && isHidden(entry.path, searchRoots)) hidden.push(entry)
    else visible.push(entry)
  }
  return {
    ...examineAll(visible, workspace),
    hiddenSkipped: hidden
      .map(entry => relativeOrAbsolute(workspace, entry.shown))
      .sort(compareStrings),
    singleDirectory: await singleDirectory(includes)
  }
}

/**
 * Include lines that leave the workspace once `..` and absolute paths are resolved
 * (`dist/../../**`, `/tmp/**`, `../other`) are refused before anything is walked, so nothing
 * outside is listed, stat'ed or named. Such a line is where the walk would start, not a file
 * found: the error names the line as written, and no path outside. A `!` line outside excludes
 * nothing and is left alone. Inside means inside the workspace as given (GITHUB_WORKSPACE).
 */
function refuseLinesOutside(
  written: readonly string[],
  lines: readonly PatternLine[],
  workspace: string
): void {
  const outside = lines.flatMap((line, i) =>
    line.exclude || isInside(workspace, searchPathOf(line.pattern)) ? [] : [`\`${written[i]}\``]
  )
  if (outside.length === 0) return
  const one = outside.length === 1
  throw new FileSelectionError(
    `Input \`path\` has ${one ? 'a line' : `${outside.length} lines`} that ${one ? 'leaves' : 'leave'} the workspace (${workspace}), so nothing was searched: ${listSome(outside)}. ` +
      'Only files inside the workspace are published (IPFS content is public and permanent). ' +
      'Write each line relative to the workspace without climbing out of it with `..` (such as `dist` or `dist/**/*.html`), or copy the files into the workspace first.'
  )
}

/** The roots, without those inside another (walked already) or repeated. */
function outermost(roots: readonly string[]): string[] {
  const unique = [...new Set(roots)].sort((a, b) => a.length - b.length)
  return unique.filter((root, i) => !unique.slice(0, i).some(other => isInside(other, root)))
}

/**
 * The files with their sizes, inodes and workspace-relative paths, and the entries that cannot
 * be published, both sorted; throws, naming them, when any file lies outside the workspace once
 * symbolic links are followed.
 */
function examineAll(
  found: readonly Found[],
  workspace: string
): Pick<FileSelection, 'files' | 'unreadable'> {
  const realWorkspace = realpathSync.native(workspace)
  const files: LocalFile[] = []
  const unreadable: UnreadableEntry[] = []
  const outside: string[] = []
  for (const entry of found) {
    const result = examine(entry)
    if (typeof result === 'string') {
      unreadable.push(unreadableEntry(workspace, entry, result))
    } else if (!isInside(realWorkspace, result.real)) {
      const shown = relativeOrAbsolute(workspace, entry.path)
      outside.push(entry.path === result.real ? entry.path : `${shown} -> ${result.real}`)
    } else {
      const { inode, size } = result
      const relPath = toPosix(path.relative(workspace, entry.path))
      files.push({ absPath: entry.path, relPath, size, inode })
    }
  }
  if (outside.length > 0) {
    throw new FileSelectionError(
      `Refusing to publish ${plural(outside.length, 'file')} outside the workspace (IPFS content is public and permanent): ${listSome(outside)}. ` +
        'Remove the symlinks, or exclude these files with `!` lines in `path`.'
    )
  }
  return {
    files: files.sort((a, b) => compareStrings(a.relPath, b.relPath)),
    unreadable: unreadable.sort((a, b) => compareStrings(a.relPath, b.relPath))
  }
}

interface Examined {
  inode: Inode
  size: number
  /** Where the file really is, symbolic links resolved. */
  real: string
}

/** What an entry the walk found is, or why it cannot be published. */
function examine(entry: Found): Examined | string {
  const { stats, error } = entry
  if (error) {
    const why = explainFsError(error)
    return stats ? `a folder whose content cannot be listed: ${why}` : why
  }
  if (entry.shown !== entry.path) {
    return 'its path is not valid UTF-8 (those bytes are shown as \\xNN), so it cannot be sent as it is'
  }
  if (!stats.isFile()) return `${describeKind(stats)}, not a regular file`
  return probe(entry.path, stats)
}

/**
 * Opens a listed file, as every read will: it must open (the runner may read it), be the
 * regular file the walk saw, and its real path is taken from the open descriptor itself, so the
 * inode recorded is the one whose place was checked.
 */
function probe(absPath: string, listed: BigIntStats): Examined | string {
  let fd: number
  try {
    fd = openSync(absPath, OPEN_FLAGS)
  } catch (error) {
    return explainFsError(error)
  }
  try {
    const stats = fstatSync(fd, { bigint: true })
    if (!stats.isFile() || stats.dev !== listed.dev || stats.ino !== listed.ino) {
      return 'it was replaced while the files were being listed'
    }
    const inode = { dev: stats.dev, ino: stats.ino }
    return { inode, size: Number(stats.size), real: realPathOf(fd, absPath) }
  } catch (error) {
    return explainFsError(error)
  } finally {
    closeSync(fd)
  }
}

/**
 * Where an open file really is. Linux names the very file opened (`/proc/self/fd`), so no swap
 * can slip between the check and the inode; elsewhere the path is resolved again, which a swap
 * could race, but every read still checks the inode.
 */
function realPathOf(fd: number, absPath: string): string {
  if (process.platform === 'linux') {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`)
    } catch {
      // No /proc mounted: resolve the path instead.
    }
  }
  return realpathSync.native(absPath)
}

function unreadableEntry(workspace: string, entry: Found, reason: string): UnreadableEntry {
  return {
    relPath: relativeOrAbsolute(workspace, entry.shown),
    reason,
    exclude: exclusionLine(relativeOrAbsolute(workspace, entry.path))
  }
}

/**
 * A `path` line that leaves out exactly this entry: glob characters escaped, and as `?` the
 * characters a `path` line cannot hold (control characters, spaces at either end, which are
 * trimmed) and U+FFFD, which stands for bytes that are not UTF-8 in the name as matched.
 */
function exclusionLine(relative: string): string {
  const escaped = relative.replace(/[*?[\\]/g, c => (c === '\\' ? '\\\\' : `[${c}]`))
  const typable = escaped.replace(/[\p{Cc}\u2028\u2029\ufffd]/gu, '?').replace(/^\s|\s$/g, '?')
  return `!${typable}`
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

/** Entries named in an error message, at most: each is named in the log. */
const NAMED_IN_ERRORS = 20

/**
 * A directory upload without some of its matched files would publish an incomplete site under
 * one CID: refused before anything is sent, naming each entry and the line that leaves it out.
 */
function incompleteDirectory(unreadable: readonly UnreadableEntry[]): FileSelectionError {
  const them = unreadable.length === 1 ? 'it' : 'them'
  const some = unreadable.slice(0, NAMED_IN_ERRORS)
  const more = unreadable.length - some.length
  const named = some.map(entry => `${entry.relPath}: ${entry.reason}`).join('; ')
  const lines = some.map(entry => entry.exclude).join(', ')
  return new FileSelectionError(
    `Nothing was uploaded: the directory would be incomplete, as ${plural(unreadable.length, 'matched file')} cannot be published. ${named}${more > 0 ? `; and ${more} more (see the log)` : ''}. ` +
      `Fix or remove ${them}, or leave ${them} out with these lines in \`path\`: ${lines}${more > 0 ? ', …' : ''}.`
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
  if (selection.unreadable.length > 0) throw incompleteDirectory(selection.unreadable)
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
