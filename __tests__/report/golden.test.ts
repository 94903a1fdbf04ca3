/**
 * Golden files: the job summary and the PR comment of every state, as Markdown, under
 * __tests__/report/golden/. A change to a report shows up in review as a change to these files.
 * Rewrite them with `UPDATE_GOLDEN=1`, then read the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderComment } from '../../src/report/comment.js'
import { renderSummary } from '../../src/report/summary.js'
import { COMMENT_CONTEXT, STATES } from './golden-states.js'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden')
const update = process.env.UPDATE_GOLDEN === '1'

function expectGolden(name: string, actual: string): void {
  const file = path.join(dir, name)
  if (update) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file)) throw new Error(`${name} is missing: run with UPDATE_GOLDEN=1`)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe.each(Object.entries(STATES))('%s', (name, { report, preview }) => {
  it('renders the job summary of the golden file', () => {
    expectGolden(`${name}.summary.md`, renderSummary(report))
  })
  if (preview) {
    it('renders the comment of the golden file', () => {
      expectGolden(`${name}.comment.md`, renderComment(report, COMMENT_CONTEXT))
    })
  }
})
