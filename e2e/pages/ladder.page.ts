import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage, rate } from './app.page';

/** The fear ladder, the screen that adds to it, and the dialog that edits one step. */
export class LadderPage extends AppPage {
  readonly addSituation: Locator;
  readonly steps: Locator;
  readonly gaps: Locator;
  readonly editor: Locator;

  constructor(page: Page) {
    super(page);
    this.addSituation = page.getByRole('link', { name: 'Add a situation' });
    this.steps = page.getByRole('region', { name: 'Easiest first' }).getByRole('listitem').filter({ has: page.locator('.rung') });
    this.gaps = page.getByRole('group', { name: /-point jump/ });
    this.editor = page.getByRole('dialog');
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText('Your fear ladder');
    await expect(this.tabs.getByRole('link', { name: 'Ladder' })).toHaveAttribute('aria-current', 'page');
  }

  /** A step's button, found by its title; its name also says the rating and how it is going. */
  step(title: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escape(title)}`) });
  }

  /** The titles of the steps as shown, top (easiest) to bottom. */
  async titles(): Promise<string[]> {
    return this.page.locator('.rung__title').allTextContents();
  }

  // ── Adding ────────────────────────────────────────────────────────────────────────────────────
  get ownWords(): Locator {
    return this.page.getByRole('form', { name: 'In your own words' });
  }

  async addOwn(title: string, suds: number): Promise<void> {
    await this.ownWords.getByLabel("A situation you'd like to face").fill(title);
    await rate(this.ownWords.getByRole('slider', { name: 'How hard would it feel?' }), suds);
    await this.ownWords.getByRole('button', { name: 'Add to ladder' }).click();
    await expect(this.toast).toContainText(`Added “${title}” to your ladder.`);
  }

  async search(words: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search ideas' }).fill(words);
  }

  idea(title: string): Locator {
    return this.page.getByRole('button', { name: title, exact: true });
  }

  async addIdea(title: string, suds: number): Promise<void> {
    await this.idea(title).click();
    await expect(this.idea(title)).toHaveAttribute('aria-expanded', 'true');
    const panel = this.page.locator('.pick--open .pick__panel');
    await rate(panel.getByRole('slider'), suds);
    await panel.getByRole('button', { name: 'Add to ladder' }).click();
    await expect(this.toast).toContainText(`Added “${title}” to your ladder.`);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
