/** Runs tasks with bounded parallelism, keeping results in task order. */

/**
 * Calls `worker` for every task, at most `concurrency` at a time. Stops starting new tasks once
 * `stop()` returns true; returns the indexes of tasks never started.
 */
export async function runPool<T>(
  tasks: readonly T[],
  concurrency: number,
  worker: (task: T, index: number) => Promise<void>,
  stop: () => boolean = () => false
): Promise<number[]> {
  let next = 0
  const skipped: number[] = []
  async function lane(): Promise<void> {
    while (next < tasks.length) {
      const index = next++
      if (stop()) {
        skipped.push(index)
        continue
      }
      await worker(tasks[index], index)
    }
  }
  const lanes = Array.from({ length: Math.min(concurrency, tasks.length) }, lane)
  await Promise.all(lanes)
  return skipped.sort((a, b) => a - b)
}
