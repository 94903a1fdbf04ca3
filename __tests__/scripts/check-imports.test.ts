import { execFileSync } from 'node:child_process'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeWorkspace } from '../../test-support/run-action.mjs'

const script = fileURLToPath(new URL('../../scripts/check-imports.mjs', import.meta.url))

/** Runs the checker on a tree under src/ and returns its exit code and output. */
async function check(tree: Record<string, string>) {
  const root = await makeWorkspace(tree)
  try {
    const stdout = execFileSync(process.execPath, [script, path.join(root, 'src')], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe'
    })
    return { code: 0, output: stdout }
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    return { code: e.status, output: e.stdout + e.stderr }
  }
}

const rules = {
  'src/shared/README.md': 'May import: `multiformats`\n',
  'src/report/README.md': 'May import: shared/\n'
}

describe('check-imports', () => {
  it('passes a tree whose imports point one way', async () => {
    const result = await check({
      ...rules,
      'src/shared/log.ts': 'export interface Log { info(line: string): void }\n',
      'src/report/render.ts': "import type { Log } from '../shared/log.js'\nexport type R = Log\n",
      'src/main.ts':
        "import { x } from './report/render.js'\nimport * as core from '@actions/core'\n"
    })
    expect(result).toEqual({ code: 0, output: expect.stringContaining('no cycles') })
  })

  it('lets a folder import the top of src/ only when its README says so', async () => {
    const tree = {
      ...rules,
      'src/run/README.md': 'May import: the top of src/ (`inputs.ts`), shared/\n',
      'src/inputs.ts': 'export const inputs = 1\n',
      'src/run/phase.ts': "import { inputs } from '../inputs.js'\nexport const p = inputs\n",
      'src/report/render.ts': "import { inputs } from '../inputs.js'\nexport const r = inputs\n"
    }
    const result = await check(tree)
    expect(result.code).toBe(1)
    expect(result.output).toContain(
      'src/report/render.ts imports ../inputs.js: src/report/ may not import the top of src/'
    )
    expect(result.output).not.toContain('src/run/phase.ts')
  })

  it('fails on a cycle made only of type imports, naming the path', async () => {
    const result = await check({
      ...rules,
      'src/shared/a.ts': "import type { B } from './b.js'\nexport type A = B\n",
      'src/shared/b.ts': "import type { A } from './a.js'\nexport type B = A\n"
    })
    expect(result.code).toBe(1)
    expect(result.output).toMatch(
      /import cycle: src\/shared\/a\.ts -> src\/shared\/b\.ts -> src\/shared\/a\.ts/
    )
  })

  it('fails on a cycle through a dynamic import', async () => {
    const result = await check({
      ...rules,
      'src/main.ts': "export async function f() { return import('./other.js') }\n",
      'src/other.ts': "import { f } from './main.js'\nexport const g = f\n"
    })
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/import cycle: src\/(main|other)\.ts/)
  })

  it('fails when a folder imports what its README does not allow', async () => {
    const result = await check({
      ...rules,
      'src/shared/x.ts':
        "import { r } from '../report/render.js'\nimport * as core from '@actions/core'\n",
      'src/report/render.ts': 'export const r = 1\n'
    })
    expect(result.code).toBe(1)
    expect(result.output).toContain('src/shared/ may not import src/report/')
    expect(result.output).toContain('imports the package @actions/core: src/shared/ may not')
  })

  it('fails on a folder without a README', async () => {
    const result = await check({ ...rules, 'src/extra/x.ts': 'export const x = 1\n' })
    expect(result.code).toBe(1)
    expect(result.output).toContain('src/extra/ has no README.md')
  })
})
