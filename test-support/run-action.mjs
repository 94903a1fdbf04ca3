// @ts-check
/**
 * Runs the bundled action (`dist/index.js`) the way a GitHub runner does: a separate Node 24
 * process, `INPUT_*` variables that include action.yml's defaults, `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY` files, a workspace as the working directory. Used by the end-to-end
 * tests, the demo and the benchmark.
 */
import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { findNode24 } from './node24.mjs'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** What `runs.using: node24` runs: see node24.mjs. Undefined when this machine has no Node 24. */
export const NODE24 = findNode24().path
export const ENTRY = path.join(ROOT, 'dist', 'index.js')
/** Where Node 24 keeps the compiled bundle between starts (NODE_COMPILE_CACHE). */
const COMPILE_CACHE = path.join(tmpdir(), 'pin-action-compile-cache')

/** @typedef {{ default?: string }} InputSpec */

/** @type {Promise<Record<string, InputSpec>> | undefined} */
let actionInputs

/** @returns {Promise<Record<string, InputSpec>>} */
export function readActionInputs() {
  actionInputs ??= readFile(path.join(ROOT, 'action.yml'), 'utf8').then(text => parse(text).inputs)
  return actionInputs
}

/**
 * The environment variable the runner sets for an input: spaces become `_`, the name is
 * upper-cased, hyphens are kept.
 * @param {string} name
 */
export function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * Parses the `GITHUB_OUTPUT` file format (`name<<DELIMITER` … `DELIMITER`).
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseOutputFile(text) {
  /** @type {Record<string, string>} */
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (match) {
      const [, name, delimiter] = match
      const value = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i])
      outputs[name] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}

/**
 * Creates a temporary workspace from a tree: `{ 'dist/index.html': '<h1>hi</h1>' }`. A value
 * `{ symlink: target }` makes a symbolic link; `{ size: n }` a file of n bytes (sparse).
 * @param {Record<string, string | Buffer | { symlink: string } | { size: number }>} tree
 */
export async function makeWorkspace(tree = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'pin-action-ws-'))
  for (const [relative, content] of Object.entries(tree)) {
    const file = path.join(dir, relative)
    await mkdir(path.dirname(file), { recursive: true })
    if (typeof content === 'object' && 'symlink' in content) {
      await symlink(content.symlink, file)
    } else if (typeof content === 'object' && 'size' in content) {
      const { open } = await import('node:fs/promises')
      const handle = await open(file, 'w')
      await handle.truncate(content.size)
      await handle.close()
    } else {
      await writeFile(file, content)
    }
  }
  return dir
}

/**
 * A file as the action's scan lists it (`ScannedFile` in src/content/read-file.ts): its path,
 * size and inode, which every read checks.
 * @param {string} absPath
 * @returns {{ absPath: string, size: number, inode: { dev: bigint, ino: bigint } }}
 */
export function scannedFile(absPath) {
  const stats = statSync(absPath, { bigint: true })
  return { absPath, size: Number(stats.size), inode: { dev: stats.dev, ino: stats.ino } }
}

/**
 * A path below `dir` made of bytes, for names that are not valid UTF-8: `rawPath(dir,
 * 'dist/latin1-', [0xe9], '.html')`. Strings count as UTF-8, arrays as the bytes they hold.
 * @param {string} dir
 * @param {...(string | number[])} parts
 * @returns {Buffer}
 */
export function rawPath(dir, ...parts) {
  return Buffer.concat([Buffer.from(`${dir}${path.sep}`), ...parts.map(part => Buffer.from(part))])
}

/**
 * @typedef {object} RunOptions
 * @property {Record<string, string>} [inputs] inputs by name, as in a workflow's `with:`
 * @property {string} [workspace] GITHUB_WORKSPACE and working directory (a fresh temp dir if unset)
 * @property {Record<string, string>} [env] extra environment variables
 * @property {string} [githubToken] value of `${{ github.token }}` in action.yml defaults
 * @property {string} [eventName] GITHUB_EVENT_NAME (default `push`)
 * @property {object} [event] the event payload written to GITHUB_EVENT_PATH
 * @property {number} [timeoutMs] kill the process after this long (default 60 s)
 * @property {string} [node] Node binary (default: Node 24, see node24.mjs)
 * @property {boolean} [measureMemory] report the peak RSS of the process (Linux /proc)
 * @property {boolean} [compileCache] let Node keep the compiled bundle between starts (default
 *   true; the bench turns it off, since a runner starts the action on a fresh machine)
 */

/**
 * @typedef {object} RunResult
 * @property {number | null} code exit code
 * @property {string} stdout
 * @property {string} stderr
 * @property {Record<string, string>} outputs step outputs
 * @property {string} summary job summary Markdown ('' if none)
 * @property {number} durationMs
 * @property {number} [peakRssBytes]
 * @property {string} workspace
 */

/**
 * @param {RunOptions} options
 * @returns {Promise<RunResult>}
 */
export async function runAction(options = {}) {
  const workspace = options.workspace ?? (await makeWorkspace())
  const scratch = await mkdtemp(path.join(tmpdir(), 'pin-action-run-'))
  const outputFile = path.join(scratch, 'output')
  const summaryFile = path.join(scratch, 'summary')
  const eventFile = path.join(scratch, 'event.json')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  await writeFile(eventFile, JSON.stringify(options.event ?? {}))

  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: 'octo-org/site',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_WORKFLOW: 'publish',
    GITHUB_JOB: 'publish',
    GITHUB_ACTION: 'pin',
    RUNNER_TEMP: scratch,
    RUNNER_OS: 'Linux',
    // Node keeps the compiled bundle between the suite's few hundred starts (it checks each
    // source's hash, so a rebuilt dist/ is compiled again): about 90 ms less per start.
    ...(options.compileCache === false ? {} : { NODE_COMPILE_CACHE: COMPILE_CACHE })
  }
  const defaults = await readActionInputs()
  for (const [name, spec] of Object.entries(defaults)) {
    const value = String(spec.default ?? '').replace(
      /\$\{\{\s*github\.token\s*\}\}/g,
      options.githubToken ?? ''
    )
    env[inputVariable(name)] = value
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (!(name in defaults)) throw new Error(`action.yml declares no input named ${name}`)
    env[inputVariable(name)] = value
  }
  Object.assign(env, options.env)

  const started = Date.now()
  const node = options.node ?? NODE24
  if (node === undefined) throw new Error(String(findNode24().reason))
  const child = spawn(node, [ENTRY], { cwd: workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk))

  let peakRssBytes = 0
  const sampler = options.measureMemory
    ? setInterval(() => {
        // Cannot reject: a failed read is caught and counts as no sample.
        void readFile(`/proc/${child.pid}/status`, 'utf8')
          .catch(() => '')
          .then(status => {
            const match = /VmHWM:\s+(\d+) kB/.exec(status)
            if (match) peakRssBytes = Math.max(peakRssBytes, Number(match[1]) * 1024)
          })
      }, 20)
    : undefined

  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  /** @type {number | null} */
  const code = await new Promise(resolve => child.on('close', resolve))
  clearTimeout(timeout)
  if (sampler) clearInterval(sampler)

  const result = {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    durationMs: Date.now() - started,
    peakRssBytes: options.measureMemory ? peakRssBytes : undefined,
    workspace
  }
  await rm(scratch, { recursive: true, force: true })
  return result
}
