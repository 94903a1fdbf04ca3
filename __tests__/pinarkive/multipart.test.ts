import busboy from 'busboy'
import { createHash } from 'node:crypto'
import * as path from 'node:path'
import { writeFile } from 'node:fs/promises'
import { fileSource } from '../../src/content/read-file.js'
import { BodySourceError } from '../../src/pinarkive/errors.js'
import { multipartBody } from '../../src/pinarkive/multipart.js'
import { makeWorkspace, scannedFile } from '../../test-support/run-action.mjs'

async function collect(body: ReturnType<typeof multipartBody>): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of body.stream()) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/** Parses a body with busboy (what multer uses) and returns the parts in order. */
function parse(contentType: string, data: Buffer) {
  return new Promise<{ kind: string; name: string; value: string }[]>((resolve, reject) => {
    const parts: { kind: string; name: string; value: string }[] = []
    const parser = busboy({
      headers: { 'content-type': contentType },
      preservePath: true,
      defParamCharset: 'utf8'
    })
    parser.on('field', (name, value) => parts.push({ kind: 'field', name, value }))
    parser.on('file', (name, stream, info) => {
      const hash = createHash('sha256')
      stream.on('data', (d: Buffer) => hash.update(d))
      stream.on('end', () =>
        parts.push({
          kind: 'file',
          name,
          value: `${info.filename} ${hash.digest('hex').slice(0, 8)}`
        })
      )
    })
    parser.on('close', () => resolve(parts))
    parser.on('error', reject)
    parser.end(data)
  })
}

const sha8 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8)

describe('multipartBody', () => {
  it('streams fields then files with exact Content-Length, parsable by busboy with paths kept', async () => {
    const ws = await makeWorkspace({ 'a.txt': 'alpha', 'deep/b.bin': 'bravo!' })
    const body = multipartBody([
      { name: 'cl', value: 'cl1-eu' },
      { name: 'dirName', value: 'site ✓' },
      { name: 'files', filename: 'a.txt', source: fileSource(scannedFile(path.join(ws, 'a.txt'))) },
      {
        name: 'files',
        filename: 'deep/b "quoted".bin',
        source: fileSource(scannedFile(path.join(ws, 'deep/b.bin')))
      }
    ])
    const data = await collect(body)
    expect(data.length).toBe(body.length)
    expect(await parse(body.contentType, data)).toEqual([
      { kind: 'field', name: 'cl', value: 'cl1-eu' },
      { kind: 'field', name: 'dirName', value: 'site ✓' },
      { kind: 'file', name: 'files', value: `a.txt ${sha8('alpha')}` },
      { kind: 'file', name: 'files', value: `deep/b %22quoted%22.bin ${sha8('bravo!')}` }
    ])
  })

  it('can be streamed again for a retry', async () => {
    const ws = await makeWorkspace({ 'a.txt': 'alpha' })
    const body = multipartBody([
      { name: 'file', filename: 'a.txt', source: fileSource(scannedFile(path.join(ws, 'a.txt'))) }
    ])
    expect((await collect(body)).equals(await collect(body))).toBe(true)
  })

  it('fails, without retrying material, when a file changed size after it was listed', async () => {
    const ws = await makeWorkspace({ 'a.txt': 'alpha' })
    const body = multipartBody([
      { name: 'file', filename: 'a.txt', source: fileSource(scannedFile(path.join(ws, 'a.txt'))) }
    ])
    await writeFile(path.join(ws, 'a.txt'), 'alphabet')
    await expect(collect(body)).rejects.toThrow(BodySourceError)
    await expect(collect(body)).rejects.toThrow(
      /changed while it was being uploaded \(expected 5 bytes/
    )
  })

  it('reports a missing file as a local error', async () => {
    const body = multipartBody([
      {
        name: 'file',
        filename: 'x',
        source: fileSource({ absPath: '/nonexistent/x', size: 1, inode: { dev: 0n, ino: 0n } })
      }
    ])
    await expect(collect(body)).rejects.toThrow(/cannot read \/nonexistent\/x/)
  })
})
