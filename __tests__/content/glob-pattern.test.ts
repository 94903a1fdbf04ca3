/**
 * The walk and its pattern matching (src/content/walk.ts, glob-pattern.ts) stand in for
 * @actions/glob, which cannot report an entry it fails on: these tests run both on the same
 * real trees and patterns and expect the same files, in every case where @actions/glob works.
 */
import { jest } from '@jest/globals'
import * as path from 'node:path'
import * as glob from '@actions/glob'
import { resolveFiles } from '../../src/content/files.js'
import { makeWorkspace } from '../../test-support/run-action.mjs'

const TREE = {
  'README.md': '# readme',
  'notes.md': 'notes',
  'dist/index.html': 'home',
  'dist/about/index.html': 'about',
  'dist/assets/app.js': 'app',
  'dist/assets/app.js.map': '{}',
  'dist/assets/deep/er/x.css': 'x',
  'dist/.well-known/security.txt': 'contact',
  'dist/.nojekyll': '',
  'dist/[id]/page.html': 'dynamic route',
  'dist/i/page.html': 'one letter',
  'dist/a b/c d.txt': 'spaces',
  'dist/abc.txt': 'abc',
  'dist/a*c.txt': 'star',
  'dist/a?c.txt': 'question mark',
  'dist/caf\u00e9.html': 'nfc',
  'dist/cafe\u0301.html': 'nfd',
  'dist/{a,b}.txt': 'braces',
  'dist/+(x).txt': 'extglob',
  'dist/#hash.txt': 'hash',
  'dist/!bang.txt': 'bang',
  'shared/logo.svg': '<svg/>',
  'dist/logo.svg': { symlink: '../shared/logo.svg' },
  'dist/linked': { symlink: '../shared' },
  'dist/cycle': { symlink: '.' },
  'dist/broken': { symlink: 'nowhere' }
}

const PATTERN_SETS: string[][] = [
  ['dist'],
  ['dist/'],
  ['dist/**'],
  ['dist/**/'],
  ['dist/**/*.html'],
  ['dist/*'],
  ['*'],
  ['**/*.md'],
  ['.'],
  ['dist', '!dist/**/*.map'],
  ['dist', '!dist/assets'],
  ['dist', '!dist/assets/'],
  ['dist', '!dist/assets', 'dist/assets/app.js'],
  ['!dist', 'dist'],
  ['dist', '!dist'],
  ['dist/[id]/page.html'],
  ['dist/\\[id\\]/*'],
  ['dist/a?c.txt'],
  ['dist/a\\?c.txt'],
  ['dist/a[*]c.txt'],
  ['dist/{a,b}.txt'],
  ['dist/+(x).txt'],
  ['dist/#hash.txt', 'dist/!bang.txt'],
  ['dist/linked', 'dist/cycle/index.html'],
  ['dist/caf\u00e9.html'],
  ['dist/**/.*', 'dist/.well-known'],
  ['README.md', 'dist/about', 'missing/**', 'dist/nothing.txt'],
  ['**'],
  ['dist/*/'],
  ['dist/**/app.*', 'dist/assets/**/x.css'],
  ['dist', 'dist/assets', 'dist/assets/app.js'],
  ['dist', '!dist/**/.*'],
  ['dist', '!dist/*/', 'dist/about/index.html'],
  ['dist/a b/*', 'dist//about///index.html']
]

/** What @actions/glob 0.7 returns, as the action used it before the walk replaced it. */
async function actionsGlob(workspace: string, patterns: readonly string[]): Promise<string[]> {
  const lines = patterns.map(line => {
    const exclude = line.startsWith('!')
    const pattern = exclude ? line.slice(1).trim() : line
    const abs = path.isAbsolute(pattern) ? pattern : path.join(workspace, pattern)
    return `${exclude ? '!' : ''}${abs}`
  })
  const globber = await glob.create(lines.join('\n'), {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: false,
    omitBrokenSymbolicLinks: true,
    excludeHiddenFiles: false
  })
  return (await globber.glob()).sort()
}

let workspace: string
let logged: ReturnType<typeof jest.spyOn>
beforeAll(async () => {
  workspace = await makeWorkspace(TREE)
})
beforeEach(() => {
  // @actions/glob prints `::debug::` lines.
  logged = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => logged.mockRestore())

describe('the walk matches as @actions/glob does', () => {
  it.each(PATTERN_SETS.map(set => [set.join(' | '), set]))('%s', async (_name, patterns) => {
    const expected = await actionsGlob(workspace, patterns)
    const selection = await resolveFiles(patterns, { workspace, includeHidden: true })
    expect(selection.files.map(file => file.absPath).sort()).toEqual(expected)
    expect(selection.unreadable).toEqual([])
  })

  it('takes absolute patterns as they are', async () => {
    const patterns = [path.join(workspace, 'dist', '**', '*.svg'), path.join(workspace, '*.md')]
    const selection = await resolveFiles(patterns, { workspace, includeHidden: true })
    const expected = await actionsGlob(workspace, patterns)
    expect(expected.length).toBeGreaterThan(2)
    expect(selection.files.map(file => file.absPath).sort()).toEqual(expected)
  })

  it('finds something for most of the pattern sets (the comparison is not vacuous)', async () => {
    const counts = await Promise.all(PATTERN_SETS.map(set => actionsGlob(workspace, set)))
    expect(counts.filter(files => files.length > 0).length).toBeGreaterThan(PATTERN_SETS.length - 3)
  })
})
