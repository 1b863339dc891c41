import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

/** /report: what to include, then the printable document. */
export class ReportPage extends AppPage {
  readonly document: Locator;
  readonly print: Locator;
  /** "Choose experiments (n of m in)": opens the list of experiments to leave in or out. */
  readonly experimentPicker: Locator;

  constructor(page: Page) {
    super(page);
    this.experimentPicker = page.locator('summary').filter({ hasText: /^Choose experiments/ });
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

  /** An experiment's tick in the picker, by its title. */
  experiment(title: string): Locator {
    return this.page.getByRole('group', { name: 'Experiments to include' }).getByRole('checkbox', { name: new RegExp(`^${escape(title)}`) });
  }

  /** An experiment's entry in the document, by its title. */
  documentExperiment(title: string): Locator {
    return this.document.getByRole('heading', { level: 4, name: new RegExp(`^${escape(title)} · `) });
  }

  /** A section of the document, by its heading. */
  part(name: string): Locator {
    return this.document.getByRole('heading', { level: 3, name, exact: true });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
