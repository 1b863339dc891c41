import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

export class WelcomePage extends AppPage {
  readonly createAccount: Locator;
  readonly signIn: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    super(page);
    this.createAccount = page.getByRole('link', { name: 'Create an account' });
    this.signIn = page.getByRole('link', { name: 'I already have an account' });
    this.notice = page.getByRole('main').getByRole('status');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText('Get braver, one small ask at a time.');
    await expect(this.page.getByText('not a treatment or a diagnosis')).toBeVisible();
  }
}
