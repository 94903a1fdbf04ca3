/** The run's deadline (`max-duration`): one signal that every phase and request watches. */

/** The deadline passed or the run was stopped; the work was abandoned. */
export class AbandonedError extends Error {
  override name = 'AbandonedError'
}

/** `setTimeout` holds a signed 32-bit delay; longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1

export interface Deadline {
  signal: AbortSignal
  /** Stops the timer; the signal stays as it is. */
  dispose(): void
}

/**
 * A signal aborted with `reason` after `ms` (never when undefined). Waits longer than a timer
 * can hold are chained, so `max-duration: 30d` means 30 days rather than "now".
 */
export function startDeadline(ms: number | undefined, reason: () => string): Deadline {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  if (ms !== undefined) {
    const end = Date.now() + ms
    const arm = () => {
      const left = end - Date.now()
      if (left <= 0) controller.abort(reason())
      else timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS))
    }
    timer = setTimeout(arm, Math.min(ms, MAX_TIMER_MS))
  }
  return { signal: controller.signal, dispose: () => clearTimeout(timer) }
}
