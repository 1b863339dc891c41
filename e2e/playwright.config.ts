import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
// A fresh database for every run, so tests never depend on what an earlier run left behind. Workers
// load this file again; the environment they inherit keeps them from making directories of their own.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'ask-anyway-e2e-'));
const dataDir = process.env.E2E_DATA_DIR;
// Tests move the server's clock by writing milliseconds to this file (see e2e/support/clock.ts).
process.env.E2E_CLOCK_FILE ??= join(dataDir, 'clock-offset-ms');

/**
 * Phone-sized end-to-end tests against the built server and web app. Build first:
 *   npx tsc -b packages/core packages/server && npm run build -w @ask-anyway/web
 * then: npx playwright test -c e2e/playwright.config.ts
 */
export default defineConfig({
  testDir: join(here, 'tests'),
  testMatch: '*.mobile.test.ts',
  outputDir: join(here, 'test-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Each test is a whole story on a phone (sign-up to deletion); generous so a loaded machine is not a failure.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? join(here, 'test-results', 'results.json') }]],
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    command: 'node packages/server/dist/main.js',
    cwd: repoRoot,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      TEST_CLOCK_FILE: process.env.E2E_CLOCK_FILE,
    },
  },
});
