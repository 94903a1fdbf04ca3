// @ts-check
/**
 * The benchmark's scale scenario (issue 21), run by scripts/bench.mjs in full runs only (it
 * writes 100,000 files; `--only scale` runs it alone):
 *
 *   S1 scale  100,000 files of 64 bytes in 1,000 folders, uploaded in directory mode with the
 *             summary on. Reported: peak RSS (target < 250 MB), wall time, and the bytes each
 *             file costs: peak RSS above that of the same run with one file, divided by the
 *             files. Small files, so that what is measured is the cost per file, not per byte.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { MB, inBatches, megabytes, seconds, startFake, tempDir } from './support.mjs'

/** @typedef {import('./support.mjs').Row} Row */

const SCALE = { files: 100_000, perFolder: 100, maxRss: 250 * MB }

/**
 * @param {{ runMeasured: (ctx: any, fake: any, options: any) => Promise<any>, tail: (result: any) => string, skipped: (scenario: string, why: string) => Row }} driver
 */
export function scaleScenarios(driver) {
  return [{ id: 'scale', title: 'S1. Scale, 100,000 files', run: scale }]

  /**
   * @param {any} ctx
   * @returns {Promise<Row[]>}
   */
  async function scale(ctx) {
    const scenario = `S1. Scale: ${SCALE.files.toLocaleString('en')}-file directory, peak RSS`
    if (ctx.quick) return [driver.skipped(scenario, 'full runs only (100,000 files)')]
    const fake = await startFake(['--cid-profile', 'unixfs-v1-2025'])
    const one = await tempDir('pin-bench-scale-one-')
    const many = await tempDir('pin-bench-scale-')
    try {
      await writeFiles(path.join(one.dir, 'site'), 1)
      await writeFiles(path.join(many.dir, 'site'), SCALE.files)
      /** @param {string} workspace */
      const upload = async workspace => {
        await fake.reset()
        const result = await driver.runMeasured(ctx, fake, {
          workspace,
          inputs: {
            'api-key': fake.apiKey,
            'api-url': fake.url,
            path: 'site',
            'upload-as': 'directory'
          },
          measureMemory: true,
          timeoutMs: 1_800_000
        })
        if (result.code !== 0) throw new Error(`the scale run failed: ${driver.tail(result)}`)
        return result
      }
      const floor = (await upload(one.dir)).peakRssBytes ?? 0
      const result = await upload(many.dir)
      const rss = result.peakRssBytes ?? 0
      const perFile = Math.round((rss - floor) / SCALE.files)
      return [
        {
          scenario,
          measured: `${megabytes(rss)} in ${seconds(result.durationMs)}`,
          target: `< ${megabytes(SCALE.maxRss)}`,
          ratio: (rss / SCALE.maxRss).toFixed(2),
          verdict: rss > 0 && rss < SCALE.maxRss ? 'pass' : 'FAIL',
          value: rss,
          limit: SCALE.maxRss
        },
        {
          scenario: 'S1. Scale: bytes of peak RSS per file, above a one-file run',
          measured: `${perFile.toLocaleString('en')} B (one file: ${megabytes(floor)})`,
          target: '',
          ratio: '',
          verdict: 'info'
        }
      ]
    } finally {
      await fake.stop()
      await one.remove()
      await many.remove()
    }
  }
}

/**
 * `count` files of 64 bytes, `SCALE.perFolder` to a folder.
 * @param {string} dir
 * @param {number} count
 */
async function writeFiles(dir, count) {
  await inBatches(count, 64, async i => {
    const folder = path.join(dir, `d${Math.floor(i / SCALE.perFolder)}`)
    await mkdir(folder, { recursive: true })
    await writeFile(path.join(folder, `page-${i}.html`), `<p>page ${i}</p>`.padEnd(64, ' '))
  })
}
