/**
 * The DAG a plan publishes, block by block: each block's key (shared/cid.ts `blockKey`) and the
 * path of the file or directory it belongs to, for the proof of retrieval to compare with what a
 * gateway serves and to say what is missing by path. Built by the importer under the profile, as
 * the CAR export is; only CIDs, names and links are kept, never the bytes. The decoders are
 * loaded with the importer, on first use, so runs that do not verify do not load them.
 */
import type { CID } from 'multiformats/cid'
import { blockKey } from '../shared/cid.js'
import type { CidProfile } from './cid-profiles.js'
import { importBlocks } from './import-pipeline.js'
import type { PublishPlan } from './plan.js'

export interface LocalDag {
  root: CID
  /** Every block of the DAG by key, with the path of the file (or directory) it is of. */
  blocks: Map<string, string>
}

interface Node {
  type: string
  links: { name: string; key: string }[]
}

/** One DAG per root: the directory's, or each file's (a file repeated is one DAG). */
export async function localDags(
  plan: PublishPlan,
  profile: CidProfile,
  signal?: AbortSignal
): Promise<LocalDag[]> {
  const { dagPb, UnixFS } = await import('./unixfs-modules.js')
  const readNode = (bytes: Uint8Array): Node => {
    const node = dagPb.decode(bytes)
    const type = node.Data ? UnixFS.unmarshal(node.Data).type : 'raw'
    return {
      type,
      links: node.Links.map(link => ({ name: link.Name ?? '', key: blockKey(link.Hash) }))
    }
  }
  const nodes = new Map<string, Node | undefined>()
  const sink = {
    // Nothing to wait for; its one caller awaits it, so a throw there is a rejection all the same.
    put(cid: CID, bytes: Uint8Array) {
      nodes.set(blockKey(cid), cid.code === dagPb.code ? readNode(bytes) : undefined)
      return Promise.resolve()
    },
    replace(old: CID, cid: CID, bytes: Uint8Array) {
      nodes.delete(blockKey(old))
      nodes.set(blockKey(cid), readNode(bytes))
    }
  }
  if (plan.directory) {
    const entries = plan.directory.entries.map(entry => ({ ...entry.file, path: entry.path }))
    // Blocks are attributed by walking from the root, so their order does not matter.
    const [root] = await importBlocks(entries, profile, true, sink, signal, false)
    return [{ root, blocks: attribute(nodes, root, '') }]
  }
  const entries = plan.files.map(file => ({ ...file, path: file.relPath }))
  const roots = await importBlocks(entries, profile, false, sink, signal)
  const dags = new Map<string, LocalDag>()
  roots.forEach((root, i) => {
    const key = blockKey(root)
    if (!dags.has(key))
      dags.set(key, { root, blocks: attribute(nodes, root, plan.files[i].relPath) })
  })
  return [...dags.values()]
}

/** Each block reachable from `root`, with the path it is of (HAMT shards are their directory's). */
function attribute(nodes: ReadonlyMap<string, Node | undefined>, root: CID, rootPath: string) {
  const blocks = new Map<string, string>()
  const stack: { key: string; path: string }[] = [{ key: blockKey(root), path: rootPath }]
  while (stack.length > 0) {
    const { key, path } = stack.pop()!
    if (blocks.has(key)) continue
    blocks.set(key, path)
    const node = nodes.get(key)
    if (!node) continue
    const join = (name: string) => (path === '' ? name : `${path}/${name}`)
    for (const link of node.links) {
      if (node.type === 'directory') stack.push({ key: link.key, path: join(link.name) })
      else if (node.type === 'hamt-sharded-directory') {
        // A link named by its two hex digits alone is a sub-shard; else the digits prefix a name.
        const sub = link.name.length === 2
        stack.push({ key: link.key, path: sub ? path : join(link.name.slice(2)) })
      } else stack.push({ key: link.key, path })
    }
  }
  return blocks
}
