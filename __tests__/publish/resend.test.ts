/**
 * An upload whose body went out in full when its connection dropped: the publish asks Pinarkive
 * (with `reuse`'s lookup, afresh) whether it stored it before it is sent again, and says when it
 * could not find out. The transport's side is simulated: the API calls `beforeResend` as the
 * client does after such an attempt.
 */
import * as path from 'node:path'
import { readingIdentity } from '../../src/content/file-identity.js'
import { noLocalCids, type LocalCids } from '../../src/content/plan-cids.js'
import type { PublishPlan } from '../../src/content/plan.js'
import { ProfileChoice } from '../../src/content/profile-choice.js'
import type { SendOptions } from '../../src/pinarkive/client.js'
import { ApiError, TransportError } from '../../src/transport/errors.js'
import { ResendStopped } from '../../src/transport/resend.js'
import type { UploadRecord, UploadsLookup } from '../../src/pinarkive/uploads.js'
import { publish, type PublishSettings } from '../../src/publish/publish.js'
import { type HeldNow, ReuseCheck } from '../../src/publish/reuse.js'
import { pinarkiveTarget, type PublishApi } from '../../src/publish/target.js'
import { makeWorkspace, scannedFile } from '../../test-support/run-action.mjs'

const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'

const settings: PublishSettings = {
  name: 'site',
  cluster: '',
  timelock: undefined,
  concurrency: 1,
  apiUrl: 'https://api.example/api/v3',
  timeoutMs: 1000
}

function recordingLog() {
  const lines: string[] = []
  const debug: string[] = []
  return {
    lines,
    debug,
    log: {
      info: (line: string) => lines.push(line),
      warning: (line: string) => lines.push(`warning: ${line}`),
      debug: (line: string) => debug.push(line)
    }
  }
}

async function filesPlan(tree: Record<string, string>): Promise<PublishPlan> {
  const workspace = await makeWorkspace(tree)
  return {
    files: Object.keys(tree).map(relPath => ({
      ...scannedFile(path.join(workspace, relPath)),
      relPath
    })),
    pins: []
  }
}

/**
 * An API whose first attempt of each request "drops after the body was sent": it asks
 * `beforeResend` as the client would, then answers `then` (a CID, or an error to throw).
 */
function droppingApi(then: { cid: string } | Error = { cid: 'cid-answered' }) {
  const sent: string[] = []
  async function attempt(label: string, options: SendOptions): Promise<{ cid: string }> {
    sent.push(label)
    const verdict = await options.beforeResend?.({
      label,
      retry: 1,
      cause: 'dropped',
      reason: 'other side closed (UND_ERR_SOCKET)'
    })
    if (verdict === 'stop') throw new ResendStopped(label, new Error('other side closed'))
    sent.push(label)
    if (then instanceof Error) throw then
    return then
  }
  const api: PublishApi = {
    uploadFile: (_file, options, label) => attempt(label, options),
    uploadDirectory: (_files, options, label) => attempt(label, options),
    pin: (cid, options) => attempt(`pin ${cid}`, options)
  }
  return { api, sent }
}

/** A recheck answering `answer`, and the CIDs it was asked about. */
function recheckAnswering(answer: HeldNow) {
  const asked: [string, string][] = []
  return {
    asked,
    recheck: {
      holdsNow: async (cid: string, name: string) => {
        asked.push([cid, name])
        return answer
      }
    }
  }
}

function record(fields: Partial<UploadRecord> = {}): UploadRecord {
  return { cid: CID, clusterId: 'cl0-global', expiresAt: null, name: 'a.txt', ...fields }
}

function target(
  api: PublishApi,
  plan: PublishPlan,
  recheck: { holdsNow(cid: string, name: string): Promise<HeldNow> } | undefined,
  options: { verify?: boolean; local?: LocalCids; profiles?: ProfileChoice } = {}
) {
  const local = options.local ?? noLocalCids()
  return pinarkiveTarget(api, {
    gateway: 'https://gw.example/ipfs/',
    clusters: undefined,
    identify: readingIdentity(
      plan.files,
      options.verify === false ? undefined : (options.profiles ?? 'unixfs-v1-2025'),
      local
    ),
    verify: options.verify === false ? 'off' : 'warn',
    local,
    profiles: options.profiles,
    recheck
  })
}

describe('before an upload sent in full is sent again', () => {
  it('does not send it again when Pinarkive holds it now, and publishes that record', async () => {
    const plan = await filesPlan({ 'a.txt': 'hello' })
    const { api, sent } = droppingApi()
    const held = record({ cid: CID })
    const { recheck, asked } = recheckAnswering({ held: true, record: held })
    const { log, lines } = recordingLog()
    const outcome = await publish(plan, target(api, plan, recheck), settings, log)
    expect(sent).toEqual(['a.txt'])
    expect(asked).toEqual([[expect.stringMatching(/^baf/), 'a.txt']])
    expect(outcome.items).toEqual([
      expect.objectContaining({ path: 'a.txt', cid: CID, expiresAt: null, cluster: 'cl0-global' })
    ])
    expect(outcome.items[0]).not.toHaveProperty('reused')
    expect(outcome.items[0]).not.toHaveProperty('mayBeStoredTwice')
    expect(lines).toEqual([
      `a.txt: the connection dropped after the upload was sent in full; Pinarkive holds it now, so it was not sent again → ${CID}`
    ])
    expect(outcome.warnings).toEqual([])
  })

  it('sends it again when Pinarkive does not hold it, and says nothing more', async () => {
    const plan = await filesPlan({ 'a.txt': 'hello' })
    const { api, sent } = droppingApi()
    const { recheck } = recheckAnswering({ held: false, reason: 'not held on cl0-global' })
    const { log, lines, debug } = recordingLog()
    const outcome = await publish(plan, target(api, plan, recheck), settings, log)
    expect(sent).toEqual(['a.txt', 'a.txt'])
    expect(outcome.items).toEqual([expect.objectContaining({ cid: 'cid-answered' })])
    expect(outcome.items[0]).not.toHaveProperty('mayBeStoredTwice')
    expect(outcome.warnings).toEqual([])
    expect(lines).toEqual(['Uploaded a.txt (5 B) → cid-answered'])
    expect(debug).toContain(
      'a.txt: the connection dropped after the upload was sent in full; Pinarkive does not hold it (not held on cl0-global).'
    )
  })

  it('sends it again when the lookup cannot tell, and marks it as maybe stored twice', async () => {
    const plan = await filesPlan({ 'a.txt': 'hello' })
    const { api, sent } = droppingApi()
    const why = 'the key may not list uploads (it lacks the scope `files:read`)'
    const { recheck } = recheckAnswering({ held: 'unknown', why })
    const { log, lines } = recordingLog()
    const outcome = await publish(plan, target(api, plan, recheck), settings, log)
    expect(sent).toEqual(['a.txt', 'a.txt'])
    const reason = `the connection dropped after the upload was sent in full, and it was sent again without knowing whether Pinarkive had stored it: ${why}`
    expect(outcome.items).toEqual([
      expect.objectContaining({ cid: 'cid-answered', mayBeStoredTwice: reason })
    ])
    expect(outcome.warnings).toEqual([
      `a.txt may have been stored twice: ${reason}. Look for a second copy among the account's uploads, and remove it if there is one.`
    ])
    expect(lines[0]).toBe(
      `a.txt: the connection dropped after the upload was sent in full; sending it again without knowing whether Pinarkive stored it, so it may be stored twice: ${why}`
    )
  })

  it('cannot ask without a local CID (verify: off), and says so', async () => {
    const plan = await filesPlan({ 'a.txt': 'hello' })
    const { api } = droppingApi()
    const { recheck, asked } = recheckAnswering({ held: true, record: record() })
    const outcome = await publish(
      plan,
      target(api, plan, recheck, { verify: false }),
      settings,
      recordingLog().log
    )
    expect(asked).toEqual([])
    expect(outcome.items[0].mayBeStoredTwice).toMatch(
      /: no local CID was computed for it \(`verify: off`\)$/
    )
  })

  it('asks about a directory with its local CID, under the name it records', async () => {
    const workspace = await makeWorkspace({ 'dist/index.html': 'hi' })
    const file = {
      ...scannedFile(path.join(workspace, 'dist/index.html')),
      relPath: 'dist/index.html'
    }
    const plan: PublishPlan = {
      directory: { rootRelPath: 'dist', entries: [{ path: 'index.html', file }] },
      files: [],
      pins: []
    }
    const local = { ...noLocalCids(), directory: CID }
    const { api, sent } = droppingApi()
    const { recheck, asked } = recheckAnswering({
      held: true,
      record: record({ name: 'site' })
    })
    const { log, lines } = recordingLog()
    const outcome = await publish(plan, target(api, plan, recheck, { local }), settings, log)
    expect(asked).toEqual([[CID, 'site']])
    expect(sent).toHaveLength(1)
    expect(outcome.items).toEqual([expect.objectContaining({ type: 'directory', cid: CID })])
    expect(lines).toEqual([
      `dist/ (1 file, 2 B): the connection dropped after the upload was sent in full; Pinarkive holds it now, so it was not sent again → ${CID}`
    ])
  })

  it('asks about a pin by CID with that CID', async () => {
    const plan: PublishPlan = { files: [], pins: [CID] }
    const { api, sent } = droppingApi()
    const { recheck, asked } = recheckAnswering({ held: true, record: record({ name: 'site' }) })
    const outcome = await publish(plan, target(api, plan, recheck), settings, recordingLog().log)
    expect(asked).toEqual([[CID, 'site']])
    expect(sent).toEqual([`pin ${CID}`])
    expect(outcome.items).toEqual([expect.objectContaining({ type: 'pin', cid: CID })])
  })

  it('does not trust "not held" for a cid-profile: auto CID that no answer has confirmed', async () => {
    const plan = await filesPlan({ 'a.txt': 'hello' })
    const { api } = droppingApi()
    const { recheck } = recheckAnswering({ held: false, reason: 'not held on cl0-global' })
    const profiles = new ProfileChoice('auto')
    const outcome = await publish(
      plan,
      target(api, plan, recheck, { profiles }),
      settings,
      recordingLog().log
    )
    expect(outcome.items[0].mayBeStoredTwice).toContain(
      'its local CID is under `unixfs-v1-2025`, which no answer of Pinarkive has confirmed yet (`cid-profile: auto`)'
    )
  })

  it('says it in the failure of an item sent again unchecked that then failed', async () => {
    const plan = await filesPlan({ 'a.txt': 'hello' })
    const { api } = droppingApi(new TransportError('network', 'other side closed', 2))
    const { recheck } = recheckAnswering({ held: 'unknown', why: 'the lookup failed (HTTP 500)' })
    const outcome = await publish(plan, target(api, plan, recheck), settings, recordingLog().log)
    expect(outcome.items).toEqual([])
    expect(outcome.failures).toEqual([
      expect.objectContaining({
        path: 'a.txt',
        error: expect.stringMatching(
          /It may have been stored twice: the connection dropped after the upload was sent in full, and it was sent again without knowing whether Pinarkive had stored it: the lookup failed \(HTTP 500\)\.$/
        )
      })
    ])
    expect(outcome.warnings).toEqual([])
  })

  it('sends it again without asking when the target has no recheck (as before)', async () => {
    const plan = await filesPlan({ 'a.txt': 'hello' })
    const { api, sent } = droppingApi()
    const outcome = await publish(plan, target(api, plan, undefined), settings, recordingLog().log)
    expect(sent).toEqual(['a.txt', 'a.txt'])
    expect(outcome.items[0]).not.toHaveProperty('mayBeStoredTwice')
  })
})

describe('ReuseCheck.holdsNow', () => {
  const NOW = Date.parse('2026-11-28T12:00:00.000Z')

  function api(answers: (UploadsLookup | Error)[]) {
    const asked: string[] = []
    return {
      asked,
      api: {
        uploadsOf: async (cid: string) => {
          asked.push(cid)
          const answer = answers.shift() ?? new Error('no more answers')
          if (answer instanceof Error) throw answer
          return answer
        }
      }
    }
  }

  function check(fake: ReturnType<typeof api>) {
    return new ReuseCheck(
      fake.api,
      { cluster: '', timelock: undefined, now: () => NOW },
      recordingLog().log
    )
  }

  it('asks afresh, whatever a lookup before the upload answered', async () => {
    const held = record({ name: 'site' })
    const fake = api([
      { records: [], complete: true },
      { records: [held], complete: true }
    ])
    const reuse = check(fake)
    expect((await reuse.decide(CID, 'site')).action).toBe('upload')
    expect(await reuse.holdsNow(CID, 'site')).toEqual({ held: true, record: held })
    expect(fake.asked).toEqual([CID, CID])
  })

  it('is not held when the content is held only under another name or expiring earlier', async () => {
    const fake = api([{ records: [record({ name: 'other' })], complete: true }])
    expect(await check(fake).holdsNow(CID, 'site')).toEqual({
      held: false,
      reason: 'held under another name'
    })
  })

  it('cannot tell from a list it could not read whole', async () => {
    const fake = api([{ records: [], complete: false }])
    expect(await check(fake).holdsNow(CID, 'site')).toEqual({
      held: 'unknown',
      why: 'the list of uploads was too long to read whole'
    })
  })

  it('cannot tell after a refusal, and sends no lookup after one', async () => {
    const refusal = new ApiError(403, 'Missing scope: files:read', 'missing_scope', 'files:read', 1)
    const fake = api([refusal])
    const reuse = check(fake)
    const why = 'the key may not list uploads (it lacks the scope `files:read`)'
    expect(await reuse.holdsNow(CID, 'site')).toEqual({ held: 'unknown', why })
    expect(await reuse.holdsNow(CID, 'site')).toEqual({ held: 'unknown', why })
    expect((await reuse.decide(CID, 'site')).action).toBe('upload')
    expect(fake.asked).toEqual([CID])
  })

  it('cannot tell after a failed lookup', async () => {
    const fake = api([new ApiError(500, 'boom', undefined, undefined, 3)])
    expect(await check(fake).holdsNow(CID, 'site')).toEqual({
      held: 'unknown',
      why: 'the lookup failed (HTTP 500: boom)'
    })
  })
})
