import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

/** "I'm panicking" / "I need a moment": breathing, 5-4-3-2-1 grounding, naming, then a debrief. */
export class CalmPage extends AppPage {
  /** "Breathe in" or "Breathe out", announced as it changes. */
  readonly phase: Locator;
  readonly calmer: Locator;
  readonly medicalNote: Locator;

  constructor(page: Page) {
    super(page);
    this.phase = page.getByRole('status').filter({ hasText: /^Breathe (in|out)$/ });
    this.calmer = page.getByRole('button', { name: 'I feel calmer now' });
    this.medicalNote = page.getByText(/Chest pain, or new physical symptoms\?/);
  }

  /** The two ways in, from any challenge screen. */
  static links(page: Page): { moment: Locator; panic: Locator } {
    const group = page.getByRole('group', { name: 'If it gets too much' });
    return {
      moment: group.getByRole('link', { name: 'I need a moment' }),
      panic: group.getByRole('link', { name: "I'm panicking" }),
    };
  }

  async expectBreathing(): Promise<void> {
    await expect(this.heading).toHaveText('Breathe with me');
    await expect(this.phase).toBeVisible();
    await expect(this.page.getByText('Stopping is not failure', { exact: false }).first()).toBeVisible();
    await expect(this.medicalNote).toBeVisible();
  }

  async toGrounding(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next: notice the room' }).click();
    await expect(this.heading).toHaveText('Notice the room');
  }

  /** The sense being noticed now, e.g. "5 things you can see". */
  sense(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name });
  }

  async stepThroughGrounding(): Promise<void> {
    const senses = [
      '5 things you can see',
      '4 things you can feel',
      '3 things you can hear',
      '2 things you can smell',
      '1 thing you can taste',
    ];
    for (const [i, sense] of senses.entries()) {
      await expect(this.sense(sense)).toBeVisible();
      const next = senses[i + 1];
      await this.page.getByRole('button', { name: next ? `Next: ${next}` : 'Done' }).click();
    }
    await expect(this.heading).toHaveText('Name the feeling');
  }

  async nameFeeling(word: string): Promise<void> {
    await this.page.getByRole('button', { name: word, exact: true }).click();
    await expect(this.page.getByLabel('Right now I feel… (optional)')).toHaveValue(word.toLowerCase());
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(this.heading).toHaveText('How was that?');
  }

  async debrief(helped: string[], note: string): Promise<void> {
    for (const label of helped) await this.page.getByRole('checkbox', { name: label }).check();
    await this.page.getByLabel("Anything you'd like to remember? (optional)").fill(note);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.heading).toHaveText('Well done for looking after yourself.');
  }
}
