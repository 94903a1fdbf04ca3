/**
 * The CARv1 of what a run publishes, written to a file: the same DAG Pinarkive gets, so that
 * users can import the exact bytes elsewhere (`ipfs dag import`) or keep them as proof. Each
 * block appears once, in the order the importer writes it, so the same content always gives
 * the same file. `@ipld/car` is loaded only when a CAR is asked for.
 */
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import * as path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { CID } from 'multiformats/cid'
import type { DirectoryEntry } from './files.js'
import type { CidProfile } from './cid-profiles.js'
import { fileCids } from './file-cids.js'
import { importBlocks, type BlockSink } from './import-pipeline.js'
import { directoryRootCid } from './plan-cids.js'
import type { PublishPlan } from './plan.js'

export interface CarExport {
  /** Absolute path of the CAR. */
  path: string
  /** Its roots: the directory, or each distinct file, in the order of the plan. */
  roots: string[]
  blocks: number
  bytes: number
}

/**
 * Writes the CAR of the plan's uploads (not its pins: their blocks are not here) into `dir`,
 * named by its first root (`<cid>.car`), through a temporary name, so that a failed export
 * leaves no partial CAR behind. `expected`
 * are the roots computed beforehand, when there are any: a CAR whose roots differ is refused.
 */
export async function exportCar(
  plan: PublishPlan,
  profile: CidProfile,
  dir: string,
  options: { expected?: readonly string[]; signal?: AbortSignal } = {}
): Promise<CarExport> {
  const directory = plan.directory !== undefined
  const entries = directory
    ? plan.directory!.entries.map(listed)
    : plan.files.map(f => ({ ...f, path: f.relPath }))
  // Roots go in the header, which comes first: they are those computed for the upload, or
  // computed here by a pass that keeps nothing. The blocks then come from a second pass, which
  // must end at the same roots.
  const roots = (options.expected ?? (await computeRoots(plan, profile, options)))
    .filter((cid, i, all) => all.indexOf(cid) === i)
    .map(cid => CID.parse(cid))
  const { CarWriter } = await import('@ipld/car/writer')
  const { writer, out } = CarWriter.create(roots)
  const file = path.join(dir, `${String(roots[0])}.car`)
  const partial = `${file}.partial`
  await mkdir(dir, { recursive: true })
  let bytes = 0
  const written = pipeline(
    Readable.from(out),
    async function* (chunks: AsyncIterable<Uint8Array>) {
      for await (const chunk of chunks) {
        bytes += chunk.length
        yield chunk
      }
    },
    createWriteStream(partial)
  )
  // A failed write must not leave the writer waiting for a reader that is gone.
  written.catch(() => {})
  try {
    const sink = new CarSink(block => writer.put(block))
    const again = unique(await importBlocks(entries, profile, directory, sink, options.signal))
    await sink.flush()
    if (again.join() !== roots.join()) {
      throw new Error(
        `The CAR's roots (${again.join(', ')}) differ from the CIDs computed for the upload (${roots.join(', ')}): a file changed while it was read`
      )
    }
    await writer.close()
    await written
    await rename(partial, file)
    return { path: file, roots: roots.map(String), blocks: sink.count, bytes }
  } catch (error) {
    await writer.close().catch(() => {})
    await written.catch(() => {})
    await rm(partial, { force: true })
    throw error
  }
}

function listed(entry: DirectoryEntry) {
  return { ...entry.file, path: entry.path }
}

function unique(cids: readonly CID[]): CID[] {
  const seen = new Set<string>()
  return cids.filter(cid => !seen.has(cid.toString()) && seen.add(cid.toString()))
}

/** The roots as plan-cids.ts computes them for the upload. */
async function computeRoots(
  plan: PublishPlan,
  profile: CidProfile,
  options: { signal?: AbortSignal }
): Promise<string[]> {
  if (plan.directory)
    return [await directoryRootCid(plan.directory.entries, profile, options.signal)]
  return fileCids(plan.files, profile, options)
}

/**
 * Passes blocks on once each, one block late: the importer stores a file node of 2 to 4 GiB
 * before `fixLargeSizes` corrects it, and the correction replaces the block still held.
 */
class CarSink implements BlockSink {
  count = 0
  private readonly seen = new Set<string>()
  private held: { cid: CID; bytes: Uint8Array } | undefined

  constructor(private readonly write: (block: { cid: CID; bytes: Uint8Array }) => Promise<void>) {}

  async put(cid: CID, bytes: Uint8Array): Promise<void> {
    await this.flush()
    this.held = { cid, bytes }
  }

  replace(old: CID, cid: CID, bytes: Uint8Array): void {
    if (!this.held?.cid.equals(old)) {
      throw new Error(`Cannot correct block ${old.toString()} of the CAR: it was already written`)
    }
    this.held = { cid, bytes }
  }

  async flush(): Promise<void> {
    const block = this.held
    this.held = undefined
    if (!block || this.seen.has(block.cid.toString())) return
    this.seen.add(block.cid.toString())
    this.count += 1
    await this.write(block)
  }
}
