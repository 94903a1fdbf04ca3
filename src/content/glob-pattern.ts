/**
 * The `path` patterns, matched exactly as `@actions/glob` 0.7 matches them (its `Pattern` and
 * pattern helper, which the package does not export): minimatch with the same options, a
 * trailing separator selecting directories only, implicit descendants (`dist` also means
 * `dist/**`), and each line overriding the lines before it. The walk (walk.ts) asks it, entry
 * by entry, what `@actions/glob` would visit and return; a test compares the two on real trees.
 */
import * as path from 'node:path'
import { Minimatch } from 'minimatch'

const IS_WINDOWS = process.platform === 'win32'

const MINIMATCH_OPTIONS = {
  dot: true,
  nobrace: true,
  nocase: IS_WINDOWS,
  nocomment: true,
  noext: true,
  nonegate: true
}

/** What a pattern selects at a path: nothing, a directory only, or anything. */
const NONE = 0
const DIRECTORY = 1
const FILE = 2
const ANY = DIRECTORY | FILE

export interface PatternLine {
  /** A `!` line. */
  exclude: boolean
  /** Absolute and normalized (no `.` or `..` segments). */
  pattern: string
}

class Pattern {
  private readonly minimatch: Minimatch
  private readonly directoriesOnly: boolean
  private readonly globstarLast: boolean
  private readonly root: string
  /** `pattern` without its trailing separator, for the implicit `pattern/**`. */
  readonly trimmed: string
  /** The path before the first glob segment, escapes undone: where a walk starts. */
  readonly searchPath: string

  constructor(
    readonly exclude: boolean,
    pattern: string,
    private readonly implicit: boolean
  ) {
    this.directoriesOnly = pattern.endsWith(path.sep)
    this.trimmed = trimSeparator(pattern)
    this.globstarLast = path.basename(this.trimmed) === '**'
    this.root = path.parse(this.trimmed).root
    const forMinimatch = IS_WINDOWS ? this.trimmed.replace(/\\/g, '/') : this.trimmed
    this.minimatch = new Minimatch(forMinimatch, MINIMATCH_OPTIONS)
    // Minimatch parses each segment without glob magic to its literal text.
    const parts = this.minimatch.set[0]
    const magic = parts.findIndex(part => typeof part !== 'string')
    const literal = (magic === -1 ? parts : parts.slice(0, magic)) as string[]
    this.searchPath = path.resolve(literal.join('/') || this.root)
  }

  /** Whether the pattern needs its implicit `/**` twin (not already ending in `**`). */
  get wantsDescendants(): boolean {
    return this.directoriesOnly || !this.globstarLast
  }

  match(item: string): number {
    // Minimatch matches `/dist/**` against `/dist/` but not `/dist`: @actions/glob adds the
    // separator so the directory itself matches too, except for the implicit pattern.
    const subject =
      this.globstarLast && !this.implicit && !item.endsWith(path.sep) ? item + path.sep : item
    if (!this.minimatch.match(subject)) return NONE
    return this.directoriesOnly ? DIRECTORY : ANY
  }

  /** Whether something below `item` may match. */
  partialMatch(item: string): boolean {
    if (path.dirname(item) === item) return samePath(item, this.root)
    const segments = item.split(IS_WINDOWS ? /\\+/ : /\/+/)
    return this.minimatch.matchOne(segments, this.minimatch.set[0], true)
  }
}

export class GlobPatterns {
  private readonly patterns: Pattern[]

  constructor(lines: readonly PatternLine[]) {
    this.patterns = lines.flatMap(line => {
      const pattern = new Pattern(line.exclude, line.pattern, false)
      if (!pattern.wantsDescendants) return [pattern]
      const descendants = path.join(pattern.trimmed, '**')
      return [pattern, new Pattern(line.exclude, descendants, true)]
    })
  }

  /** Where the include lines point: the folders (or files) a walk starts from. */
  searchPaths(): string[] {
    return this.patterns.filter(pattern => !pattern.exclude).map(pattern => pattern.searchPath)
  }

  /** What the lines select at `item`, the later lines overriding the earlier ones. */
  private match(item: string): number {
    let result = NONE
    for (const pattern of this.patterns) {
      if (pattern.exclude) result &= ~pattern.match(item)
      else result |= pattern.match(item)
    }
    return result
  }

  /** A file at `item` is selected. */
  selectsFile(item: string): boolean {
    return (this.match(item) & FILE) !== 0
  }

  /** Whether @actions/glob looks at `item` at all (stats it). */
  visits(item: string): boolean {
    return this.match(item) !== NONE || this.descendsInto(item)
  }

  /** A directory at `item` is walked into: an include line may match below it. */
  descendsInto(item: string): boolean {
    return this.patterns.some(pattern => !pattern.exclude && pattern.partialMatch(item))
  }

  /** A `!` line matches `item` itself (and, through its implicit `/**`, what lies below). */
  excludes(item: string): boolean {
    return this.patterns.some(pattern => pattern.exclude && pattern.match(item) !== NONE)
  }
}

/**
 * Where a walk for one pattern (absolute and normalized) starts: the path before its first glob
 * segment, escapes undone. Everything the pattern can match lies below it.
 */
export function searchPathOf(pattern: string): string {
  return new Pattern(false, pattern, false).searchPath
}

function trimSeparator(pattern: string): string {
  const root = path.parse(pattern).root
  return pattern.length > root.length && pattern.endsWith(path.sep) ? pattern.slice(0, -1) : pattern
}

function samePath(a: string, b: string): boolean {
  return IS_WINDOWS ? a.toUpperCase() === b.toUpperCase() : a === b
}
