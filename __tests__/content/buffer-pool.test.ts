/**
 * The pool that lets hashing reuse its read buffers: what it hands out, and what it takes back.
 */
import { BufferPool } from '../../src/content/buffer-pool.js'

describe('BufferPool', () => {
  it('hands out a power of two of at least 64 KiB and at least the size asked', () => {
    const pool = new BufferPool(2)
    expect(pool.take(1).length).toBe(64 * 1024)
    expect(pool.take(64 * 1024 + 1).length).toBe(128 * 1024)
    expect(pool.take(1024 * 1024).length).toBe(1024 * 1024)
  })

  it('takes back a buffer given as a view of it, and hands the same memory out again', () => {
    const pool = new BufferPool(2)
    const first = pool.take(10)
    pool.give(first.subarray(3, 7))
    expect(pool.take(10).buffer).toBe(first.buffer)
  })

  it('ignores a buffer it did not hand out, and one given back twice', () => {
    const pool = new BufferPool(2)
    const foreign = Buffer.alloc(64 * 1024)
    pool.give(foreign)
    expect(pool.take(10).buffer).not.toBe(foreign.buffer)
    const taken = pool.take(10)
    pool.give(taken)
    pool.give(taken)
    expect(pool.take(10).buffer).toBe(taken.buffer)
    // Given back twice would hand the same memory to two readers at once.
    expect(pool.take(10).buffer).not.toBe(taken.buffer)
  })

  it('keeps no more spares per size than it was told', () => {
    const pool = new BufferPool(1)
    const a = pool.take(10)
    const b = pool.take(10)
    pool.give(a)
    pool.give(b)
    expect(pool.take(10).buffer).toBe(a.buffer)
    expect(pool.take(10).buffer).not.toBe(b.buffer)
  })
})
