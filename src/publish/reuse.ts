/**
 * `reuse`: before an upload whose local CID is known, whether this account already holds that
 * content on the chosen cluster (`GET /users/me/uploads?cid=`, scope `files:read`). A record
 * held long enough under the same name stands in for the upload; one that expires too early or
 * carries another name is pinned by CID instead; anything else, a failed lookup included, means
 * uploading as usual. The server's filter is never trusted: only records of the same content
 * on the chosen cluster count. Lookups are cached, so an up-front pass (for a deployment's
 * record) and the publish itself ask once per CID.
 */
import * as path from 'node:path'
import type { LocalCids } from '../content/plan-cids.js'
import type { PublishPlan } from '../content/plan.js'
import { AbandonedError, ApiError } from '../transport/errors.js'
import type { UploadRecord, UploadsLookup, UploadsOptions } from '../pinarkive/uploads.js'
import { sameContent } from '../shared/cid.js'
import { errorText } from '../shared/error-text.js'
import type { Log } from '../shared/log.js'
import { runPool } from '../shared/pool.js'

/**
 * Pinarkive's documented default cluster (API reference §17: `cl0-global`, "default, global,
 * replicated"): where an upload without `cl` goes, so what an empty `cluster` input means here.
 */
export const DEFAULT_CLUSTER = 'cl0-global'

/**
 * Files mode asks only for files of at least this size: below it, a lookup's round trip costs
 * about what sending the file does (see the README, "Re-runs", for how it was measured).
 */
export const REUSE_MIN_FILE_SIZE = 1024 * 1024

/** A lookup reads at most this many records: a page or two, never the whole account. */
const LOOKUP: UploadsOptions = { maxPages: 2, pageSize: 100 }

/** What the decision needs from Pinarkive (the client). */
export interface ReuseApi {
  uploadsOf(cid: string, options?: UploadsOptions): Promise<UploadsLookup>
}

export type ReuseDecision =
  /** Held long enough under the same name: nothing to send. */
  | { action: 'skip'; record: UploadRecord }
  /** Held, but expiring too early or under another name: pin by CID. */
  | { action: 'pin'; record: UploadRecord; reason: string }
  /** Not held (or the lookup could not tell): upload as usual. */
  | { action: 'upload'; reason: string }

/**
 * After an upload's body went out in full and no answer came (see transport/resend.ts): whether
 * Pinarkive now holds the content as that upload asked. `unknown` carries why it could not tell,
 * as a phrase: "the key may not list uploads (…)".
 */
export type HeldNow =
  | { held: true; record: UploadRecord }
  | { held: false; reason: string }
  | { held: 'unknown'; why: string }

export interface ReuseWanted {
  /** The local CID of the item. */
  cid: string
  /** The name its upload would record: `dirName` for a directory, the file name for a file. */
  name: string
  /** The `cluster` input; empty for the account default. */
  cluster: string
  /** The `timelock` asked for; undefined: no expiry. */
  timelock: Date | undefined
  now: number
}

/**
 * The decision over an account's records, pure. A record counts when it names the same content
 * (any CID version or base), on the chosen cluster (a record that names no cluster never
 * counts), and has not expired. It is held long enough when it never expires, or expires no
 * earlier than the timelock asked for; without a timelock only a record that never expires is.
 */
export function judgeRecords(records: readonly UploadRecord[], wanted: ReuseWanted): ReuseDecision {
  const cluster = wanted.cluster || DEFAULT_CLUSTER
  const held = records.filter(
    record =>
      sameContent(record.cid, wanted.cid) &&
      record.clusterId === cluster &&
      (record.expiresAt === null || Date.parse(record.expiresAt) > wanted.now)
  )
  if (held.length === 0) return { action: 'upload', reason: `not held on ${cluster}` }
  const longEnough = (record: UploadRecord) =>
    record.expiresAt === null ||
    (wanted.timelock !== undefined && Date.parse(record.expiresAt) >= wanted.timelock.getTime())
  const skip = held.find(record => longEnough(record) && record.name === wanted.name)
  if (skip) return { action: 'skip', record: skip }
  const lasting = held.find(longEnough)
  if (lasting) return { action: 'pin', record: lasting, reason: 'held under another name' }
  return { action: 'pin', record: held[0], reason: 'held, but expiring earlier than asked' }
}

/** The decisions of one run, over the client; each CID is looked up once. */
export class ReuseCheck {
  private readonly lookups = new Map<string, Promise<UploadsLookup | Error>>()
  /** Set once Pinarkive refused a lookup (401, 403): no other is sent in this run. */
  private refused: Error | undefined

  constructor(
    private readonly api: ReuseApi,
    private readonly settings: {
      cluster: string
      timelock: Date | undefined
      now?: () => number
      /** Files mode asks for files of at least this many bytes. */
      minFileSize?: number
    },
    private readonly log: Log
  ) {}

  /** Whether a files-mode file of `size` bytes is worth a lookup. */
  worthAsking(size: number): boolean {
    return size >= (this.settings.minFileSize ?? REUSE_MIN_FILE_SIZE)
  }

  /** What to do with the item whose local CID is `cid`, to be recorded under `name`. */
  async decide(cid: string, name: string): Promise<ReuseDecision> {
    const lookup = await this.lookUp(cid)
    if (lookup instanceof Error) {
      this.log.debug(
        `Could not find out whether Pinarkive already holds ${cid} (${lookup.message}); uploading it.`
      )
      return { action: 'upload', reason: 'the lookup failed' }
    }
    const { cluster, timelock, now = Date.now } = this.settings
    const decision = judgeRecords(lookup.records, { cid, name, cluster, timelock, now: now() })
    if (decision.action === 'upload') {
      const partial = lookup.complete ? '' : ' among the records read (the list was not complete)'
      this.log.debug(`Pinarkive does not hold ${cid} as asked${partial}: ${decision.reason}.`)
    }
    return decision
  }

  /**
   * Whether Pinarkive holds `cid` as an upload recorded under `name` asks (`judgeRecords`'s
   * "skip": same content, on the chosen cluster, long enough, same name), looked up afresh: a
   * cached answer from before the upload says nothing of what that upload stored. Content held
   * only under another name or expiring earlier is not what the upload asked for: `held: false`
   * (sent again, the server stores or merges it as it would have). A refusal stops later
   * lookups, as in `decide`.
   */
  async holdsNow(cid: string, name: string): Promise<HeldNow> {
    if (this.refused) return { held: 'unknown', why: refusedWhy(this.refused) }
    let lookup: UploadsLookup
    try {
      lookup = await this.api.uploadsOf(cid, LOOKUP)
    } catch (error) {
      if (error instanceof AbandonedError) throw error
      const failure = error instanceof Error ? error : new Error(errorText(error))
      if (isRefusal(failure)) {
        this.refused ??= failure
        return { held: 'unknown', why: refusedWhy(failure) }
      }
      return { held: 'unknown', why: `the lookup failed (${failure.message})` }
    }
    const { cluster, timelock, now = Date.now } = this.settings
    const decision = judgeRecords(lookup.records, { cid, name, cluster, timelock, now: now() })
    if (decision.action === 'skip') return { held: true, record: decision.record }
    if (!lookup.complete) {
      return { held: 'unknown', why: 'the list of uploads was too long to read whole' }
    }
    return { held: false, reason: decision.reason }
  }

  /**
   * A failed lookup is an answer too: uploading as usual. A refusal (a key without `files:read`)
   * would refuse every other lookup as well, so none is sent after it.
   */
  private lookUp(cid: string): Promise<UploadsLookup | Error> {
    if (this.refused) return Promise.resolve(this.refused)
    let lookup = this.lookups.get(cid)
    if (!lookup) {
      lookup = this.api.uploadsOf(cid, LOOKUP).catch(error => {
        const failure = error instanceof Error ? error : new Error(errorText(error))
        if (isRefusal(error)) {
          if (!this.refused) {
            this.log.debug(
              `Pinarkive refused a lookup of what it holds (${failure.message}): no more are sent in this run. A key with the scope \`files:read\` lets re-runs skip what is already pinned.`
            )
          }
          this.refused = failure
        }
        return failure
      })
      this.lookups.set(cid, lookup)
    }
    return lookup
  }
}

/** 401 or 403: every other lookup of this run would be refused too. */
function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 403)
}

function refusedWhy(error: Error): string {
  if (error instanceof ApiError && error.code === 'missing_scope') {
    return `the key may not list uploads (it lacks the scope \`${error.required ?? 'files:read'}\`)`
  }
  return `Pinarkive refused to list uploads (${error.message})`
}

/**
 * The up-front pass, when the local CIDs were computed before the publish (a deployment records
 * them first): decides the directory and the files worth asking about, `concurrency` lookups at
 * a time, and returns the CIDs Pinarkive already holds, which this run will not have created.
 * The publish asks again and gets the same cached answers.
 */
export async function reusedUpFront(
  check: ReuseCheck | undefined,
  plan: PublishPlan,
  local: LocalCids | Error,
  settings: { name: string; concurrency: number }
): Promise<string[]> {
  if (!check || local instanceof Error) return []
  const items: { cid: string; name: string }[] = []
  if (plan.directory && local.directory) items.push({ cid: local.directory, name: settings.name })
  for (const file of plan.files) {
    const cid = local.files.get(file.relPath)
    if (cid && check.worthAsking(file.size)) {
      items.push({ cid, name: path.posix.basename(file.relPath) })
    }
  }
  const reused = new Set<string>()
  await runPool(items, settings.concurrency, async item => {
    const decision = await check.decide(item.cid, item.name)
    if (decision.action !== 'upload') reused.add(item.cid)
  })
  return [...new Set(items.map(item => item.cid))].filter(cid => reused.has(cid))
}
