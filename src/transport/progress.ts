/**
 * A request body of known size: a small one read into one buffer, a big one streamed, its
 * progress reported and fed to the inactivity watchdog.
 */
import { Readable } from 'node:stream'

/** A body that can be produced again for each attempt. */
export interface SizedBody {
  contentType: string
  /** Exact byte length of everything `stream()` yields. */
  length: number
  /** A fresh stream of the body; call once per attempt. */
  stream(): AsyncGenerator<Uint8Array>
  /** The whole body in one buffer. */
  read(): Promise<Buffer>
}

export interface ProgressEvent {
  label: string
  sent: number
  total: number
}

export interface RequestBody {
  body: string | Buffer | Readable | undefined
  headers: Record<string, string>
}

/**
 * Bodies up to this size are read into one buffer and sent whole: for the many small files of a
 * site, a stream's machinery costs more than the bytes. Larger ones stream, with progress.
 */
const SMALL_BODY = 1024 * 1024

/** `sized` as it goes on the wire: in one buffer when small, else streamed with progress. */
export async function sizedRequestBody(
  sized: SizedBody,
  label: string,
  touch: () => void,
  progress?: (event: ProgressEvent) => void
): Promise<RequestBody> {
  if (sized.length <= SMALL_BODY) {
    return { body: await sized.read(), headers: { 'content-type': sized.contentType } }
  }
  return {
    // objectMode off and a small buffer: progress then tracks what the socket takes.
    body: Readable.from(tracked(sized, label, touch, progress), {
      objectMode: false,
      highWaterMark: 64 * 1024
    }),
    headers: {
      'content-type': sized.contentType,
      'content-length': String(sized.length)
    }
  }
}

/** The body's stream, reporting progress and feeding the inactivity watchdog. */
async function* tracked(
  sized: SizedBody,
  label: string,
  touch: () => void,
  progress?: (event: ProgressEvent) => void
): AsyncGenerator<Uint8Array> {
  let sent = 0
  for await (const chunk of sized.stream()) {
    sent += chunk.length
    touch()
    progress?.({ label, sent, total: sized.length })
    yield chunk
  }
}
