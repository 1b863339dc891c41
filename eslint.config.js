// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'e2e/test-results/**', 'e2e/playwright-report/**', 'data/**', '**/dev-dist/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The domain stays pure: no I/O, no platform, no app code. See docs/ARCHITECTURE.md.
    files: ['packages/core/src/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'packages/core is pure: no Node.js modules.' },
            { group: ['@ask-anyway/server', '@ask-anyway/server/*', '@ask-anyway/web', '@ask-anyway/web/*', '**/server/**', '**/web/**'], message: 'packages/core may not import the server or the web app.' },
            { group: ['kysely', 'pg', 'better-sqlite3', 'hono', 'hono/*', 'react', 'react-dom'], message: 'packages/core has no database, HTTP or UI code.' },
          ],
          paths: ['fs', 'path', 'os', 'crypto', 'http', 'https', 'child_process', 'net', 'url', 'process'].map((name) => ({
            name,
            message: 'packages/core is pure: no Node.js modules.',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'packages/core reads no environment.' },
        { name: 'fetch', message: 'packages/core does no I/O.' },
        { name: 'setTimeout', message: 'packages/core has no timers; pass time in.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'packages/core takes randomness as a seed.' },
        { object: 'Date', property: 'now', message: 'packages/core takes the time as an argument.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'packages/core takes the time as an argument.' },
      ],
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
