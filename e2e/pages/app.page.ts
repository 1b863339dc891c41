import { expect, type Locator, type Page } from '@playwright/test';

/** What every screen shares: the header with "Get help now", and the tab bar once signed in. */
export class AppPage {
  readonly getHelp: Locator;
  readonly heading: Locator;
  readonly tabs: Locator;

  constructor(readonly page: Page) {
    this.getHelp = page.getByRole('banner').getByRole('link', { name: 'Get help now' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.tabs = page.getByRole('navigation', { name: 'Main' });
  }

  async openHelp(): Promise<void> {
    await this.getHelp.click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible();
  }

  async openTab(name: 'Today' | 'Settings'): Promise<void> {
    await this.tabs.getByRole('link', { name }).click();
    await expect(this.tabs.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  }
}
