import { ClinicianPage } from '../pages/clinician.page';
import { ExperimentPage } from '../pages/experiment.page';
import { HistoryPage } from '../pages/history.page';
import { ScreeningPage } from '../pages/screening.page';
import { SharingPage } from '../pages/sharing.page';
import { SignUpPage } from '../pages/sign-up.page';
import { TodayPage } from '../pages/today.page';
import { WelcomePage } from '../pages/welcome.page';
import { checksFor, expect, test } from '../support/fixtures';

function unique() {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

const SUGGESTION = { title: 'Ask a stranger for a restaurant tip', suds: 30, note: 'Keep it short, and notice what happens after.' };
const FEEDBACK = 'Lovely work: you expected 30 and it peaked at 20. Notice that gap.';

test('a person shares with a clinician, who suggests, paces and comments, until the person stops sharing', async ({
  page,
  checks,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(300_000);
  const id = unique();
  const person = { name: 'Sam', email: `sam-${id}@example.com`, password: `quiet-courage-${id}` };
  const clinicianAccount = {
    name: 'Dr Alex Lee',
    email: `alex-${id}@example.com`,
    password: `steady-practice-${id}`,
    profession: 'Clinical psychologist',
    licence: 'PSY-12345',
  };

  // The clinician on a phone of their own: a second context, sized like the project's phone.
  const phone = testInfo.project.use;
  const clinicianContext = await browser.newContext({
    baseURL,
    locale: 'en-US',
    viewport: phone.viewport ?? { width: 390, height: 844 },
    deviceScaleFactor: phone.deviceScaleFactor ?? 2,
    isMobile: phone.isMobile ?? true,
    hasTouch: phone.hasTouch ?? true,
  });
  const clinicianTab = await clinicianContext.newPage();
  const clinicianProblems: string[] = [];
  clinicianTab.on('pageerror', (error) => clinicianProblems.push(`pageerror: ${error.message}`));
  clinicianTab.on('console', (message) => {
    // 401 from the first session check, 404 once the person stops sharing: answers the app handles.
    if (message.type() !== 'error' || /status of (401|404|409|422) /.test(message.text())) return;
    clinicianProblems.push(`console.error: ${message.text()}`);
  });
  const clinicianChecks = checksFor(clinicianTab, testInfo);
  const clinician = new ClinicianPage(clinicianTab);

  const today = new TodayPage(page);
  const sharing = new SharingPage(page);
  const experiment = new ExperimentPage(page);
  const history = new HistoryPage(page);
  let invitation = { code: '', link: '' };

  await test.step('the person signs up and invites a clinician to see their practice and their own words', async () => {
    await new WelcomePage(page).goto();
    await new WelcomePage(page).createAccount.click();
    await new SignUpPage(page).signUp(person);
    await new ScreeningPage(page).allClear();
    await today.expectShown(person.name);

    await sharing.open();
    await expect(sharing.connected).toContainText('Nobody yet');
    await checks.a11y('sharing, nobody yet');
    // Notes need the practice: checking one checks the other.
    await sharing.scope(/^Your practice/).uncheck();
    invitation = await sharing.makeInvitation(['Your own words']);
    await expect(sharing.codeCard).toContainText('They will see your practice, your own words.');
    await expect(sharing.codeCard).toContainText('This is the only time the code is shown.');
    await checks.a11y('sharing, code made');
    await checks.screenshot('sharing-code');
  });

  await test.step('the clinician signs up, self-declared, and sees nobody yet', async () => {
    await clinicianTab.goto('/sign-up');
    await expect(clinicianTab.getByRole('link', { name: 'Create a clinician account' })).toBeVisible();
    await clinicianTab.getByRole('link', { name: 'Create a clinician account' }).click();
    await expect(clinicianTab.getByText('Ask Anyway does not verify them')).toBeVisible();
    await clinicianChecks.a11y('clinician sign-up');
    await clinicianChecks.screenshot('clinician-sign-up');
    await clinician.signUp(clinicianAccount);
    await clinician.expectPeople();
    await expect(clinicianTab.getByRole('heading', { name: 'Nobody here yet' })).toBeVisible();
    await expect(clinician.tabs.getByRole('link')).toHaveText(['People', 'Settings']);
    await expect(clinician.getHelp).toBeVisible();
    await clinicianChecks.a11y('clinician people, empty');
  });

  await test.step('the clinician opens the link: the code is filled in, and they are connected', async () => {
    await clinicianTab.goto(invitation.link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(clinician.heading).toHaveText('Enter an invitation code');
    await expect(clinicianTab.getByLabel('Invitation code')).toHaveValue(invitation.code);
    await clinicianChecks.a11y('clinician, enter a code');
    await clinicianTab.getByRole('button', { name: 'Connect' }).click();
    await expect(clinician.heading).toHaveText(person.name);
    await expect(clinicianTab.getByRole('region', { name: 'What they share with you' })).toContainText('Their practice');
    await expect(clinicianTab.getByText(/Not shared: questionnaires, hard moments/)).toBeVisible();

    await clinician.openTab('People');
    await expect(clinician.person(person.name)).toBeVisible();
    await expect(clinician.person(person.name)).toHaveAccessibleDescription(/Shares their practice \(ladder and asks\), their own words/);
    await clinicianChecks.a11y('clinician people');
    await clinicianChecks.screenshot('clinician-people');
  });

  await test.step('the clinician suggests a challenge and sets a gentler ceiling', async () => {
    await clinician.person(person.name).click();
    await expect(clinician.heading).toHaveText(person.name);
    await clinician.suggestOwn(SUGGESTION);
    await clinician.setMaxDistress(40);
  });

  await test.step('the person sees the suggestion on Today, accepts it and plans it now', async () => {
    await today.openTab('Today');
    await page.reload();
    const card = page.getByRole('region', { name: 'A suggestion from your clinician' });
    await expect(card).toContainText(SUGGESTION.title);
    await expect(card).toContainText(SUGGESTION.note);
    await expect(card).toContainText(`From ${clinicianAccount.name}`);
    await checks.a11y('today with a clinician suggestion');
    await checks.screenshot('today-clinician-suggestion');

    await card.getByRole('button', { name: /^Accept/ }).click();
    await expect(card.getByRole('status')).toContainText('is on your ladder');
    await card.getByRole('link', { name: 'Plan it now' }).click();
    await experiment.expectBefore(SUGGESTION.title);
  });

  await test.step('…and does it through the usual steps', async () => {
    await experiment.planBefore({ feared: "They'll think I'm weird", belief: 60, expected: 30, drop: ['Rehearsing a script'] });
    await experiment.ready.click();
    await experiment.expectDoItNow();
    await experiment.didIt.click();
    await experiment.logAfter({
      outcome: 'They said no — that counts!',
      actual: 20,
      feared: 'No',
      belief: 20,
      learned: 'They smiled and said they did not know a place.',
    });
    await experiment.save.click();
    await expect(experiment.heading).toHaveText('That no counts.');
  });

  await test.step('the clinician sees the result, with the person\'s words, and leaves feedback', async () => {
    await clinicianTab.reload();
    const ask = clinician.experiment(SUGGESTION.title);
    await expect(ask).toContainText('30 → 20');
    await expect(ask).toContainText("They'll think I'm weird");
    await clinicianChecks.a11y('clinician person view');
    await clinicianChecks.screenshot('clinician-person');
    await clinicianTab.emulateMedia({ colorScheme: 'dark' });
    await clinicianChecks.a11y('clinician person view, dark');
    await clinicianChecks.screenshot('clinician-person-dark');
    await clinicianTab.emulateMedia({ colorScheme: 'light' });

    await ask.getByRole('button', { name: `Leave feedback on ${SUGGESTION.title}` }).click();
    await ask.getByLabel('Your feedback').fill(FEEDBACK);
    await ask.getByRole('button', { name: 'Send feedback' }).click();
    await expect(ask.getByText(FEEDBACK)).toBeVisible();
  });

  await test.step('the person reads the feedback on the history entry', async () => {
    await today.openTab('History');
    await history.entry(SUGGESTION.title).first().click();
    const note = page.getByRole('region', { name: 'From your clinician' });
    await expect(note).toContainText(FEEDBACK);
    await expect(note).toContainText(clinicianAccount.name);
    await checks.a11y('history entry with feedback');
  });

  await test.step('the person sees who looked at what, then stops sharing', async () => {
    await sharing.open();
    const card = sharing.clinician(clinicianAccount.name);
    await expect(card).toContainText('Clinical psychologist · licence PSY-12345');
    await expect(card).toContainText('Self-declared, not verified by Ask Anyway');
    await expect(card).toContainText('expected distress up to 40');
    await expect(sharing.audit.getByText('Read', { exact: true }).first()).toBeVisible();
    await expect(sharing.audit.getByText('Wrote', { exact: true }).first()).toBeVisible();
    await expect(sharing.audit).toContainText('self-declared');
    await checks.a11y('sharing, connected');
    await checks.screenshot('sharing');
    await page.emulateMedia({ colorScheme: 'dark' });
    await checks.a11y('sharing, dark');
    await checks.screenshot('sharing-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await card.getByRole('button', { name: 'Stop sharing' }).click();
    const dialog = page.getByRole('dialog', { name: `Stop sharing with ${clinicianAccount.name}?` });
    await expect(dialog).toBeVisible();
    await checks.a11y('stop sharing dialog');
    await dialog.getByRole('button', { name: 'Stop sharing' }).click();
    await expect(sharing.connected).toContainText('Nobody yet');
  });

  await test.step("the clinician's next look is refused, kindly", async () => {
    const refused = clinicianTab.waitForResponse((r) => /\/api\/clinician\/people\/[^/]+$/.test(new URL(r.url()).pathname));
    await clinicianTab.reload();
    expect((await refused).status()).toBe(404);
    await expect(clinician.heading).toHaveText('No longer shared');
    await expect(clinicianTab.getByText('This person has stopped sharing with you.')).toBeVisible();
    await clinicianChecks.a11y('clinician, no longer shared');
    await clinicianTab.getByRole('link', { name: 'Back to People' }).click();
    await clinician.expectPeople();
    await expect(clinicianTab.getByRole('heading', { name: 'Nobody here yet' })).toBeVisible();
  });

  expect(clinicianProblems, 'the clinician page logged errors').toEqual([]);
  await clinicianContext.close();
});
