// Lint: correctness rules that matter here (floating promises), and determinism bans in the
// code that must replay identically (the cadence core and the Temporal workflows).
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const determinism = {
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Time is an input: use the `at` of the interpreter input (workflows: the driver passes it).' },
    { object: 'Math', property: 'random', message: 'No randomness: assign A/B arms by hashing the enrollment/experiment id.' },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'setTimeout', message: 'Timers are commands: emit waitUntil (workflows: use sleep/condition from @temporalio/workflow).' },
    { name: 'setInterval', message: 'Timers are commands: emit waitUntil.' },
    { name: 'fetch', message: 'No I/O here: do work in an activity.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'new Date() reads the clock: take `at` from the input.' },
  ],
};

const BROWSER_SAFE = '@kairos/analytics runs in the browser too (apps/web imports it): no Node built-ins.';
const OUTBOUND_BROWSER_SAFE = "@kairos/outbound's checks run in the editor too: keep Node (DNS, sockets, undici) in src/node/.";

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.tools/**', '.kairos/**', '**/*.js', '**/*.mjs', '**/vite.config.ts', '**/vitest.config.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  // The web app bundles @kairos/analytics: it must not reach for Node.
  {
    files: ['packages/analytics/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: builtinModules.map((name) => ({ name, message: BROWSER_SAFE })), patterns: [{ regex: '^node:', message: BROWSER_SAFE }] }],
    },
  },
  // The outbound policy's checks run in the editor's lint too: only its node/ half may use Node.
  {
    files: ['packages/outbound/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'packages/outbound/src/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: OUTBOUND_BROWSER_SAFE })),
          patterns: [{ regex: '^node:', message: OUTBOUND_BROWSER_SAFE }, { regex: '^undici', message: OUTBOUND_BROWSER_SAFE }],
        },
      ],
    },
  },
  { files: ['packages/channels/src/**/*.ts', 'packages/cadence/src/**/*.ts', 'packages/compliance/src/**/*.ts', 'packages/review/src/**/*.ts', 'workflows/src/**/*.ts'], ignores: ['**/*.test.ts'], rules: determinism },
);
