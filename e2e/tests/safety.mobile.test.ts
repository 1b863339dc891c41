import type { Page } from '@playwright/test';
import { rate } from '../pages/app.page';
import { CalmPage } from '../pages/calm.page';
import { CrisisPage } from '../pages/crisis.page';
import { ExperimentPage } from '../pages/experiment.page';
import { GetHelpPage } from '../pages/get-help.page';
import { GuidePage } from '../pages/guide.page';
import { ALL_CLEAR, ScreeningPage } from '../pages/screening.page';
import { SettingsPage } from '../pages/settings.page';
import { SignUpPage } from '../pages/sign-up.page';
import { TodayPage } from '../pages/today.page';
import { WelcomePage } from '../pages/welcome.page';
import { expect, test } from '../support/fixtures';

function newPerson() {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return { name: 'Alex', email: `alex-${id}@example.com`, password: `gentle-pace-${id}` };
}

async function signUp(page: Page): Promise<ReturnType<typeof newPerson>> {
  const person = newPerson();
  await page.goto('/sign-up');
  await new SignUpPage(page).signUp(person);
  await new ScreeningPage(page).expectShown();
  return person;
}

/** What the rails allow right now, read from the API with the page's own session. */
async function pacing(
  page: Page,
): Promise<{ ceiling: number; status: string; holdUntil: string | null; mode: string }> {
  const answer = await page.request.get('/api/today');
  expect(answer.status()).toBe(200);
  return (await answer.json()).pacing;
}

async function inDark(page: Page, run: () => Promise<void>): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await run();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
}

test('screening with a trauma answer sets a gentle pace, a low first suggestion, and can be reviewed', async ({
  page,
  checks,
}) => {
  test.setTimeout(120_000);
  const screening = new ScreeningPage(page);
  const today = new TodayPage(page);
  const settings = new SettingsPage(page);

  await test.step('sign-up leads straight to the questions, which say they are not a diagnosis', async () => {
    await signUp(page);
    await expect(page.getByText('Your answers are not a diagnosis.')).toBeVisible();
    await expect(screening.skip).toBeVisible();
    await expect(screening.getHelp).toBeVisible();
    await checks.a11y('screening');
    await checks.screenshot('screening');
    // Today, and any plan, lead back here until the questions are answered or skipped.
    await page.goto('/today');
    await screening.expectShown();
    await page.goto('/experiment/new');
    await page.getByLabel('What will you ask?').fill('Ask for the time');
    await page.getByRole('button', { name: "I'm ready" }).click();
    await screening.expectShown();
    await inDark(page, async () => {
      await checks.a11y('screening, dark');
      await checks.screenshot('screening-dark');
    });
  });

  await test.step('a question left out is pointed to kindly', async () => {
    await screening.question('adult').getByRole('radio', { name: 'Yes' }).check();
    await screening.continue.click();
    await expect(screening.question('selfHarmThoughts')).toContainText('Pick yes or no. Either answer is fine.');
    await expect(screening.question('selfHarmThoughts').getByRole('radio', { name: 'Yes' })).toBeFocused();
  });

  await test.step('trauma tied to rejection → supported mode, said in plain words', async () => {
    await screening.submit({ ...ALL_CLEAR, traumaRejection: true });
    await screening.expectResult("We'll go gently");
    await expect(
      page.getByText('You told us that something painful around rejection or social situations still weighs on you.'),
    ).toBeVisible();
    const professional = page.getByRole('region', { name: 'Working with a professional' });
    await expect(professional).toContainText('CBT therapist who uses exposure');
    await expect(page.getByText('This is not a diagnosis')).toBeVisible();
    await checks.a11y('screening result, supported');
    await checks.screenshot('screening-result-gentle');
  });

  await test.step('Today says so kindly, and the first suggestion is low', async () => {
    await screening.goToToday.click();
    await today.expectShown();
    await expect(today.pace).toContainText("We're going gently.");
    expect(await today.expectedDistress()).toBeLessThanOrEqual(30);
    expect((await pacing(page)).mode).toBe('supported');
    await checks.a11y('today, supported');
    await checks.screenshot('today-gentle');
  });

  await test.step('three suggestions a day, then "pick your own, or rest"', async () => {
    const first = (await today.suggestionTitle.textContent())!;
    await today.anotherSuggestion.click();
    await expect(today.suggestionTitle).not.toHaveText(first);
    expect(await today.expectedDistress()).toBeLessThanOrEqual(30);
    await today.anotherSuggestion.click();
    await expect(today.anotherSuggestion).toBeEnabled();
    await today.anotherSuggestion.click();
    await expect(today.capNote).toBeVisible();
    await expect(today.anotherSuggestion).toBeHidden();
    await expect(today.suggestion.getByRole('link', { name: "I'll pick my own" })).toBeVisible();
    await expect(today.restToday).toBeVisible();
    await checks.a11y('today, daily cap');
    await checks.screenshot('today-daily-cap');
  });

  await test.step('the guide is one tap from Today', async () => {
    await page.getByRole('link', { name: 'How it works' }).click();
    const guide = new GuidePage(page);
    await guide.expectShown();
    await expect(page.getByText('Too much too soon can backfire.')).toBeVisible();
    await checks.a11y('guide');
    await checks.screenshot('guide');
  });

  await test.step('Settings → "Your safety answers": review and change them', async () => {
    await today.openTab('Settings');
    const answers = page.getByRole('region', { name: 'Your safety answers' });
    await expect(answers).toContainText('Going gently');
    await expect(answers).toContainText(/Answered on/);
    await checks.screenshot('settings-safety');
    await answers.getByRole('link', { name: 'Review your answers' }).click();
    await screening.expectShown(true);
    await expect(screening.question('traumaRejection').getByRole('radio', { name: 'Yes' })).toBeChecked();
    await expect(screening.skip).toBeHidden();
    await checks.a11y('screening, reviewing');
    await screening.submit(ALL_CLEAR);
    await screening.expectResult("You're all set");
    await checks.screenshot('screening-result-standard');
    await settings.openTab('Settings');
    await expect(page.getByRole('region', { name: 'Your safety answers' })).toContainText('The standard pace');
  });
});

test('a panic during an experiment: breathing, grounding, a debrief, and an easier next step', async ({
  page,
  checks,
}) => {
  test.setTimeout(120_000);
  const today = new TodayPage(page);
  const experiment = new ExperimentPage(page);
  const calm = new CalmPage(page);

  await signUp(page);
  await new ScreeningPage(page).allClear();
  await today.expectShown();
  const before = await today.expectedDistress();
  const railsBefore = await pacing(page);
  expect(railsBefore.holdUntil).toBeNull();

  let experimentId = '';
  await test.step('plan it, and "I\'m panicking" is one tap from Do it now', async () => {
    await today.doThisOne.click();
    await expect(CalmPage.links(page).panic).toBeVisible();
    await experiment.ready.click();
    await experiment.expectDoItNow();
    experimentId = /\/experiment\/([^/]+)\/go$/.exec(page.url())![1]!;
    await CalmPage.links(page).panic.click();
  });

  await test.step('paced breathing, with "stopping is not failure" and when to get medical care', async () => {
    await calm.expectBreathing();
    // The panic counts from the moment it is tapped: the rails hold even if the debrief never comes.
    await expect.poll(async () => (await pacing(page)).holdUntil).not.toBeNull();
    await expect(page.locator('.breath__circle')).toHaveCount(1);
    await expect(calm.medicalNote.getByRole('link', { name: 'call 911' })).toHaveAttribute('href', 'tel:911');
    await checks.a11y('calm, breathing');
    await checks.screenshot('calm-breathing');
    await inDark(page, async () => {
      await checks.a11y('calm, breathing, dark');
      await checks.screenshot('calm-breathing-dark');
    });
  });

  await test.step('5-4-3-2-1, one sense at a time', async () => {
    await calm.toGrounding();
    await expect(calm.sense('5 things you can see')).toBeVisible();
    await checks.a11y('calm, grounding');
    await checks.screenshot('calm-grounding');
    await calm.stepThroughGrounding();
    await checks.a11y('calm, naming');
    await checks.screenshot('calm-name');
  });

  await test.step('name the feeling, then a gentle debrief, saved', async () => {
    await calm.nameFeeling('Shaky');
    await calm.debrief(['Slow breathing'], 'It passed quicker than I thought.');
    await expect(page.getByText('keep your next steps gentler')).toBeVisible();
    await checks.a11y('calm, debrief');
    await checks.screenshot('calm-debrief');
    await calm.save();
    await expect(page.getByText('Your next suggestions will be easier for a couple of days')).toBeVisible();
    await checks.a11y('calm, done');
    await checks.screenshot('calm-done');

    const events = (await (await page.request.get('/api/safety/events')).json()).events as {
      kind: string;
      experimentId: string | null;
      feeling: string | null;
      toolsUsed: string[];
    }[];
    expect(events[0]).toMatchObject({ kind: 'panic', experimentId, feeling: 'shaky', toolsUsed: ['breathing'] });
    expect(events.filter((e) => e.kind === 'panic')).toHaveLength(1);
  });

  await test.step('back to the ask, logged without blame', async () => {
    await page.getByRole('link', { name: 'Back to where I was' }).click();
    await experiment.expectDoItNow();
    await experiment.didIt.click();
    await expect(CalmPage.links(page).moment).toBeVisible();
    await page.getByRole('radio', { name: "I didn't do it this time" }).check();
    await experiment.save.click();
    await expect(experiment.heading).toHaveText("Not this time, and that's OK.");
    await page.getByRole('link', { name: 'Back to Today' }).click();
  });

  await test.step('Today: easier steps for a couple of days, and an easier suggestion', async () => {
    await today.expectShown();
    await expect(today.pace).toContainText("Easier steps for a couple of days — that's part of it.");
    const after = await today.expectedDistress();
    expect(after).toBeLessThan(before);
    const railsAfter = await pacing(page);
    expect(railsAfter.ceiling).toBeLessThan(railsBefore.ceiling);
    expect(railsAfter.holdUntil).not.toBeNull();
    await checks.a11y('today, after a panic');
    await checks.screenshot('today-hold');
  });

  await test.step('a harder plan of their own gets a heads-up; "Pick something gentler" is one tap', async () => {
    await today.pickOwn.click();
    await page.getByRole('link', { name: /In my own words/ }).click();
    await page.getByLabel('What will you ask?').fill('Ask a stranger for a dance');
    await rate(page.getByRole('slider', { name: 'How bad do you expect it to feel, at its peak?' }), 60);
    await experiment.ready.click();
    await expect(experiment.headsUp).toContainText('You had a really hard moment recently');
    // The page behind a modal dialog is inert, header included: the dialog carries its own way to help.
    await experiment.headsUp.getByRole('link', { name: 'Need help right now?' }).click();
    await new GetHelpPage(page).expectShown();
    await expect(experiment.headsUp).toBeHidden();
    await page.goBack();
    await experiment.ready.click();
    await expect(experiment.headsUp).toBeVisible();
    await experiment.headsUp.getByRole('button', { name: 'Pick something gentler' }).click();
    await expect(experiment.heading).toHaveText('Pick your own');
    await expect(page.getByText('Something gentler is a good call.')).toBeVisible();
  });
});

test('"I\'m panicking" tapped by mistake can be taken back at once, and the pace is as it was', async ({ page, checks }) => {
  const today = new TodayPage(page);
  const calm = new CalmPage(page);
  await signUp(page);
  await new ScreeningPage(page).allClear();
  await today.expectShown();
  await page.goto('/calm?kind=panic&from=%2Ftoday');
  await calm.expectBreathing();
  await expect.poll(async () => (await pacing(page)).holdUntil).not.toBeNull();
  await checks.a11y('calm, with the mis-tap way out');
  await page.getByRole('button', { name: 'Opened this by mistake?' }).click();
  await today.expectShown();
  await expect(page.getByText('Taken back. Your pace is as it was.')).toBeVisible();
  expect((await pacing(page)).holdUntil).toBeNull();
  const events = (await (await page.request.get('/api/safety/events')).json()).events as { kind: string }[];
  expect(events.filter((e) => e.kind === 'panic')).toEqual([]);
});

test('a self-harm answer opens the crisis screen, pauses suggestions, and a safe check-in resumes them', async ({
  page,
  checks,
}) => {
  test.setTimeout(90_000);
  const screening = new ScreeningPage(page);
  const crisis = new CrisisPage(page);
  const today = new TodayPage(page);

  await test.step('the crisis screen: lines for the country first, the emergency number, warm words', async () => {
    await signUp(page);
    await screening.submit({ ...ALL_CLEAR, selfHarmThoughts: true });
    await crisis.expectShown();
    const first = crisis.talk.getByRole('listitem').first();
    await expect(first.getByRole('link', { name: 'Call or text 988' })).toHaveAttribute('href', 'tel:988');
    await expect(crisis.emergency.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    await expect(page.getByRole('region', { name: 'Challenges are paused' })).toBeVisible();
    await checks.a11y('crisis');
    await checks.screenshot('crisis');
    await inDark(page, async () => {
      await checks.a11y('crisis, dark');
      await checks.screenshot('crisis-dark');
    });
  });

  await test.step('Today asks how they are, with no challenge on offer', async () => {
    await crisis.goToToday.click();
    await expect(today.checkIn).toBeVisible();
    await expect(today.suggestion).toHaveCount(0);
    await expect(today.startChallenge).toBeHidden();
    expect((await pacing(page)).status).toBe('paused-crisis');
    await checks.a11y('today, check-in');
    await checks.screenshot('today-check-in');
  });

  await test.step('"Not really" opens help, and the pause stays', async () => {
    await today.checkIn.getByRole('button', { name: 'Not really' }).click();
    await crisis.expectShown();
    await crisis.goToToday.click();
    await expect(today.checkIn).toBeVisible();
  });

  await test.step('"I\'m safe right now" brings suggestions back', async () => {
    await today.checkIn.getByRole('button', { name: "I'm safe right now" }).click();
    await expect(today.toast).toContainText('Suggestions are back');
    await expect(today.suggestion).toBeVisible();
    await expect(today.checkIn).toHaveCount(0);
    await expect(today.pace).toContainText("We're going gently.");
    expect((await pacing(page)).status).toBe('open');
  });
});

test('under 18: a kind explanation, resources, and no challenges', async ({ page, checks }) => {
  const screening = new ScreeningPage(page);
  const today = new TodayPage(page);
  await signUp(page);
  await screening.submit({ ...ALL_CLEAR, adult: false });
  await screening.expectResult('Ask Anyway is for adults');
  await expect(page.getByRole('link', { name: 'Call or text 988' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Change your answers' })).toBeVisible();
  await checks.a11y('under 18');
  await checks.screenshot('under-18');
  await today.openTab('Today');
  await expect(page.getByRole('region', { name: 'Ask Anyway is for adults' })).toBeVisible();
  await expect(today.suggestion).toHaveCount(0);
});

test('"Get help now" is one tap from every screen, signed out and signed in', async ({ page }) => {
  test.setTimeout(120_000);
  const help = new GetHelpPage(page);

  const open = async (path: string) => {
    await page.goto(path);
    await expect(help.heading).not.toHaveText('');
    await help.openHelp();
    await help.expectShown();
  };

  await test.step('the guide is one tap from Welcome, signed out', async () => {
    await new WelcomePage(page).goto();
    await GuidePage.link(page).click();
    await new GuidePage(page).expectShown();
  });

  for (const path of ['/', '/sign-up', '/sign-in', '/guide', '/calm']) {
    await test.step(`signed out: ${path}`, () => open(path));
  }

  await signUp(page);
  await test.step('signed in: /safety/screening', () => open('/safety/screening'));
  await page.goto('/safety/screening');
  await new ScreeningPage(page).allClear();

  // One planned experiment, made through the API with the page's own session, for the steps' addresses.
  const session = await (await page.request.get('/api/auth/session')).json();
  const created = await page.request.post('/api/experiments', {
    headers: { 'x-csrf-token': session.csrfToken },
    data: { title: 'Ask for the time', expectedSuds: 20, timeZone: 'UTC' },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  for (const path of [
    '/today',
    '/ladder',
    '/ladder/add',
    '/history',
    `/history/${id}`,
    '/progress',
    '/settings',
    '/experiment/pick',
    '/experiment/new',
    `/experiment/${id}/go`,
    `/experiment/${id}/after`,
    `/experiment/${id}/summary`,
    '/safety/screening',
    '/safety/result',
    '/safety/crisis',
    `/calm?kind=panic&experiment=${id}`,
    '/guide',
  ]) {
    await test.step(`signed in: ${path}`, () => open(path));
  }
});

test('help follows the chosen country, and "somewhere else" leads with the directory', async ({ page, checks }) => {
  const help = new GetHelpPage(page);
  await page.goto('/help');
  await help.expectShown();
  const picker = page.getByLabel('Where are you?');

  await test.step('from the phone language (en-US): the United States first, 911 to call', async () => {
    await expect(picker).toHaveValue('US');
    await expect(page.getByRole('heading', { name: 'Helplines in the United States' })).toBeVisible();
    await expect(help.lines.first()).toContainText('988');
    await expect(help.lines.first()).toContainText(/Source: .* · checked/);
    await expect(
      page.getByRole('region', { name: 'Emergency' }).getByRole('link', { name: 'Call 911' }),
    ).toHaveAttribute('href', 'tel:911');
  });

  await test.step('the United Kingdom: Samaritans first, 999', async () => {
    await picker.selectOption({ label: 'United Kingdom' });
    await expect(help.lines.first()).toContainText('Samaritans');
    await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    // Every other line stays on the page.
    await expect(help.action('Call or text 988')).toBeVisible();
  });

  await test.step('somewhere else: the directory first, and the local emergency number in words', async () => {
    await picker.selectOption({ label: 'Somewhere else' });
    await expect(page.getByRole('heading', { name: 'Helplines near you' })).toBeVisible();
    await expect(help.lines.first()).toContainText('Find A Helpline');
    await expect(page.getByRole('region', { name: 'Emergency' })).toContainText('your local emergency number');
    await expect(page.getByRole('region', { name: 'Emergency' }).getByRole('link')).toHaveCount(0);
    await checks.a11y('get help, somewhere else');
    await checks.screenshot('get-help-elsewhere');
  });

  await test.step('the choice is kept on this phone', async () => {
    await page.reload();
    await expect(picker).toHaveValue('elsewhere');
    await picker.selectOption({ label: 'United States' });
  });
});

test.describe('with a British phone', () => {
  test.use({ locale: 'en-GB' });

  test('help starts from the United Kingdom', async ({ page }) => {
    await page.goto('/help');
    await expect(page.getByLabel('Where are you?')).toHaveValue('GB');
    await expect(page.getByRole('link', { name: 'Call 999' })).toBeVisible();
    await expect(new GetHelpPage(page).lines.first()).toContainText('Samaritans');
  });
});

test('the breathing guide respects reduced motion: nothing moves, the count is in words', async ({ page, checks }) => {
  const calm = new CalmPage(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/calm?kind=moment');
  await calm.expectBreathing();
  await expect(page.locator('.breath__stage')).toHaveCount(0);
  const animated = await page.evaluate(
    () =>
      document
        .getAnimations()
        .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime === Infinity).length,
  );
  expect(animated).toBe(0);
  const ticks = page.locator('.breath__ticks');
  await expect(ticks).toBeVisible();
  await expect(ticks).toHaveText(/^1\s*2\s*3\s*4(\s*5\s*6)?$/);
  // The count moves on in words, once a second.
  const first = await page.locator('.breath__tick--done').count();
  await expect.poll(() => page.locator('.breath__tick--done').count(), { timeout: 4000 }).not.toBe(first);
  await checks.a11y('calm, breathing, reduced motion');
  await checks.screenshot('calm-breathing-still');
  await inDark(page, () => checks.screenshot('calm-breathing-still-dark'));

  await test.step('with motion allowed, the circle grows and shrinks', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect(page.locator('.breath__circle')).toHaveCount(1);
    const running = await page
      .locator('.breath__circle')
      .evaluate((el) => el.getAnimations().filter((a) => a.playState === 'running').length);
    expect(running).toBe(1);
  });
});
