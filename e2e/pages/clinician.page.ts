import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage, rate } from './app.page';

export interface NewClinician {
  name: string;
  email: string;
  password: string;
  profession: string;
  licence?: string;
}

/** The clinician's app: sign-up, People, entering a code, and one person's view. */
export class ClinicianPage extends AppPage {
  readonly people: Locator;
  readonly enterCode: Locator;

  constructor(page: Page) {
    super(page);
    this.people = page.getByRole('region', { name: /^\d+ (person|people)$/ });
    this.enterCode = page.getByRole('link', { name: 'Enter an invitation code' });
  }

  async signUp(c: NewClinician): Promise<void> {
    await this.page.goto('/sign-up');
    await this.page.getByRole('link', { name: 'Create a clinician account' }).click();
    await expect(this.heading).toHaveText('Create a clinician account');
    await this.page.getByLabel('Your name, as people will see it').fill(c.name);
    await this.page.getByLabel('Profession').fill(c.profession);
    if (c.licence) await this.page.getByLabel('Licence or registration number (optional)').fill(c.licence);
    await this.page.getByLabel('Email').fill(c.email);
    await this.page.getByLabel('Password', { exact: true }).fill(c.password);
    await this.page.getByRole('button', { name: 'Create clinician account' }).click();
  }

  async expectPeople(): Promise<void> {
    await expect(this.page).toHaveURL(/\/clinician$/);
    await expect(this.heading).toHaveText('People');
    await expect(this.tabs.getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
  }

  person(name: string): Locator {
    return this.people.getByRole('link', { name });
  }

  experiment(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  /** Suggests a challenge in the clinician's own words. */
  async suggestOwn(s: { title: string; suds: number; note: string }): Promise<void> {
    const card = this.page.getByRole('region', { name: 'Suggest a challenge' });
    await card.getByRole('radio', { name: 'In your words' }).check();
    await card.getByRole('textbox', { name: 'The challenge' }).fill(s.title);
    await rate(card.getByRole('slider', { name: 'Expected distress for them' }), s.suds);
    await card.getByLabel('A note for them (optional)').fill(s.note);
    await card.getByRole('button', { name: 'Suggest this' }).click();
    await expect(card.getByText(`${s.title}`)).toBeVisible();
  }

  async setMaxDistress(value: number): Promise<void> {
    const card = this.page.getByRole('region', { name: 'Pacing limits' });
    await card.getByLabel('Highest expected distress (optional)').fill(String(value));
    await card.getByRole('button', { name: 'Save limits' }).click();
    await expect(this.toast).toContainText('Pacing limits saved.');
  }
}
