/**
 * How far a publish was proven, in words: one reading of the readiness for every report (the
 * comment's title and status cell, the preview lines, the commit status and the deployment), so
 * that none says "served" where another says "pinned".
 */
import { isReady, type ReadinessReport } from './report.js'

export interface ReadinessWords {
  /** The sign a title and a status cell lead with. */
  icon: string
  /** The status, capitalised: "Verified", "Not served yet". */
  status: string
}

export function readinessWords(readiness: ReadinessReport | undefined): ReadinessWords {
  if (!readiness) return { icon: '✅', status: 'Published' }
  switch (readiness.state) {
    case 'verified':
      return { icon: '✅', status: 'Verified' }
    case 'mismatch':
      return { icon: '⚠️', status: 'Gateway serves another DAG' }
    case 'retrievable':
      return {
        icon: '✅',
        status: readiness.waitedFor === 'verified' ? 'Served, not verified' : 'Served'
      }
    case 'pinned':
      return isReady(readiness)
        ? { icon: '📌', status: 'Pinned' }
        : { icon: '⏳', status: 'Not served yet' }
    case 'not-ready':
      return { icon: '⏳', status: 'Not pinned yet' }
  }
}

/** ` (verified)`, ` (not served yet)`…: the status as a one-line description ends; nothing when not checked. */
export function readinessSuffix(readiness: ReadinessReport | undefined): string {
  if (!readiness) return ''
  const { status } = readinessWords(readiness)
  return ` (${status.charAt(0).toLowerCase()}${status.slice(1)})`
}
