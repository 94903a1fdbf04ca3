import busboy from 'busboy'
import { createHash } from 'node:crypto'
import * as path from 'node:path'
import { writeFile } from 'node:fs/promises'
import { fileSource } from '../../src/content/read-file.js'
import { BodySourceError, FileNameError } from '../../src/transport/errors.js'
import { multipartBody, multipartNameProblem } from '../../src/pinarkive/multipart.js'
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
      { kind: 'file', name: 'files', value: `deep/b "quoted".bin ${sha8('bravo!')}` }
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

/** The file names busboy reports for a body, with multer's knobs. */
function arrivedNames(
  contentType: string,
  data: Buffer,
  options: { defParamCharset: 'utf8' | 'latin1'; preservePath: boolean }
) {
  return new Promise<(string | undefined)[]>((resolve, reject) => {
    const names: (string | undefined)[] = []
    const parser = busboy({ headers: { 'content-type': contentType }, ...options })
    parser.on('file', (_name, stream, info) => {
      names.push(info.filename)
      stream.resume()
    })
    parser.on('close', () => resolve(names))
    parser.on('error', reject)
    parser.end(data)
  })
}

const one = (text: string) => ({ size: Buffer.byteLength(text), chunks: () => [Buffer.from(text)] })

const PUNCTUATION = '!"#$%&\'()*+,-.:;<=>?@[\\]^_`{|}~'

/** Names a fork could give its files; none has a `/`, which no file name can hold. */
const HOSTILE_NAMES = [
  ...[...PUNCTUATION].map(char => `p${char}.txt`),
  `all ${PUNCTUATION}`,
  'q"uote.txt',
  'trail\\',
  '".txt',
  '%22.txt',
  '%.txt',
  '%%',
  'a%2Fb.txt',
  'tab\there.txt',
  'ctl-\x01.txt',
  'del-\x7f.txt',
  'new\nline.txt',
  'cr\rreturn.txt',
  'crlf\r\n.txt',
  'café.html'.normalize('NFC'),
  'café.html'.normalize('NFD'),
  'Ã©.html',
  '🎉 party.txt',
  'line\u2028sep.txt',
  'rtl-\u202egnp.exe',
  ` lead and trail `,
  '-rf',
  '...',
  '::error title=forged::x',
  'x"; filename="evil.txt',
  "x\"; filename*=UTF-8''evil.txt",
  'name*=x',
  'é'.repeat(127) + 'x',
  '字'.repeat(85)
]

const CHARSETS = ['utf8', 'latin1'] as const

describe('file names arrive exactly as on disk through busboy', () => {
  it('has hostile names of every kind the issue lists', () => {
    expect(new Set(HOSTILE_NAMES).size).toBe(HOSTILE_NAMES.length)
    expect(HOSTILE_NAMES.filter(n => Buffer.byteLength(n) === 255)).toHaveLength(2)
    expect(HOSTILE_NAMES.map(n => multipartNameProblem(n))).toEqual(
      HOSTILE_NAMES.map(() => undefined)
    )
  })

  it.each(CHARSETS)('files mode, defParamCharset %s', async defParamCharset => {
    for (const name of HOSTILE_NAMES) {
      const body = multipartBody([
        { name: 'cl', value: 'cl0-global' },
        { name: 'file', filename: name, source: one('x') }
      ])
      const arrived = await arrivedNames(body.contentType, await collect(body), {
        defParamCharset,
        preservePath: true
      })
      expect([name, arrived]).toEqual([name, [name]])
    }
  })

  it.each(CHARSETS)('directory mode with deep paths, defParamCharset %s', async defParamCharset => {
    const deep = Array.from({ length: 40 }, (_, i) => `level-${i}`).join('/')
    const paths = [
      ...HOSTILE_NAMES.map(name => `dir/${name}`),
      ...HOSTILE_NAMES.map(name => `${name}/inside.txt`),
      `${deep}/index.html`,
      `${deep}/${'é'.repeat(127)}x`,
      'ünï/cödé/ñ.txt',
      'back\\slash/dir/x.txt'
    ]
    const body = multipartBody([
      { name: 'dirName', value: 'site' },
      ...paths.map(path => ({ name: 'files', filename: path, source: one(path) }))
    ])
    const arrived = await arrivedNames(body.contentType, await collect(body), {
      defParamCharset,
      preservePath: true
    })
    expect(arrived).toEqual(paths)
  })

  it('never lets two different names arrive as one', async () => {
    const lookAlikes = ['".txt', '%22.txt', '%2522.txt', '_.txt', 'caf%C3%A9', 'café', 'Ã©', 'é']
    for (const defParamCharset of CHARSETS) {
      const body = multipartBody(
        lookAlikes.map(filename => ({ name: 'files', filename, source: one('x') }))
      )
      const arrived = await arrivedNames(body.contentType, await collect(body), {
        defParamCharset,
        preservePath: true
      })
      expect(arrived).toEqual(lookAlikes)
    }
  })

  it('sends plain names as they are, and the others with an RFC 8187 filename*', async () => {
    const body = multipartBody([
      { name: 'files', filename: 'assets/app.js', source: one('x') },
      { name: 'files', filename: 'q"é.txt', source: one('y') }
    ])
    const text = (await collect(body)).toString('latin1')
    expect(text).toContain(
      'Content-Disposition: form-data; name="files"; filename="assets/app.js"\r\n'
    )
    expect(text).toContain(
      `Content-Disposition: form-data; name="files"; filename="q%22%C3%A9.txt"; filename*=UTF-8''q%22%C3%A9.txt\r\n`
    )
    // Only ASCII on the wire: nothing for a parameter charset to garble.
    expect([...text].every(char => char.charCodeAt(0) < 0x80)).toBe(true)
  })

  it('under multer without preservePath, loses what comes before a backslash (and a slash)', async () => {
    // busboy's basename() cuts at `\` as well as `/` once the name is decoded; no encoding can
    // prevent it. Directory mode needs preservePath anyway, and the action warns without it.
    const names = ['plain.txt', 'q"uote é.txt', 'a\\b.txt']
    const arrived = []
    for (const filename of names) {
      const body = multipartBody([{ name: 'file', filename, source: one('x') }])
      arrived.push(
        ...(await arrivedNames(body.contentType, await collect(body), {
          defParamCharset: 'latin1',
          preservePath: false
        }))
      )
    }
    expect(arrived).toEqual(['plain.txt', 'q"uote é.txt', 'b.txt'])
  })
})

describe('multipartNameProblem', () => {
  it('refuses names with no UTF-8 form, and the empty name', () => {
    expect(multipartNameProblem('lone-\ud800.txt')).toMatch(/^is not valid Unicode/)
    expect(multipartNameProblem('lone-\udfff')).toMatch(/^is not valid Unicode/)
    expect(multipartNameProblem('')).toBe('is empty')
    expect(multipartNameProblem('😀')).toBeUndefined()
  })

  it('refuses a name whose part header busboy would not parse, and no shorter one', async () => {
    // `é` is 2 bytes, 6 characters encoded, 12 with the fallback: find the longest that fits.
    let [fits, fails] = [1, 16_000]
    while (fails - fits > 1) {
      const middle = Math.floor((fits + fails) / 2)
      if (multipartNameProblem('é'.repeat(middle)) === undefined) fits = middle
      else fails = middle
    }
    const count = fits
    const longest = 'é'.repeat(count)
    expect(multipartNameProblem(`${longest}é`)).toMatch(
      /^is too long to send: its multipart header would be \d+ bytes, and servers parse at most 16000$/
    )
    const body = multipartBody([{ name: 'files', filename: longest, source: one('x') }])
    expect(
      await arrivedNames(body.contentType, await collect(body), {
        defParamCharset: 'latin1',
        preservePath: true
      })
    ).toEqual([longest])
    // busboy drops a body whose part header is past 16 KiB: the limit is not ours to choose.
    const boundary = 'b0undary'
    const raw = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${'a'.repeat(17_000)}"\r\n\r\nx\r\n--${boundary}--\r\n`
    )
    await expect(
      arrivedNames(`multipart/form-data; boundary=${boundary}`, raw, {
        defParamCharset: 'utf8',
        preservePath: true
      })
    ).rejects.toThrow(/Malformed part header/)
    // A plain ASCII path of 4,000 bytes (Linux allows 4,095) is fine.
    expect(multipartNameProblem(`${'a/'.repeat(2000)}`)).toBeUndefined()
  })

  it('makes the body refuse every such name at once, naming each', () => {
    expect(() =>
      multipartBody([
        { name: 'files', filename: 'ok.txt', source: one('x') },
        { name: 'files', filename: 'bad-\ud800', source: one('x') },
        { name: 'files', filename: '', source: one('x') }
      ])
    ).toThrow(
      new FileNameError(
        'Not uploaded: 2 file names cannot be sent exactly as on disk: "bad-\\ud800" is not valid Unicode (it holds a lone surrogate), so it has no UTF-8 form to send; "" is empty. Rename or exclude them.'
      )
    )
  })
})

describe('multipart part headers', () => {
  /** Each part's field name and, for files, the type busboy read. */
  function types(contentType: string, data: Buffer) {
    return new Promise<string[]>((resolve, reject) => {
      const seen: string[] = []
      const parser = busboy({ headers: { 'content-type': contentType } })
      parser.on('field', name => seen.push(`${name}: field`))
      parser.on('file', (name, stream, info) => {
        seen.push(`${name}: ${info.mimeType}`)
        stream.resume()
      })
      parser.on('close', () => resolve(seen))
      parser.on('error', reject)
      parser.end(data)
    })
  }

  it('types each file part, application/octet-stream unless told', async () => {
    const body = multipartBody([
      { name: 'cl', value: 'cl1-eu' },
      { name: 'files', filename: 'a.bin', source: one('x') },
      { name: 'files', filename: 'b.html', source: one('<p>'), contentType: 'text/html' }
    ])
    expect(await types(body.contentType, await collect(body))).toEqual([
      'cl: field',
      'files: application/octet-stream',
      'files: text/html'
    ])
  })

  it('refuses a field name that would break its header (a bug, not user input)', () => {
    expect(() => multipartBody([{ name: 'a"b', value: 'x' }])).toThrow(
      new TypeError('multipart field name "a\\"b"')
    )
  })

  it('sends names whose part header is up to 16,000 bytes, as measured in the body', async () => {
    let length = 15_000
    while (multipartNameProblem('a'.repeat(length + 1)) === undefined) length++
    const longest = 'a'.repeat(length)
    expect(multipartNameProblem(`${longest}a`)).toBe(
      'is too long to send: its multipart header would be 16001 bytes, and servers parse at most 16000'
    )
    const data = (
      await collect(multipartBody([{ name: 'files', filename: longest, source: one('x') }]))
    ).toString('latin1')
    const start = data.indexOf('Content-Disposition')
    const block = data.slice(start, data.indexOf('\r\n\r\n', start) + 4)
    expect(Buffer.byteLength(block)).toBe(16_000)
  })

  it('names the first ten refused names and counts the others', () => {
    const parts = Array.from({ length: 12 }, (_, i) => ({
      name: 'files',
      filename: `bad-${i}-\ud800`,
      source: one('x')
    }))
    const error = (() => {
      try {
        multipartBody(parts)
      } catch (thrown) {
        return thrown as Error
      }
    })()
    expect(error).toBeInstanceOf(FileNameError)
    expect(error?.message).toMatch(
      /^Not uploaded: 12 file names cannot be sent exactly as on disk: /
    )
    expect(error?.message).toContain('"bad-9-\\ud800"')
    expect(error?.message).not.toContain('bad-10-')
    expect(error?.message).toMatch(/; and 2 more\. Rename or exclude them\.$/)
    expect(() => multipartBody([parts[0]])).toThrow(
      'Not uploaded: 1 file name cannot be sent exactly as on disk: "bad-0-\\ud800" is not valid Unicode (it holds a lone surrogate), so it has no UTF-8 form to send. Rename or exclude it.'
    )
  })
})

describe('a file that changes while it is sent', () => {
  /** A source that declares `size` bytes and yields `chunks`. */
  const source = (size: number, ...chunks: string[]) => ({
    size,
    chunks: () => chunks.map(c => Buffer.from(c))
  })

  /** What the body yielded before it failed, and the failure. */
  async function sent(body: ReturnType<typeof multipartBody>) {
    const chunks: Buffer[] = []
    try {
      for await (const chunk of body.stream()) chunks.push(Buffer.from(chunk))
    } catch (error) {
      return { bytes: Buffer.concat(chunks).toString(), error: error as Error }
    }
    return { bytes: Buffer.concat(chunks).toString(), error: undefined }
  }

  it('fails when it turned shorter, so the body never falls short of its Content-Length', async () => {
    const { error } = await sent(
      multipartBody([{ name: 'file', filename: 'a.txt', source: source(5, 'abc') }])
    )
    expect(error).toBeInstanceOf(BodySourceError)
    expect(error?.message).toBe(
      'a.txt changed while it was being uploaded (expected 5 bytes, read 3)'
    )
  })

  it('fails when it grew, without sending a byte past what it declared', async () => {
    const { bytes, error } = await sent(
      multipartBody([{ name: 'file', filename: 'a.txt', source: source(3, 'ab', 'cdef', 'gh') }])
    )
    expect(error?.message).toBe(
      'a.txt changed while it was being uploaded (expected 3 bytes, read 6)'
    )
    expect(bytes.endsWith('\r\n\r\nab')).toBe(true)
  })
})
