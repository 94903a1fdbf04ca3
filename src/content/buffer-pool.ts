/**
 * Spare read buffers, by power-of-two size class, for hashing without garbage: thousands of
 * small files, or the 1 MiB chunks of a 2 GiB file, then reuse a few buffers instead of leaving
 * gigabytes to the garbage collector tens of MB at a time. One pool per hashing call, handed
 * down explicitly, so nothing outlives the call.
 */

const SMALLEST_BUFFER = 64 * 1024

export class BufferPool {
  private readonly spares = new Map<number, Buffer[]>()
  // Only buffers taken here go back (a chunk the chunker had to copy together does not),
  // tracked by their memory, so that a view of one returns the whole buffer.
  private readonly taken = new WeakSet<ArrayBufferLike>()

  /** `keep`: spare buffers kept per size class, about the number of reads in flight. */
  constructor(private readonly keep: number) {}

  /** A buffer of at least `minimum` bytes, uninitialised. */
  take(minimum: number): Buffer {
    let size = SMALLEST_BUFFER
    while (size < minimum) size *= 2
    const buffer = this.spares.get(size)?.pop() ?? Buffer.allocUnsafeSlow(size)
    this.taken.add(buffer.buffer)
    return buffer
  }

  /** Puts back the buffer `bytes` (a view of it, or the buffer itself) was taken as. */
  give(bytes: Uint8Array): void {
    if (!this.taken.delete(bytes.buffer)) return
    const buffer = Buffer.from(bytes.buffer)
    const spares = this.spares.get(buffer.length) ?? []
    if (spares.length < this.keep) spares.push(buffer)
    this.spares.set(buffer.length, spares)
  }
}
