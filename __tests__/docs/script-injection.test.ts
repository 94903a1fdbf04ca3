/**
 * GitHub's script-injection guidance, checked on every workflow this repository shows or runs:
 * the README's YAML blocks, .github/workflows/ and examples/. A value a fork or a server
 * controls (a step's or a job's output, the event payload, a branch name) must reach a script
 * through `env:`, never as `${{ … }}` inside `run:` (or a github-script `script:`), where the
 * runner pastes it into the script's source before the shell reads it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { parseAllDocuments } from 'yaml'

const ROOT = path.resolve(import.meta.dirname, '..', '..')

/** Contexts whose values the workflow author does not control. */
const UNTRUSTED = /\b(steps|needs)\s*\.|\bgithub\s*\.\s*(event|head_ref)\b|\binputs\s*\./

interface Injection {
  where: string
  script: string
  expression: string
}

/** Every `${{ … }}` with an untrusted value inside a `run:` or `script:` of a parsed document. */
function findInjections(document: unknown, where: string): Injection[] {
  const found: Injection[] = []
  const visit = (node: unknown, key: string | undefined): void => {
    if (typeof node === 'string') {
      if (key !== 'run' && key !== 'script') return
      for (const match of node.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        if (UNTRUSTED.test(match[1])) found.push({ where, script: node, expression: match[0] })
      }
    } else if (Array.isArray(node)) node.forEach(item => visit(item, undefined))
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) visit(v, k)
    }
  }
  visit(document, undefined)
  return found
}

/** The YAML documents of a file: every ```yaml block of Markdown, or the whole file. */
function documents(file: string): { where: string; value: unknown }[] {
  const text = readFileSync(file, 'utf8')
  const relative = path.relative(ROOT, file)
  const sources = file.endsWith('.md')
    ? [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m, i) => ({
        where: `${relative} YAML block ${i + 1}`,
        source: m[1]
      }))
    : [{ where: relative, source: text }]
  return sources.flatMap(({ where, source }) =>
    parseAllDocuments(source).map(doc => {
      if (doc.errors.length > 0) throw new Error(`${where} is not valid YAML: ${doc.errors[0]}`)
      return { where, value: doc.toJS() }
    })
  )
}

function yamlFiles(dir: string): string[] {
  const full = path.join(ROOT, dir)
  let entries: string[]
  try {
    entries = readdirSync(full, { recursive: true, encoding: 'utf8' })
  } catch {
    return []
  }
  return entries.filter(name => /\.ya?ml$/.test(name)).map(name => path.join(full, name))
}

const FILES = [
  path.join(ROOT, 'README.md'),
  ...yamlFiles('.github/workflows'),
  ...yamlFiles('examples')
]

describe('script injection', () => {
  it('finds the workflows and the README examples', () => {
    const readme = documents(path.join(ROOT, 'README.md'))
    expect(readme.length).toBeGreaterThanOrEqual(8)
    expect(yamlFiles('.github/workflows').length).toBeGreaterThanOrEqual(3)
  })

  it.each(FILES.map(file => [path.relative(ROOT, file), file]))(
    '%s passes outputs and event values to scripts through env:',
    (_, file) => {
      const injections = documents(file).flatMap(doc => findInjections(doc.value, doc.where))
      expect(injections).toEqual([])
    }
  )

  it('catches the patterns the guidance forbids', () => {
    const steps = [
      { run: "echo '${{ steps.ipfs.outputs.results }}' | jq ." },
      { run: 'echo "Site is at ${{ steps.ipfs.outputs.gateway-url }}"' },
      { run: 'deploy ${{needs.build.outputs.cid}}' },
      { run: 'echo "${{ github.event.pull_request.title }}"' },
      { run: 'git checkout ${{ github.head_ref }}' },
      {
        uses: 'actions/github-script@v7',
        with: { script: 'core.info("${{ steps.x.outputs.y }}")' }
      }
    ]
    expect(findInjections({ jobs: { a: { steps } } }, 'sample')).toHaveLength(steps.length)
    const fine = [
      { run: 'echo "$SITE_URL"', env: { SITE_URL: '${{ steps.ipfs.outputs.gateway-url }}' } },
      { run: 'echo ${{ matrix.os }} ${{ runner.temp }}' },
      { uses: 'x', with: { cids: '${{ needs.build.outputs.cid }}' } }
    ]
    expect(findInjections({ jobs: { a: { steps: fine } } }, 'sample')).toEqual([])
  })
})
