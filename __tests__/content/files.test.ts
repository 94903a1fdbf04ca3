import * as path from 'node:path'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import {
  commonAncestor,
  FileSelectionError,
  isSafeRelativePath,
  planDirectory,
  resolveFiles
} from '../../src/content/files.js'
import { makeWorkspace } from '../../test-support/run-action.mjs'

const site = {
  'dist/index.html': '<h1>home</h1>',
  'dist/assets/app.js': 'console.log(1)',
  'dist/assets/app.js.map': '{}',
  'dist/docs/guide/intro.html': 'intro',
  'dist/.well-known/security.txt': 'Contact: x',
  'dist/.nojekyll': '',
  'README.md': '# readme',
  '.github/workflows/ci.yml': 'on: push'
}

describe('resolveFiles', () => {
  it('globs relative to the workspace, excludes with ! lines, sorts, and sizes each file', async () => {
    const workspace = await makeWorkspace(site)
    const selection = await resolveFiles(['dist', '!dist/**/*.map'], {
      workspace,
      includeHidden: false
    })
    expect(selection.files.map(f => [f.relPath, f.size])).toEqual([
      ['dist/assets/app.js', 14],
      ['dist/docs/guide/intro.html', 5],
      ['dist/index.html', 13]
    ])
    expect(selection.singleDirectory).toBe(path.join(workspace, 'dist'))
  })

  it('leaves hidden files out by default and names them', async () => {
    const workspace = await makeWorkspace(site)
    const selection = await resolveFiles(['dist'], { workspace, includeHidden: false })
    expect(selection.hiddenSkipped).toEqual(['dist/.nojekyll', 'dist/.well-known/security.txt'])
    const all = await resolveFiles(['dist'], { workspace, includeHidden: true })
    expect(all.files.map(f => f.relPath)).toContain('dist/.well-known/security.txt')
    expect(all.hiddenSkipped).toEqual([])
  })

  it('judges hiddenness below where the user pointed, so a dot-folder can be published', async () => {
    const workspace = await makeWorkspace({
      '.vitepress/dist/index.html': 'x',
      '.vitepress/dist/.hidden': 'y'
    })
    const selection = await resolveFiles(['.vitepress/dist'], { workspace, includeHidden: false })
    expect(selection.files.map(f => f.relPath)).toEqual(['.vitepress/dist/index.html'])
    expect(selection.hiddenSkipped).toEqual(['.vitepress/dist/.hidden'])
  })

  it('only treats a path naming one existing directory as a single directory', async () => {
    const workspace = await makeWorkspace(site)
    expect(
      (await resolveFiles(['dist/**/*.html'], { workspace, includeHidden: false })).singleDirectory
    ).toBeUndefined()
    expect(
      (await resolveFiles(['dist', 'README.md'], { workspace, includeHidden: false }))
        .singleDirectory
    ).toBeUndefined()
    expect(
      (await resolveFiles(['README.md'], { workspace, includeHidden: false })).singleDirectory
    ).toBeUndefined()
  })

  it('refuses symlinks that resolve outside the workspace, naming link and target', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'outside-'))
    await writeFile(path.join(outside, 'secret.txt'), 'do not publish')
    const workspace = await makeWorkspace({
      'dist/index.html': 'ok',
      'dist/leak.txt': { symlink: path.join(outside, 'secret.txt') }
    })
    const attempt = resolveFiles(['dist'], { workspace, includeHidden: false })
    await expect(attempt).rejects.toThrow(FileSelectionError)
    await expect(attempt).rejects.toThrow(`dist/leak.txt -> ${path.join(outside, 'secret.txt')}`)
  })

  it('allows symlinks that stay inside the workspace', async () => {
    const workspace = await makeWorkspace({
      'shared/logo.svg': '<svg/>',
      'dist/logo.svg': { symlink: '../shared/logo.svg' }
    })
    const selection = await resolveFiles(['dist'], { workspace, includeHidden: false })
    expect(selection.files.map(f => [f.relPath, f.size])).toEqual([['dist/logo.svg', 6]])
  })

  it('refuses files outside the workspace named by an absolute or ../ path', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'outside-'))
    await writeFile(path.join(outside, 'x.txt'), 'x')
    const workspace = await makeWorkspace({ 'a.txt': 'a' })
    await expect(
      resolveFiles([path.join(outside, 'x.txt')], { workspace, includeHidden: false })
    ).rejects.toThrow(/outside the workspace/)
    await expect(
      resolveFiles([`../${path.basename(outside)}/x.txt`], {
        workspace: path.join(workspace),
        includeHidden: false
      })
    ).rejects.toThrow(/outside the workspace/)
  })
})

describe('planDirectory', () => {
  it('uses the directory named as root and POSIX paths inside it', async () => {
    const workspace = await makeWorkspace(site)
    const selection = await resolveFiles(['dist'], { workspace, includeHidden: false })
    const plan = planDirectory(selection, { workspace, root: '' })
    expect(plan.rootRelPath).toBe('dist')
    expect(plan.entries.map(e => e.path)).toEqual([
      'assets/app.js',
      'assets/app.js.map',
      'docs/guide/intro.html',
      'index.html'
    ])
  })

  it('defaults to the deepest common ancestor of the matched files', async () => {
    const workspace = await makeWorkspace(site)
    const selection = await resolveFiles(['dist/docs/**/*.html', 'dist/assets/*.js'], {
      workspace,
      includeHidden: false
    })
    const plan = planDirectory(selection, { workspace, root: '' })
    expect(plan.rootRelPath).toBe('dist')
    expect(plan.entries.map(e => e.path)).toEqual(['assets/app.js', 'docs/guide/intro.html'])
  })

  it('honours an explicit root and refuses files outside it', async () => {
    const workspace = await makeWorkspace(site)
    const selection = await resolveFiles(['dist/docs', 'README.md'], {
      workspace,
      includeHidden: false
    })
    expect(() => planDirectory(selection, { workspace, root: 'dist/docs' })).toThrow(
      /1 matched file is outside `root` \(dist\/docs\): README.md/
    )
    const inside = await resolveFiles(['dist/docs'], { workspace, includeHidden: false })
    expect(planDirectory(inside, { workspace, root: 'dist' }).entries.map(e => e.path)).toEqual([
      'docs/guide/intro.html'
    ])
  })

  it('refuses a root outside the workspace', async () => {
    const workspace = await makeWorkspace(site)
    const selection = await resolveFiles(['dist'], { workspace, includeHidden: false })
    expect(() => planDirectory(selection, { workspace, root: '..' })).toThrow(
      /`root` is `..`: it lies outside the workspace/
    )
  })
})

describe('path helpers', () => {
  it('finds the common ancestor directory', () => {
    expect(commonAncestor(['/w/dist/a/x.js', '/w/dist/b/y.js'])).toBe('/w/dist')
    expect(commonAncestor(['/w/dist/a/x.js'])).toBe('/w/dist/a')
  })
  it.each([
    ['a/b.txt', true],
    ['index.html', true],
    ['', false],
    ['/etc/passwd', false],
    ['a/../b', false],
    ['..', false],
    ['a//b', false],
    ['C:/x', false]
  ])('isSafeRelativePath(%p) is %p', (p, ok) => {
    expect(isSafeRelativePath(p)).toBe(ok)
  })
})
