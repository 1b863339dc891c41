import { expect, type Page } from '@playwright/test';
import { AppPage } from './app.page';

/** "How Ask Anyway works": plain words about exposure and safety. */
export class GuidePage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  static link(page: Page) {
    return page.getByRole('link', { name: /How (Ask Anyway works|it works)/ }).first();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/guide/);
    await expect(this.heading).toHaveText('How Ask Anyway works');
    for (const section of [
      'Not a treatment, and not a diagnosis',
      'What exposure is',
      'Why gradually',
      'The rejection twist',
      'Respect for the other person',
      'Working with a professional',
    ]) {
      await expect(this.page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
  }
}
