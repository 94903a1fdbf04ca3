/**
 * Before anything is sent: every name an upload would carry must arrive exactly as it is on
 * disk, or the run stops here, naming each, rather than publishing a site with renamed or
 * missing files.
 */
import * as path from 'node:path'
import type { PublishPlan } from '../content/plan.js'
import { multipartNameProblem } from '../pinarkive/multipart.js'
import { listSome, plural } from '../shared/format.js'
import { quoteValue } from '../shared/quote.js'

export class UnsendableNamesError extends Error {
  override name = 'UnsendableNamesError'
}

/** Throws, naming each, when some file of the plan has a name no upload can carry exactly. */
export function checkUploadNames(plan: PublishPlan): void {
  const names = [
    ...(plan.directory?.entries.map(entry => entry.path) ?? []),
    ...plan.files.map(file => path.posix.basename(file.relPath))
  ]
  const problems = names.flatMap(name => {
    const problem = multipartNameProblem(name)
    return problem ? [`${quoteValue(name, 200)} ${problem}`] : []
  })
  if (problems.length === 0) return
  throw new UnsendableNamesError(
    `${plural(problems.length, 'file')} cannot be uploaded under ${problems.length === 1 ? 'its' : 'their'} own name, so nothing was uploaded: ${listSome(problems, 10)}. ` +
      'Rename them, or exclude them with `!` lines in `path`.'
  )
}
