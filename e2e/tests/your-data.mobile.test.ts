import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ScreeningPage } from '../pages/screening.page';
import { SettingsPage } from '../pages/settings.page';
import { SignInPage } from '../pages/sign-in.page';
import { SignUpPage } from '../pages/sign-up.page';
import { TodayPage } from '../pages/today.page';
import { WelcomePage } from '../pages/welcome.page';
import { YourDataPage } from '../pages/your-data.page';
import { expect, test } from '../support/fixtures';

function newPerson(name: string) {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return { name, email: `${name.toLowerCase()}-${id}@example.com`, password: `quiet-courage-${id}` };
}

async function quickLog(page: Page): Promise<string> {
  const today = new TodayPage(page);
  const title = (await today.suggestionTitle.textContent())!;
  await today.quickLog.tap();
  await today.quickOutcome('They said yes').tap();
  await expect(today.toast).toContainText('Logged. Details can wait.');
  return title;
}

test('a person takes their data with them, uses the calendar feed, erases the account, and brings the data into a new one', async ({
  page,
  checks,
}) => {
  const person = newPerson('Rio');
  const welcome = new WelcomePage(page);
  const today = new TodayPage(page);
  const settings = new SettingsPage(page);
  const yourData = new YourDataPage(page);
  const signIn = new SignInPage(page);
  let title = '';
  let exportPath = '';

  await test.step('sign up, answer the safety questions, log one quick ask', async () => {
    await welcome.goto();
    await welcome.createAccount.click();
    await new SignUpPage(page).signUp(person);
    await new ScreeningPage(page).allClear();
    await today.expectShown(person.name);
    title = await quickLog(page);
  });

  await test.step('Settings → Your data, light and dark', async () => {
    await today.openTab('Settings');
    await settings.expectShown();
    await expect(yourData.openFromSettings).toContainText('Download, bring in, or calendar');
    await yourData.openFromSettings.click();
    await yourData.expectShown();
    await expect(yourData.downloads).toContainText('somewhere only you can open');
    await expect(yourData.includeWords).not.toBeChecked();
    await checks.a11y('your data');
    await checks.screenshot('your-data');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await checks.a11y('your data, dark');
    await checks.screenshot('your-data-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await test.step('download everything as JSON', async () => {
    const download = await yourData.download('Everything (JSON)');
    expect(download.suggestedFilename()).toMatch(/^ask-anyway-export-\d{4}-\d{2}-\d{2}\.json$/);
    exportPath = test.info().outputPath('export.json');
    await download.saveAs(exportPath);
    const file = JSON.parse(readFileSync(exportPath, 'utf8')) as { format: string; version: number; data: { experiments: { title: string; quick: number }[] } };
    expect(file.format).toBe('ask-anyway-export');
    expect(file.version).toBe(1);
    expect(file.data.experiments).toEqual([expect.objectContaining({ title, quick: 1 })]);
  });

  await test.step('download the experiments as CSV', async () => {
    const download = await yourData.download('Experiments (CSV)');
    expect(download.suggestedFilename()).toMatch(/^ask-anyway-experiments-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toMatch(/^id,date,occurred_at,time_zone,title,/);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(title);
  });

  await test.step('the calendar feed: on, fetched, off', async () => {
    await yourData.turnOn.click();
    await expect(yourData.feedAddress).toBeVisible();
    const url = await yourData.feedAddress.inputValue();
    expect(url).toMatch(new RegExp(`^${new URL(page.url()).origin}/api/calendar/feed/[^/]+$`));
    await expect(yourData.calendar.getByRole('link', { name: 'Open in my calendar app' })).toHaveAttribute(
      'href',
      url.replace(/^https?:\/\//, 'webcal://'),
    );
    await expect(yourData.calendar).toContainText('without your own words');
    await expect(yourData.newAddress).toBeVisible();
    await checks.a11y('your data, calendar on');
    await checks.screenshot('your-data-calendar-on');

    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);

    await yourData.turnCalendarOff();
    await expect(yourData.turnOn).toBeVisible();
    await expect(yourData.feedAddress).toHaveCount(0);
    expect((await page.request.get(url)).status()).toBe(404);
  });

  await test.step('erase the account: signed out, nothing of theirs left to see', async () => {
    await yourData.openTab('Settings');
    await settings.openDeleteDialog();
    await settings.confirmDeletion(person.password);
    await welcome.expectShown();
    await expect(welcome.notice).toHaveText(/erased/);

    await page.goBack();
    await welcome.expectShown();
    await expect(page.getByText(person.email)).toHaveCount(0);
    await expect(page.getByText(title)).toHaveCount(0);
    await expect(welcome.tabs).toHaveCount(0);

    await page.reload();
    await welcome.expectShown();
    await expect(page.getByText(title)).toHaveCount(0);
    expect((await page.request.get('/api/me')).status()).toBe(401);

    await signIn.goto();
    await signIn.signIn(person.email, person.password);
    await expect(signIn.formAlert).toHaveText(/do not match an account/);
  });

  await test.step('bring the downloaded file into a new, empty account', async () => {
    const next = newPerson('Noa');
    await welcome.goto();
    await welcome.createAccount.click();
    await new SignUpPage(page).signUp(next);
    await new ScreeningPage(page).expectShown();
    // Straight to Your data, before anything is logged here: imports go into an empty account.
    await page.goto('/settings/data');
    await yourData.expectShown();
    await yourData.importFrom(exportPath);
    const done = yourData.bringIn.getByRole('status');
    await expect(done).toContainText('All in.');
    await expect(done.getByRole('definition')).not.toHaveCount(0);
    await expect(done).toContainText(/Asks and experiments\s*1/);
    await checks.a11y('your data, imported');
    await checks.screenshot('your-data-imported');

    await yourData.importFrom(exportPath);
    await expect(yourData.bringIn.getByRole('alert')).toContainText('already has practice data');
    await expect(yourData.bringIn.getByRole('alert')).toContainText('Nothing was imported.');
    await checks.screenshot('your-data-import-refused');

    await page.goto('/history');
    await expect(page.getByText(title)).toBeVisible();
  });
});
