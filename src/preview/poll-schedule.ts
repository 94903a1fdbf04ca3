/**
 * When readiness polls: at once, then after 1 s, 2 s, 4 s, 8 s and every 15 s from there, each
 * delay shortened by up to 20 % at random so that parallel jobs drift apart. Content pinned on
 * upload is seen by the first poll; content a cluster is still fetching is seen within a second
 * or two of being pinned in the first minute, and a 5 min wait costs at most 29 status requests
 * per item (the API allows 100 a minute).
 */

const POLL_SCHEDULE = {
  firstDelayMs: 1000,
  maxDelayMs: 15_000,
  /** The largest fraction taken off a delay at random. */
  jitter: 0.2
} as const

/** The full delay after poll number `poll` (1 for the first). */
function fullDelay(poll: number): number {
  return Math.min(
    POLL_SCHEDULE.firstDelayMs * 2 ** Math.min(poll - 1, 30),
    POLL_SCHEDULE.maxDelayMs
  )
}

/** The delay after poll number `poll`, jittered by `random()` in [0, 1). */
export function pollDelay(poll: number, random: () => number): number {
  return Math.round(fullDelay(poll) * (1 - POLL_SCHEDULE.jitter * random()))
}

/**
 * How many polls a wait of `timeoutMs` makes at most: every delay at its shortest, the last one
 * cut to end at the deadline, where the last poll happens. Real polls take time, so a real wait
 * makes as many or fewer.
 */
export function maxPolls(timeoutMs: number): number {
  let polls = 1
  for (let waited = 0; waited < timeoutMs; polls++) {
    const shortest = fullDelay(polls) * (1 - POLL_SCHEDULE.jitter)
    waited += Math.min(shortest, timeoutMs - waited)
  }
  return polls
}
