// axe sees a page at rest: these check what it cannot, a chip's text
// contrast while pressed, under the pointer, focused, and after a tap on a
// phone (where :hover sticks), in both themes.
import { expect, test, type Locator, type Page } from '@playwright/test';

function luminance([r, g, b]: number[]): number {
  const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((channel = 0) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);

/** The text's contrast against the chip's own background (opaque in every state). */
async function contrastOf(chip: Locator): Promise<number> {
  const { color, background } = await chip.evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, background: style.backgroundColor };
  });
  expect(background, 'the chip paints its own background').not.toMatch(/rgba\(.*, 0\)|transparent/);
  const [light, dark] = [luminance(channels(color)), luminance(channels(background))].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const chineseChip = (page: Page) => page.locator('.chip-group button', { hasText: /^Chinese/ });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('a pressed chip under the pointer, and focused, keeps its text at 4.5:1 or more', async ({ page }) => {
      await page.goto('./');
      const chip = chineseChip(page);
      await chip.hover();
      expect(await contrastOf(chip)).toBeGreaterThanOrEqual(4.5);
      await chip.click();
      await expect(chip).toHaveAttribute('aria-pressed', 'true');
      await chip.hover();
      expect(await contrastOf(chip)).toBeGreaterThanOrEqual(4.5);
      await page.mouse.move(0, 0);
      await chip.focus();
      expect(await contrastOf(chip)).toBeGreaterThanOrEqual(4.5);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a tapped chip stays readable (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('./');
      await page.getByRole('button', { name: /Filters/ }).tap();
      const chip = chineseChip(page);
      await chip.tap();
      await expect(chip).toHaveAttribute('aria-pressed', 'true');
      expect(await contrastOf(chip)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
