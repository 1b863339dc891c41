import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

/** Settings → Your data: downloads, bringing an export in, and the private calendar feed. */
export class YourDataPage extends AppPage {
  readonly openFromSettings: Locator;
  readonly downloads: Locator;
  readonly bringIn: Locator;
  readonly importFile: Locator;
  readonly importSubmit: Locator;
  readonly calendar: Locator;
  readonly includeWords: Locator;
  readonly turnOn: Locator;
  readonly turnOff: Locator;
  readonly newAddress: Locator;
  readonly feedAddress: Locator;
  readonly turnOffDialog: Locator;

  constructor(page: Page) {
    super(page);
    this.openFromSettings = page.getByRole('link', { name: /^Your data/ });
    this.downloads = page.getByRole('region', { name: 'Download a copy' });
    this.bringIn = page.getByRole('region', { name: 'Bring your data in' });
    this.importFile = this.bringIn.getByLabel('Export file');
    this.importSubmit = this.bringIn.getByRole('button', { name: 'Bring it in' });
    this.calendar = page.getByRole('region', { name: 'Calendar' });
    this.includeWords = this.calendar.getByRole('checkbox', { name: /Include my own words/ });
    this.turnOn = this.calendar.getByRole('button', { name: 'Turn on' });
    this.turnOff = this.calendar.getByRole('button', { name: 'Turn off', exact: true });
    this.newAddress = this.calendar.getByRole('button', { name: 'Make a new address' });
    this.feedAddress = this.calendar.getByLabel('Your private calendar address');
    this.turnOffDialog = page.getByRole('dialog', { name: 'Turn off the calendar?' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/settings\/data$/);
    await expect(this.heading).toHaveText('Your data');
  }

  /** Clicks a download link ("Everything (JSON)", …) and waits for the browser to save it. */
  async download(name: string): Promise<Download> {
    const link = this.downloads.getByRole('link', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    return download;
  }

  async importFrom(path: string): Promise<void> {
    await this.importFile.setInputFiles(path);
    await this.importSubmit.click();
  }

  async turnCalendarOff(): Promise<void> {
    await this.turnOff.click();
    await expect(this.turnOffDialog).toBeVisible();
    await this.turnOffDialog.getByRole('button', { name: 'Turn it off' }).click();
    await expect(this.turnOffDialog).toBeHidden();
  }
}
