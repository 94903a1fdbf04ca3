// @ts-check
/**
 * Mutation scores per folder (and per module) from StrykerJS's JSON report, for the README's
 * "Mutation testing" table.
 *
 *   node scripts/mutation-score.mjs [report.json] [--files] [--markdown]
 *
 * The report defaults to reports/mutation/mutation.json (what `npm run mutate` writes). The
 * score is Stryker's: killed and timed-out mutants over every mutant that compiled and ran
 * (survivors and mutants no test covers included). It exits 1 when a group of
 * the README's goal scores under it.
 */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'

/** The README's goal: at least this score on each of these groups. */
const GOALS = [
  {
    name: 'transport (src/transport/, src/pinarkive/, the probe and URL rules of src/gateway/)',
    match: /^src\/(?:transport|pinarkive)\/|^src\/gateway\/(?:probe|probe-url|gateway-url)\.ts$/
  },
  { name: 'inputs (src/inputs.ts)', match: /^src\/inputs\.ts$/ },
  {
    name: 'escaping (src/shared/escape-*.ts, redact.ts)',
    match: /^src\/shared\/(?:escape-[^/]+|redact)\.ts$/
  },
  { name: 'comment (src/github/sticky-comment.ts)', match: /^src\/github\/sticky-comment\.ts$/ }
]
const GOAL_SCORE = 85

const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])

/**
 * @typedef {{ status: string }} Mutant
 * @typedef {{ files: Record<string, { mutants: Mutant[] }> }} Report
 * @typedef {{ detected: number, survived: number, noCoverage: number, invalid: number }} Tally
 */

/** @returns {Tally} */
function emptyTally() {
  return { detected: 0, survived: 0, noCoverage: 0, invalid: 0 }
}

/** @param {Tally} tally @param {Mutant[]} mutants */
function add(tally, mutants) {
  for (const { status } of mutants) {
    if (DETECTED.has(status)) tally.detected++
    else if (status === 'Survived') tally.survived++
    else if (status === 'NoCoverage') tally.noCoverage++
    else if (!UNDETECTED.has(status)) tally.invalid++
  }
  return tally
}

/** @param {Tally} tally */
function score(tally) {
  const valid = tally.detected + tally.survived + tally.noCoverage
  return valid === 0 ? NaN : (100 * tally.detected) / valid
}

/**
 * Tallies per folder, per file and per goal group.
 * @param {Report} report
 */
function tallies(report) {
  /** @type {Map<string, Tally>} */
  const folders = new Map()
  /** @type {Map<string, Tally>} */
  const files = new Map()
  const goals = GOALS.map(goal => ({ ...goal, tally: emptyTally() }))
  const total = emptyTally()
  const names = Object.keys(report.files)
    .map(name => name.split(path.sep).join('/'))
    .sort()
  for (const name of names) {
    const { mutants } = report.files[name] ?? report.files[name.split('/').join(path.sep)]
    const folder = path.posix.dirname(name) + '/'
    if (!folders.has(folder)) folders.set(folder, emptyTally())
    add(/** @type {Tally} */ (folders.get(folder)), mutants)
    files.set(name, add(emptyTally(), mutants))
    add(total, mutants)
    for (const goal of goals) if (goal.match.test(name)) add(goal.tally, mutants)
  }
  return { folders, files, goals, total }
}

/** @param {number} value */
function percent(value) {
  return Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} %`
}

/** @param {[string, Tally][]} rows @param {boolean} markdown */
function table(rows, markdown) {
  const header = ['module', 'score', 'killed', 'survived', 'no coverage']
  const body = rows.map(([name, t]) => [
    markdown && name !== 'all' ? `\`${name}\`` : name,
    percent(score(t)),
    String(t.detected),
    String(t.survived),
    String(t.noCoverage)
  ])
  if (markdown) {
    return [header, header.map((_, i) => (i === 0 ? '---' : '---:')), ...body]
      .map(cells => `| ${cells.join(' | ')} |`)
      .join('\n')
  }
  const widths = header.map((_, i) => Math.max(...[header, ...body].map(r => r[i].length)))
  return [header, ...body]
    .map(cells => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))))
    .map(cells => cells.join('  '))
    .join('\n')
}

function main() {
  const args = process.argv.slice(2)
  const markdown = args.includes('--markdown')
  const withFiles = args.includes('--files')
  const file = args.find(a => !a.startsWith('--')) ?? 'reports/mutation/mutation.json'
  /** @type {Report} */
  const report = JSON.parse(readFileSync(file, 'utf8'))
  const { folders, files, goals, total } = tallies(report)

  /** @type {[string, Tally][]} */
  const rows = []
  for (const [folder, tally] of folders) {
    rows.push([folder, tally])
    if (withFiles) {
      for (const [name, t] of files)
        if (path.posix.dirname(name) + '/' === folder) rows.push([name, t])
    }
  }
  rows.push(['all', total])
  console.log(table(rows, markdown))
  console.log('')
  console.log(`Goal: at least ${GOAL_SCORE} % on each of`)
  let met = true
  for (const goal of goals) {
    const value = score(goal.tally)
    // A run of a few files (`--mutate`) may have nothing of a group: no verdict on it then.
    const verdict = Number.isNaN(value) ? 'no data' : value >= GOAL_SCORE ? 'met' : 'NOT MET'
    met &&= verdict !== 'NOT MET'
    console.log(`  ${verdict.padEnd(7)}  ${percent(value).padStart(7)}  ${goal.name}`)
  }
  process.exitCode = met ? 0 : 1
}

main()
