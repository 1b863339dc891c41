import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit`: pure tests beside the code (`*.test.ts`), no database, no network.
 * - `api`: the HTTP API against a real server and a real database (`*.api.test.ts`);
 *   `TEST_DB=sqlite|postgres` picks the database, so `scripts/test.mjs` runs it once per engine.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'tools/**/*.test.ts'],
          exclude: ['**/*.api.test.ts', '**/node_modules/**', '**/dist/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          include: ['packages/server/src/**/*.api.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
