/**
 * The action's entry point. The work runs in a worker thread with a small young generation:
 * left to itself, V8 grows it to tens of MB while a site of thousands of files is globbed and
 * hashed, and an action cannot pass flags to the runner's `node`. The main thread only waits.
 */
import { setFlagsFromString } from 'node:v8'
import { isMainThread, Worker } from 'node:worker_threads'
import { errorCommand } from './shared/escape-log.js'
import { errorText } from './shared/error-text.js'

/** Young-generation cap of the worker, in MB: enough for throughput, small for memory. */
const YOUNG_GENERATION_MB = 4

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
  })
  worker.on('error', error => {
    // An error the action did not catch itself; @actions/core and the sink live in the worker.
    // The runner masks the secrets it was given in this line; nothing else reads it.
    // eslint-disable-next-line no-restricted-properties -- the one write outside the sink
    process.stdout.write(
      errorCommand(error instanceof Error ? (error.stack ?? error.message) : errorText(error))
    )
    process.exitCode = 1
  })
  worker.on('exit', code => {
    if (code !== 0) process.exitCode = code
  })
} else {
  const { run } = await import('./main.js')
  // V8's heuristics that favour memory over speed (`node --optimize-for-size`, which an action
  // cannot pass): the garbage collector then collects the old generation before it holds tens of
  // MB of garbage. A 20,000-file site peaked at 189 MB without, 160 MB with, in the same time.
  // Set once the code is loaded: before, it slowed start-up by 70 ms. The flag is read as the
  // collector goes, so it takes effect from here on.
  setFlagsFromString('--optimize-for-size')
  await run()
}
