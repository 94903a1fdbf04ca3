/**
 * A multipart/form-data body built from byte sources, with its exact length known up front, so
 * the request carries a Content-Length, can be rebuilt for a retry, and can report progress.
 */
import { randomBytes } from 'node:crypto'
import { plural } from '../shared/format.js'
import { errorText } from '../shared/error-text.js'
import { quoteValue } from '../shared/quote.js'
import { BodySourceError, FileNameError } from '../transport/errors.js'

/** Bytes to send, produced afresh for every attempt. */
export interface ByteSource {
  /** Exact byte count `chunks()` yields. */
  readonly size: number
  chunks(): AsyncIterable<Uint8Array> | Iterable<Uint8Array>
}

export type Part =
  | { name: string; value: string }
  | { name: string; filename: string; source: ByteSource; contentType?: string }

export interface MultipartBody {
  contentType: string
  /** Exact byte length of everything `stream()` yields. */
  length: number
  /** A fresh stream of the body; call once per attempt. */
  stream(): AsyncGenerator<Uint8Array>
  /** The whole body in one buffer: for small bodies, cheaper to send than a stream. */
  read(): Promise<Buffer>
}

const CRLF = '\r\n'

/**
 * Sent as they are inside a quoted `filename`: printable ASCII except `"` and `\` (which
 * busboy, multer's parser, reads as quoting: `trail\` dropped the part) and `%` (which
 * browsers use to escape, so `%22.txt` and `".txt` would look alike).
 */
const PLAIN_NAME = /^[\x20\x21\x23\x24\x26-\x5b\x5d-\x7e]+$/

/** RFC 8187 attr-char: what an extended parameter value carries without percent-encoding. */
const ATTR_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/

/**
 * busboy (and so multer) refuses a part whose header block is over 16 KiB; keep clear of it.
 * A 255-byte name of non-ASCII characters takes about 1.6 KB, a 4 KB path of them about 25 KB.
 */
const MAX_PART_HEADER_BYTES = 16_000

/** Every UTF-8 byte outside attr-char as `%XX` (RFC 8187). */
function percentEncode(value: string): string {
  let encoded = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte)
    encoded += ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return encoded
}

/**
 * `filename` parameters that arrive exactly as given. A plain name goes as is. Any other goes
 * as RFC 8187 `filename*=UTF-8''…`, which busboy decodes exactly and prefers whatever its
 * `defParamCharset` (multer's default is latin1, which garbles raw UTF-8), next to a
 * `filename` fallback for other parsers: the same percent-encoded text, so that even there two
 * different names never arrive as one.
 */
function filenameParameters(filename: string): string {
  if (PLAIN_NAME.test(filename)) return `filename="${filename}"`
  const encoded = percentEncode(filename)
  return `filename="${encoded}"; filename*=UTF-8''${encoded}`
}

function fieldName(name: string): string {
  // Our field names are constants (`file`, `files`, `cl`, …); anything else is a bug here.
  if (!PLAIN_NAME.test(name)) throw new TypeError(`multipart field name ${JSON.stringify(name)}`)
  return `name="${name}"`
}

function partHeader(boundary: string, part: Part): Buffer {
  const disposition =
    'filename' in part
      ? `form-data; ${fieldName(part.name)}; ${filenameParameters(part.filename)}`
      : `form-data; ${fieldName(part.name)}`
  const type =
    'filename' in part
      ? `Content-Type: ${part.contentType ?? 'application/octet-stream'}${CRLF}`
      : ''
  return Buffer.from(`--${boundary}${CRLF}Content-Disposition: ${disposition}${CRLF}${type}${CRLF}`)
}

/**
 * Why a file name cannot be sent so that it arrives exactly as it is, or undefined when it can.
 * The upload refuses such names (see `multipartBody`); callers may check them earlier.
 */
export function multipartNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty'
  if (/\p{Cs}/u.test(name)) {
    return 'is not valid Unicode (it holds a lone surrogate), so it has no UTF-8 form to send'
  }
  const header = Buffer.byteLength(
    `Content-Disposition: form-data; name="files"; ${filenameParameters(name)}${CRLF}` +
      `Content-Type: application/octet-stream${CRLF}${CRLF}`
  )
  if (header > MAX_PART_HEADER_BYTES) {
    return `is too long to send: its multipart header would be ${header} bytes, and servers parse at most ${MAX_PART_HEADER_BYTES}`
  }
  return undefined
}

/** Refuses the whole body when any file name would not arrive exactly, naming each. */
function checkNames(parts: readonly Part[]): void {
  const problems = parts.flatMap(part => {
    if (!('filename' in part)) return []
    const problem = multipartNameProblem(part.filename)
    return problem ? [`${quoteValue(part.filename, 200)} ${problem}`] : []
  })
  if (problems.length === 0) return
  const shown = problems.slice(0, 10)
  const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : ''
  throw new FileNameError(
    `Not uploaded: ${plural(problems.length, 'file name')} cannot be sent exactly as on disk: ${shown.join('; ')}${more}. Rename or exclude ${problems.length === 1 ? 'it' : 'them'}.`
  )
}

/**
 * A part's bytes. A source that fails, or yields another size than it declared (a file that
 * changed), ends the body with a `BodySourceError`: sending on would not match Content-Length.
 */
async function* partBytes(part: Extract<Part, { filename: string }>): AsyncGenerator<Uint8Array> {
  const { source } = part
  let sent = 0
  try {
    for await (const chunk of source.chunks()) {
      sent += chunk.length
      if (sent > source.size) break
      yield chunk
    }
  } catch (error) {
    throw new BodySourceError(errorText(error), {
      cause: error
    })
  }
  if (sent !== source.size) {
    throw new BodySourceError(
      `${part.filename} changed while it was being uploaded (expected ${source.size} bytes, read ${sent})`
    )
  }
}

/** Throws a `FileNameError` naming every file name that would not arrive exactly. */
export function multipartBody(parts: readonly Part[], boundary = newBoundary()): MultipartBody {
  checkNames(parts)
  const closing = Buffer.from(`--${boundary}--${CRLF}`)
  let length = closing.length
  for (const part of parts) {
    // Headers are rebuilt while streaming rather than kept, so 20,000 parts cost no memory here.
    length += partHeader(boundary, part).length + CRLF.length
    length += 'filename' in part ? part.source.size : Buffer.byteLength(part.value)
  }
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length,
    async *stream() {
      for (const part of parts) {
        yield partHeader(boundary, part)
        if ('filename' in part) yield* partBytes(part)
        else yield Buffer.from(part.value)
        yield Buffer.from(CRLF)
      }
      yield closing
    },
    async read() {
      const chunks: Uint8Array[] = []
      for await (const chunk of this.stream()) chunks.push(chunk)
      return Buffer.concat(chunks, length)
    }
  }
}

export function newBoundary(): string {
  return `----pin-action-${randomBytes(16).toString('hex')}`
}
