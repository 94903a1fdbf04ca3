// @ts-check
/**
 * The benchmark's baseline: the upload loop a user of the official TypeScript SDK writes,
 * reduced to what the SDK does per file (@pinarkive/pinarkive-sdk-ts 3.1.5 `uploadFile`): read
 * the file, `FormData` with one `file` Blob part, `fetch` POST /files with a Bearer key, throw
 * on a non-2xx answer. One request at a time, no pacing, no retry; a failed file is logged and
 * the loop goes on, so files are lost, not retried.
 *
 *   node scripts/bench/baseline-sdk.mjs <api url> <api key> <directory>
 *
 * Uploads every file directly in <directory> in name order, then prints one JSON line:
 * `{ "files": n, "delivered": [cid…], "failures": { "429": n, … } }`.
 */
import { readFile, readdir } from 'node:fs/promises'
import * as path from 'node:path'

const [apiUrl, apiKey, dir] = process.argv.slice(2)
if (!apiUrl || !apiKey || !dir) {
  process.stderr.write('usage: baseline-sdk.mjs <api url> <api key> <directory>\n')
  process.exit(2)
}

/**
 * As the SDK's `uploadFile(file)`: the Blob goes in without a name.
 * @param {Blob} blob
 * @returns {Promise<{ cid: string }>}
 */
async function uploadFile(blob) {
  const form = new FormData()
  form.append('file', blob)
  const res = await fetch(`${apiUrl}/files`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${apiKey}` },
    body: form
  })
  const body = /** @type {{ cid: string, message?: string, error?: string }} */ (
    await res.json().catch(() => ({}))
  )
  if (!res.ok) throw Object.assign(new Error(body.message ?? body.error), { status: res.status })
  return body
}

const names = (await readdir(dir)).sort()
/** @type {string[]} */
const delivered = []
/** @type {Record<string, number>} */
const failures = {}
for (const name of names) {
  try {
    const { cid } = await uploadFile(new Blob([await readFile(path.join(dir, name))]))
    delivered.push(cid)
  } catch (error) {
    const status = String(/** @type {{ status?: number }} */ (error).status ?? 'network')
    failures[status] = (failures[status] ?? 0) + 1
  }
}
process.stdout.write(`${JSON.stringify({ files: names.length, delivered, failures })}\n`)
