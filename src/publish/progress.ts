/**
 * Decides when a long upload prints a progress line: every few seconds or every 10%, whichever
 * is rarer, so a run page never looks hung and a fast upload stays quiet.
 */
import { formatBytes } from '../shared/format.js'

export interface ProgressPolicy {
  minIntervalMs: number
  minFraction: number
}

const DEFAULT_PROGRESS: ProgressPolicy = { minIntervalMs: 5000, minFraction: 0.1 }

interface Track {
  startedAt: number
  /** When and at how many bytes the last line was printed. */
  lastAt: number
  lastSent: number
  /** Bytes at the latest event, to notice a retry starting over. */
  seen: number
}

export class ProgressReporter {
  private readonly tracks = new Map<string, Track>()

  constructor(
    private readonly now: () => number,
    private readonly print: (line: string) => void,
    private readonly policy: ProgressPolicy = DEFAULT_PROGRESS
  ) {}

  /** Feed every progress event; prints when both the time and the fraction have moved enough. */
  update(label: string, sent: number, total: number): void {
    const now = this.now()
    let track = this.tracks.get(label)
    if (track === undefined || sent < track.seen) {
      // A new upload, or a retry that started over.
      track = { startedAt: now, lastAt: now, lastSent: 0, seen: 0 }
      this.tracks.set(label, track)
    }
    track.seen = sent
    if (sent >= total) {
      this.tracks.delete(label)
      return
    }
    const elapsed = now - track.lastAt
    const moved = total > 0 ? (sent - track.lastSent) / total : 0
    if (elapsed < this.policy.minIntervalMs || moved < this.policy.minFraction) return
    const rate = (sent / Math.max(1, now - track.startedAt)) * 1000
    track.lastAt = now
    track.lastSent = sent
    this.print(
      `${label}: ${formatBytes(sent)} of ${formatBytes(total)} (${Math.floor((sent / total) * 100)}%), ${formatBytes(rate)}/s`
    )
  }
}
