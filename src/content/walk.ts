/**
 * Walks the folders the `path` patterns point at, as `@actions/glob` walks them: following
 * symbolic links, looking only at what the patterns may select, skipping broken links and
 * symbolic-link cycles. Two differences keep a hostile tree from hiding or crashing anything:
 *
 * - Names are read as bytes. Node decodes a name that is not valid UTF-8 with U+FFFD, a name
 *   that then opens nothing, so `@actions/glob` took such a file for a broken link and left it
 *   out without a word. Here it is found, matched by that decoded name, and reported.
 * - An entry that cannot be examined (`ELOOP`, `EACCES`) is reported instead of ending the walk.
 *
 * Synchronous: nothing else runs yet, and for thousands of entries the calls cost a tenth of
 * the thread-pool round trips of their promise versions. One `readdir` per folder walked, and
 * one `stat` per entry the patterns may select, as `@actions/glob` does.
 */
import { isUtf8 } from 'node:buffer'
import { readdirSync, statSync, type BigIntStats } from 'node:fs'
import * as path from 'node:path'
import type { GlobPatterns } from './glob-pattern.js'

interface Entry {
  /** Absolute path as text: what the patterns match (undecodable bytes as U+FFFD). */
  path: string
  /** The path to open: the exact bytes when the text is not valid UTF-8. */
  fsPath: string | Buffer
  /** `path` with each byte that is not valid UTF-8 shown as `\xNN` (and `\` as `\\`). */
  shown: string
}

/**
 * A file the patterns select, with its stats (symbolic links followed), or an entry that could
 * not be examined: with `stats`, a folder that could not be read.
 */
export type Found =
  | (Entry & { stats: BigIntStats; error?: undefined })
  | (Entry & { stats?: BigIntStats; error: NodeJS.ErrnoException })

interface Item {
  path: string
  fsPath: string | Buffer
  /** Set once a name on the way was not valid UTF-8. */
  shown: string | undefined
  /** The folders above, to stop at a symbolic link back to one of them. */
  ancestors: Ancestor | undefined
}

interface Ancestor {
  dev: bigint
  ino: bigint
  up: Ancestor | undefined
}

/**
 * Every file the patterns select under `roots` (which must not lie inside each other), and
 * every selected entry that could not be examined, in no particular order.
 */
export function walk(roots: readonly string[], patterns: GlobPatterns): Found[] {
  const found: Found[] = []
  const stack: Item[] = roots.map(root => ({
    path: root,
    fsPath: root,
    shown: undefined,
    ancestors: undefined
  }))
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (!patterns.visits(item.path)) continue
    let stats: BigIntStats | undefined
    try {
      stats = statSync(item.fsPath, { bigint: true, throwIfNoEntry: false })
    } catch (error) {
      if (unexaminedMatters(item.path, error, patterns)) found.push(problem(item, error))
      continue
    }
    // A broken symbolic link, or an entry removed since its folder was read: nothing to publish.
    if (stats === undefined) continue
    if (!stats.isDirectory()) {
      if (patterns.selectsFile(item.path)) found.push({ ...entry(item), stats })
      continue
    }
    if (!patterns.descendsInto(item.path) || isCycle(item.ancestors, stats)) continue
    const ancestors = { dev: stats.dev, ino: stats.ino, up: item.ancestors }
    let names: Buffer[]
    try {
      names = readdirSync(item.fsPath, { encoding: 'buffer' })
    } catch (error) {
      if (!patterns.excludes(item.path)) found.push({ ...problem(item, error), stats })
      continue
    }
    for (let i = names.length - 1; i >= 0; i--) stack.push(child(item, names[i], ancestors))
  }
  return found
}

/**
 * Whether an entry that could not be examined might have been published: as a file the
 * patterns select, or as a folder they would walk into (unless a `!` line excludes it). A
 * looping link is never a folder.
 */
function unexaminedMatters(item: string, error: unknown, patterns: GlobPatterns): boolean {
  if (patterns.selectsFile(item)) return true
  const loop = (error as NodeJS.ErrnoException).code === 'ELOOP'
  return !loop && patterns.descendsInto(item) && !patterns.excludes(item)
}

function isCycle(ancestors: Ancestor | undefined, stats: BigIntStats): boolean {
  for (let a = ancestors; a !== undefined; a = a.up) {
    if (a.dev === stats.dev && a.ino === stats.ino) return true
  }
  return false
}

function entry(item: Item): Entry {
  return { path: item.path, fsPath: item.fsPath, shown: item.shown ?? item.path }
}

function problem(item: Item, error: unknown): Found {
  return { ...entry(item), error: error as NodeJS.ErrnoException }
}

const SEPARATOR = Buffer.from(path.sep)

function child(parent: Item, name: Buffer, ancestors: Ancestor): Item {
  const valid = isUtf8(name)
  const text = name.toString('utf8')
  const join = (base: string, leaf: string) =>
    base.endsWith(path.sep) ? base + leaf : base + path.sep + leaf
  const exact = valid && typeof parent.fsPath === 'string'
  return {
    path: join(parent.path, text),
    fsPath: exact
      ? join(parent.fsPath as string, text)
      : Buffer.concat([Buffer.from(parent.fsPath), SEPARATOR, name]),
    shown:
      valid && parent.shown === undefined
        ? undefined
        : join(parent.shown ?? parent.path, valid ? text : showBytes(name)),
    ancestors
  }
}

/** The name with each byte that is not part of a valid UTF-8 sequence as `\xNN`. */
function showBytes(name: Buffer): string {
  let shown = ''
  let i = 0
  while (i < name.length) {
    const length = sequenceLength(name[i])
    const sequence = name.subarray(i, i + length)
    if (length > 0 && sequence.length === length && isUtf8(sequence)) {
      const text = sequence.toString('utf8')
      // Backslashes doubled, so `\xe9` can only be the escape, never a name that spells it.
      shown += text === '\\' ? '\\\\' : text
      i += length
    } else {
      shown += `\\x${name[i].toString(16).padStart(2, '0')}`
      i += 1
    }
  }
  return shown
}

/** The length of the UTF-8 sequence a byte starts, or 0 when no valid sequence starts so. */
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1
  if (byte >= 0xc2 && byte <= 0xdf) return 2
  if (byte >= 0xe0 && byte <= 0xef) return 3
  if (byte >= 0xf0 && byte <= 0xf4) return 4
  return 0
}
