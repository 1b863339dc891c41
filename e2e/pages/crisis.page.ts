import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

/** The crisis screen: warm words, lines for the person's country first, the emergency number. */
export class CrisisPage extends AppPage {
  readonly talk: Locator;
  readonly emergency: Locator;
  readonly goToToday: Locator;

  constructor(page: Page) {
    super(page);
    this.talk = page.getByRole('region', { name: 'Talk to someone now' });
    this.emergency = page.getByRole('region', { name: 'Emergency' });
    this.goToToday = page.getByRole('link', { name: 'Go to Today' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/safety\/crisis$/);
    await expect(this.heading).toHaveText('Thank you for telling us.');
    await expect(this.talk).toBeVisible();
  }
}
