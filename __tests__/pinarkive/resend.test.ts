/**
 * Sending again what the server may have stored: which failed attempts count (pure), and the
 * client asking `beforeResend` before such a resend, against the fake Pinarkive over real HTTP.
 */
import { jest } from '@jest/globals'
import * as path from 'node:path'
import { clientHarness } from './client-harness.js'
import type { ResendEvent, RetryEvent } from '../../src/pinarkive/client.js'
import { ApiError, TransportError } from '../../src/transport/errors.js'
import {
  mayHaveBeenStored,
  resendCause,
  ResendStopped,
  type ResendVerdict
} from '../../src/transport/resend.js'
import type { AttemptFailure } from '../../src/transport/retry.js'
import { fileSource } from '../../src/content/read-file.js'
import { makeWorkspace, scannedFile } from '../../test-support/run-action.mjs'

jest.setTimeout(30_000)

const harness = clientHarness({ retries: 2 })

const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'

describe('mayHaveBeenStored', () => {
  const failures: [AttemptFailure, boolean][] = [
    [{ kind: 'network', detail: 'other side closed' }, true],
    [{ kind: 'timeout' }, true],
    [{ kind: 'http', status: 500 }, true],
    [{ kind: 'http', status: 502 }, true],
    [{ kind: 'http', status: 503 }, true],
    [{ kind: 'http', status: 504 }, true],
    [{ kind: 'http', status: 408 }, false],
    [{ kind: 'http', status: 429, retryAfterMs: 1000 }, false],
    [{ kind: 'http', status: 400 }, false],
    [{ kind: 'local' }, false]
  ]

  it.each(failures)('after the whole body was sent: %j → %s', (failure, expected) => {
    expect(mayHaveBeenStored(failure, true)).toBe(expected)
  })

  it.each(failures)('never while the body was still being sent: %j', failure => {
    expect(mayHaveBeenStored(failure, false)).toBe(false)
  })

  it('names the cause', () => {
    const network = new TransportError('network', 'other side closed', 1)
    expect(resendCause({ kind: 'network', detail: 'x' }, network)).toBe('dropped')
    expect(resendCause({ kind: 'timeout' }, new TransportError('timeout', 'x', 1))).toBe('timeout')
    const tooLarge = new TransportError('too-large', 'answer larger than 64 MiB', 1)
    expect(resendCause({ kind: 'network', detail: 'x' }, tooLarge)).toBe('unreadable')
    const slow = new TransportError('slow-answer', 'answer not complete within 1 s', 1)
    expect(resendCause({ kind: 'timeout' }, slow)).toBe('unreadable')
    const status = new ApiError(502, undefined, undefined, undefined, 1)
    expect(resendCause({ kind: 'http', status: 502 }, status)).toBe('server-error')
  })
})

/** A `beforeResend` answering `verdict`, and what it was asked. */
function asking(verdict: ResendVerdict) {
  const asked: ResendEvent[] = []
  return {
    asked,
    beforeResend: async (event: ResendEvent) => {
      asked.push(event)
      return verdict
    }
  }
}

async function bigFile(size = 1536 * 1024) {
  const workspace = await makeWorkspace({ 'big.bin': { size } })
  return { filename: 'big.bin', source: fileSource(scannedFile(path.join(workspace, 'big.bin'))) }
}

function smallFile() {
  return { filename: 'a.txt', source: { size: 5, chunks: () => [Buffer.from('hello')] } }
}

const uploadsOf = () => harness.fake.requests.filter(r => r.method === 'POST').map(r => r.status)

describe('beforeResend', () => {
  it('asks before sending again a small upload the server stored, then dropped; stop ends it', async () => {
    harness.fake.inject('POST /files$', { storeThenDrop: true })
    const { asked, beforeResend } = asking('stop')
    const error = await harness
      .client()
      .uploadFile(smallFile(), { beforeResend }, 'a.txt')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResendStopped)
    expect(asked).toEqual([
      { label: 'a.txt', retry: 1, cause: 'dropped', reason: expect.any(String) }
    ])
    expect(uploadsOf()).toEqual(['handled-then-dropped'])
    expect(harness.fake.stats().uploads).toBe(1)
  })

  it('asks for a streamed upload too, and sends it again on resend', async () => {
    harness.fake.inject('POST /files$', { storeThenDrop: true })
    const { asked, beforeResend } = asking('resend')
    const retries: RetryEvent[] = []
    const uploaded = await harness
      .client({ events: { retry: e => retries.push(e) } })
      .uploadFile(await bigFile(), { beforeResend }, 'big.bin')
    expect(uploaded.cid).toMatch(/^baf/)
    expect(asked).toEqual([expect.objectContaining({ label: 'big.bin', cause: 'dropped' })])
    expect(retries).toEqual([expect.objectContaining({ retry: 1, maybeStored: true })])
    expect(uploadsOf()).toEqual(['handled-then-dropped', 201])
  })

  it('asks after a 5xx that came once the body was in, and for a pin', async () => {
    harness.fake.inject('POST /files/pin', { status: 502 })
    const { asked, beforeResend } = asking('resend')
    await harness.client().pin(CID, { beforeResend })
    expect(asked).toEqual([
      expect.objectContaining({
        label: `pin ${CID}`,
        cause: 'server-error',
        reason: 'HTTP 502: Injected 502'
      })
    ])
  })

  it('asks after the answer timed out', async () => {
    harness.fake.inject('POST /files/directory-dag', { hang: true })
    const { asked, beforeResend } = asking('resend')
    await harness
      .client({ timeoutMs: 300 })
      .uploadDirectory([{ path: 'a.txt', source: smallFile().source }], { beforeResend }, 'dist/')
    expect(asked).toEqual([expect.objectContaining({ cause: 'timeout' })])
  })

  it('asks after an answer that started but did not finish in time (stored, then trickled)', async () => {
    harness.fake.inject('POST /files$', { trickleMs: 1000 })
    const { asked, beforeResend } = asking('stop')
    const error = await harness
      .client({ timeoutMs: 300 })
      .uploadFile(smallFile(), { beforeResend }, 'a.txt')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResendStopped)
    expect(asked).toEqual([expect.objectContaining({ cause: 'unreadable' })])
    expect(harness.fake.stats().uploads).toBe(1)
  })

  it('does not ask after a drop before the body was read, a 429 or a 408', async () => {
    harness.fake.inject(
      'POST /files$',
      { drop: true },
      { status: 429, retryAfter: 0.01 },
      { status: 408 }
    )
    const { asked, beforeResend } = asking('stop')
    const retries: RetryEvent[] = []
    const uploaded = await harness
      .client({ retries: 3, events: { retry: e => retries.push(e) } })
      .uploadFile(await bigFile(8 * 1024 * 1024), { beforeResend }, 'big.bin')
    expect(uploaded.cid).toMatch(/^baf/)
    expect(asked).toEqual([])
    expect(retries.map(r => r.maybeStored)).toEqual([false, false, false])
    expect(uploadsOf()).toEqual(['dropped', 429, 408, 201])
  })

  it('does not ask when retries are spent: the last failure is the answer', async () => {
    harness.fake.inject('POST /files$', { storeThenDrop: true })
    const { asked, beforeResend } = asking('stop')
    const error = await harness
      .client({ retries: 0 })
      .uploadFile(smallFile(), { beforeResend }, 'a.txt')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransportError)
    expect(asked).toEqual([])
  })

  it('retries as before without a beforeResend', async () => {
    harness.fake.inject('POST /files$', { storeThenDrop: true })
    const uploaded = await harness.client().uploadFile(smallFile(), {}, 'a.txt')
    expect(uploaded.cid).toMatch(/^baf/)
    expect(harness.fake.stats().uploads).toBe(2)
  })
})
