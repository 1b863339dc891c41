import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

/** The six safety questions, by what each asks; `adult` is the only one where yes is the everyday answer. */
export const QUESTIONS = {
  adult: 'Are you 18 or older?',
  selfHarmThoughts: /thoughts of harming yourself or of ending your life/,
  traumaRejection: /Has something painful happened to you around rejection/,
  panicAttacks: 'Do you get panic attacks?',
  severeLowMood: /Has your mood been very low/,
  substanceCoping: /use alcohol or drugs to cope/,
} as const;

export type Answers = Record<keyof typeof QUESTIONS, boolean>;

/** Adult, and no to everything else: the standard pace. */
export const ALL_CLEAR: Answers = {
  adult: true,
  selfHarmThoughts: false,
  traumaRejection: false,
  panicAttacks: false,
  severeLowMood: false,
  substanceCoping: false,
};

/** Screening before the first challenge (or reviewing it from Settings), and where it leads. */
export class ScreeningPage extends AppPage {
  readonly continue: Locator;
  readonly skip: Locator;
  readonly goToToday: Locator;

  constructor(page: Page) {
    super(page);
    this.continue = page.getByRole('button', { name: /^(Continue|Save my answers)$/ });
    this.skip = page.getByRole('button', { name: 'Skip for now' });
    this.goToToday = page.getByRole('link', { name: 'Go to Today' });
  }

  async expectShown(reviewing = false): Promise<void> {
    await expect(this.page).toHaveURL(/\/safety\/screening$/);
    await expect(this.heading).toHaveText(reviewing ? 'Your safety answers' : 'A few questions first');
    await expect(this.question('adult')).toBeVisible();
  }

  question(key: keyof typeof QUESTIONS): Locator {
    return this.page.getByRole('group', { name: QUESTIONS[key] });
  }

  async answer(answers: Answers): Promise<void> {
    for (const [key, yes] of Object.entries(answers) as [keyof typeof QUESTIONS, boolean][]) {
      await this.question(key)
        .getByRole('radio', { name: yes ? 'Yes' : 'No' })
        .check();
    }
  }

  /** Answers and sends; the caller checks where it led. */
  async submit(answers: Answers): Promise<void> {
    await this.answer(answers);
    await this.continue.click();
  }

  async expectResult(title: "You're all set" | "We'll go gently" | 'Ask Anyway is for adults'): Promise<void> {
    await expect(this.page).toHaveURL(/\/safety\/result$/);
    await expect(this.heading).toHaveText(title);
  }

  /** The usual path for a test about something else: all clear, then on to Today. */
  async allClear(): Promise<void> {
    await this.expectShown();
    await this.submit(ALL_CLEAR);
    await this.expectResult("You're all set");
    await this.goToToday.click();
  }
}
