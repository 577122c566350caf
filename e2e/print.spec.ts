// My schedule printed: an agenda with day headings and one line per session
// (time, title, track), and none of the screen's chrome or controls.
import { expect as baseExpect, test } from '@playwright/test';
import { FAVORITES_KEY, SAMPLE_FAVORITES } from './feed.ts';

// Other checkouts share this machine's two cores: give a slow first render room.
const expect = baseExpect.configure({ timeout: 15_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`My schedule prints as a one-line-per-session agenda (${colorScheme} theme on screen)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.addInitScript(([key, ids]) => localStorage.setItem(key, JSON.stringify({ version: 1, ids })), [
      FAVORITES_KEY,
      SAMPLE_FAVORITES,
    ] as const);
    await page.goto('./?view=mine');
    const cards = page.locator('main article[data-session-id]');
    await expect(cards).toHaveCount(SAMPLE_FAVORITES.length);
    await page.emulateMedia({ media: 'print', colorScheme });

    // No header, filters, view switch, summary actions or any button at all.
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeHidden();
    await expect(page.locator('.toolbar')).toBeHidden();
    await expect(page.locator('button:visible')).toHaveCount(0);
    await expect(page.locator('.abstract, .speakers, .clash').filter({ visible: true })).toHaveCount(0);

    // Day headings stay.
    const days = page.locator('main .day-heading');
    expect(await days.count()).toBeGreaterThanOrEqual(2);
    for (const day of await days.all()) await expect(day).toBeVisible();

    // Each favorite is one line: time, title and track side by side, one text line high.
    for (const card of await cards.all()) {
      const time = await card.locator('.session-time').boundingBox();
      const title = await card.locator('.session-title').boundingBox();
      const track = await card.locator('.badge-track').boundingBox();
      const box = await card.boundingBox();
      if (!time || !title || !track || !box) throw new Error('a part of the line is not shown');
      const lineHeight = await card.evaluate(
        (el) => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.5,
      );
      expect(box.height, 'one line high').toBeLessThan(lineHeight * 1.8);
      expect(time.x + time.width).toBeLessThanOrEqual(title.x);
      expect(title.x + title.width).toBeLessThanOrEqual(track.x);
      for (const part of [title, track])
        expect(Math.abs(part.y + part.height / 2 - (time.y + time.height / 2))).toBeLessThan(lineHeight / 2);
      await expect(card.locator('.badge-track')).not.toBeEmpty();
    }

    // Printed on white with dark text, whatever the screen theme.
    const colors = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));
    expect(colors.background).toBe('rgb(255, 255, 255)');
    expect(colors.text).toBe('rgb(27, 31, 36)');
  });
}

test('the printed agenda fits one page as a PDF', async ({ page }) => {
  await page.addInitScript(([key, ids]) => localStorage.setItem(key, JSON.stringify({ version: 1, ids })), [
    FAVORITES_KEY,
    SAMPLE_FAVORITES,
  ] as const);
  await page.goto('./?view=mine');
  await expect(page.locator('main article[data-session-id]')).toHaveCount(SAMPLE_FAVORITES.length);
  const pdf = await page.pdf({ format: 'A4' });
  // Count the page objects in the PDF: five sessions are one page.
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});
