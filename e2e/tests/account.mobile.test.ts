import { GetHelpPage } from '../pages/get-help.page';
import { ScreeningPage } from '../pages/screening.page';
import { SettingsPage } from '../pages/settings.page';
import { SignInPage } from '../pages/sign-in.page';
import { SignUpPage } from '../pages/sign-up.page';
import { TodayPage } from '../pages/today.page';
import { WelcomePage } from '../pages/welcome.page';
import { expect, test } from '../support/fixtures';

function newPerson() {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return { name: 'Sam', email: `sam-${id}@example.com`, password: `quiet-courage-${id}` };
}

test('a new person signs up, finds help, signs out and in, and deletes the account', async ({ page, checks }) => {
  const person = newPerson();
  const welcome = new WelcomePage(page);
  const signUp = new SignUpPage(page);
  const signIn = new SignInPage(page);
  const today = new TodayPage(page);
  const help = new GetHelpPage(page);
  const settings = new SettingsPage(page);

  await test.step('welcome', async () => {
    await welcome.goto();
    await expect(welcome.getHelp).toBeVisible();
    await checks.a11y('welcome');
    await checks.screenshot('welcome');
  });

  await test.step('sign up, first with a password that is too common', async () => {
    await welcome.createAccount.click();
    await signUp.expectShown();
    await checks.a11y('sign-up');
    await checks.screenshot('sign-up');

    await signUp.signUp({ ...person, password: 'password123' });
    await expect(signUp.password).toHaveAttribute('aria-invalid', 'true');
    await expect(signUp.password).toHaveAccessibleDescription(/among the most common/);
    await expect(signUp.password).toBeFocused();
    await checks.a11y('sign-up with an error');
    await checks.screenshot('sign-up-error');

    await signUp.password.fill(person.password);
    await expect(signUp.password).not.toHaveAttribute('aria-invalid', 'true');
    await signUp.submit.click();
    // The safety questions come first (covered in safety.mobile.test.ts).
    await new ScreeningPage(page).allClear();
    await today.expectShown(person.name);
  });

  await test.step('today, light and dark', async () => {
    await checks.a11y('today');
    await checks.screenshot('today-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await checks.a11y('today, dark');
    await checks.screenshot('today-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  await test.step('get help now', async () => {
    await today.openHelp();
    await help.expectShown();
    await expect(help.action('Call or text 988')).toHaveAttribute('href', 'tel:988');
    await expect(help.action(/Call 116 123/)).toHaveAttribute('href', 'tel:116123');
    // The emergency note comes before any line.
    const emergencyTop = (await page.getByRole('heading', { name: 'Emergency' }).boundingBox())?.y ?? Infinity;
    const firstLineTop = (await help.lines.first().boundingBox())?.y ?? -Infinity;
    expect(emergencyTop).toBeLessThan(firstLineTop);
    await checks.a11y('get help');
    await checks.screenshot('get-help');
  });

  await test.step('settings, then sign out', async () => {
    await help.openTab('Settings');
    await settings.expectShown();
    await expect(page.getByText(person.email)).toBeVisible();
    await checks.a11y('settings');
    await checks.screenshot('settings');

    await settings.signOut.click();
    await welcome.expectShown();
    await expect(welcome.notice).toHaveText(/signed out/);
    await expect(welcome.tabs).toHaveCount(0);
  });

  await test.step('sign back in', async () => {
    await welcome.signIn.click();
    await signIn.expectShown();
    await checks.a11y('sign in');
    await checks.screenshot('sign-in');
    await signIn.signIn(person.email, person.password);
    await today.expectShown(person.name);
  });

  await test.step('delete the account, after one wrong password', async () => {
    await today.openTab('Settings');
    await settings.openDeleteDialog();
    await checks.a11y('delete dialog');
    await checks.screenshot('delete-dialog', { fullPage: false });

    await settings.confirmDeletion('not my password');
    await expect(settings.dialogPassword).toHaveAccessibleDescription(/not right/);
    await expect(settings.dialog).toBeVisible();

    await settings.confirmDeletion(person.password);
    await welcome.expectShown();
    await expect(welcome.notice).toHaveText(/erased/);
  });

  await test.step('the old credentials no longer sign in', async () => {
    await signIn.goto();
    await signIn.signIn(person.email, person.password);
    await expect(signIn.formAlert).toHaveText(/do not match an account/);
    await expect(page).toHaveURL(/\/sign-in$/);
    await checks.a11y('sign in with an error');
    await checks.screenshot('sign-in-error');
  });
});

test('help is one tap away before signing in, and the theme choice sticks', async ({ page, checks }) => {
  const welcome = new WelcomePage(page);
  const help = new GetHelpPage(page);
  const settings = new SettingsPage(page);

  await test.step('signed out, help opens from the header', async () => {
    await welcome.goto();
    await welcome.openHelp();
    await help.expectShown();
    await expect(help.action('Call or text 988')).toBeVisible();
    await expect(help.tabs).toHaveCount(0);
  });

  await test.step('dark versions of the main screens, for review', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await checks.a11y('get help, dark');
    await checks.screenshot('get-help-dark');
    await welcome.goto();
    await checks.a11y('welcome, dark');
    await checks.screenshot('welcome-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await test.step('a chosen theme wins over the system and survives a reload', async () => {
    await welcome.createAccount.click();
    await new SignUpPage(page).signUp({ ...newPerson(), name: undefined });
    await new ScreeningPage(page).allClear();
    await new TodayPage(page).expectShown();
    await settings.openTab('Settings');
    await settings.theme.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(settings.theme.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await checks.a11y('settings, dark');
    await checks.screenshot('settings-dark');

    await settings.openDeleteDialog();
    await checks.screenshot('delete-dialog-dark', { fullPage: false });
    await settings.dialog.getByRole('button', { name: 'Keep my account' }).click();
    await expect(settings.dialog).toBeHidden();

    await settings.theme.getByRole('radio', { name: 'Auto' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});
