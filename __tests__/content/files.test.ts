import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import {
  commonAncestor,
  compareStrings,
  FileSelectionError,
  isSafeRelativePath,
  planDirectory,
  resolveFiles
} from '../../src/content/files.js'
import { makeWorkspace, rawPath } from '../../test-support/run-action.mjs'

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
    ).rejects.toThrow(/leaves the workspace/)
    await expect(
      resolveFiles([`../${path.basename(outside)}/x.txt`], {
        workspace: path.join(workspace),
        includeHidden: false
      })
    ).rejects.toThrow(/leaves the workspace/)
  })
})

describe('resolveFiles with a path line that leaves the workspace', () => {
  /** A workspace with a sibling folder whose names must never be listed or named. */
  async function besideOutside(): Promise<{ parent: string; workspace: string }> {
    const parent = await mkdtemp(path.join(tmpdir(), 'pin-action-parent-'))
    const workspace = path.join(parent, 'ws')
    mkdirSync(path.join(workspace, 'dist'), { recursive: true })
    writeFileSync(path.join(workspace, 'dist', 'index.html'), 'home')
    mkdirSync(path.join(parent, 'private'))
    writeFileSync(path.join(parent, 'private', 'sentinel-9f2.txt'), 'not for IPFS')
    return { parent, workspace }
  }

  // Each line, were it walked, stays within the test's own folder: a regression fails, it does
  // not walk the runner's /tmp (168,223 files in the issue) or the whole disk.
  it.each([
    ['dist/../../**'],
    ['../**'],
    ['dist/../..'],
    ['./../private'],
    ['dist/*/../../../PARENT/private/**'],
    ['../ws/../private/*.txt']
  ])('refuses %j by its line, before walking, naming nothing outside', async template => {
    const { parent, workspace } = await besideOutside()
    const line = template.replace('PARENT', path.basename(parent))
    const refusal = resolveFiles(['dist', line], { workspace, includeHidden: true })
    await expect(refusal).rejects.toThrow(FileSelectionError)
    const message = await refusal.catch((error: Error) => error.message)
    expect(message).toBe(
      `Input \`path\` has a line that leaves the workspace (${workspace}), so nothing was searched: \`${line}\`. ` +
        'Only files inside the workspace are published (IPFS content is public and permanent). ' +
        'Write each line relative to the workspace without climbing out of it with `..` (such as `dist` or `dist/**/*.html`), or copy the files into the workspace first.'
    )
    expect(message).not.toContain('sentinel')
  })

  it('refuses an absolute line outside, and names every such line', async () => {
    const { parent, workspace } = await besideOutside()
    const lines = [path.join(parent, 'private', '**'), path.join(parent, '*.txt'), 'dist']
    const message = await resolveFiles(lines, { workspace, includeHidden: true }).catch(
      (error: Error) => error.message
    )
    expect(message).toContain(
      `has 2 lines that leave the workspace (${workspace}), so nothing was searched: \`${lines[0]}\`, \`${lines[1]}\`.`
    )
  })

  it('refuses by the line even where nothing is there to find (so nothing was looked at)', async () => {
    const { workspace } = await besideOutside()
    await expect(
      resolveFiles(['../no-such-folder/**'], { workspace, includeHidden: true })
    ).rejects.toThrow(/^Input `path` has a line that leaves the workspace/)
  })

  it('takes lines whose `..` stays inside, `..name` folders, and `!` lines outside', async () => {
    const { workspace } = await besideOutside()
    mkdirSync(path.join(workspace, '..dots'))
    writeFileSync(path.join(workspace, '..dots', 'a.txt'), 'a')
    const selection = await resolveFiles(
      ['dist/../dist/**', '..dots/a.txt', '!../private/**', path.join(workspace, 'dist')],
      { workspace, includeHidden: true }
    )
    expect(selection.files.map(file => file.relPath)).toEqual(['..dots/a.txt', 'dist/index.html'])
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

/** Writes files whose names are bytes: `[path parts, content]`, parts as for `rawPath`. */
function writeRaw(dir: string, files: [(string | number[])[], string][]) {
  for (const [parts, content] of files) {
    const file = rawPath(dir, ...parts)
    mkdirSync(parentOf(file), { recursive: true })
    writeFileSync(file, content)
  }
}

/** The folder a byte path lies in, as bytes. */
function parentOf(file: Buffer): Buffer {
  return file.subarray(0, file.lastIndexOf(0x2f))
}

const LATIN1_E = [0xe9]

describe('resolveFiles on a hostile tree', () => {
  const options = (workspace: string) => ({ workspace, includeHidden: false })

  it('lists a name that is not valid UTF-8, shown with \\xNN, with a line that leaves it out', async () => {
    const workspace = await makeWorkspace({ 'dist/index.html': 'home' })
    writeRaw(workspace, [[['dist/latin1-', LATIN1_E, '.html'], 'latin-1 name']])
    const selection = await resolveFiles(['dist'], options(workspace))
    expect(selection.files.map(f => f.relPath)).toEqual(['dist/index.html'])
    expect(selection.unreadable).toEqual([
      {
        relPath: 'dist/latin1-\\xe9.html',
        reason: expect.stringMatching(/^its path is not valid UTF-8 \(those bytes are shown as/),
        exclude: '!dist/latin1-?.html'
      }
    ])
    const excluded = await resolveFiles(['dist', '!dist/latin1-?.html'], options(workspace))
    expect(excluded.unreadable).toEqual([])
    expect(excluded.files.map(f => f.relPath)).toEqual(['dist/index.html'])
  })

  it('lists each selected file under a folder whose name is not valid UTF-8', async () => {
    const workspace = await makeWorkspace({ 'dist/index.html': 'home' })
    writeRaw(workspace, [
      [['dist/caf', LATIN1_E, '/index.html'], 'x'],
      [['dist/caf', LATIN1_E, '/deeper/page.html'], 'y'],
      [['dist/caf', LATIN1_E, '/style.css'], 'z']
    ])
    const all = await resolveFiles(['dist'], options(workspace))
    expect(all.unreadable.map(u => [u.relPath, u.exclude])).toEqual([
      ['dist/caf\\xe9/deeper/page.html', '!dist/caf?/deeper/page.html'],
      ['dist/caf\\xe9/index.html', '!dist/caf?/index.html'],
      ['dist/caf\\xe9/style.css', '!dist/caf?/style.css']
    ])
    // Matched by the name as Node decodes it (U+FFFD), as every other pattern.
    const html = await resolveFiles(['dist/**/*.html'], options(workspace))
    expect(html.unreadable.map(u => u.relPath)).toEqual([
      'dist/caf\\xe9/deeper/page.html',
      'dist/caf\\xe9/index.html'
    ])
    for (const exclude of ['!dist/caf?', '!dist/caf*/**', '!dist/caf\ufffd']) {
      const selection = await resolveFiles(['dist', exclude], options(workspace))
      expect(selection.unreadable).toEqual([])
      expect(selection.files.map(f => f.relPath)).toEqual(['dist/index.html'])
    }
  })

  it('shows bytes exactly: several bad bytes, a backslash, a valid name with U+FFFD', async () => {
    const workspace = await makeWorkspace({ 'dist/real-\ufffd.txt': 'a real U+FFFD' })
    writeRaw(workspace, [[['dist/', [0xff, 0xfe, 0x5c, 0xc3], 'x'], 'bytes']])
    const selection = await resolveFiles(['dist'], options(workspace))
    expect(selection.files.map(f => f.relPath)).toEqual(['dist/real-\ufffd.txt'])
    expect(selection.unreadable.map(u => u.relPath)).toEqual(['dist/\\xff\\xfe\\\\\\xc3x'])
  })

  it('lists links that loop, and still finds every other file', async () => {
    const workspace = await makeWorkspace({
      'dist/index.html': 'home',
      'dist/self': { symlink: 'self' },
      'dist/ping.html': { symlink: 'pong.html' },
      'dist/pong.html': { symlink: 'ping.html' }
    })
    const selection = await resolveFiles(['dist'], options(workspace))
    expect(selection.files.map(f => f.relPath)).toEqual(['dist/index.html'])
    expect(selection.unreadable).toEqual(
      ['dist/ping.html', 'dist/pong.html', 'dist/self'].map(relPath => ({
        relPath,
        reason: 'a symbolic link that loops (ELOOP)',
        exclude: `!${relPath}`
      }))
    )
    // Only what the patterns select: a loop is never a folder with HTML inside.
    const html = await resolveFiles(['dist/**/*.html'], options(workspace))
    expect(html.unreadable.map(u => u.relPath)).toEqual(['dist/ping.html', 'dist/pong.html'])
  })

  it('lists FIFOs and other entries that are not regular files', async () => {
    const workspace = await makeWorkspace({ 'dist/index.html': 'home' })
    execFileSync('mkfifo', [path.join(workspace, 'dist/pipe')])
    const selection = await resolveFiles(['dist'], options(workspace))
    expect(selection.unreadable).toEqual([
      { relPath: 'dist/pipe', reason: 'a FIFO, not a regular file', exclude: '!dist/pipe' }
    ])
  })

  it('leaves out broken links, as before (nothing there to publish)', async () => {
    const workspace = await makeWorkspace({
      'dist/index.html': 'home',
      'dist/gone.html': { symlink: 'nowhere.html' }
    })
    const selection = await resolveFiles(['dist'], options(workspace))
    expect(selection.files.map(f => f.relPath)).toEqual(['dist/index.html'])
    expect(selection.unreadable).toEqual([])
  })

  it('counts a hidden entry that cannot be read among the hidden files left out', async () => {
    const workspace = await makeWorkspace({ 'dist/index.html': 'home' })
    writeRaw(workspace, [[['dist/.cache/x', LATIN1_E], 'x']])
    const selection = await resolveFiles(['dist'], options(workspace))
    expect(selection.unreadable).toEqual([])
    expect(selection.hiddenSkipped).toEqual(['dist/.cache/x\\xe9'])
  })

  // Root reads anything, whatever its mode: EACCES cannot happen there.
  const itUnlessRoot = process.getuid?.() === 0 ? it.skip : it
  itUnlessRoot(
    'lists a file and a folder the runner may not read (EACCES; skipped as root, who may read anything)',
    async () => {
      const workspace = await makeWorkspace({
        'dist/index.html': 'home',
        'dist/locked.html': 'no',
        'dist/private/a.html': 'no'
      })
      chmodSync(path.join(workspace, 'dist/locked.html'), 0o000)
      chmodSync(path.join(workspace, 'dist/private'), 0o000)
      try {
        const selection = await resolveFiles(['dist'], options(workspace))
        expect(selection.files.map(f => f.relPath)).toEqual(['dist/index.html'])
        expect(selection.unreadable.map(u => [u.relPath, u.reason])).toEqual([
          ['dist/locked.html', "the runner's user may not read it (EACCES)"],
          [
            'dist/private',
            "a folder whose content cannot be listed: the runner's user may not read it (EACCES)"
          ]
        ])
        const excluded = await resolveFiles(['dist', '!dist/private'], options(workspace))
        expect(excluded.unreadable.map(u => u.relPath)).toEqual(['dist/locked.html'])
      } finally {
        chmodSync(path.join(workspace, 'dist/private'), 0o755)
      }
    }
  )

  it('gives, for every entry it lists, a `path` line that leaves that one out', async () => {
    const workspace = await makeWorkspace({
      'dist/index.html': 'home',
      'dist/a*b?[c]\\ d .html': { symlink: 'a*b?[c]\\ d .html' },
      'dist/ lead\ttab': { symlink: ' lead\ttab' },
      'dist/trail ': { symlink: 'trail ' }
    })
    writeRaw(workspace, [
      [['dist/[x]', LATIN1_E, '*.html'], 'x'],
      [['dist/new\nline', LATIN1_E], 'x']
    ])
    const selection = await resolveFiles(['dist'], options(workspace))
    expect(selection.unreadable).toHaveLength(5)
    const lines = selection.unreadable.map(u => u.exclude)
    // Each line goes through the input's own handling: one line each, trimmed.
    expect(lines.every(line => !/[\n\r]/.test(line) && line === line.trim())).toBe(true)
    for (const line of lines) {
      const one = await resolveFiles(['dist', line], options(workspace))
      expect(one.unreadable).toHaveLength(4)
      expect(one.files.map(f => f.relPath)).toEqual(['dist/index.html'])
    }
    expect((await resolveFiles(['dist', ...lines], options(workspace))).unreadable).toEqual([])
  })

  it('lists hostile but valid names exactly as on disk, in code-point order', async () => {
    const punctuation = [...'!"#$%&\'()*+,-.:;<=>?@[\\]^_`{|}~']
    const names = [
      'x\n::error title=forged::boom.html',
      'lone\rcr.html',
      'tab\tand\u0001control\u007f.html',
      'double `` backtick.html',
      '<img src=x onerror=alert(1)>.html',
      '_under_ *em*.html',
      'R&amp;D.html',
      'unbalanced).html',
      'open(.html',
      'line\u2028separator.html',
      'caf\u00e9.html',
      'cafe\u0301.html',
      'a'.repeat(251) + '.txt',
      '\u00e9'.repeat(127) + 'x',
      ' leading and trailing ',
      ...punctuation.map(c => `p-${c}`),
      punctuation.join('')
    ]
    expect(Buffer.byteLength('\u00e9'.repeat(127) + 'x')).toBe(255)
    const workspace = await makeWorkspace(
      Object.fromEntries(names.map(name => [`dist/${name}`, name]))
    )
    const selection = await resolveFiles(['dist'], { workspace, includeHidden: true })
    expect(selection.unreadable).toEqual([])
    const expected = names.map(name => `dist/${name}`).sort(compareStrings)
    expect(selection.files.map(f => f.relPath)).toEqual(expected)
    for (const file of selection.files) {
      expect(file.size).toBe(Buffer.byteLength(file.relPath.slice('dist/'.length)))
    }
    const plan = planDirectory(selection, { workspace, root: '' })
    expect(plan.entries.map(e => e.path)).toEqual(expected.map(p => p.slice('dist/'.length)))
  })
})

describe('planDirectory with entries that cannot be published', () => {
  it('refuses before any upload, naming each entry and the line that leaves it out', async () => {
    const workspace = await makeWorkspace({
      'dist/index.html': 'home',
      'dist/loop': { symlink: 'loop' }
    })
    writeRaw(workspace, [[['dist/latin1-', LATIN1_E, '.html'], 'x']])
    const selection = await resolveFiles(['dist'], { workspace, includeHidden: false })
    expect(() => planDirectory(selection, { workspace, root: '' })).toThrow(FileSelectionError)
    expect(() => planDirectory(selection, { workspace, root: '' })).toThrow(
      'Nothing was uploaded: the directory would be incomplete, as 2 matched files cannot be published. ' +
        'dist/latin1-\\xe9.html: its path is not valid UTF-8 (those bytes are shown as \\xNN), so it cannot be sent as it is; ' +
        'dist/loop: a symbolic link that loops (ELOOP). ' +
        'Fix or remove them, or leave them out with these lines in `path`: !dist/latin1-?.html, !dist/loop.'
    )
    const excluded = await resolveFiles(['dist', '!dist/latin1-?.html', '!dist/loop'], {
      workspace,
      includeHidden: false
    })
    expect(planDirectory(excluded, { workspace, root: '' }).entries.map(e => e.path)).toEqual([
      'index.html'
    ])
  })

  it('names twenty entries and counts the others', async () => {
    const workspace = await makeWorkspace({ 'dist/index.html': 'home' })
    writeRaw(
      workspace,
      Array.from({ length: 25 }, (_, i) => [[`dist/${String(i).padStart(2, '0')}-`, LATIN1_E], 'x'])
    )
    const selection = await resolveFiles(['dist'], { workspace, includeHidden: false })
    const attempt = () => planDirectory(selection, { workspace, root: '' })
    expect(attempt).toThrow(/as 25 matched files cannot be published\. dist\/00-\\xe9: /)
    expect(attempt).toThrow(/dist\/19-\\xe9: [^;]*; and 5 more \(see the log\)\./)
    expect(attempt).toThrow(/!dist\/19-\?, …\.$/)
  })
})
