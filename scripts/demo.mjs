// Runs the bundled action locally, exactly as a runner would, on examples/site against the
// embedded fake Pinarkive server, then prints the step outputs and where the job summary went.
// Usage: npm run demo [-- <path to publish, relative to the repository>]
import { mkdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { startFakePinarkive } from '../test-support/fake-pinarkive.mjs'
import { ROOT, runAction } from '../test-support/run-action.mjs'

const target = process.argv[2] ?? 'examples/site'
// Real UnixFS CIDs, so the action's verification of what the server returns passes.
const fake = await startFakePinarkive({ cidProfile: 'unixfs-v1-2025' })
try {
  console.log(`Fake Pinarkive API listening at ${fake.url}`)
  console.log(`Running dist/index.js under Node 24 with path: ${target}\n`)
  const result = await runAction({
    workspace: ROOT,
    inputs: {
      'api-key': fake.apiKey,
      'api-url': fake.url,
      path: target,
      cluster: 'cl1-eu',
      timelock: '30d',
      'include-hidden-files': 'true'
    }
  })
  // A runner hides ::debug:: lines unless step debugging is on; so does this demo.
  process.stdout.write(result.stdout.replace(/^::debug::.*\n/gm, ''))
  process.stderr.write(result.stderr)

  const dir = path.join(ROOT, '.demo')
  await mkdir(dir, { recursive: true })
  const summaryFile = path.join(dir, 'summary.md')
  await writeFile(summaryFile, result.summary)

  console.log('\nStep outputs:')
  for (const [name, value] of Object.entries(result.outputs)) console.log(`  ${name} = ${value}`)
  console.log(`\nJob summary (Markdown) written to ${path.relative(process.cwd(), summaryFile)}`)
  console.log(
    `Exit code: ${result.code}; the fake server received ${fake.requests.length} requests.`
  )
  process.exitCode = result.code ?? 1
} finally {
  await fake.close()
}
