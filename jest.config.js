/** Jest runs the TypeScript sources through ts-jest in native ESM mode (see package.json "test"). */
import { findNode24 } from './test-support/node24.mjs'

// The end-to-end tests run dist/index.js under Node 24, as a runner does; without one they are
// skipped, and said to be.
const node24 = findNode24()
if (node24.path === undefined) {
  process.stderr.write(`\nSkipping __tests__/e2e/: ${node24.reason}\n\n`)
}

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: node24.path === undefined ? ['/node_modules/', '/__tests__/e2e/'] : [],
  clearMocks: true,
  // Jest's default leaves one of two cores idle; the end-to-end files spend much of their time
  // waiting on the action they started, so two workers share the machine well.
  maxWorkers: 2
}
