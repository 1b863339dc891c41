import { GetHelpPage } from '../pages/get-help.page';
import { expect, test } from '../support/fixtures';

test.describe('when the server cannot be reached', () => {
  // The aborted request below is logged by Chromium; that one is on purpose.
  test.use({ expectedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] });

  test('the app says so kindly, and help still opens', async ({ page, checks }) => {
    await page.route('**/api/auth/session', (route) => route.abort('failed'));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("We can't connect right now");
    await checks.a11y('cannot connect');
    await checks.screenshot('cannot-connect');

    const help = new GetHelpPage(page);
    await help.openHelp();
    await expect(help.action('Call or text 988')).toBeVisible();

    await page.unroute('**/api/auth/session');
    await page.goBack();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('link', { name: 'Create an account' })).toBeVisible();
  });
});
