/** Finds files in a selection with identical bytes, so files mode uploads each content once. */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type { LocalFile } from './files.js'

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/**
 * Maps each duplicate's `relPath` to the `relPath` of the first file with the same bytes.
 * Only files whose size collides are hashed, so a typical build costs no extra reads.
 */
export async function findDuplicates(files: readonly LocalFile[]): Promise<Map<string, string>> {
  const bySize = new Map<number, LocalFile[]>()
  for (const file of files) {
    const group = bySize.get(file.size)
    if (group) group.push(file)
    else bySize.set(file.size, [file])
  }
  const duplicates = new Map<string, string>()
  for (const group of bySize.values()) {
    if (group.length < 2) continue
    const firstByHash = new Map<string, string>()
    for (const file of group) {
      const digest = await sha256(file.absPath)
      const first = firstByHash.get(digest)
      if (first === undefined) firstByHash.set(digest, file.relPath)
      else duplicates.set(file.relPath, first)
    }
  }
  return duplicates
}
