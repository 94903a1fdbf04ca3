/**
 * The cluster check: the clusters the key may use, with their gateways, and an early failure when
 * the chosen one is not among them. A key without `cluster:read` skips the check.
 */
import { ApiError } from './errors.js'
import { isFatal } from './explain.js'
import type { Log } from './log.js'
import type { Cluster, PinarkiveClient } from './pinarkive-client.js'

/** Fails before any upload when the key can list clusters and the chosen one is not among them. */
export async function loadClusters(
  client: Pick<PinarkiveClient, 'listClusters'>,
  cluster: string,
  log: Log
): Promise<Cluster[] | undefined> {
  let clusters: Cluster[]
  try {
    clusters = await client.listClusters()
  } catch (error) {
    // A key without `cluster:read` is expected here; any other error that would fail every
    // request ends the run now.
    const missingScope = error instanceof ApiError && error.code === 'missing_scope'
    if (isFatal(error) && !missingScope) throw error
    if (missingScope) {
      log.debug(
        `The API key cannot list clusters (missing scope ${(error as ApiError).required ?? 'cluster:read'}); the cluster is not checked before uploading.`
      )
    } else {
      log.info(
        `Could not list clusters (${(error as Error).message}); continuing without the check.`
      )
    }
    return undefined
  }
  const ids = clusters.map(c => c.id)
  log.info(`Clusters this key may use: ${ids.join(', ') || 'none listed'}`)
  if (cluster !== '' && ids.length > 0 && !ids.includes(cluster)) {
    throw new Error(
      `Input \`cluster\` is \`${cluster}\`, which this API key's plan does not allow. Allowed: ${ids.join(', ')}. Use one of them, or leave \`cluster\` empty for the account default.`
    )
  }
  return clusters
}
