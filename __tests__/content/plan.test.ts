/**
 * The plan (src/content/plan.ts) with matched entries that cannot be published: files mode
 * plans them as failures of their own, directory mode refuses before anything is sent, and
 * neither counts them as "no files matched".
 */
import { writeFileSync } from 'node:fs'
import { FileSelectionError } from '../../src/content/files.js'
import { buildPlan, type PlanOptions } from '../../src/content/plan.js'
import { makeWorkspace, rawPath } from '../../test-support/run-action.mjs'

function recordingLog() {
  const lines: string[] = []
  return {
    lines,
    log: {
      info: (line: string) => lines.push(line),
      warning: (line: string) => lines.push(`warning: ${line}`),
      debug: () => {}
    }
  }
}

function inputs(overrides: Partial<PlanOptions>): PlanOptions {
  return {
    paths: ['dist'],
    cids: [],
    uploadAs: 'auto',
    root: '',
    ifNoFilesFound: 'error',
    includeHiddenFiles: false,
    ...overrides
  }
}

/** `dist/index.html` and `dist/latin1-\xe9.html`, whose name is not valid UTF-8. */
async function site(withIndex = true) {
  const workspace = await makeWorkspace(withIndex ? { 'dist/index.html': 'home' } : { 'x.md': '' })
  writeFileSync(rawPath(workspace, withIndex ? 'dist/latin1-' : 'latin1-', [0xe9], '.html'), 'x')
  return workspace
}

const CID = 'bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e'

const NAMED =
  'Cannot publish dist/latin1-\\xe9.html: its path is not valid UTF-8 (those bytes are shown as \\xNN), so it cannot be sent as it is. Leave it out with: !dist/latin1-?.html'

describe('buildPlan', () => {
  it('plans, in files mode, the files it can read and the others as failures', async () => {
    const workspace = await site()
    const { log, lines } = recordingLog()
    const { plan } = await buildPlan(inputs({ uploadAs: 'files' }), workspace, log)
    expect(plan.files.map(f => f.relPath)).toEqual(['dist/index.html'])
    expect(plan.unreadable?.map(u => u.relPath)).toEqual(['dist/latin1-\\xe9.html'])
    expect(lines).toEqual([
      NAMED,
      'Files mode: 1 file will be uploaded one by one; 1 more matched file cannot be published and will be listed as failed.'
    ])
  })

  it('refuses, in directory mode, a directory that would be incomplete', async () => {
    const workspace = await site()
    const { log, lines } = recordingLog()
    await expect(buildPlan(inputs({}), workspace, log)).rejects.toThrow(FileSelectionError)
    expect(lines).toContain(NAMED)
    const excluded = inputs({ paths: ['dist', '!dist/latin1-?.html'] })
    const { plan } = await buildPlan(excluded, workspace, recordingLog().log)
    expect(plan.directory?.entries.map(e => e.path)).toEqual(['index.html'])
  })

  it('does not take entries that cannot be published for "no files matched"', async () => {
    const workspace = await site(false)
    const only = inputs({ paths: ['*.html'], uploadAs: 'files', ifNoFilesFound: 'ignore' })
    const result = await buildPlan(only, workspace, recordingLog().log)
    expect(result.noFilesMatched).toBe(false)
    expect(result.plan.files).toEqual([])
    expect(result.plan.unreadable?.map(u => u.relPath)).toEqual(['latin1-\\xe9.html'])
    await expect(
      buildPlan({ ...only, uploadAs: 'directory' }, workspace, recordingLog().log)
    ).rejects.toThrow(/Nothing was uploaded: the directory would be incomplete/)
  })

  it('warns that `name` names nothing in files mode, and says "would" in a dry run', async () => {
    const workspace = await makeWorkspace({ 'out/a.tgz': 'a', 'out/b.tgz': 'b' })
    const named = recordingLog()
    await buildPlan(
      inputs({ paths: ['out/*.tgz'], uploadAs: 'files', nameGiven: true, dryRun: true }),
      workspace,
      named.log
    )
    expect(named.lines).toEqual([
      'Files mode: 2 files would be uploaded (dry run) one by one.',
      'warning: Input `name` names a directory upload and pins, not files: in files mode each file is uploaded under its own file name, so `name` was ignored. Remove it, or set `upload-as: directory` to publish the files as one named directory.'
    ])
    // Not set, or naming pins as well: nothing to warn of.
    for (const options of [{ nameGiven: false }, { nameGiven: true, cids: [CID] }]) {
      const quiet = recordingLog()
      await buildPlan(
        inputs({ paths: ['out/*.tgz'], uploadAs: 'files', ...options }),
        workspace,
        quiet.log
      )
      expect(quiet.lines).toEqual(['Files mode: 2 files will be uploaded one by one.'])
    }
  })
})
