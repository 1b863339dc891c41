import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

export class SignInPage extends AppPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly formAlert: Locator;

  constructor(page: Page) {
    super(page);
    this.email = page.getByLabel('Email');
    this.password = page.getByLabel('Password', { exact: true });
    this.submit = page.getByRole('button', { name: 'Sign in' });
    this.formAlert = page.getByRole('main').getByRole('alert');
  }

  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText('Welcome back');
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
