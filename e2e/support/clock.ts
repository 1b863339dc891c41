import { writeFileSync } from 'node:fs';

const DAY_MS = 86_400_000;

/**
 * Moves the test server's clock: every server reading of "now" is the real time plus this many days
 * (the server is started with TEST_CLOCK_FILE; see playwright.config.ts). Reset to 0 after a test.
 */
export function moveServerClock(days: number): void {
  const file = process.env.E2E_CLOCK_FILE;
  if (!file) throw new Error('E2E_CLOCK_FILE is not set: run through e2e/playwright.config.ts');
  writeFileSync(file, String(Math.round(days * DAY_MS)));
}
