/**
 * Files mode uploads each content once. Which file of a set with the same bytes is uploaded
 * must not depend on which one was read first, so claims on a content are settled in task
 * order: the first file in the selection wins, the others become its duplicates.
 */
export class ContentClaims {
  /** By file size (only files of one size can share bytes): the previous task's settlement. */
  private readonly settled = new Map<number, Promise<void>>()
  private readonly owners = new Map<string, number>()

  /**
   * Joins the queue of files of this size; call in task order, before anything is awaited.
   * Returns `claim(key)`, which waits for the earlier files of this size to claim theirs and
   * answers the index of the earlier file that owns `key`, or undefined when this one does.
   * It must be called exactly once, with `undefined` when the key could not be found, or the
   * files after it wait forever.
   */
  enter(index: number, size: number): (key: string | undefined) => Promise<number | undefined> {
    const previous = this.settled.get(size)
    let settle!: () => void
    this.settled.set(size, new Promise(resolve => (settle = resolve)))
    return async key => {
      try {
        await previous
        if (key === undefined) return undefined
        const owner = this.owners.get(key)
        if (owner === undefined) this.owners.set(key, index)
        return owner
      } finally {
        settle()
      }
    }
  }
}
