import { expect, type Page } from '@playwright/test';
import { AppPage } from './app.page';

export class TodayPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async expectShown(name?: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/today$/);
    await expect(this.heading).toHaveText(name ? new RegExp(`, ${name}\\.$`) : /\.$/);
    await expect(this.page.getByRole('heading', { name: 'Your first challenges arrive soon' })).toBeVisible();
    await expect(this.tabs.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  }
}
