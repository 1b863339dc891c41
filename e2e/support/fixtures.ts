import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

const screenshotDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

export interface Checks {
  /** Runs axe on the page as it is now; fails on any serious or critical violation, listing them. */
  a11y(state: string): Promise<void>;
  /**
   * Saves a screenshot to e2e/screenshots/<name>.png (git-ignored) for human review: the full page,
   * or just the screen for a modal, whose backdrop covers only the screen.
   */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<void>;
}

export const test = base.extend<{ checks: Checks; consoleProblems: string[]; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose (e.g. a request it aborts); set with test.use(). */
  expectedConsoleErrors: [[], { option: true }],

  // Every console error and uncaught exception, CSP violations included (Chromium logs them as
  // console errors, and the init script below reports each one too). Checked after each test.
  consoleProblems: [
    async ({ page, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() !== 'error' || isExpectedApiAnswer(message.text(), message.location().url)) return;
        if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
        problems.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],

  checks: async ({ page }, use, testInfo) => {
    await use(checksFor(page, testInfo));
  },
});

/**
 * The accessibility check and screenshot for any page: the `checks` fixture is this for `page`, and a
 * test with a second browser context (a clinician beside a person) makes its own.
 */
export function checksFor(page: Page, testInfo: TestInfo): Checks {
  mkdirSync(screenshotDir, { recursive: true });
  return {
    async a11y(state) {
      await settle(page);
      const results = await new AxeBuilder({ page }).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      if (results.violations.length > 0) {
        const summary = results.violations
          .map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`)
          .join('\n');
        console.log(`axe (${state}):\n${summary}`);
      }
      await testInfo.attach(`axe-${state}.json`, {
        body: JSON.stringify(results.violations, null, 2),
        contentType: 'application/json',
      });
      expect(blocking.map((v) => `${v.id} (${v.impact}): ${v.help}`), `axe on "${state}"`).toEqual([]);
    },
    async screenshot(name, { fullPage = true } = {}) {
      const path = join(screenshotDir, `${name}.png`);
      const screen = page.viewportSize();
      if (!fullPage || !screen) {
        await settle(page);
        await page.screenshot({ path });
        return;
      }
      // A phone as tall as the page: a plain full-page capture would leave the sticky tab bar
      // floating mid-page, where it sits at the first scroll position.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: screen.width, height: Math.max(height, screen.height) });
      await settle(page);
      await page.screenshot({ path });
      await page.setViewportSize(screen);
    },
  };
}

/**
 * Chromium logs every 4xx answer to fetch as "Failed to load resource", even when the app expects
 * and handles it: 401 from the session check when signed out or from a wrong sign-in, 409 and 422
 * from forms. Those are answers, not errors; anything else from the API (a 403 CSRF refusal, a
 * 404, any 5xx) still fails the test.
 */
function isExpectedApiAnswer(text: string, url: string): boolean {
  if (!/^Failed to load resource: the server responded with a status of (401|409|422) /.test(text)) return false;
  try {
    return new URL(url).pathname.startsWith('/api/');
  } catch {
    return false;
  }
}

/**
 * Lets entry animations finish so neither axe nor a screenshot sees a half-faded screen. Endless
 * ones (the breathing guide) never finish, so they are left running.
 */
async function settle(page: Page): Promise<void> {
  // Two frames first: a change just made (a theme switch, a route) starts its CSS transitions only at the
  // next style recalculation, and axe must not judge colours halfway through one.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

export { expect };
