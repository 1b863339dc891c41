import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

export class HistoryPage extends AppPage {
  readonly entries: Locator;
  readonly deleteEntry: Locator;
  readonly confirm: Locator;

  constructor(page: Page) {
    super(page);
    this.entries = page.getByRole('region', { name: 'Your asks' }).getByRole('link');
    this.deleteEntry = page.getByRole('button', { name: 'Delete this entry' });
    this.confirm = page.getByRole('dialog', { name: 'Delete this entry?' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText('History');
    await expect(this.tabs.getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');
  }

  entry(title: string): Locator {
    return this.entries.filter({ hasText: title });
  }
}
