// @ts-check
/**
 * Plumbing for scripts/bench.mjs: the fake Pinarkive server as a child process, fixture trees
 * on disk, expected CIDs, the machine description and the result table. Nothing here knows
 * the scenarios or their targets.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import {
  mkdir,
  mkdtemp,
  open,
  readFile,
  readdir,
  rm,
  stat,
  statfs,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import * as path from 'node:path'
import { createInterface } from 'node:readline'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { requireNode24 } from '../../test-support/node24.mjs'
import { ROOT } from '../../test-support/run-action.mjs'

const FAKE_CLI = path.join(ROOT, 'test-support', 'fake-pinarkive-cli.mjs')

export const KiB = 1024
export const MiB = 1024 * KiB
export const GiB = 1024 * MiB

// ---------------------------------------------------------------------------------------------
// Cleanup: temp dirs and child processes go away even when the run is interrupted.

/** @type {Set<() => Promise<void> | void>} */
const cleanups = new Set()

/**
 * Registers `fn` to run at exit or on SIGINT/SIGTERM; returns a function that runs it now.
 * @param {() => Promise<void> | void} fn
 */
function onCleanup(fn) {
  cleanups.add(fn)
  return async () => {
    if (!cleanups.delete(fn)) return
    await fn()
  }
}

export async function cleanupAll() {
  const pending = [...cleanups]
  cleanups.clear()
  // A cleanup may be synchronous, and may throw: each becomes a promise to settle.
  await Promise.allSettled(pending.map(fn => Promise.resolve().then(fn)))
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    process.stderr.write(`\nbench: ${signal}, cleaning up\n`)
    // allSettled: cleanupAll() does not reject.
    void cleanupAll().finally(() => process.exit(130))
  })
}

/**
 * A fresh temp directory, removed by cleanupAll() or by the returned `remove`.
 * @param {string} prefix
 */
export async function tempDir(prefix) {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  const remove = onCleanup(() => rm(dir, { recursive: true, force: true }))
  return { dir, remove }
}

/**
 * Free bytes on the filesystem holding `dir`.
 * @param {string} dir
 */
export async function freeBytes(dir) {
  const stats = await statfs(dir)
  return stats.bavail * stats.bsize
}

// ---------------------------------------------------------------------------------------------
// The fake Pinarkive server, in its own Node 24 process

/**
 * @typedef {import('../../test-support/fake-pinarkive.mjs').Stats} FakeStats
 *
 * @typedef {object} FakeProcess
 * @property {string} url API base, e.g. `http://127.0.0.1:41234/api/v3`
 * @property {string} origin
 * @property {string} apiKey
 * @property {number | undefined} pid
 * @property {() => Promise<FakeStats>} stats
 * @property {() => Promise<void>} reset clears counters, pins and rate-limit windows
 * @property {() => Promise<void>} stop
 * @property {() => string} stderr what the server printed on stderr so far
 */

/**
 * Starts test-support/fake-pinarkive-cli.mjs under Node 24 with these flags.
 * @param {string[]} flags e.g. `['--latency-ms', '20']`
 * @returns {Promise<FakeProcess>}
 */
export async function startFake(flags) {
  const child = spawn(requireNode24(), [FAKE_CLI, ...flags], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk))
  const exited = once(child, 'exit')
  const stop = onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
  })

  const lines = createInterface({ input: child.stdout })
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => String(line)),
    exited.then(([code]) => {
      throw new Error(`fake-pinarkive exited with ${code} before listening: ${stderr.trim()}`)
    })
  ])
  // Later lines are stats dumps (SIGUSR2/SIGTERM); nobody needs them.
  lines.on('line', () => {})
  /** @type {{ url: string, apiKey: string }} */
  const { url, apiKey } = JSON.parse(first)
  const origin = new URL(url).origin

  /**
   * @param {string} route
   * @param {RequestInit} [init]
   * @returns {Promise<any>}
   */
  const control = async (route, init) => {
    const res = await fetch(`${origin}/__fake/${route}`, init)
    if (!res.ok) throw new Error(`fake-pinarkive ${route}: HTTP ${res.status}`)
    return res.json()
  }
  return {
    url,
    origin,
    apiKey,
    pid: child.pid,
    stats: () => control('stats'),
    reset: () => control('reset', { method: 'POST' }).then(() => undefined),
    stop,
    stderr: () => stderr
  }
}

// ---------------------------------------------------------------------------------------------
// Fixtures

/** CIDv1 raw over sha256: what the fake answers for a file's bytes. */
/** @param {Uint8Array} sha256 */
function rawCid(sha256) {
  return CID.createV1(0x55, Digest.create(0x12, sha256)).toString()
}

/**
 * Content unique to `index`, so that files-mode de-duplication never merges two files.
 * @param {number} index
 * @param {number} size
 */
function uniqueContent(index, size) {
  return Buffer.alloc(size, `file ${index} of the pin-action benchmark\n`)
}

/**
 * Writes `count` files of `size` bytes as `<dir>/<sub>/f00000.txt`; returns their CIDs.
 * @param {string} dir
 * @param {number} count
 * @param {number} size
 */
export async function writeFlatFiles(dir, count, size) {
  await mkdir(dir, { recursive: true })
  /** @type {string[]} */
  const cids = []
  await inBatches(count, 64, async i => {
    const content = uniqueContent(i, size)
    cids[i] = rawCid(createHash('sha256').update(content).digest())
    await writeFile(path.join(dir, `f${String(i).padStart(5, '0')}.txt`), content)
  })
  return cids
}

/**
 * A site-like tree: nested folders (`d00/s0/…`), sizes from 0 to 64 KiB skewed towards small
 * files (deterministic), unique contents. Returns the total size.
 * @param {string} dir
 * @param {number} count
 */
export async function writeSiteTree(dir, count) {
  const random = mulberry32(20_000)
  const sizes = Array.from({ length: count }, () => Math.floor(64 * KiB * random() ** 3))
  let total = 0
  for (const size of sizes) total += size
  const extensions = ['html', 'css', 'js', 'json', 'svg', 'png', 'woff2', 'txt']
  await inBatches(count, 64, async i => {
    const folder = path.join(dir, `d${String(i % 20).padStart(2, '0')}`, `s${(i >> 5) % 10}`)
    await mkdir(folder, { recursive: true })
    const name = `f${String(i).padStart(5, '0')}.${extensions[i % extensions.length]}`
    await writeFile(path.join(folder, name), uniqueContent(i, sizes[i]))
  })
  return total
}

/**
 * A sparse file of `size` bytes (holes read as zeros), without hashing it.
 * @param {string} file
 * @param {number} size
 */
export async function makeSparseFile(file, size) {
  const handle = await open(file, 'w')
  await handle.truncate(size)
  await handle.close()
}

/**
 * A sparse file of `size` bytes (holes read as zeros). Returns the fake's placeholder CID of
 * `size` zero bytes (CIDv1 raw over their sha256).
 * @param {string} file
 * @param {number} size
 */
export async function writeSparseFile(file, size) {
  await makeSparseFile(file, size)
  const hash = createHash('sha256')
  const zeros = Buffer.alloc(4 * MiB)
  for (let left = size; left > 0; left -= zeros.length) {
    hash.update(left >= zeros.length ? zeros : zeros.subarray(0, left))
  }
  return rawCid(hash.digest())
}

/**
 * Every regular file under `dir`, as absolute paths in name order.
 * @param {string} dir
 */
export async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter(entry => entry.isFile())
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort()
}

/**
 * The version of a CID given as text (0 or 1), or undefined when it is not a CID.
 * @param {string | undefined} text
 */
export function cidVersion(text) {
  try {
    return CID.parse(text ?? '').version
  } catch {
    return undefined
  }
}

/**
 * Runs a command with its stdout discarded and returns its wall time in ms; throws unless it
 * exits with 0.
 * @param {string} command
 * @param {string[]} args
 * @param {{ stdin?: string }} [options] written to its stdin, then closed
 */
export async function timeCommand(command, args, options = {}) {
  const started = performance.now()
  const child = spawn(command, args, {
    stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', chunk => (stderr += chunk))
  child.stdin?.end(options.stdin)
  const [code] = await once(child, 'close')
  const ms = performance.now() - started
  if (code !== 0) throw new Error(`${command} exited with ${code}: ${stderr.trim().slice(0, 500)}`)
  return ms
}

/**
 * @param {number} count
 * @param {number} width
 * @param {(index: number) => Promise<void>} fn
 */
export async function inBatches(count, width, fn) {
  for (let start = 0; start < count; start += width) {
    const batch = []
    for (let i = start; i < Math.min(count, start + width); i++) batch.push(fn(i))
    await Promise.all(batch)
  }
}

/** @param {number} seed */
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// ---------------------------------------------------------------------------------------------
// CPU time, from /proc (Linux; zeros elsewhere)

/** USER_HZ: the unit of the times in /proc/<pid>/stat, 100 on every Linux we run on. */
const TICK_MS = 1000 / 100

/**
 * CPU time of a process so far, and of its children that it has waited for (so the driver's
 * `children` grows by an action process's whole CPU time once that process has exited).
 * @param {number | 'self' | undefined} pid
 * @returns {Promise<{ own: number, children: number }>} ms
 */
async function cpuTime(pid = 'self') {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  // Fields after the command name, which is in parentheses and may contain anything.
  const fields = text
    .slice(text.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number)
  if (fields.length < 15) return { own: 0, children: 0 }
  const [utime, stime, cutime, cstime] = fields.slice(11, 15)
  return { own: (utime + stime) * TICK_MS, children: (cutime + cstime) * TICK_MS }
}

/**
 * Runs `fn` and reports the CPU time used meanwhile by the processes it waited for (the action)
 * and by `serverPid` (the fake server).
 * @template T
 * @param {number | undefined} serverPid
 * @param {() => Promise<T>} fn
 * @returns {Promise<{ result: T, actionCpuMs: number, serverCpuMs: number }>}
 */
export async function withCpu(serverPid, fn) {
  const [self0, server0] = await Promise.all([cpuTime('self'), cpuTime(serverPid)])
  const result = await fn()
  const [self1, server1] = await Promise.all([cpuTime('self'), cpuTime(serverPid)])
  return {
    result,
    actionCpuMs: self1.children - self0.children,
    serverCpuMs: server1.own - server0.own
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

/** @param {readonly number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** @param {number} ms */
export function seconds(ms) {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
}

/** Decimal megabytes, the unit of the memory targets (150 MB = 150,000,000 bytes). */
export const MB = 1_000_000

/** @param {number} bytes */
export function megabytes(bytes) {
  return `${(bytes / MB).toFixed(0)} MB`
}

/** @param {number} share 0..1 */
export function percent(share) {
  return `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`
}

/** @param {number} bytes */
export function size(bytes) {
  if (bytes >= GiB) return `${+(bytes / GiB).toFixed(1)} GiB`
  if (bytes >= MiB) return `${+(bytes / MiB).toFixed(1)} MiB`
  return `${+(bytes / KiB).toFixed(1)} KiB`
}

// ---------------------------------------------------------------------------------------------
// Machine and report

/**
 * Source files of `root` changed after its bundle was built: the figures describe the bundle,
 * which may not be what src/ says any more.
 * @param {string} root
 * @param {string} entry dist/index.js
 * @returns {Promise<string[]>} the newer files, relative to root
 */
export async function newerSources(root, entry) {
  const built = (await stat(entry)).mtimeMs
  const src = path.join(root, 'src')
  const names = await readdir(src, { recursive: true }).catch(() => [])
  /** @type {string[]} */
  const newer = []
  for (const name of names) {
    const file = path.join(src, String(name))
    const info = await stat(file).catch(() => undefined)
    if (info?.isFile() && info.mtimeMs > built) newer.push(path.relative(root, file))
  }
  return newer.sort()
}

/**
 * @typedef {object} Machine
 * @property {string} cpu
 * @property {number} cores logical CPUs
 * @property {string} memory
 * @property {string} os
 * @property {string} driverNode the Node running this script
 * @property {string} actionNode the Node running dist/index.js and the fake server
 * @property {string} commit short SHA, `+dirty` with local changes
 * @property {string} bundle dist/index.js size
 * @property {string} load 1-minute load average when the run started (other work skews figures)
 */

/**
 * @param {string} root the checkout whose dist/ is measured
 * @param {number} bundleBytes
 * @returns {Machine}
 */
export function describeMachine(root, bundleBytes) {
  const cpus = os.cpus()
  const git = (/** @type {string[]} */ ...args) =>
    spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? ''
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown'
  const dirty = git('status', '--porcelain', '--', 'src', 'dist') !== ''
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${Math.round(os.totalmem() / GiB)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    driverNode: process.version,
    actionNode: spawnSync(requireNode24(), ['--version'], { encoding: 'utf8' }).stdout.trim(),
    commit: `${commit}${dirty ? '+dirty' : ''}`,
    bundle: size(bundleBytes),
    load: os.loadavg()[0].toFixed(2)
  }
}

/**
 * @typedef {'pass' | 'FAIL' | 'info' | 'skip' | 'ERROR'} Verdict
 *
 * @typedef {object} Row
 * @property {string} scenario
 * @property {string} measured
 * @property {string} target
 * @property {string} ratio
 * @property {Verdict} verdict
 * @property {number | null} [value] the measured figure as a number (ms, bytes, share…)
 * @property {number | null} [limit] the largest passing value, same unit
 * @property {string} [note]
 */

/**
 * A Markdown table padded to line up in a terminal too.
 * @param {readonly Row[]} rows
 */
export function renderTable(rows) {
  const header = ['Scenario', 'Measured', 'Target', 'Ratio', 'Result']
  const cells = rows.map(r => [r.scenario, r.measured, r.target, r.ratio, r.verdict])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map(c => c[i].length)))
  /** @param {string[]} row */
  const line = row =>
    `| ${row.map((cell, i) => (i === 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`
  return [
    line(header),
    `|${widths.map((w, i) => (i === 3 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...cells.map(line)
  ].join('\n')
}
