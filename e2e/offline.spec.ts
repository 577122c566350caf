import { expect, test } from '@playwright/test';
import { bundledFeed } from './feed.ts';

const feed = bundledFeed();

test('with the feed unreachable, a reload shows the last good copy and says when it was saved', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('main article[data-session-id]')).toHaveCount(feed.sessions.length);
  await page.route('**/sessions.json', (route) => route.abort('internetdisconnected'));
  await page.reload();
  await expect(page.locator('main article[data-session-id]')).toHaveCount(feed.sessions.length);
  await expect(page.getByRole('alert')).toContainText('Showing the copy of the schedule saved on', { timeout: 15_000 });
});

test('a broken refresh never replaces a good schedule with an error', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('main article[data-session-id]')).toHaveCount(feed.sessions.length);
  await page.route('**/sessions.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": 1' }));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(page.locator('main article[data-session-id]')).toHaveCount(feed.sessions.length);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the app opens and shows the sessions with no network at all', async ({ page, context }) => {
    await page.goto('./');
    await expect(page.locator('main article[data-session-id]')).toHaveCount(feed.sessions.length);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    // Prove the feed comes from the worker's cache, not the saved copy.
    await page.evaluate(() => localStorage.clear());
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('main article[data-session-id]')).toHaveCount(feed.sessions.length);
    await page.goto('./?view=grid&day=2022-04-26&language=zh');
    await expect(page.locator('main .grid-session').first()).toBeVisible();
    await context.setOffline(false);
  });

  test('the page links a web app manifest with icons', async ({ page, request }) => {
    await page.goto('./');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await request.get(href ?? '')).json()) as { icons: { sizes: string }[]; start_url: string };
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
    expect(manifest.start_url).toBe('./');
  });
});
