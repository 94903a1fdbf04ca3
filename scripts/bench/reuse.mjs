// @ts-check
/**
 * The benchmark's `reuse` scenarios (issue "Re-runs cost nothing"), run by scripts/bench.mjs:
 *
 *   R1 reuse-site   the 3b site (20,000 / 2,000 files, directory mode) published, then published
 *                   again unchanged against the same server. Targets: the re-run sends 0 bytes in
 *                   at most 3 requests. Reported: its wall time against the first run's.
 *   R2 reuse-file   one 2 GiB / 64 MiB sparse file (files mode) published, then again. Targets:
 *                   0 bytes; re-run wall time ≤ 0.2 × the first run's (quick: ≤ 0.8 ×, a
 *                   gross-regression limit: 64 MiB send in a moment, so start-up dominates).
 *   R3 reuse-cost   a first run with `reuse: auto` against `reuse: off` (a fresh server each
 *                   time, so every lookup misses), 20 ms server latency: 100 / 40 files of
 *                   1 MiB, the threshold (one lookup each), one at a time (`concurrency: 1`, so
 *                   that each lookup's cost adds up in the wall time instead of hiding in the
 *                   noise of start-up); and the 1,000 / 100 4 KiB files of scenario 1 at
 *                   concurrency 8 (no lookup: the target is 0 extra requests). Reported: the
 *                   requests and wall time the lookups add, the cost of one lookup, and the
 *                   link speed at which a 1 MiB file takes as long to send as a lookup takes.
 *                   The `auto` run goes first, so a cold cache counts against it.
 *
 * R1 and R2 run the fake with `--cid-profile unixfs-v1-2025`, so that the records of the first
 * run carry the CIDs the action computes (its check: `cid` = `local-cid` on the first run).
 * Requests and bytes are the fake's counters (every request it received, body bytes) before and
 * after each run; the cluster check counts as a request.
 */
import * as path from 'node:path'
import { tmpdir } from 'node:os'
import {
  GiB,
  KiB,
  MiB,
  freeBytes,
  makeSparseFile,
  seconds,
  size,
  startFake,
  tempDir,
  writeFlatFiles,
  writeSiteTree
} from './support.mjs'

/** @typedef {import('./support.mjs').Row} Row */
/** @typedef {import('./support.mjs').FakeProcess} FakeProcess */
/** @typedef {import('../../test-support/run-action.mjs').RunOptions} RunOptions */
/** @typedef {import('../../test-support/run-action.mjs').RunResult} RunResult */
/** @typedef {RunResult & { actionCpuMs: number, serverCpuMs: number }} MeasuredRun */

/**
 * What the scenarios need of the driver, which owns them (scripts/bench.mjs).
 * @typedef {object} Driver
 * @property {(ctx: any, fake: FakeProcess, options: RunOptions) => Promise<MeasuredRun>} runMeasured
 * @property {(result: RunResult) => string} tail
 * @property {(scenario: string, why: string) => Row} skipped
 */

export const REUSE_FULL = {
  siteFiles: 20_000,
  maxRequests: 3,
  bigFile: 2 * GiB,
  maxRerunRatio: 0.2,
  cost: {
    files: 100,
    size: MiB,
    concurrency: 1,
    smallFiles: 1000,
    smallSize: 4 * KiB,
    smallConcurrency: 8,
    latencyMs: 20
  }
}

export const REUSE_QUICK = {
  ...REUSE_FULL,
  siteFiles: 2000,
  bigFile: 64 * MiB,
  maxRerunRatio: 0.8,
  cost: { ...REUSE_FULL.cost, files: 40, smallFiles: 100 }
}

/** The profile of action.yml's default, which the fake imports with in R1 and R2. */
const PROFILE = 'unixfs-v1-2025'

/**
 * @typedef {object} Counted
 * @property {MeasuredRun} run
 * @property {number} requests the fake received during the run
 * @property {number} bytes request body bytes it received
 * @property {Record<string, any>[]} results the `results` output, [] when unreadable
 */

/**
 * @param {Driver} driver
 * @returns {{ id: string, title: string, run: (ctx: any) => Promise<Row[]> }[]}
 */
export function reuseScenarios(driver) {
  /**
   * Runs the action and counts what the fake received meanwhile.
   * @param {any} ctx
   * @param {FakeProcess} fake
   * @param {RunOptions} options
   * @returns {Promise<Counted>}
   */
  async function counted(ctx, fake, options) {
    const before = await fake.stats()
    const run = await driver.runMeasured(ctx, fake, options)
    const after = await fake.stats()
    let results = []
    try {
      results = JSON.parse(run.outputs.results ?? '')
    } catch {
      // checked by the caller
    }
    return {
      run,
      requests: after.total - before.total,
      bytes: after.bytesReceived - before.bytesReceived,
      results: Array.isArray(results) ? results : []
    }
  }

  /**
   * The checks of a first run and its unchanged re-run: both succeed with the same CID, which
   * the fake computed from what it received and the action locally, and the re-run says reused.
   * @param {Counted} first
   * @param {Counted} again
   * @returns {string[]} problems
   */
  function rerunProblems(first, again) {
    const problems = []
    if (first.run.code !== 0) problems.push(`first run: exit code ${first.run.code}`)
    if (again.run.code !== 0) problems.push(`re-run: exit code ${again.run.code}`)
    const { cid, 'local-cid': localCid } = first.run.outputs
    if (!cid || cid !== localCid) problems.push(`first run: cid ${cid} ≠ local-cid ${localCid}`)
    if (again.run.outputs.cid !== cid) problems.push(`re-run: cid ${again.run.outputs.cid}`)
    if (again.results[0]?.reused !== true) problems.push('re-run: results[0].reused is not true')
    return problems
  }

  /**
   * The row of a re-run's bytes and requests, which also carries the correctness checks.
   * @param {any} ctx
   * @param {string} scenario
   * @param {Counted} first
   * @param {Counted} again
   * @param {number | undefined} maxRequests
   * @returns {Row}
   */
  function sentRow(ctx, scenario, first, again, maxRequests) {
    const problems = rerunProblems(first, again)
    if (problems.length > 0) {
      ctx.notes.push(`${scenario}: ${problems.join('; ')}. Action log: ${driver.tail(again.run)}`)
    }
    const withinRequests = maxRequests === undefined || again.requests <= maxRequests
    return {
      scenario,
      measured: `${bytesText(again.bytes)} in ${again.requests} requests (first run: ${bytesText(first.bytes)} in ${first.requests})`,
      target: `0 B${maxRequests === undefined ? '' : `, ≤ ${maxRequests} requests`}`,
      ratio: maxRequests === undefined ? '' : (again.requests / maxRequests).toFixed(2),
      verdict: again.bytes === 0 && withinRequests && problems.length === 0 ? 'pass' : 'FAIL',
      value: again.bytes,
      limit: 0
    }
  }

  /**
   * R1: an unchanged re-run of the site.
   * @param {any} ctx
   * @returns {Promise<Row[]>}
   */
  async function reuseSite(ctx) {
    const { siteFiles: files, maxRequests } = ctx.config.reuse
    const label = `R1. Unchanged re-run, ${files.toLocaleString('en')}-file site`
    const free = await freeBytes(tmpdir())
    const need = files * 68 * KiB + 256 * MiB
    if (free < need) return [driver.skipped(label, `${size(free)} free in ${tmpdir()}`)]
    const { dir, remove } = await tempDir('pin-bench-reuse-site-')
    const fake = await startFake(['--cid-profile', PROFILE])
    try {
      const total = await writeSiteTree(path.join(dir, 'site'), files)
      /** @type {RunOptions} */
      const options = {
        workspace: dir,
        inputs: {
          'api-key': fake.apiKey,
          'api-url': fake.url,
          path: 'site',
          'upload-as': 'directory'
        },
        timeoutMs: 900_000
      }
      const first = await counted(ctx, fake, options)
      const again = await counted(ctx, fake, options)
      ctx.details['reuse-site'] = details(first, again, total)
      return [
        sentRow(ctx, `${label} (${size(total)}): sent`, first, again, maxRequests),
        timeRow(`${label}: wall time`, first, again, undefined)
      ]
    } finally {
      await fake.stop()
      await remove()
    }
  }

  /**
   * R2: a re-run of one big file.
   * @param {any} ctx
   * @returns {Promise<Row[]>}
   */
  async function reuseFile(ctx) {
    const { bigFile, maxRerunRatio } = ctx.config.reuse
    const label = `R2. Re-run, one ${size(bigFile)} file (sparse)`
    const free = await freeBytes(tmpdir())
    if (free < bigFile + 256 * MiB) {
      return [driver.skipped(label, `${size(free)} free in ${tmpdir()}`)]
    }
    const { dir, remove } = await tempDir('pin-bench-reuse-file-')
    const fake = await startFake(['--cid-profile', PROFILE, '--max-file-size', String(bigFile)])
    try {
      await makeSparseFile(path.join(dir, 'big.bin'), bigFile)
      /** @type {RunOptions} */
      const options = {
        workspace: dir,
        inputs: {
          'api-key': fake.apiKey,
          'api-url': fake.url,
          path: 'big.bin',
          'upload-as': 'files'
        },
        timeoutMs: 900_000
      }
      const first = await counted(ctx, fake, options)
      const again = await counted(ctx, fake, options)
      ctx.details['reuse-file'] = details(first, again, bigFile)
      return [
        sentRow(ctx, `${label}: sent`, first, again, undefined),
        timeRow(`${label}: wall time`, first, again, maxRerunRatio)
      ]
    } finally {
      await fake.stop()
      await remove()
    }
  }

  /**
   * R3: what the lookups cost on a first run, where every one misses.
   * @param {any} ctx
   * @returns {Promise<Row[]>}
   */
  async function reuseCost(ctx) {
    const c = ctx.config.reuse.cost
    const { dir, remove } = await tempDir('pin-bench-reuse-cost-')
    const fake = await startFake(['--latency-ms', String(c.latencyMs)])
    try {
      await writeFlatFiles(path.join(dir, 'big'), c.files, c.size)
      await writeFlatFiles(path.join(dir, 'small'), c.smallFiles, c.smallSize)
      /** @param {string} folder @param {number} concurrency @param {string} reuse */
      const firstRun = async (folder, concurrency, reuse) => {
        await fake.reset()
        return counted(ctx, fake, {
          workspace: dir,
          inputs: {
            'api-key': fake.apiKey,
            'api-url': fake.url,
            path: folder,
            'upload-as': 'files',
            concurrency: String(concurrency),
            reuse
          },
          timeoutMs: 300_000
        })
      }
      // `auto` first: a cold cache counts against it.
      const bigAuto = await firstRun('big', c.concurrency, 'auto')
      const big = { auto: bigAuto, off: await firstRun('big', c.concurrency, 'off') }
      const smallAuto = await firstRun('small', c.smallConcurrency, 'auto')
      const small = { auto: smallAuto, off: await firstRun('small', c.smallConcurrency, 'off') }
      ctx.details['reuse-cost'] = {
        big: { off: details1(big.off), auto: details1(big.auto) },
        small: { off: details1(small.off), auto: details1(small.auto) }
      }
      const problems = [big.off, big.auto, small.off, small.auto]
        .filter(run => run.run.code !== 0)
        .map(run => `exit code ${run.run.code}: ${driver.tail(run.run)}`)
      if (problems.length > 0) ctx.notes.push(`R3. Lookup cost: ${problems.join('; ')}`)
      return costRows(c, big, small, problems.length === 0)
    } finally {
      await fake.stop()
      await remove()
    }
  }

  return [
    { id: 'reuse-site', title: 'R1. Reuse: unchanged re-run of the site', run: reuseSite },
    { id: 'reuse-file', title: 'R2. Reuse: re-run of one big file', run: reuseFile },
    { id: 'reuse-cost', title: 'R3. Reuse: what the lookups cost a first run', run: reuseCost }
  ]
}

/**
 * A re-run's wall time against the first run's: judged against `maxRatio`, or reported.
 * @param {string} scenario
 * @param {Counted} first
 * @param {Counted} again
 * @param {number | undefined} maxRatio
 * @returns {Row}
 */
function timeRow(scenario, first, again, maxRatio) {
  const ratio = again.run.durationMs / first.run.durationMs
  return {
    scenario,
    measured: `re-run ${seconds(again.run.durationMs)} (CPU ${seconds(again.run.actionCpuMs)}), first run ${seconds(first.run.durationMs)}`,
    target: maxRatio === undefined ? 'reference (re-run ÷ first run)' : `≤ ${maxRatio} × first run`,
    ratio: ratio.toFixed(2),
    verdict: maxRatio === undefined ? 'info' : ratio <= maxRatio ? 'pass' : 'FAIL',
    value: again.run.durationMs,
    limit: maxRatio === undefined ? null : maxRatio * first.run.durationMs
  }
}

/**
 * R3's rows: the big files' lookups (one each), the small files' (none), and what one lookup
 * costs against sending a file of the threshold's size.
 * @param {typeof REUSE_FULL.cost} c
 * @param {{ off: Counted, auto: Counted }} big
 * @param {{ off: Counted, auto: Counted }} small
 * @param {boolean} ok every run succeeded
 * @returns {Row[]}
 */
function costRows(c, big, small, ok) {
  /** @param {{ off: Counted, auto: Counted }} pair */
  const added = pair => ({
    requests: pair.auto.requests - pair.off.requests,
    ms: pair.auto.run.durationMs - pair.off.run.durationMs
  })
  const bigAdded = added(big)
  const smallAdded = added(small)
  // Each of `concurrency` lanes waits for its own lookups: one lookup adds this much to a file.
  const perLookupMs = (bigAdded.ms * c.concurrency) / Math.max(1, bigAdded.requests)
  const breakEven =
    perLookupMs > 0 ? `${(c.size / 1e6 / (perLookupMs / 1000)).toFixed(0)} MB/s` : 'any speed'
  /** @param {{ off: Counted, auto: Counted }} pair @param {{ requests: number, ms: number }} more */
  const figures = (pair, more) =>
    `${more.requests >= 0 ? '+' : ''}${more.requests} requests (${pair.auto.requests} vs ${pair.off.requests}), ${more.ms >= 0 ? '+' : ''}${seconds(more.ms)} (${seconds(pair.auto.run.durationMs)} vs ${seconds(pair.off.run.durationMs)})`
  const name = `R3. First run, reuse auto vs off, ${c.latencyMs} ms latency`
  return [
    {
      scenario: `${name}: ${c.files} × ${size(c.size)} files, c=${c.concurrency}`,
      measured: figures(big, bigAdded),
      target: `${c.files} lookups (1 per file ≥ 1 MiB)`,
      ratio: (big.auto.run.durationMs / big.off.run.durationMs).toFixed(2),
      verdict: ok && bigAdded.requests === c.files ? 'info' : 'FAIL',
      value: bigAdded.ms,
      limit: null
    },
    {
      scenario: `${name}: ${c.smallFiles} × ${size(c.smallSize)} files, c=${c.smallConcurrency}`,
      measured: figures(small, smallAdded),
      target: '0 extra requests',
      ratio: (small.auto.run.durationMs / small.off.run.durationMs).toFixed(2),
      verdict: ok && smallAdded.requests === 0 ? 'pass' : 'FAIL',
      value: smallAdded.requests,
      limit: 0
    },
    {
      scenario: 'R3. One lookup (a miss) adds to its file',
      measured: `${perLookupMs.toFixed(0)} ms; sending ${size(c.size)} takes as long at ${breakEven}`,
      target: 'reference (threshold 1 MiB)',
      ratio: '',
      verdict: 'info',
      value: perLookupMs,
      limit: null
    }
  ]
}

/** @param {number} bytes */
function bytesText(bytes) {
  return bytes === 0 ? '0 B' : size(bytes)
}

/**
 * What the JSON file keeps of a first run and its re-run.
 * @param {Counted} first
 * @param {Counted} again
 * @param {number} bytes the content's size
 */
function details(first, again, bytes) {
  return { bytes, first: details1(first), again: details1(again) }
}

/** @param {Counted} counted */
function details1({ run, requests, bytes }) {
  const { code, durationMs, actionCpuMs, serverCpuMs } = run
  return { code, durationMs, actionCpuMs, serverCpuMs, requests, bytesSent: bytes }
}
