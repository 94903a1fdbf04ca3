// @ts-check
/**
 * Checks the shape of src/: no import cycles (type-only and dynamic imports count too), and each
 * folder imports only what its README's `May import:` line allows. Run by `npm run lint`.
 *
 *   node scripts/check-imports.mjs [src-dir]
 *
 * Prints every problem and exits 1 when there is one.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import * as path from 'node:path'
import ts from 'typescript'

const srcDir = path.resolve(process.argv[2] ?? 'src')

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap(name => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return sourceFiles(file)
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [file] : []
  })
}

/**
 * Every module a file names: static imports and exports (`import type` included), dynamic
 * `import()` and `typeof import()` types.
 * @param {string} file
 * @returns {string[]}
 */
function specifiers(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  /** @type {string[]} */
  const found = []
  /** @param {ts.Node} node */
  function visit(node) {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text)
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The folder of src/ a file belongs to: `pinarkive`, or `.` for the top. @param {string} file */
function folderOf(file) {
  const relative = path.relative(srcDir, file).split(path.sep)
  return relative.length > 1 ? relative[0] : '.'
}

/**
 * What each folder may import, from the `May import:` line of its README.md: folder names such
 * as `shared/`, "the top of src/", and packages in backticks. The top of src/ may import anything.
 * @returns {Map<string, { folders: Set<string>, packages: Set<string> | undefined }>}
 */
function readRules() {
  const rules = new Map()
  for (const name of readdirSync(srcDir)) {
    const dir = path.join(srcDir, name)
    if (!statSync(dir).isDirectory()) continue
    const readme = path.join(dir, 'README.md')
    if (!existsSync(readme)) {
      rules.set(name, { folders: new Set(), packages: new Set(), missing: true })
      continue
    }
    const line = /^May import:(.*)$/m.exec(readFileSync(readme, 'utf8'))?.[1] ?? ''
    const folders = new Set([...line.matchAll(/([a-z-]+)\//g)].map(m => m[1]))
    // "the top of src/" lets a folder import the files beside main.ts (inputs, the log sink).
    if (/the top of src\//.test(line)) folders.add('.')
    const packages = /any package/i.test(line)
      ? undefined
      : new Set([...line.matchAll(/`([^`]+)`/g)].map(m => m[1]))
    rules.set(name, { folders, packages })
  }
  return rules
}

const files = sourceFiles(srcDir)
const rules = readRules()
/** @type {string[]} */
const problems = []
/** @type {Map<string, string[]>} */
const graph = new Map()

for (const [folder, rule] of rules) {
  if ('missing' in rule)
    problems.push(`src/${folder}/ has no README.md saying what it owns and may import`)
}

for (const file of files) {
  const from = folderOf(file)
  const rule = rules.get(from)
  /** @type {string[]} */
  const edges = []
  for (const specifier of specifiers(file)) {
    const where = path.relative(process.cwd(), file)
    if (specifier.startsWith('.')) {
      const target = path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts'))
      edges.push(target)
      const to = folderOf(target)
      if (rule && to !== from && !rule.folders.has(to)) {
        problems.push(
          `${where} imports ${specifier}: src/${from}/ may not import ${to === '.' ? 'the top of src/' : `src/${to}/`} (see src/${from}/README.md)`
        )
      }
    } else if (rule?.packages && !specifier.startsWith('node:')) {
      const name = specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier.split('/')[0]
      if (!rule.packages.has(name)) {
        problems.push(
          `${where} imports the package ${name}: src/${from}/ may not (see src/${from}/README.md)`
        )
      }
    }
  }
  graph.set(file, edges)
}

// Tarjan's strongly connected components: every component of more than one file is a cycle,
// as is a file that imports itself.
let index = 0
/** @type {Map<string, number>} */
const indexes = new Map()
/** @type {Map<string, number>} */
const lowlinks = new Map()
/** @type {string[]} */
const stack = []
const onStack = new Set()
/** @param {string} node */
function connect(node) {
  indexes.set(node, index)
  lowlinks.set(node, index)
  index++
  stack.push(node)
  onStack.add(node)
  for (const next of graph.get(node) ?? []) {
    if (!graph.has(next)) continue
    if (!indexes.has(next)) {
      connect(next)
      lowlinks.set(
        node,
        Math.min(
          /** @type {number} */ (lowlinks.get(node)),
          /** @type {number} */ (lowlinks.get(next))
        )
      )
    } else if (onStack.has(next)) {
      lowlinks.set(
        node,
        Math.min(
          /** @type {number} */ (lowlinks.get(node)),
          /** @type {number} */ (indexes.get(next))
        )
      )
    }
  }
  if (lowlinks.get(node) === indexes.get(node)) {
    /** @type {string[]} */
    const component = []
    let member
    do {
      member = /** @type {string} */ (stack.pop())
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    const selfImport = (graph.get(node) ?? []).includes(node)
    if (component.length > 1 || selfImport) {
      const names = cyclePath(node, new Set(component)).map(f => path.relative(process.cwd(), f))
      problems.push(`import cycle: ${names.join(' -> ')}`)
    }
  }
}
/**
 * One concrete cycle through `start` inside its component, shortest first (breadth-first), so
 * the message names the imports to break.
 * @param {string} start
 * @param {Set<string>} members
 * @returns {string[]}
 */
function cyclePath(start, members) {
  /** @type {Map<string, string>} */
  const cameFrom = new Map()
  const queue = [start]
  while (queue.length > 0) {
    const node = /** @type {string} */ (queue.shift())
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue
      if (next === start) {
        const path = [start]
        for (let at = node; at !== start; at = /** @type {string} */ (cameFrom.get(at)))
          path.splice(1, 0, at)
        return [...path, start]
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node)
        queue.push(next)
      }
    }
  }
  return [start, start]
}

for (const file of files) if (!indexes.has(file)) connect(file)

if (problems.length > 0) {
  for (const problem of problems) console.error(problem)
  console.error(
    `\n${problems.length} import ${problems.length === 1 ? 'problem' : 'problems'} in ${path.relative(process.cwd(), srcDir) || '.'}/`
  )
  process.exit(1)
}
console.log(`imports: ${files.length} files, no cycles, every folder within its rules`)
