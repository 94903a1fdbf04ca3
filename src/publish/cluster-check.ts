/**
 * The cluster check: the clusters the key may use, with their gateways, and an early failure when
 * the chosen one is not among them. A key without `cluster:read` skips the check.
 */
import type { Cluster, PinarkiveClient } from '../pinarkive/client.js'
import { ApiError } from '../transport/errors.js'
import { explainError, isFatal } from '../pinarkive/explain.js'
import type { Log } from '../shared/log.js'
import { errorText } from '../shared/error-text.js'

export interface ClusterCheckSettings {
  cluster: string
  timelock: Date | undefined
  apiUrl: string
  timeoutMs: number
}

/**
 * Fails before any upload when the key can list clusters and the chosen one is not among them,
 * or when the answer shows that every request would fail (a rejected key): the error then
 * explains the cause and the fix.
 */
export async function loadClusters(
  client: Pick<PinarkiveClient, 'listClusters'>,
  settings: ClusterCheckSettings,
  log: Log
): Promise<Cluster[] | undefined> {
  const { cluster } = settings
  let clusters: Cluster[]
  try {
    clusters = await client.listClusters()
  } catch (error) {
    // A key without `cluster:read` is expected here; any other error that would fail every
    // request ends the run now.
    const missingScope = error instanceof ApiError && error.code === 'missing_scope'
    if (isFatal(error) && !missingScope) {
      throw new Error(
        explainError(error, {
          item: 'the cluster check (GET /users/me/clusters)',
          kind: 'clusters',
          ...settings
        }),
        { cause: error }
      )
    }
    if (missingScope) {
      log.debug(
        `The API key cannot list clusters (missing scope ${error.required ?? 'cluster:read'}); the cluster is not checked before uploading.`
      )
    } else {
      log.info(`Could not list clusters (${errorText(error)}); continuing without the check.`)
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
