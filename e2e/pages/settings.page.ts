import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

export class SettingsPage extends AppPage {
  readonly signOut: Locator;
  readonly deleteAccount: Locator;
  readonly theme: Locator;
  readonly dialog: Locator;
  readonly dialogPassword: Locator;
  readonly confirmDelete: Locator;

  constructor(page: Page) {
    super(page);
    this.signOut = page.getByRole('button', { name: 'Sign out' });
    this.deleteAccount = page.getByRole('button', { name: 'Delete my account' });
    this.theme = page.getByRole('group', { name: 'Theme' });
    this.dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    this.dialogPassword = this.dialog.getByLabel('Your password');
    this.confirmDelete = this.dialog.getByRole('button', { name: 'Erase everything' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText('Settings');
  }

  async openDeleteDialog(): Promise<void> {
    await this.deleteAccount.click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog).toContainText('everything in it');
    await expect(this.dialogPassword).toBeFocused();
  }

  async confirmDeletion(password: string): Promise<void> {
    await this.dialogPassword.fill(password);
    await this.confirmDelete.click();
  }
}
