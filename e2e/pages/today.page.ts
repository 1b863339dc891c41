import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

export class TodayPage extends AppPage {
  /** The card with today's one suggestion, headed "Today's suggestion" or "Day N of 30". */
  readonly suggestion: Locator;
  readonly suggestionTitle: Locator;
  readonly doThisOne: Locator;
  readonly quickLog: Locator;
  readonly anotherSuggestion: Locator;
  readonly pickOwn: Locator;
  readonly startChallenge: Locator;
  readonly restToday: Locator;
  readonly stats: Locator;
  /** Supported mode and the hold after a hard moment. */
  readonly pace: Locator;
  /** "How are you right now?" while suggestions are paused after a crisis answer. */
  readonly checkIn: Locator;
  readonly capNote: Locator;

  constructor(page: Page) {
    super(page);
    this.suggestion = page.getByRole('region', { name: /^(Today's suggestion|Day \d+ of 30)$/ });
    this.suggestionTitle = this.suggestion.getByRole('heading', { level: 3 });
    this.doThisOne = this.suggestion.getByRole('link', { name: 'Do this one' });
    this.quickLog = this.suggestion.getByRole('button', { name: 'Quick log' });
    this.anotherSuggestion = this.suggestion.getByRole('button', { name: 'Another suggestion' });
    this.pickOwn = this.suggestion.getByRole('link', { name: "I'll pick my own" });
    this.startChallenge = page.getByRole('button', { name: 'Start the 30-day challenge' });
    this.restToday = page.getByRole('button', { name: 'Rest today' });
    this.stats = page.getByRole('link', { name: /See your progress/ });
    this.pace = page.getByRole('region', { name: 'Your pace' });
    this.checkIn = page.getByRole('region', { name: 'How are you right now?' });
    this.capNote = this.suggestion.getByRole('status').filter({ hasText: "That's three suggestions for today." });
  }

  /** The suggestion's expected peak distress (0–100), as the card shows it. */
  async expectedDistress(): Promise<number> {
    const line = await this.suggestion.locator('p', { hasText: 'Expected distress' }).textContent();
    const value = Number(/^\s*(\d+)/.exec(line ?? '')?.[1]);
    expect(value, `a number in "${line}"`).not.toBeNaN();
    return value;
  }

  async expectShown(name?: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/today$/);
    await expect(this.heading).toHaveText(name ? new RegExp(`, ${name}\\.$`) : /\.$/);
    await expect(this.suggestion).toBeVisible();
    await expect(this.tabs.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  }

  /** One of the quick-log answers, by what it says ("They said yes"). */
  quickOutcome(name: string | RegExp): Locator {
    return this.suggestion.getByRole('group', { name: /Already done it/ }).getByRole('button', { name });
  }
}
