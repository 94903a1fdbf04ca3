/**
 * The type-aware rules `npm run lint` adds are on for src/: a `default` that hides a union member
 * and an unhandled promise are reported. Lints real files' paths with other text, so that the
 * type information of tsconfig.test.json applies.
 */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { jest } from '@jest/globals'
import { ESLint } from 'eslint'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
// With CI=true, typescript-eslint infers a single run and keeps the program it built from the
// files on disk, so text that differs from them would lose its types: ask for a program per text.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: {
    languageOptions: { parserOptions: { disallowAutomaticSingleRunInference: true } }
  }
})

jest.setTimeout(60_000)

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) })
  return result.messages.map(m => m.ruleId ?? m.message)
}

it("reports a default that hides TransportError's 'network' (src/pinarkive/explain.ts)", async () => {
  const file = 'src/pinarkive/explain.ts'
  const source = readFileSync(path.join(ROOT, file), 'utf8')
  expect(await problems(file, source)).toEqual([])
  const hidden = source.replace("    case 'network':\n", '    default:\n')
  expect(hidden).not.toBe(source)
  expect(await problems(file, hidden)).toEqual(['@typescript-eslint/switch-exhaustiveness-check'])
})

it('reports a floating promise and a promise where a callback returns nothing', async () => {
  const file = 'src/shared/pool.ts'
  const source = readFileSync(path.join(ROOT, file), 'utf8')
  const code = [
    source,
    'export function leaks(): void {',
    '  Promise.resolve(1)',
    '  setTimeout(async () => { await Promise.resolve() }, 1)',
    '}',
    ''
  ].join('\n')
  expect(await problems(file, code)).toEqual([
    '@typescript-eslint/no-floating-promises',
    '@typescript-eslint/no-misused-promises'
  ])
})
