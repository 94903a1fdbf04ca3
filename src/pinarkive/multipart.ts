/**
 * A multipart/form-data body built from byte sources, with its exact length known up front, so
 * the request carries a Content-Length, can be rebuilt for a retry, and can report progress.
 */
import { randomBytes } from 'node:crypto'
import { BodySourceError } from './errors.js'

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

/** Escapes a header parameter the way browsers do (WHATWG HTML, multipart/form-data encoding). */
function escapeParameter(value: string): string {
  return value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22')
}

function partHeader(boundary: string, part: Part): Buffer {
  const disposition =
    'filename' in part
      ? `form-data; name="${escapeParameter(part.name)}"; filename="${escapeParameter(part.filename)}"`
      : `form-data; name="${escapeParameter(part.name)}"`
  const type =
    'filename' in part
      ? `Content-Type: ${part.contentType ?? 'application/octet-stream'}${CRLF}`
      : ''
  return Buffer.from(`--${boundary}${CRLF}Content-Disposition: ${disposition}${CRLF}${type}${CRLF}`)
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
    throw new BodySourceError(error instanceof Error ? error.message : String(error), {
      cause: error
    })
  }
  if (sent !== source.size) {
    throw new BodySourceError(
      `${part.filename} changed while it was being uploaded (expected ${source.size} bytes, read ${sent})`
    )
  }
}

export function multipartBody(parts: readonly Part[], boundary = newBoundary()): MultipartBody {
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
