import type { Page } from '@playwright/test';
import { CrisisPage } from '../pages/crisis.page';
import { EntryPage, MeasuresPage } from '../pages/measures.page';
import { ProgressPage } from '../pages/progress.page';
import { ReportPage } from '../pages/report.page';
import { ScreeningPage } from '../pages/screening.page';
import { SignUpPage } from '../pages/sign-up.page';
import { TodayPage } from '../pages/today.page';
import { moveServerClock } from '../support/clock';
import { expect, test } from '../support/fixtures';

async function signUpAllClear(page: Page): Promise<void> {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  await page.goto('/sign-up');
  await new SignUpPage(page).signUp({ name: 'Sam', email: `sam-${id}@example.com`, password: `steady-steps-${id}` });
  await new ScreeningPage(page).allClear();
  await new TodayPage(page).expectShown('Sam');
}

async function inDark(page: Page, run: () => Promise<void>): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await run();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
}

test.afterEach(() => moveServerClock(0));

test('a baseline and a two-week follow-up show reliable change, on progress and in a report', async ({ page, checks }) => {
  test.setTimeout(150_000);
  const measures = new MeasuresPage(page);
  const entry = new EntryPage(page);
  const progress = new ProgressPage(page);
  const report = new ReportPage(page);

  await test.step('Today offers the baseline in one small card', async () => {
    await signUpAllClear(page);
    const card = page.getByRole('region', { name: 'A quick check-in' });
    await expect(card).toContainText('A baseline before your first challenge helps you see change later.');
    await card.getByRole('link').click();
    await measures.expectShown();
    await expect(measures.due).toContainText('A baseline before your first challenge');
    await expect(measures.dueItem('GAD-7')).toBeVisible();
    await checks.a11y('measures, baseline due');
    await checks.screenshot('measures');
  });

  await test.step('the GAD-7 in its published wording; a total of 12 is "moderate"', async () => {
    const gad7 = await measures.take('GAD-7');
    await expect(page.getByText('Over the last 2 weeks, how often have you been bothered by the following problems?')).toBeVisible();
    await expect(gad7.item(1)).toContainText('Feeling nervous, anxious, or on edge');
    await expect(page.getByText(/No permission required to reproduce/)).toBeVisible();
    await gad7.answer([2, 2, 2, 2, 2, 1, 1]);
    await checks.a11y('questionnaire');
    await checks.screenshot('measure-gad7');
    await gad7.save.click();
    await entry.expectResult('12 of 21', 'Moderate');
    await expect(entry.result).toContainText('It is not a diagnosis.');
    await checks.a11y('result');
    await checks.screenshot('measure-result');
  });

  await test.step('a PHQ-9 baseline, one left unanswered after a clear word: saved, not scored', async () => {
    await measures.open();
    const phq9 = await measures.take('PHQ-9');
    await phq9.answer([1, 1, 1, 0, 0, 0, 0, null, 0]);
    await phq9.save.click();
    await expect(phq9.unansweredNote).toContainText('One question is unanswered — it will be saved but not scored');
    await phq9.answer([null, null, null, null, null, null, null, 1, null]);
    await phq9.save.click();
    await entry.expectResult('4 of 27', 'Minimal');
  });

  await test.step('two weeks later the follow-up is offered; a GAD-7 of 6 is reliably better', async () => {
    moveServerClock(14);
    await measures.open();
    await expect(measures.due).toContainText("It's been two weeks — a 2-minute check-in?");
    await expect(measures.dueItem('GAD-7')).toBeVisible();
    const gad7 = await measures.take('GAD-7');
    await gad7.answer([1, 1, 1, 1, 1, 1, 0]);
    await gad7.save.click();
    await entry.expectResult('6 of 21', 'Mild');
    await expect(entry.result).toContainText('Reliably better since your first one.');
    await checks.screenshot('measure-result-better');
    await measures.open();
    await expect(measures.measure('GAD-7')).toContainText('Reliably better since your first one.');
    await expect(measures.past.getByRole('link')).toHaveCount(3);
  });

  await test.step('progress draws the scores over the bands, with a table of the same numbers', async () => {
    await page.goto('/progress');
    await progress.expectShown();
    const card = page.getByRole('region', { name: 'Questionnaires' });
    await expect(card.getByRole('img', { name: 'GAD-7 scores over time' })).toBeVisible();
    await expect(card).toContainText('Reliably better since your first one.');
    await card.getByRole('button', { name: 'Show as table' }).first().click();
    const table = card.getByRole('table', { name: 'GAD-7 scores, oldest first' });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('row').nth(1)).toContainText('12');
    await expect(table.getByRole('row').nth(1)).toContainText('moderate');
    await expect(table.getByRole('row').nth(2)).toContainText('6');
    await checks.a11y('progress with questionnaires');
    await checks.screenshot('progress-measures');
    await inDark(page, async () => {
      await checks.a11y('progress with questionnaires, dark');
      await checks.screenshot('progress-measures-dark');
    });
  });

  await test.step('the report leaves out whatever is unticked, entirely', async () => {
    await page.getByRole('link', { name: 'Make a report to share' }).click();
    await report.expectShown();
    await expect(report.document).toContainText('Made with Ask Anyway. Questionnaire scores are not a diagnosis.');
    await expect(report.part('Questionnaires')).toBeVisible();
    await expect(report.document).toContainText('Reliably better since your first one.');
    await expect(report.part('Safety events')).toBeVisible();
    await report.section('Safety events').uncheck();
    await expect(report.part('Safety events')).toHaveCount(0);
    await expect(page.locator('#r-safety')).toHaveCount(0);
    await expect(report.print).toBeEnabled();
    await checks.a11y('report');
    await checks.screenshot('report');
    await page.emulateMedia({ media: 'print' });
    await expect(report.tabs).toBeHidden();
    await expect(report.print).toBeHidden();
    await checks.screenshot('report-print');
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('the A-RSQ: each situation, then its two 1–6 scales named at the ends', async () => {
    await page.goto('/measures/arsq');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A-RSQ');
    const first = page.getByRole('group', { name: /How concerned or anxious would you be over whether or not your family/ });
    await first.getByRole('radio', { name: '2' }).check();
    await expect(first).toContainText('Very unconcerned');
    await checks.a11y('a-rsq');
    await checks.screenshot('measure-arsq', { fullPage: false });
  });
});

test('a PHQ-9 answer about self-harm opens crisis support, pauses suggestions, and a safe check-in resumes them', async ({
  page,
  checks,
}) => {
  const today = new TodayPage(page);
  const measures = new MeasuresPage(page);
  const crisis = new CrisisPage(page);

  await signUpAllClear(page);
  await measures.open();
  const phq9 = await measures.take('PHQ-9');

  await test.step('only item 9 answered, above 0: straight to crisis support', async () => {
    await phq9.answer([null, null, null, null, null, null, null, null, 1]);
    await phq9.save.click();
    await expect(phq9.unansweredNote).toBeVisible();
    await phq9.saveUnscored.click();
    await crisis.expectShown();
    await checks.a11y('crisis after PHQ-9');
  });

  await test.step('Today pauses suggestions until a safe check-in', async () => {
    await crisis.goToToday.click();
    await expect(today.checkIn).toBeVisible();
    await expect(today.suggestion).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'A quick check-in' })).toHaveCount(0);
    await today.checkIn.getByRole('button', { name: "I'm safe right now" }).click();
    await expect(today.checkIn).toHaveCount(0);
    await expect(today.suggestion).toBeVisible();
  });

  await test.step('the entry is kept, marked as not scored', async () => {
    await measures.open();
    await expect(measures.past.getByRole('link')).toHaveCount(1);
    await expect(measures.past).toContainText('Saved, not scored');
  });
});
