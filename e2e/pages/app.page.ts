import { expect, type Locator, type Page } from '@playwright/test';

/** What every screen shares: the header with "Get help now", and the tab bar once signed in. */
export type TabName = 'Today' | 'Ladder' | 'History' | 'Progress' | 'Settings' | 'People';

export class AppPage {
  readonly getHelp: Locator;
  readonly heading: Locator;
  readonly tabs: Locator;
  /** The short message above the tab bar ("Logged. Details can wait."). */
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.getHelp = page.getByRole('banner').getByRole('link', { name: 'Get help now' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.tabs = page.getByRole('navigation', { name: 'Main' });
    this.toast = page.locator('.toast--app');
  }

  async openHelp(): Promise<void> {
    await this.getHelp.click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible();
  }

  async openTab(name: TabName): Promise<void> {
    await this.tabs.getByRole('link', { name }).click();
    await expect(this.tabs.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  }
}

/**
 * Sets a 0–100 rating slider the way a keyboard user would (Home, then arrow keys), so the app sees
 * real input events. Ratings are whole numbers, one step per arrow press.
 */
export async function rate(slider: Locator, value: number): Promise<void> {
  await slider.focus();
  await slider.press('Home');
  for (let i = 0; i < value; i++) await slider.press('ArrowRight');
  await expect(slider).toHaveValue(String(value));
}
