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
