import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

export interface NewPerson {
  name?: string;
  email: string;
  password: string;
}

export class SignUpPage extends AppPage {
  readonly name: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(page: Page) {
    super(page);
    this.name = page.getByLabel('What should we call you? (optional)');
    this.email = page.getByLabel('Email');
    this.password = page.getByLabel('Password', { exact: true });
    this.submit = page.getByRole('button', { name: 'Create account' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText('Create your account');
    await expect(this.password).toHaveAccessibleDescription(/At least 8 characters/);
  }

  async fill({ name, email, password }: NewPerson): Promise<void> {
    if (name !== undefined) await this.name.fill(name);
    await this.email.fill(email);
    await this.password.fill(password);
  }

  async signUp(person: NewPerson): Promise<void> {
    await this.fill(person);
    await this.submit.click();
  }
}
