import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

export class ProgressPage extends AppPage {
  readonly anticipation: Locator;
  readonly chart: Locator;
  readonly showTable: Locator;
  readonly table: Locator;

  constructor(page: Page) {
    super(page);
    this.anticipation = page.getByRole('region', { name: 'Anticipation vs reality' });
    this.chart = this.anticipation.getByRole('img', { name: /Expected and actual peak distress/ });
    this.showTable = this.anticipation.getByRole('button', { name: 'Show as table' });
    this.table = this.anticipation.getByRole('table', { name: /Expected and actual peak distress/ });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText('Your progress');
    await expect(this.tabs.getByRole('link', { name: 'Progress' })).toHaveAttribute('aria-current', 'page');
  }

  /** A count tile's number, by its label ("Asks", "Nos", …). */
  count(label: string): Locator {
    return this.page.locator('.tile').filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) }).locator('.tile__number');
  }
}
