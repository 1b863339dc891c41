import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage, rate } from './app.page';

/** A behavioural experiment's three steps: plan (before), do it now, log (after), then the summary. */
export class ExperimentPage extends AppPage {
  readonly ready: Locator;
  readonly didIt: Locator;
  readonly notNow: Locator;
  readonly save: Locator;
  /** Planning above the rails: "Go ahead, it's my choice" or "Pick something gentler". */
  readonly headsUp: Locator;

  constructor(page: Page) {
    super(page);
    this.ready = page.getByRole('button', { name: "I'm ready" });
    this.didIt = page.getByRole('link', { name: 'I did it — log what happened' });
    this.notNow = page.getByRole('button', { name: 'Not now' });
    this.save = page.getByRole('button', { name: 'Save', exact: true });
    this.headsUp = page.getByRole('dialog', { name: 'A bigger step than suggested' });
  }

  async expectBefore(title: string): Promise<void> {
    await expect(this.heading).toHaveText('Plan your ask');
    await expect(this.page.getByRole('region', { name: title })).toBeVisible();
  }

  async planBefore(plan: { feared: string; belief: number; expected: number; drop: string[] }): Promise<void> {
    await this.page.getByLabel('What do you fear will happen after the no? (optional)').fill(plan.feared);
    await rate(this.page.getByRole('slider', { name: 'How strongly do you believe it will happen?' }), plan.belief);
    await rate(this.page.getByRole('slider', { name: 'How bad do you expect it to feel, at its peak?' }), plan.expected);
    for (const label of plan.drop) await this.page.getByRole('checkbox', { name: label }).check();
  }

  async expectDoItNow(): Promise<void> {
    await expect(this.heading).toHaveText('Do it now');
    await expect(this.page.getByText('The longer you wait, the louder the fear gets.')).toBeVisible();
  }

  async logAfter(after: { outcome: string | RegExp; actual: number; feared: 'No' | 'Partly' | 'Yes'; belief: number; learned: string }) {
    await expect(this.heading).toHaveText('How did it go?');
    await this.page.getByRole('radio', { name: after.outcome }).check();
    await rate(this.page.getByRole('slider', { name: 'At its peak, how strong was the distress?' }), after.actual);
    await this.page.getByRole('group', { name: 'Did what you feared happen?' }).getByRole('radio', { name: after.feared }).check();
    await rate(this.page.getByRole('slider', { name: 'How much do you believe it now?' }), after.belief);
    await this.page.getByLabel('What did you learn? (optional)').fill(after.learned);
  }
}
