import js from '@eslint/js'
import jest from 'eslint-plugin-jest'
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
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      // tsconfig.test.json is the one program that holds src/, the tests, test-support/ and scripts/.
      parserOptions: { project: ['./tsconfig.test.json'], tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      // The action logs through @actions/core; console is for scripts and tests only.
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A `default` must not hide a union member added later: every member gets its own case.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false }
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error'
    }
  },
  {
    // Config files outside tsconfig.test.json: no program to check them against.
    files: ['stryker.config.mjs'],
    ...tseslint.configs.disableTypeChecked
  },
  {
    files: ['__tests__/**'],
    ...jest.configs['flat/recommended']
  },
  {
    files: ['__tests__/**', 'test-support/**', 'scripts/**'],
    rules: {
      // JSON from fake servers and from child processes, and JSDoc-typed .mjs modules, are `any`
      // by nature here; the tests' expectations are what checks their shape.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off'
    }
  },
  {
    files: ['__tests__/**', 'test-support/**'],
    rules: {
      // Fakes implement the action's async interfaces with bodies that have nothing to wait for.
      '@typescript-eslint/require-await': 'off'
    }
  },
  {
    files: ['__tests__/**'],
    rules: {
      // Parametrized cases (it.each, both CID profiles, published vectors) assert what their case has.
      'jest/no-conditional-expect': 'off',
      // A test that cannot run as root is declared through itUnlessRoot.
      'jest/no-standalone-expect': ['error', { additionalTestBlockFunctions: ['itUnlessRoot'] }],
      // The golden-file tests assert through expectGolden (golden.test.ts).
      'jest/expect-expect': ['warn', { assertFunctionNames: ['expect', 'expectGolden'] }]
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
