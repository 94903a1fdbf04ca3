/** Finds files in a selection with identical bytes, so files mode uploads each content once. */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type { LocalFile } from './files.js'
import { runPool } from './pool.js'

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
  const colliding = [...bySize.values()].filter(group => group.length > 1).flat()
  const digests = new Map<string, string>()
  await runPool(colliding, 16, async file => {
    digests.set(file.relPath, await sha256(file.absPath))
  })
  // Walk in selection order, so the first file with given bytes is the one that is uploaded.
  const duplicates = new Map<string, string>()
  const firstByContent = new Map<string, string>()
  for (const file of files) {
    const digest = digests.get(file.relPath)
    if (digest === undefined) continue
    const key = `${file.size}:${digest}`
    const first = firstByContent.get(key)
    if (first === undefined) firstByContent.set(key, file.relPath)
    else duplicates.set(file.relPath, first)
  }
  return duplicates
}
