#!/usr/bin/env node
// @ts-check
/**
 * Runs the fake Pinarkive server as its own process, for the benchmark and the demo.
 *
 *   node test-support/fake-pinarkive-cli.mjs [--port N] [--latency-ms N] [--rate-per-second N]
 *     [--rate-headers] [--max-file-size BYTES] [--max-dir-size BYTES] [--flatten-paths]
 *     [--success-status 200|201] [--cid-profile unixfs-v1-2025|unixfs-v0-2015]
 *
 * stdout: first line `{"url":"http://127.0.0.1:PORT/api/v3","apiKey":"..."}`; then one stats
 * line (JSON) on every SIGUSR2 and a last one on SIGTERM/SIGINT. Stats are also served at
 * `GET <origin>/__fake/stats`.
 */
import { parseArgs } from 'node:util'
import { startFakePinarkive } from './fake-pinarkive.mjs'

/** A long benchmark must not grow the fake's memory through its request log. */
const RECORDED_REQUESTS = 100

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'latency-ms': { type: 'string' },
    'rate-per-second': { type: 'string' },
    'rate-headers': { type: 'boolean', default: false },
    'max-file-size': { type: 'string' },
    'max-dir-size': { type: 'string' },
    'flatten-paths': { type: 'boolean', default: false },
    'success-status': { type: 'string' },
    'cid-profile': { type: 'string' }
  }
})

/**
 * @param {string} name
 * @param {string | undefined} text
 * @returns {number | undefined}
 */
function numberOption(name, text) {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isFinite(value) || value < 0) {
    process.stderr.write(`fake-pinarkive: --${name} expects a non-negative number, got ${text}\n`)
    process.exit(2)
  }
  return value
}

const perSecond = numberOption('rate-per-second', values['rate-per-second'])
const successStatus = numberOption('success-status', values['success-status'])
const cidProfile = values['cid-profile']
if (
  cidProfile !== undefined &&
  cidProfile !== 'unixfs-v1-2025' &&
  cidProfile !== 'unixfs-v0-2015'
) {
  process.stderr.write(`fake-pinarkive: unknown --cid-profile ${cidProfile}\n`)
  process.exit(2)
}
const fake = await startFakePinarkive({
  port: numberOption('port', values.port),
  latencyMs: numberOption('latency-ms', values['latency-ms']),
  rateLimit: perSecond === undefined ? undefined : { perSecond, headers: values['rate-headers'] },
  maxFileSize: numberOption('max-file-size', values['max-file-size']),
  maxDirSize: numberOption('max-dir-size', values['max-dir-size']),
  flattenPaths: values['flatten-paths'],
  successStatus: successStatus === 200 ? 200 : 201,
  cidProfile,
  maxRecordedRequests: RECORDED_REQUESTS
})

const printStats = () => process.stdout.write(`${JSON.stringify(fake.stats())}\n`)
process.stdout.write(`${JSON.stringify({ url: fake.url, apiKey: fake.apiKey })}\n`)

if (process.platform !== 'win32') process.on('SIGUSR2', printStats)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  printStats()
  await fake.close()
  // Nothing should be left open; exit anyway rather than linger if something is.
  setTimeout(() => process.exit(0), 2000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
