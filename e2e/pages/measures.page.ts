import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

/** The answer labels of the GAD-7 and PHQ-9, by score (0–3). */
export const FREQUENCY = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] as const;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** /measures: what is due, where each questionnaire stands, past entries. */
export class MeasuresPage extends AppPage {
  readonly due: Locator;
  readonly past: Locator;
  readonly report: Locator;

  constructor(page: Page) {
    super(page);
    this.due = page.getByRole('region', { name: 'Ready when you are' });
    this.past = page.getByRole('region', { name: 'Past entries' });
    this.report = page.getByRole('link', { name: 'Make a report to share' });
  }

  async open(): Promise<void> {
    await this.page.goto('/measures');
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/measures$/);
    await expect(this.heading).toHaveText('Questionnaires');
    await expect(this.past).toBeVisible();
  }

  /** A questionnaire's card (GAD-7, PHQ-9, A-RSQ). */
  measure(shortName: string): Locator {
    return this.page.getByRole('region', { name: shortName, exact: true });
  }

  dueItem(shortName: string): Locator {
    return this.due.getByRole('link', { name: new RegExp(`^${escape(shortName)}`) });
  }

  async take(shortName: string): Promise<QuestionnairePage> {
    await this.measure(shortName).getByRole('link', { name: `Take the ${shortName}` }).click();
    const questionnaire = new QuestionnairePage(this.page);
    await expect(questionnaire.heading).toHaveText(shortName);
    return questionnaire;
  }
}

/** /measures/:measure: one question per group, answers as radio buttons. */
export class QuestionnairePage extends AppPage {
  readonly save: Locator;
  readonly saveUnscored: Locator;
  readonly unansweredNote: Locator;

  constructor(page: Page) {
    super(page);
    this.save = page.getByRole('button', { name: /^(Save my answers|Save the correction)$/ });
    this.saveUnscored = page.getByRole('button', { name: 'Save without a score' });
    this.unansweredNote = page.getByRole('alert').filter({ hasText: /unanswered — it will be saved but not scored/ });
  }

  /** The question group whose legend starts with "<n>." (1-based, published order). */
  item(number: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${number}\\. `) });
  }

  /** Answers items by score (0–3), in order; `null` leaves one unanswered. */
  async answer(scores: readonly (number | null)[]): Promise<void> {
    for (const [index, score] of scores.entries()) {
      if (score === null) continue;
      await this.item(index + 1).getByRole('radio', { name: FREQUENCY[score]!, exact: true }).check();
    }
  }

  /** An A-RSQ situation (1-based): its card, holding the concern scale then the expectancy scale. */
  situation(number: number): Locator {
    return this.page.getByRole('list').filter({ has: this.page.getByRole('group') }).getByRole('listitem').nth(number - 1);
  }

  /** Answers the A-RSQ: per situation, [concern, expectancy], each 1–6, in order. */
  async answerPairs(pairs: readonly (readonly [number, number])[]): Promise<void> {
    for (const [index, pair] of pairs.entries()) {
      const scales = this.situation(index + 1).getByRole('group');
      for (const [scale, value] of pair.entries()) {
        await scales.nth(scale).getByRole('radio', { name: new RegExp(`^${value}(,|$)`) }).check();
      }
    }
  }
}

/** /measures/entry/:id: the result right after saving, or an entry under review. */
export class EntryPage extends AppPage {
  readonly result: Locator;
  readonly correct: Locator;
  /** On an entry that has been corrected: the note pointing to the correction. */
  readonly correctedNote: Locator;
  readonly seeCorrection: Locator;

  constructor(page: Page) {
    super(page);
    this.result = page.getByRole('region', { name: /^(Your result|Score)$/ });
    this.correct = page.getByRole('link', { name: 'Correct this' });
    this.correctedNote = page.getByRole('note').filter({ hasText: /^Corrected on / });
    this.seeCorrection = this.correctedNote.getByRole('link', { name: 'See the correction' });
  }

  async expectResult(score: string, band: string): Promise<void> {
    await expect(this.heading).toHaveText('Thank you — saved');
    await expect(this.result).toContainText(score);
    await expect(this.result).toContainText(band);
  }
}
