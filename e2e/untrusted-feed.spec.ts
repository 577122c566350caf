import { expect, test } from '@playwright/test';
import { serveFeed } from './feed.ts';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=1;alert(1)</script>',
  'javascript:alert(1)',
  '"><svg onload="window.__pwned=1;alert(1)">',
  "'><iframe src=javascript:alert(1)>",
  '{{constructor.constructor("alert(1)")()}}',
];

function hostileFeed() {
  const text = (index: number) => ({ en: `${PAYLOADS[index % PAYLOADS.length]} en`, zh: `${PAYLOADS[(index + 1) % PAYLOADS.length]} zh` });
  return {
    format: 1,
    conference: { id: 'hostile', name: text(0), timezone: 'UTC', url: 'javascript:alert(1)' },
    tracks: PAYLOADS.map((_payload, index) => ({ id: `t${index}`, name: text(index), color: `red;background:url(javascript:alert(1))` })),
    rooms: [{ id: 'r0', name: text(2) }],
    sessions: PAYLOADS.map((payload, index) => ({
      id: `s${index}`,
      title: text(index),
      start: `2022-04-25T1${index}:00:00Z`,
      end: `2022-04-25T1${index}:30:00Z`,
      type: 'talk',
      track: `t${index}`,
      room: 'r0',
      language: 'en',
      speakers: [{ name: payload, affiliation: PAYLOADS[(index + 2) % PAYLOADS.length] }],
      abstract: text(index + 3),
      tags: [payload],
    })),
  };
}

test('feed text full of script payloads renders as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serveFeed(page, hostileFeed());
  await page.goto('./?session=s0');
  await expect(page.locator('main [data-session-id]')).toHaveCount(PAYLOADS.length);
  await expect(page.getByRole('dialog')).toBeVisible();
  // Visit every view where feed text shows.
  await page.keyboard.press('Escape');
  await page.goto('./?view=grid');
  await expect(page.locator('main .grid-session')).toHaveCount(PAYLOADS.length);
  await page.goto('./?lang=zh');
  await expect(page.locator('main [data-session-id]')).toHaveCount(PAYLOADS.length);

  // The payloads are on the page as text…
  await expect(page.getByText(PAYLOADS[0] ?? '', { exact: false }).first()).toBeVisible();
  // …and nowhere as markup.
  expect(await page.locator('img[src="x"], iframe, svg[onload], [onerror], [onload]').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // Track colours that are not #rgb/#rrggbb never reach a style attribute.
  expect(await page.locator('[style*="javascript"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('the built page carries a Content-Security-Policy without unsafe-inline scripts', async ({ page }) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  await expect(page.locator('main [data-session-id]').first()).toBeVisible();
});

test('a conference link from the feed is http(s) only and opens without an opener', async ({ page }) => {
  await page.goto('./');
  const link = page.getByRole('link', { name: 'Conference website' });
  await expect(link).toHaveAttribute('href', 'https://events.istio.io/istiocon-2022/');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('filter values that name nothing in the feed are ignored', async ({ page }) => {
  await page.goto('./?track=no-such-track&type=no-such-type&language=xx&day=2031-01-01&view=grid');
  await expect(page.locator('main .grid-session').first()).toBeVisible();
  await page.goto('./?track=no-such-track,keynote');
  await expect(page.locator('main [data-session-id]')).toHaveCount(3);
});
