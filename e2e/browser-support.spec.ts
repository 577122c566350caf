// The declared floor (README, "Browsers": Safari/iOS 16.4, Firefox 115 ESR,
// Chrome 111) holds for what is shipped: no CSS those engines cannot read
// without a fallback, and both themes still switch on the lowered tokens.
import { expect, test } from '@playwright/test';

test('the shipped stylesheet needs nothing newer than the floor', async ({ page, request }) => {
  await page.goto('./');
  const hrefs = await page.locator('link[rel=stylesheet]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  const css = (await Promise.all(hrefs.map(async (href) => (await request.get(href)).text()))).join('\n');
  // light-dark() is Safari 17.5 / Firefox 120: lowered at build time.
  expect(css).not.toContain('light-dark(');
  // Relative colours are Safari 18 / Firefox 128: only with a fallback beside them.
  expect(css).toContain('@supports not (color:oklch(from red l c h))');
});

test('the lowered colour tokens follow the system theme and the header switch', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.locator('main article[data-session-id]').first()).toBeVisible();
  expect(await background()).toBe('rgb(13, 17, 23)');
  await page.getByRole('button', { name: 'Light', exact: true }).click();
  await expect.poll(background).toBe('rgb(244, 246, 248)');
});
