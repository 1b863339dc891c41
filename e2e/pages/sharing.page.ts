import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app.page';

/** Settings → Share with a clinician: invite, who sees what, and who looked at what. */
export class SharingPage extends AppPage {
  readonly invite: Locator;
  readonly makeCode: Locator;
  readonly codeCard: Locator;
  readonly code: Locator;
  readonly connected: Locator;
  readonly audit: Locator;

  constructor(page: Page) {
    super(page);
    this.invite = page.getByRole('form', { name: 'Invite a clinician' });
    this.makeCode = page.getByRole('button', { name: 'Make an invitation code' });
    this.codeCard = page.getByRole('region', { name: 'Your invitation code' });
    this.code = this.codeCard.getByText(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    this.connected = page.getByRole('region', { name: 'Who you share with' });
    this.audit = page.getByRole('list', { name: 'Record of access' });
  }

  async open(): Promise<void> {
    await this.openTab('Settings');
    await this.page.getByRole('link', { name: /Share with a clinician/ }).click();
    await expect(this.heading).toHaveText('Share with a clinician');
  }

  scope(name: string | RegExp, within: Locator = this.invite): Locator {
    return within.getByRole('checkbox', { name });
  }

  /** Makes a code for these scopes (by label) and returns the code and the link, shown this once. */
  async makeInvitation(labels: string[]): Promise<{ code: string; link: string }> {
    for (const label of labels) await this.scope(new RegExp(`^${label}`)).check();
    await this.makeCode.click();
    await expect(this.code).toBeVisible();
    const code = (await this.code.textContent())!.trim();
    const link = (await this.codeCard.getByText(/\/clinician\/accept#code=/).textContent())!.trim();
    return { code, link };
  }

  clinician(name: string): Locator {
    return this.connected.getByRole('article', { name });
  }
}
