import type { Page } from '@playwright/test';
import { EntryPage, MeasuresPage, QuestionnairePage } from '../pages/measures.page';
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
  await new SignUpPage(page).signUp({ name: 'Kai', email: `kai-${id}@example.com`, password: `steady-steps-${id}` });
  await new ScreeningPage(page).allClear();
  await new TodayPage(page).expectShown('Kai');
}

/** Quick-logs today's suggestion as a yes; returns its title once Today has moved on to another. */
async function quickLog(page: Page): Promise<string> {
  const today = new TodayPage(page);
  const title = (await today.suggestionTitle.textContent())!;
  await today.quickLog.tap();
  await today.quickOutcome('They said yes').tap();
  await expect(today.toast).toContainText('Logged. Details can wait.');
  await expect(today.suggestionTitle).not.toHaveText(title);
  return title;
}

/**
 * The A-RSQ answers, [concern, expectancy] per situation, and concern × (7 − expectancy) for each:
 * 1 + 36 + 6 + 6 + 2 + 2 + 3 + 4 + 8 = 68, so the score is 68 / 9 = 7.555…, stored as 7.56 and shown
 * to one decimal.
 */
const ARSQ_ANSWERS = [
  [1, 6],
  [6, 1],
  [2, 4],
  [3, 5],
  [1, 5],
  [2, 6],
  [3, 6],
  [4, 6],
  [4, 5],
] as const;


test.afterEach(() => moveServerClock(0));

test('a corrected GAD-7 counts once, an A-RSQ is scored by hand, and a left-out experiment stays off the report', async ({
  page,
  checks,
}) => {
  test.setTimeout(90_000);
  const measures = new MeasuresPage(page);
  const entry = new EntryPage(page);
  const progress = new ProgressPage(page);
  const report = new ReportPage(page);
  let kept = '';
  let leftOut = '';

  await test.step('sign up and quick-log two asks from Today', async () => {
    await signUpAllClear(page);
    kept = await quickLog(page);
    leftOut = await quickLog(page);
    expect(kept).not.toContain(leftOut);
    expect(leftOut).not.toContain(kept);
  });

  let originalUrl = '';
  await test.step('a GAD-7 of 9 is "mild"', async () => {
    await measures.open();
    const gad7 = await measures.take('GAD-7');
    await gad7.answer([2, 2, 1, 1, 1, 1, 1]);
    await gad7.save.click();
    await entry.expectResult('9 of 21', 'Mild');
    originalUrl = new URL(page.url()).pathname;
    expect(originalUrl).toMatch(/^\/measures\/entry\/[^/]+$/);
  });

  await test.step('correcting one answer makes it 11, "moderate"; the correction points back', async () => {
    await measures.open();
    await measures.past.getByRole('link').filter({ hasText: '9 of 21' }).click();
    await expect(entry.heading).toHaveText('Your GAD-7');
    await expect(entry.result).toContainText('9 of 21');
    await entry.correct.click();
    await expect(page.getByText('Correcting an entry')).toBeVisible();
    const form = new QuestionnairePage(page);
    await expect(form.heading).toHaveText('GAD-7');
    // The earlier answers are filled in; only item 3 was wrong.
    await expect(form.item(1).getByRole('radio', { name: 'More than half the days', exact: true })).toBeChecked();
    await expect(form.item(3).getByRole('radio', { name: 'Several days', exact: true })).toBeChecked();
    await form.answer([null, null, 3]);
    await expect(form.save).toHaveText('Save the correction');
    // Corrected five days later: the old entry must say when it was corrected, not when it was taken.
    moveServerClock(5);
    await form.save.click();
    await entry.expectResult('11 of 21', 'Moderate');
    await expect(entry.result).toContainText('This corrects an earlier entry.');
    await expect(entry.result.getByRole('link', { name: 'an earlier entry' })).toHaveAttribute('href', originalUrl);
  });

  await test.step('the old entry says it was corrected and links to the correction', async () => {
    const correctionUrl = new URL(page.url()).pathname;
    await page.goto(originalUrl);
    await expect(entry.heading).toHaveText('Your GAD-7');
    const correctedOn = new Date(Date.now() + 5 * 86_400_000).toLocaleDateString('en', { month: 'short', day: 'numeric', year: 'numeric' });
    await expect(entry.correctedNote).toContainText(`Corrected on ${correctedOn}; the correction is what counts.`);
    await expect(entry.correct).toHaveCount(0);
    await expect(entry.seeCorrection).toHaveAttribute('href', correctionUrl);
    await checks.a11y('corrected entry');
    await checks.screenshot('measure-entry-corrected');
    await entry.seeCorrection.click();
    await expect(page).toHaveURL(new RegExp(`${correctionUrl}$`));
    await expect(entry.result).toContainText('11 of 21');
  });

  await test.step('the list marks the old one as corrected, the new one as the correction', async () => {
    await measures.open();
    await expect(measures.past.getByRole('link')).toHaveCount(2);
    const old = measures.past.getByRole('link').filter({ hasText: '9 of 21' });
    const fixed = measures.past.getByRole('link').filter({ hasText: '11 of 21' });
    await expect(old.getByText('corrected', { exact: true })).toBeVisible();
    await expect(old.getByText('correction', { exact: true })).toHaveCount(0);
    await expect(fixed.getByText('correction', { exact: true })).toBeVisible();
    await expect(fixed.getByText('corrected', { exact: true })).toHaveCount(0);
    await expect(measures.measure('GAD-7')).toContainText('11');
  });

  await test.step('progress counts only the correction: one GAD-7 point, 11', async () => {
    await page.goto('/progress');
    await progress.expectShown();
    const card = page.getByRole('region', { name: 'Questionnaires' });
    // The chart is named by its title and its summary together.
    await expect(card.getByRole('img', { name: /^GAD-7 scores over time/ })).toHaveAccessibleName(/ 1 score from .*: first 11, latest 11,/);
    await card.getByRole('button', { name: 'Show as table' }).first().click();
    const table = card.getByRole('table', { name: 'GAD-7 scores, oldest first' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['11', 'moderate']);
  });

  await test.step('the A-RSQ in full: the score is the mean of concern × (7 − expectancy)', async () => {
    await measures.open();
    const arsq = await measures.take('A-RSQ');
    await expect(arsq.situation(9)).toContainText('You ask your friend to do you a big favor.');
    await arsq.answerPairs(ARSQ_ANSWERS);
    await expect(arsq.situation(2).getByRole('radio', { name: '6, Very concerned' })).toBeChecked();
    await expect(arsq.situation(2).getByRole('radio', { name: '1, Very unlikely' })).toBeChecked();
    await checks.a11y('a-rsq, answered');
    await arsq.save.click();
    // No "unanswered" step: all eighteen answers are in.
    await expect(entry.heading).toHaveText('Thank you — saved');
    await expect(entry.result).toContainText('7.6 of 36');
    await expect(entry.result).toContainText('The published adult average is 8.61');
    await expect(page.getByRole('region', { name: 'Your answers' })).toContainText('Concern: 6 of 6 · Expect acceptance: 1 of 6');
    await checks.a11y('a-rsq result');
    await page.goto('/progress');
    const card = page.getByRole('region', { name: 'Questionnaires' });
    await card.getByRole('button', { name: 'Show as table' }).nth(1).click();
    await expect(card.getByRole('table', { name: 'A-RSQ scores, oldest first' }).getByRole('row').nth(1).getByRole('cell')).toHaveText(['7.6', '—']);
  });

  await test.step('the report leaves out an unticked experiment, on screen and in print', async () => {
    await page.goto('/report');
    await report.expectShown();
    await expect(report.documentExperiment(kept)).toBeVisible();
    await expect(report.documentExperiment(leftOut)).toBeVisible();
    await expect(report.experimentPicker).toHaveText('Choose experiments (2 of 2 in)');
    await report.experimentPicker.click();
    await report.experiment(leftOut).uncheck();
    await expect(report.experimentPicker).toHaveText('Choose experiments (1 of 2 in)');
    // Still in the picker, to tick back in; gone from the document itself.
    await expect(page.getByText(leftOut, { exact: true })).toBeVisible();
    await expect(report.documentExperiment(leftOut)).toHaveCount(0);
    await expect(report.document).not.toContainText(leftOut);
    await expect(report.documentExperiment(kept)).toBeVisible();
    await checks.a11y('report, one experiment left out');
    await page.emulateMedia({ media: 'print' });
    await expect(report.experimentPicker).toBeHidden();
    await expect(page.getByText(leftOut, { exact: true })).toBeHidden();
    await expect(report.documentExperiment(kept)).toBeVisible();
    await expect(report.document).not.toContainText(leftOut);
    await checks.screenshot('report-print-one-experiment');
    await page.emulateMedia({ media: 'screen' });
  });
});
