/**
 * The preview marker as a file of the upload (src/content/generated-file.ts, preview/marker.ts):
 * it changes the directory's root CID, each pull request and site gets its own, a re-run of a
 * commit gets the same, and a build that already carries the reserved name is refused.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { computeLocalCids } from '../../src/content/plan-cids.js'
import { FileSelectionError } from '../../src/content/files.js'
import { reservedPathProblem, withGeneratedFile } from '../../src/content/generated-file.js'
import { buildPlan } from '../../src/content/plan.js'
import { MARKER_PATH, markerContent, type PreviewIdentity } from '../../src/preview/marker.js'
import { makeWorkspace } from '../../test-support/run-action.mjs'

const log = { info: () => {}, warning: () => {}, debug: () => {} }
const identity: PreviewIdentity = {
  repository: 'octo-org/site',
  pullRequest: 7,
  commit: 'a'.repeat(40),
  site: 'docs'
}

async function sitePlan(files: Record<string, string>, includeHiddenFiles = false) {
  const workspace = await makeWorkspace(files)
  const options = {
    paths: ['dist'],
    cids: [],
    uploadAs: 'auto' as const,
    root: '',
    ifNoFilesFound: 'error' as const,
    includeHiddenFiles
  }
  return (await buildPlan(options, workspace, log)).plan
}

async function markedRoot(files: Record<string, string>, who: PreviewIdentity) {
  const temp = await mkdtemp(path.join(tmpdir(), 'marker-test-'))
  const plan = await withGeneratedFile(
    await sitePlan(files),
    { path: MARKER_PATH, content: markerContent(who) },
    temp
  )
  return { plan, root: (await computeLocalCids(plan, 'unixfs-v1-2025')).directory }
}

describe('the preview marker', () => {
  const SITE = { 'dist/index.html': '<h1>hi</h1>', 'dist/z/app.js': 'x' }

  it('adds one generated entry in path order and gives the directory a root of its own', async () => {
    const plain = await computeLocalCids(await sitePlan(SITE), 'unixfs-v1-2025')
    const { plan, root } = await markedRoot(SITE, identity)
    expect(plan.directory?.entries.map(e => [e.path, e.generated ?? false])).toEqual([
      [MARKER_PATH, true],
      ['index.html', false],
      ['z/app.js', false]
    ])
    expect(root).toBeDefined()
    expect(root).not.toBe(plain.directory)
  })

  it('differs per pull request, site and commit, and is the same for a re-run', async () => {
    const roots = await Promise.all(
      [
        identity,
        identity,
        { ...identity, pullRequest: 8 },
        { ...identity, site: 'app' },
        { ...identity, commit: 'b'.repeat(40) },
        { ...identity, repository: 'octo-org/fork' }
      ].map(async who => (await markedRoot(SITE, who)).root)
    )
    expect(roots[0]).toBe(roots[1])
    expect(new Set(roots).size).toBe(5)
  })

  it('names the pull request in JSON that no file name or site can break out of', () => {
    const content = markerContent({ ...identity, site: '"},\n{"pullRequest": 1' })
    expect(JSON.parse(content)).toEqual({
      tool: 'pinarkive/pin-action',
      ...identity,
      site: '"},\n{"pullRequest": 1'
    })
  })

  it('refuses a build that already carries the reserved name, naming the file and the fix', async () => {
    const plan = await sitePlan({ ...SITE, [`dist/${MARKER_PATH}`]: '{"forged": true}' }, true)
    const problem = reservedPathProblem(plan, MARKER_PATH)
    expect(problem).toBeInstanceOf(FileSelectionError)
    expect(problem?.message).toContain(`dist/${MARKER_PATH} is in the directory to upload`)
    expect(problem?.message).toContain(`\`!dist/${MARKER_PATH}\``)
    await expect(
      withGeneratedFile(plan, { path: MARKER_PATH, content: markerContent(identity) })
    ).rejects.toThrow(FileSelectionError)
    expect(reservedPathProblem(await sitePlan(SITE), MARKER_PATH)).toBeUndefined()
  })
})
