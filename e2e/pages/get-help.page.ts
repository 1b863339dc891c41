import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

export class GetHelpPage extends AppPage {
  readonly lines: Locator;

  constructor(page: Page) {
    super(page);
    this.lines = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) }).getByRole('listitem');
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText('Get help now');
    await expect(this.page.getByText('Ask Anyway is not a crisis service.')).toBeVisible();
  }

  /** The link that calls or texts a line, found by what it says (e.g. "Call or text 988"). */
  action(name: string | RegExp): Locator {
    return this.page.getByRole('link', { name });
  }
}
