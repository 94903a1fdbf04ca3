/**
 * Files the action adds to a directory upload (the preview marker). Each is written to a fresh
 * private folder and listed like a matched file, so hashing and uploading read it through the
 * same checked path as the user's files. Its name is reserved: content that already carries it
 * is refused, so no build can pass off its own copy as the action's.
 */
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { PublishPlan } from './plan.js'
import { FileSelectionError } from './files.js'

export interface GeneratedFile {
  /** Path inside the uploaded directory, `/`-separated. */
  path: string
  content: string
}

/**
 * The error for a directory that already holds a reserved path, or undefined. Checked on every
 * directory publish, not only on previews: a production build that held a preview's marker could
 * otherwise have that preview's root CID.
 */
export function reservedPathProblem(
  plan: PublishPlan,
  reserved: string
): FileSelectionError | undefined {
  const taken = plan.directory?.entries.find(entry => entry.path === reserved)
  if (!taken) return undefined
  return new FileSelectionError(
    `${taken.file.relPath} is in the directory to upload, but \`${reserved}\` is a name this action reserves for the marker it adds to pull-request previews. Rename the file, or leave it out with a \`path\` line \`!${taken.file.relPath}\`.`
  )
}

/** The plan with `file` added to its directory, in path order. */
export async function withGeneratedFile(
  plan: PublishPlan,
  file: GeneratedFile,
  tempRoot: string = os.tmpdir()
): Promise<PublishPlan> {
  if (!plan.directory) return plan
  const problem = reservedPathProblem(plan, file.path)
  if (problem) throw problem
  const folder = await fs.mkdtemp(path.join(tempRoot, 'pin-action-'))
  const absPath = path.join(folder, ...file.path.split('/'))
  await fs.mkdir(path.dirname(absPath), { recursive: true })
  await fs.writeFile(absPath, file.content, { mode: 0o600 })
  const stats = await fs.stat(absPath, { bigint: true })
  const entry = {
    path: file.path,
    generated: true as const,
    file: {
      absPath,
      relPath: file.path,
      size: Number(stats.size),
      inode: { dev: stats.dev, ino: stats.ino }
    }
  }
  const entries = [...plan.directory.entries, entry].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  )
  return { ...plan, directory: { ...plan.directory, entries } }
}
