import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

/** /report: what to include, then the printable document. */
export class ReportPage extends AppPage {
  readonly document: Locator;
  readonly print: Locator;

  constructor(page: Page) {
    super(page);
    this.document = page.getByRole('article', { name: /^Ask Anyway report/ });
    this.print = page.getByRole('button', { name: 'Print or save as PDF' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/report$/);
    await expect(this.heading).toHaveText('Your report');
    await expect(this.document).toBeVisible();
  }

  section(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  /** A section of the document, by its heading. */
  part(name: string): Locator {
    return this.document.getByRole('heading', { level: 3, name, exact: true });
  }
}
