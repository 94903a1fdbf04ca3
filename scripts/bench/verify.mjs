// @ts-check
/**
 * The benchmark's proof-of-retrieval scenario (`wait-for: verified`), run by scripts/bench.mjs:
 *
 *   V1 verify  a site (2,000 / 300 files of scenario 3b's sizes, plus one 64 / 16 MiB file of
 *              random bytes) published with `wait-for: gateway`, then, against a fresh fake,
 *              with `wait-for: verified`: the fake's gateway serves the CAR of what it received.
 *              Reported: what verifying adds to the run, in all, per MiB and per 1,000 blocks
 *              (building the local DAG, fetching the CAR, hashing every block). Informational;
 *              it fails only when the verified run does not verify.
 */
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { MiB, seconds, startFake, tempDir, writeSiteTree } from './support.mjs'

/** @typedef {import('./support.mjs').Row} Row */

const VERIFY_FULL = { files: 2000, bigFile: 64 * MiB }
const VERIFY_QUICK = { files: 300, bigFile: 16 * MiB }

/**
 * @param {{ runMeasured: (ctx: any, fake: any, options: any) => Promise<any>, tail: (result: any) => string }} driver
 */
export function verifyScenarios(driver) {
  return [{ id: 'verify', title: 'V1. Proof of retrieval, wait-for: verified', run: verify }]

  /**
   * @param {any} ctx
   * @returns {Promise<Row[]>}
   */
  async function verify(ctx) {
    const config = ctx.quick ? VERIFY_QUICK : VERIFY_FULL
    const { dir, remove } = await tempDir('pin-bench-verify-')
    const fake = await startFake([
      '--cid-profile',
      'unixfs-v1-2025',
      '--keep-content',
      '--own-gateway'
    ])
    try {
      const siteBytes = await writeSiteTree(path.join(dir, 'site'), config.files)
      await writeFile(path.join(dir, 'site', 'big.bin'), randomBytes(config.bigFile))
      /** @param {string} waitFor */
      const publish = async waitFor => {
        await fake.reset()
        return driver.runMeasured(ctx, fake, {
          workspace: dir,
          inputs: {
            'api-key': fake.apiKey,
            'api-url': fake.url,
            path: 'site',
            'upload-as': 'directory',
            'wait-for': waitFor,
            'wait-timeout': '5m'
          },
          timeoutMs: 900_000
        })
      }
      const gateway = await publish('gateway')
      const verified = await publish('verified')
      const served = /site: verified: the gateway served all ([\d,]+) blocks? \(([^)]+)\)/.exec(
        verified.stdout
      )
      const scenario = `V1. Verify: ${config.files.toLocaleString('en')} files + ${config.bigFile / MiB} MiB`
      if (verified.outputs.ready !== 'true' || !served) {
        return [
          {
            scenario,
            measured: `not verified: ${driver.tail(verified)}`,
            target: 'ready = true',
            ratio: '',
            verdict: 'FAIL'
          }
        ]
      }
      const blocks = Number(served[1].replace(/,/g, ''))
      const mib = (siteBytes + config.bigFile) / MiB
      const extraMs = verified.durationMs - gateway.durationMs
      return [
        {
          scenario,
          measured: `${seconds(verified.durationMs)} against ${seconds(gateway.durationMs)} with wait-for: gateway (+${seconds(extraMs)}; ${blocks.toLocaleString('en')} blocks, ${served[2]})`,
          target: 'verified',
          ratio: (verified.durationMs / gateway.durationMs).toFixed(2),
          verdict: 'info',
          value: extraMs
        },
        {
          scenario: 'V1. Verify: cost per MiB',
          measured: `${(extraMs / mib).toFixed(1)} ms per MiB`,
          target: '',
          ratio: '',
          verdict: 'info',
          value: extraMs / mib
        },
        {
          scenario: 'V1. Verify: cost per 1,000 blocks',
          measured: `${((extraMs / blocks) * 1000).toFixed(0)} ms per 1,000 blocks`,
          target: '',
          ratio: '',
          verdict: 'info',
          value: (extraMs / blocks) * 1000
        }
      ]
    } finally {
      await fake.stop()
      await remove()
    }
  }
}
