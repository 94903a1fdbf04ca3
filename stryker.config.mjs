// @ts-check
/**
 * Mutation testing (`npm run mutate`, see the README's "Mutation testing"): StrykerJS plants small
 * bugs in the modules below, one at a time, and runs the unit tests that cover each; a mutant the
 * tests do not notice "survives". Slow, so not part of `.ci/run`.
 *
 * One file: `npm run mutate -- --mutate src/transport/retry.ts`.
 * Scores per folder from the JSON report: `node scripts/mutation-score.mjs`.
 */
import jestConfig from './jest.config.js'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // Jest runs the tests as native ESM (see package.json "test").
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    config: {
      ...jestConfig,
      // The end-to-end tests run dist/index.js, which no mutant reaches, and the script tests
      // cover scripts/: both only cost time here.
      testPathIgnorePatterns: ['/node_modules/', '/__tests__/e2e/', '/__tests__/scripts/']
    },
    enableFindRelatedTests: true
  },
  // Each mutant runs only the tests that executed its code in the first (instrumented) run.
  coverageAnalysis: 'perTest',
  // Mutants that do not compile are dropped before any test runs; tsconfig.json covers src/ only.
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  // One test runner and one checker at a time: the machine's two cores are shared with other
  // work, and several tests measure time (retries, rate limits, deadlines) that a starved CPU
  // would turn into timeouts or flaky kills.
  concurrency: 1,
  // Slow machine, real HTTP servers on 127.0.0.1: give a mutant room before calling it a hang.
  timeoutMS: 10000,
  // Results are kept between runs; only changed code or tests are run again.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['/dist', '/coverage', '/.bench', '/.demo'],
  // The goal the README states for the transport, inputs, escaping and comment code.
  thresholds: { high: 85, low: 70, break: null },
  mutate: [
    // The transport, the Pinarkive endpoints, the gateway probe and the gateway URL rules
    'src/transport/*.ts',
    'src/pinarkive/*.ts',
    'src/gateway/probe.ts',
    'src/gateway/probe-url.ts',
    'src/gateway/gateway-url.ts',
    'src/inputs.ts',
    // Escaping and what may reach a log line or Markdown
    'src/shared/escape-log.ts',
    'src/shared/escape-markdown.ts',
    'src/shared/redact.ts',
    'src/shared/visible-controls.ts',
    // What counts as this machine, where plain http:// is allowed (API URL, gateways, links)
    'src/shared/url.ts',
    'src/shared/cid.ts',
    // The sticky comment, the caps, dedupe, verification
    'src/github/sticky-comment.ts',
    'src/report/budget.ts',
    'src/content/dedupe.ts',
    'src/publish/verification.ts'
  ]
}
