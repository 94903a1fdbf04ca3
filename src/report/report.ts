/** What a run published and what failed: the data behind outputs, summary and comment. */

type ItemType = 'directory' | 'file' | 'pin'

/** One published item; this is also the shape of each entry in the `results` output. */
export interface PublishedItem {
  type: ItemType
  /** Workspace-relative path of an upload (`/`-separated); absent for pins. */
  path?: string
  name: string
  cid: string
  /** Bytes uploaded; absent for pins. */
  size?: number
  /** Number of files, for a directory. */
  files?: number
  cluster: string | null
  gatewayUrl: string
  expiresAt: string | null
  /** Set in files mode when the same bytes were already uploaded under another path. */
  duplicateOf?: string
  /** Pinarkive already held this content: nothing was uploaded for it (`reuse`). */
  reused?: boolean
  /**
   * Why this item may be stored twice: its upload (or pin) was sent in full, the connection
   * dropped (or no answer came), and it was sent again without knowing whether Pinarkive had
   * stored the first one. A sentence fragment: "the connection dropped after …".
   */
  mayBeStoredTwice?: string
  /** The CID computed locally under `cid-profile`; null for pins and when not computed. */
  localCid?: string | null
  /** Whether `cid` matches `localCid`; null when not checked. */
  verified?: boolean | null
}

export interface FailedItem {
  type: ItemType
  path?: string
  name: string
  /** The CID, for a pin. */
  cid?: string
  size?: number
  /** Why it failed and what to do, in a sentence or two. */
  error: string
  /** A CID mismatch under `verify: error`: the item was published, but its CID is wrong. */
  mismatch?: boolean
}

/** A file inside an uploaded directory, for the summary's and comment's file lists. */
export interface DirectoryFileLink {
  path: string
  size: number
  url: string
}

/** Whether the links work yet (`wait-for`). */
export interface ReadinessReport {
  /**
   * `verified`: the gateway served every block of the local DAG, each hashing to its CID;
   * `mismatch`: it served something else, or less (see `detail`); `retrievable`: it answered
   * 200 (with `verified`, also a DAG checked only in part, or a gateway without CAR support);
   * `pinned`: the cluster holds it, the gateway was not checked (or does not serve it yet).
   */
  state: 'verified' | 'mismatch' | 'retrievable' | 'pinned' | 'not-ready'
  /** What was waited for. */
  waitedFor: 'pinned' | 'gateway' | 'verified'
  /** Items checked, of all published (a large files-mode run checks the first few). */
  checked: number
  total: number
  waitedMs: number
  /** Why it is not ready, when it says. */
  detail?: string
}

interface DeploymentReport {
  id: number
  environment: string
  /** The environment URL, when it succeeded. */
  url: string
  state: string
}

/** One earlier preview of the pull request, for the comment's history. */
export interface PreviewHistoryEntry {
  sha: string
  at: string
  runUrl: string
  cid: string
  /** Its gateway link, when its record has one (records of earlier versions do not). */
  url?: string
  expiresAt: string | null
  /** Still pinned, as far as the records say (not unpinned, not expired). */
  pinned: boolean
}

export interface CleanupReport {
  pullRequest: number
  merged: boolean
  unpinned: string[]
  kept: { cid: string; reason: string }[]
  /** What else the reader must know: no records, a missing scope, deactivated deployments. */
  notes: string[]
}

export interface Report {
  items: PublishedItem[]
  failures: FailedItem[]
  /** Items never tried because the run stopped early, with the reason. */
  notAttempted: { items: string[]; reason: string } | undefined
  /** Files of the uploaded directory, when one was uploaded. */
  directoryFiles: DirectoryFileLink[]
  /** Hidden files left out (workspace-relative paths). */
  hiddenSkipped: string[]
  /** Things the user should know that are not failures (flattened paths, for one). */
  warnings: string[]
  /** A failure that stopped the whole run (bad input, rejected key), explained. */
  error: string | undefined
  /** Nothing was sent to Pinarkive: CIDs were computed locally. */
  dryRun: boolean
  /** The profile local CIDs were computed with. */
  profile: string
  /** The cluster asked for, empty for the account default. */
  cluster: string
  timelock: string | undefined
  /**
   * A pull request's preview: its site, and the marker (preview/marker.ts) a directory preview
   * carries, by its path; files mode carries none.
   */
  preview?: { pullRequest: number; site: string; marker: string | undefined }
  /** When and from what this was published, for the comment. */
  published?: { at: string; sha: string; runUrl: string }
  readiness?: ReadinessReport
  deployment?: DeploymentReport
  /** Earlier previews of the same pull request, newest first. */
  history?: PreviewHistoryEntry[]
  /** Earlier previews the comment's record no longer lists (it keeps the newest only). */
  historyDropped?: number
  /** Set by a cleanup run instead of items. */
  cleanup?: CleanupReport
  /** The CAR written with `car: true`. */
  car?: { path: string; roots: string[]; blocks: number; bytes: number }
}

export function emptyReport(
  cluster: string,
  timelock: Date | undefined,
  options: { dryRun?: boolean; profile?: string } = {}
): Report {
  return {
    dryRun: options.dryRun ?? false,
    profile: options.profile ?? 'unixfs-v1-2025',
    items: [],
    failures: [],
    notAttempted: undefined,
    directoryFiles: [],
    hiddenSkipped: [],
    warnings: [],
    error: undefined,
    cluster,
    timelock: timelock?.toISOString()
  }
}

/**
 * What one phase adds to the report. A phase returns its part and never touches the report:
 * only main.ts assembles them, in the order the phases ran.
 */
export type ReportPart = Partial<Report>

/**
 * The report with `part` added: its warnings and failures after the ones before, each other
 * field as the part says (a later phase's items, checked, replace the ones it was given).
 */
export function withPart(report: Report, part: ReportPart): Report {
  return {
    ...report,
    ...part,
    warnings: [...report.warnings, ...(part.warnings ?? [])],
    failures: [...report.failures, ...(part.failures ?? [])]
  }
}

/**
 * Whether the run stopped because of one of its failures (a fatal error such as a rejected key),
 * so that a report says the reason once, with that failure, instead of again for each skipped item.
 */
export function stoppedByAFailure(report: Report): boolean {
  const reason = report.notAttempted?.reason
  return reason !== undefined && report.failures.some(failure => failure.error === reason)
}

/**
 * The failures grouped by reason, in the order each reason first came, each with the names of
 * what failed: failures alike are reported together, so shared advice is given once.
 */
export function failuresByReason(
  failures: readonly FailedItem[]
): { error: string; names: string[] }[] {
  const byReason = new Map<string, string[]>()
  for (const failure of failures) {
    const names = byReason.get(failure.error) ?? []
    names.push(failure.path ?? failure.cid ?? failure.name)
    byReason.set(failure.error, names)
  }
  return [...byReason].map(([error, names]) => ({ error, names }))
}

/** A failure and what failed, for one-line reports (a status): `dist/a.js: This file is …`. */
export function failureLine(failure: FailedItem): string {
  return `${failure.path ?? failure.cid ?? failure.name}: ${failure.error}`
}

/** The item a reader wants first: the directory, else the first file, else the first pin. */
export function mainItem(report: Pick<Report, 'items'>): PublishedItem | undefined {
  return (
    report.items.find(i => i.type === 'directory') ??
    report.items.find(i => i.type === 'file') ??
    report.items[0]
  )
}

/** Ready means what was waited for happened: pinned, or served by the gateway. */
export function isReady(readiness: ReadinessReport): boolean {
  if (readiness.waitedFor === 'verified') return readiness.state === 'verified'
  return readiness.waitedFor === 'gateway'
    ? readiness.state === 'retrievable'
    : readiness.state !== 'not-ready'
}
