/**
 * The sink cannot be bypassed: ESLint (`npm run lint`) refuses @actions/core and
 * process.stdout/stderr anywhere in src/ but src/action-log.ts, and lets src/inputs.ts only
 * read inputs.
 */
import * as path from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
// The files linted here exist only as text, outside tsconfig's program: lint them without types.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked })

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) })
  return result.messages.map(m => m.ruleId ?? m.message)
}

it('refuses every way around the sink in src/', async () => {
  const code = [
    "import * as core from '@actions/core'",
    "export const a = () => core.info('x')",
    "export const b = () => process.stdout.write('::error::x\\n')",
    "export const c = () => process.stderr.write('x')",
    "export const d = () => import('@actions/core')",
    ''
  ].join('\n')
  expect(await problems('src/publish/probe.ts', code)).toEqual([
    'no-restricted-imports',
    'no-restricted-properties',
    'no-restricted-properties',
    'no-restricted-syntax'
  ])
})

it('lets src/inputs.ts read inputs but not write', async () => {
  const code = [
    "import * as core from '@actions/core'",
    "export const a = () => core.getInput('x')",
    "export const b = () => core.setOutput('x', 'y')",
    "export const c = () => core.info('x')",
    ''
  ].join('\n')
  expect(await problems('src/inputs.ts', code)).toEqual([
    'no-restricted-properties',
    'no-restricted-properties'
  ])
})

it('lets the sink write', async () => {
  const code = "import * as core from '@actions/core'\nexport const a = () => core.info('x')\n"
  expect(await problems('src/action-log.ts', code)).toEqual([])
})
