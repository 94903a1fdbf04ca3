#!/usr/bin/env node
// @ts-check
/**
 * Runs the fake Pinarkive server as its own process, for the benchmark and the demo.
 *
 *   node test-support/fake-pinarkive-cli.mjs [--port N] [--latency-ms N] [--rate-per-second N]
 *     [--rate-headers] [--max-file-size BYTES] [--max-dir-size BYTES] [--flatten-paths]
 *     [--success-status 200|201] [--cid-profile unixfs-v1-2025|unixfs-v0-2015]
 *     [--param-charset utf8|latin1] [--help]
 *
 * stdout: first line `{"url":"http://127.0.0.1:PORT/api/v3","apiKey":"..."}`; then one stats
 * line (JSON) on every SIGUSR2 and a last one on SIGTERM/SIGINT. Stats are also served at
 * `GET <origin>/__fake/stats`.
 */
import { parseArgs } from 'node:util'
import { startFakePinarkive } from './fake-pinarkive.mjs'

/** A long benchmark must not grow the fake's memory through its request log. */
const RECORDED_REQUESTS = 100

const USAGE = `usage: node test-support/fake-pinarkive-cli.mjs [options]

Starts the fake Pinarkive API v3 on 127.0.0.1 and prints {"url", "apiKey"} as its first line.

  --port N                  listen on N (default: any free port)
  --latency-ms N            wait N ms before every answer
  --rate-per-second N       answer 429 past N requests a second per key
  --rate-headers            with --rate-per-second, send X-RateLimit-* headers
  --max-file-size BYTES     answer 413 to a bigger file
  --max-dir-size BYTES      answer 413 to a bigger directory
  --flatten-paths           drop folders from directory paths, as multer does by default
  --success-status 200|201  status of a successful upload or pin (default 201)
  --cid-profile PROFILE     answer the real UnixFS CIDs of what arrives:
                            unixfs-v1-2025 or unixfs-v0-2015
  --param-charset CHARSET   how filename parameters without a charset are read:
                            utf8 (default) or latin1 (multer's default)
  --keep-content            keep uploaded bytes, so that the gateway serves them (and their
                            CARs, with --cid-profile)
  --own-gateway             list the fake's own gateway for every cluster
  --help                    print this and exit

SIGUSR2 prints a stats line; SIGTERM and SIGINT print one and stop.
`

/** The command line, or the usage and exit code 2 when it is wrong. */
function readOptions() {
  try {
    return parseArgs({
      options: {
        help: { type: 'boolean', default: false },
        port: { type: 'string' },
        'latency-ms': { type: 'string' },
        'rate-per-second': { type: 'string' },
        'rate-headers': { type: 'boolean', default: false },
        'max-file-size': { type: 'string' },
        'max-dir-size': { type: 'string' },
        'flatten-paths': { type: 'boolean', default: false },
        'success-status': { type: 'string' },
        'cid-profile': { type: 'string' },
        'param-charset': { type: 'string' },
        'keep-content': { type: 'boolean', default: false },
        'own-gateway': { type: 'boolean', default: false }
      }
    }).values
  } catch (error) {
    process.stderr.write(`fake-pinarkive: ${/** @type {Error} */ (error).message}\n\n${USAGE}`)
    process.exit(2)
  }
}

const values = readOptions()
if (values.help) {
  process.stdout.write(USAGE)
  process.exit(0)
}

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
const paramCharset = values['param-charset']
if (paramCharset !== undefined && paramCharset !== 'utf8' && paramCharset !== 'latin1') {
  process.stderr.write(`fake-pinarkive: unknown --param-charset ${paramCharset}\n`)
  process.exit(2)
}
const fake = await startFakePinarkive({
  port: numberOption('port', values.port),
  latencyMs: numberOption('latency-ms', values['latency-ms']),
  rateLimit: perSecond === undefined ? undefined : { perSecond, headers: values['rate-headers'] },
  maxFileSize: numberOption('max-file-size', values['max-file-size']),
  maxDirSize: numberOption('max-dir-size', values['max-dir-size']),
  flattenPaths: values['flatten-paths'],
  keepContent: values['keep-content'],
  ownGateway: values['own-gateway'],
  successStatus: successStatus === 200 ? 200 : 201,
  cidProfile,
  paramCharset,
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
// A failed close has nowhere to be reported but the crash it causes.
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
