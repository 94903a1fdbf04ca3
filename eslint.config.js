import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const SINK_ONLY =
  'Write to the runner through src/action-log.ts (the sink): it redacts secrets and escapes workflow commands.'
/** What @actions/core writes with: src/inputs.ts may read inputs, nothing more. */
const CORE_WRITERS = [
  'info',
  'debug',
  'warning',
  'error',
  'notice',
  'setFailed',
  'setOutput',
  'setSecret',
  'startGroup',
  'endGroup',
  'group',
  'summary',
  'exportVariable',
  'addPath',
  'saveState',
  'setCommandEcho'
]

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '__tests__/fixtures/',
      '.bench/',
      '.demo/',
      'examples/',
      'reports/',
      '.stryker-tmp/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: globals.node
    },
    rules: {
      // The action logs through @actions/core; console is for scripts and tests only.
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['scripts/**', 'test-support/**', '__tests__/**'],
    rules: { 'no-console': 'off' }
  },
  {
    // Everything the action writes to the runner goes through the sink, src/action-log.ts, which
    // redacts secrets and escapes workflow commands; src/inputs.ts only reads inputs.
    files: ['src/**/*.ts'],
    ignores: ['src/action-log.ts', 'src/inputs.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@actions/core', message: SINK_ONLY }] }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportExpression[source.value='@actions/core']",
          message: SINK_ONLY
        }
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'stdout', message: SINK_ONLY },
        { object: 'process', property: 'stderr', message: SINK_ONLY }
      ]
    }
  },
  {
    files: ['src/inputs.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...CORE_WRITERS.map(property => ({ object: 'core', property, message: SINK_ONLY }))
      ]
    }
  }
)
