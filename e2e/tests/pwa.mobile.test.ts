import { GetHelpPage } from '../pages/get-help.page';
import { expect, test } from '../support/fixtures';

test.describe('installable and offline', () => {
  // Requests made while the phone is offline fail, and Chromium logs each; that is the point here.
  test.use({ expectedConsoleErrors: [/net::ERR_INTERNET_DISCONNECTED/] });

  test('has a manifest with its icons, and opens offline with help working', async ({ page, context, request, checks }) => {
    await page.goto('/');

    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBeTruthy();
    const manifest = await (await request.get(manifestHref!)).json();
    expect(manifest).toMatchObject({ name: 'Ask Anyway', display: 'standalone', start_url: '/' });
    const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons) {
      const answer = await request.get(icon.src);
      expect(answer.status(), icon.src).toBe(200);
      expect(answer.headers()['content-type']).toBe('image/png');
    }

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/');

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("We can't connect right now");
    const help = new GetHelpPage(page);
    await help.openHelp();
    await expect(help.action('Call or text 988')).toBeVisible();
    await expect(help.action(/Call 116 123/)).toBeVisible();
    await checks.screenshot('get-help-offline', { fullPage: false });
    // The calming tools are part of the app, not the API: they work offline too.
    await page.getByRole('link', { name: 'Breathe with me' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Breathe with me');
    await expect(page.getByText(/^Breathe (in|out)$/)).toBeVisible();
    await context.setOffline(false);
  });
});
