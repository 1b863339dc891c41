import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type BrowserContextOptions, type LaunchOptions, type Page } from '@playwright/test';
import { ExperimentPage } from '../pages/experiment.page';
import { HistoryPage } from '../pages/history.page';
import { ScreeningPage } from '../pages/screening.page';
import { SignUpPage } from '../pages/sign-up.page';
import { TodayPage } from '../pages/today.page';
import { WelcomePage } from '../pages/welcome.page';
import { expect, test } from '../support/fixtures';

/*
 * Out in the world with no signal: everything logged offline is kept on the phone (IndexedDB),
 * survives a reload, a closed tab and a restarted browser, and reaches the server exactly once when
 * the network is back, even if the server goes down in the middle of the sync.
 *
 * These tests drive browsers of their own (a persistent profile, so IndexedDB and the service
 * worker outlive a browser restart), so they check axe and take screenshots with local helpers.
 */

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const screenshotDir = join(here, '..', 'screenshots');

interface Person {
  name: string;
  email: string;
  password: string;
}

function newPerson(): Person {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return { name: 'Sam', email: `sam-${id}@example.com`, password: `steady-steps-${id}` };
}

/** The phone the config describes, with the config's Chromium and flags. */
function phoneOptions(baseURL: string): BrowserContextOptions & LaunchOptions {
  const use = test.info().project.use;
  return {
    ...use.launchOptions,
    baseURL,
    locale: 'en-US',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  };
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

async function a11y(page: Page, state: string): Promise<void> {
  await settle(page);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    blocking.map((v) => `${v.id} (${v.impact}): ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on "${state}"`,
  ).toEqual([]);
}

/** Like the shared fixture: a phone as tall as the page, so the tab bar sits at the bottom. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const screen = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: screen.width, height: Math.max(height, screen.height) });
  await settle(page);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
  await page.setViewportSize(screen);
}

/** Fails the test on any uncaught exception in the page (offline fetch failures are expected). */
function watchErrors(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /CSP|Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
}

/** Signs up and screens all-clear online, then waits until the service worker controls the page. */
async function signUpOnline(page: Page, person: Person): Promise<void> {
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createAccount.click();
  await new SignUpPage(page).signUp(person);
  await new ScreeningPage(page).allClear();
  const today = new TodayPage(page);
  await today.expectShown(person.name);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // A first install does not take over the open page; the next load is served by the worker.
  await page.reload();
  await today.expectShown(person.name);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // The screens a person opens offline, seen once online (the app also keeps copies in the background).
  for (const tab of ['Ladder', 'History', 'Progress', 'Today'] as const) await today.openTab(tab);
  await today.expectShown(person.name);
}

const syncStatus = (page: Page) => page.getByRole('status', { name: 'Sync status' });

/** Before, do it now, after, from Today's suggestion; answers "They said no". */
async function fullExperiment(page: Page, learned: string): Promise<string> {
  const today = new TodayPage(page);
  const experiment = new ExperimentPage(page);
  const title = (await today.suggestionTitle.textContent())!;
  await today.doThisOne.click();
  await experiment.expectBefore(title);
  await experiment.planBefore({ feared: "They'll think I'm odd", belief: 30, expected: 25, drop: ['Rehearsing a script'] });
  await experiment.ready.click();
  await experiment.expectDoItNow();
  await experiment.didIt.click();
  await experiment.logAfter({ outcome: 'They said no — that counts!', actual: 15, feared: 'No', belief: 10, learned });
  await experiment.save.click();
  await expect(experiment.heading).toHaveText('That no counts.');
  await expect(page.getByText('You expected 25, it peaked at 15.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to Today' }).click();
  await today.expectShown();
  return title;
}

async function quickLog(page: Page): Promise<string> {
  const today = new TodayPage(page);
  const title = (await today.suggestionTitle.textContent())!;
  await today.quickLog.tap();
  await today.quickOutcome('They said yes').tap();
  await expect(today.toast).toContainText('Logged. Details can wait.');
  return title;
}

interface ServerExperiment {
  id: string;
  title: string;
  outcome: string | null;
  learned: string | null;
  quick: boolean;
  aboveRails: boolean;
}

async function serverExperiments(page: Page): Promise<ServerExperiment[]> {
  const answer = await page.request.get('/api/experiments?limit=100');
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { experiments: ServerExperiment[] }).experiments;
}

test.describe('logging in the field, offline', () => {
  test('four logs made offline survive a reload, a closed tab and a browser restart, then sync exactly once', async () => {
    test.setTimeout(240_000);
    const baseURL = test.info().project.use.baseURL!;
    const profile = mkdtempSync(join(tmpdir(), 'ask-anyway-profile-'));
    const problems: string[] = [];
    const person = newPerson();
    const learned = ['A no was just a no.', 'I was fine a minute later.', 'Nobody stared.'];
    let context: BrowserContext = await chromium.launchPersistentContext(profile, phoneOptions(baseURL));
    try {
      let page = context.pages()[0] ?? (await context.newPage());
      watchErrors(page, problems);
      await signUpOnline(page, person);

      await context.setOffline(true);
      const today = new TodayPage(page);
      await expect(syncStatus(page)).toHaveText('Offline · everything is saved on this phone');
      await a11y(page, 'today, offline');

      await test.step('three full experiments and one quick log, with no network', async () => {
        for (const words of learned) await fullExperiment(page, words);
        await quickLog(page);
        await expect(syncStatus(page)).toHaveText('Offline · 4 waiting to sync');
        await screenshot(page, 'offline-banner');
      });

      await test.step('History shows all four, each waiting to sync', async () => {
        const history = new HistoryPage(page);
        await history.openTab('History');
        await expect(history.entries).toHaveCount(4);
        await expect(history.entries.filter({ hasText: 'Waiting to sync' })).toHaveCount(4);
        await a11y(page, 'history, offline with pending entries');
        await screenshot(page, 'history-pending');
        // The ladder, the catalogue and progress still open.
        await history.openTab('Ladder');
        await expect(history.heading).toHaveText('Your fear ladder');
        await history.openTab('Progress');
        await expect(history.heading).toHaveText('Your progress');
        await a11y(page, 'progress, offline');
        await page.goto('/experiment/pick');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pick your own');
        await expect(page.getByRole('searchbox')).toBeVisible();
      });

      await test.step('a reload offline still opens the app with all four waiting', async () => {
        await page.goto('/today');
        await page.reload();
        await today.expectShown(person.name);
        await expect(syncStatus(page)).toHaveText('Offline · 4 waiting to sync');
      });

      await test.step('a closed tab and a new one: still there', async () => {
        await page.close();
        page = await context.newPage();
        watchErrors(page, problems);
        await page.goto('/history');
        await expect(page.getByRole('region', { name: 'Your asks' }).getByRole('link')).toHaveCount(4);
        await expect(syncStatus(page)).toHaveText('Offline · 4 waiting to sync');
      });

      await test.step('the browser restarts, still offline: still there', async () => {
        await context.close();
        context = await chromium.launchPersistentContext(profile, phoneOptions(baseURL));
        await context.setOffline(true);
        page = context.pages()[0] ?? (await context.newPage());
        watchErrors(page, problems);
        await page.goto('/today');
        await new TodayPage(page).expectShown(person.name);
        await expect(syncStatus(page)).toHaveText('Offline · 4 waiting to sync');
      });

      await test.step('back online: all four reach the server, exactly once', async () => {
        await context.setOffline(false);
        await expect(syncStatus(page)).toBeHidden({ timeout: 20_000 });
        const stored = await serverExperiments(page);
        expect(stored).toHaveLength(4);
        expect(new Set(stored.map((e) => e.id)).size).toBe(4);
        expect(stored.filter((e) => e.quick)).toHaveLength(1);
        const full = stored.filter((e) => !e.quick);
        expect(full.map((e) => e.learned).sort()).toEqual([...learned].sort());
        expect(full.every((e) => e.outcome === 'rejected')).toBe(true);
        await page.goto('/history');
        await expect(page.getByRole('region', { name: 'Your asks' }).getByRole('link')).toHaveCount(4);
        await expect(page.getByText('Waiting to sync')).toHaveCount(0);
      });

      await test.step('a write the server refuses is shown with its reason and kept', async () => {
        const session = (await (await page.request.get('/api/auth/session')).json()) as { user: { id: string }; csrfToken: string };
        const bad = { id: crypto.randomUUID(), title: 'Ask a stranger for a high five', beliefBefore: 500 };
        // What the server says about it (a 422 writes nothing), to compare with what the app shows.
        const refusal = await page.request.post('/api/experiments', {
          data: { ...bad, id: crypto.randomUUID() },
          headers: { 'x-csrf-token': session.csrfToken },
        });
        expect(refusal.status()).toBe(422);
        const problem = (await refusal.json()) as { errors?: { detail: string }[] };
        const reason = problem.errors?.[0]?.detail ?? '';
        expect(reason).not.toBe('');

        await context.setOffline(true);
        await page.evaluate(
          async ({ userId, body }) => {
            const db = await new Promise<IDBDatabase>((done, fail) => {
              const open = indexedDB.open('ask-anyway');
              open.onsuccess = () => done(open.result);
              open.onerror = () => fail(open.error);
            });
            await new Promise<void>((done, fail) => {
              const tx = db.transaction('outbox', 'readwrite');
              tx.objectStore('outbox').put({
                userId,
                method: 'POST',
                path: '/api/experiments',
                body,
                resourceId: body.id,
                label: body.title,
                createdAt: new Date().toISOString(),
                status: 'pending',
                error: null,
              });
              tx.oncomplete = () => done();
              tx.onerror = () => fail(tx.error);
            });
            db.close();
          },
          { userId: session.user.id, body: bad },
        );
        await page.reload();
        await expect(syncStatus(page)).toHaveText('Offline · 1 waiting to sync');
        await context.setOffline(false);
        await expect(syncStatus(page)).toContainText('1 change needs you');
        const needsYou = page.getByRole('region', { name: 'Not saved yet: needs you' });
        await expect(needsYou).toContainText('Ask a stranger for a high five');
        await expect(needsYou).toContainText(reason);
        await expect(page.getByRole('region', { name: 'Your asks' }).getByRole('link').filter({ hasText: 'Not saved: needs you' })).toHaveCount(1);
        await a11y(page, 'history, a refused entry');
        await screenshot(page, 'history-rejected');

        // Kept across a reload, and tried again it is refused again, never dropped.
        await page.reload();
        await expect(needsYou).toContainText(reason);
        await needsYou.getByRole('button', { name: 'Try again' }).click();
        await expect(needsYou).toContainText(reason);
        expect(await serverExperiments(page)).toHaveLength(4);

        // Letting it go is the person's choice.
        await needsYou.getByRole('button', { name: /^Discard/ }).click();
        await expect(needsYou).toBeHidden();
        await expect(syncStatus(page)).toBeHidden();
      });
      await test.step('a plan made offline above the rails waits for a confirmed heads-up', async () => {
        await context.setOffline(true);
        await page.goto('/today');
        const today = new TodayPage(page);
        const experiment = new ExperimentPage(page);
        const title = (await today.suggestionTitle.textContent())!;
        await today.doThisOne.click();
        await experiment.expectBefore(title);
        await experiment.planBefore({ feared: 'They will laugh at me', belief: 40, expected: 85, drop: [] });
        await experiment.ready.click();
        await experiment.expectDoItNow();
        await context.setOffline(false);
        await page.goto('/history');
        const needsYou = page.getByRole('region', { name: 'Not saved yet: needs you' });
        await expect(needsYou).toContainText(title);
        await a11y(page, 'history, a plan waiting for a heads-up');
        await needsYou.getByRole('button', { name: 'Confirm and save' }).click();
        await expect(needsYou).toBeHidden();
        await expect(syncStatus(page)).toBeHidden();
        const stored = await serverExperiments(page);
        expect(stored).toHaveLength(5);
        expect(stored.filter((e) => e.aboveRails)).toHaveLength(1);
      });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('the server goes down in the middle of a sync and comes back: nothing lost, nothing doubled', async () => {
    test.setTimeout(180_000);
    const port = Number(process.env.E2E_SYNC_PORT ?? 3297);
    const baseURL = `http://127.0.0.1:${port}`;
    const dataDir = mkdtempSync(join(tmpdir(), 'ask-anyway-e2e-sync-'));
    let server = await startServer(port, dataDir);
    const options = phoneOptions(baseURL);
    const browser = await chromium.launch({ executablePath: options.executablePath, args: options.args });
    try {
      const context = await browser.newContext({ ...options, serviceWorkers: 'allow' });
      const page = await context.newPage();
      const problems: string[] = [];
      watchErrors(page, problems);
      await signUpOnline(page, newPerson());

      await context.setOffline(true);
      const titles: string[] = [];
      for (let i = 0; i < 5; i++) titles.push(await quickLog(page));
      await expect(syncStatus(page)).toHaveText('Offline · 5 waiting to sync');

      // Back online; the server is stopped as soon as the first queued write reaches it.
      let stopped: Promise<void> | null = null;
      page.on('request', (request) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/experiments' && !stopped) {
          stopped = stopServer(server);
        }
      });
      await context.setOffline(false);
      await expect.poll(() => stopped !== null, { timeout: 15_000 }).toBe(true);
      await stopped;
      // Still waiting, nothing dropped while the server is away.
      await expect(syncStatus(page)).toContainText('waiting to sync');
      server = await startServer(port, dataDir);
      await expect(syncStatus(page)).toBeHidden({ timeout: 40_000 });

      const stored = await serverExperiments(page);
      expect(stored).toHaveLength(5);
      expect(new Set(stored.map((e) => e.id)).size).toBe(5);
      expect(stored.every((e) => e.quick && e.outcome === 'accepted')).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
      await stopServer(server);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['packages/server/dist/main.js'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (answer.ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not start on port ${port}`);
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}
