// Phone first (issue 20): at 360×740 the schedule starts near the top, with
// language, theme and zone behind one settings button and Filters, the views,
// Share and search in one row, so at least three sessions show on opening.
import { expect as baseExpect, test, type Page } from '@playwright/test';

const expect = baseExpect.configure({ timeout: 15_000 });

/** How many session cards are at least mostly (≥ 2/3 of their height) inside the window. */
async function cardsInView(page: Page): Promise<number> {
  return page.locator('main article.session-card').evaluateAll((cards) => {
    const bottom = window.innerHeight;
    return cards.filter((card) => {
      const box = card.getBoundingClientRect();
      const visible = Math.min(box.bottom, bottom) - Math.max(box.top, 0);
      return box.height > 0 && visible >= (box.height * 2) / 3;
    }).length;
  });
}

test.describe('on a phone (360×740)', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const language of ['en', 'zh'] as const) {
    test(`three sessions or more show on opening, in ${language}`, async ({ page }) => {
      await page.goto(`./?lang=${language}`);
      await expect(page.locator('main article').first()).toBeVisible();
      const first = await page.locator('main article').first().boundingBox();
      expect(first?.y ?? Infinity, 'the first session starts within ~200 px').toBeLessThanOrEqual(210);
      expect(await cardsInView(page)).toBeGreaterThanOrEqual(3);
    });
  }

  test('language, theme and zone are behind one settings button; Escape closes it and focus returns', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('main article').first()).toBeVisible();
    const settings = page.getByRole('button', { name: 'Display settings' });
    const language = page.getByRole('group', { name: 'Interface language' });
    await expect(settings).toHaveAttribute('aria-expanded', 'false');
    await expect(language).toBeHidden();
    await expect(page.locator('.tz-picker summary')).toBeHidden();
    await settings.focus();
    await page.keyboard.press('Enter');
    await expect(settings).toHaveAttribute('aria-expanded', 'true');
    await expect(language).toBeVisible();
    await expect(page.getByRole('group', { name: 'Theme' })).toBeVisible();
    await expect(page.locator('.tz-picker summary')).toHaveText('Times in UTC');
    // Keyboard: Tab goes into the menu, Escape closes it and returns focus.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Conference website' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('.tz-picker summary')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(language).toBeHidden();
    await expect(settings).toBeFocused();
    // A choice made there applies, and a tap outside closes the menu.
    await settings.click();
    await language.getByRole('button', { name: '简体中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.locator('h1').click();
    await expect(page.getByRole('group', { name: '界面语言' })).toBeHidden();
  });

  test('Filters, the views, Share and search share one row that stays in view; search is one tap away', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('main article').first()).toBeVisible();
    const row = page.locator('.toolbar-row');
    const boxes = await Promise.all(
      [
        page.getByRole('button', { name: /^Filters/ }),
        page.getByRole('group', { name: 'View' }),
        page.getByRole('button', { name: 'Share this view' }),
        page.getByRole('button', { name: 'Search', exact: true }),
      ].map((control) => control.boundingBox()),
    );
    const rowBox = await row.boundingBox();
    for (const box of boxes) {
      if (!box || !rowBox) throw new Error('no layout');
      expect(box.y).toBeGreaterThanOrEqual(rowBox.y - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(rowBox.y + rowBox.height + 1);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    // Far down the list, the row is still at the top and search is one tap.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await expect(row).toBeInViewport();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('eBPF');
    await expect(page.locator('.result-count')).toContainText('of 65');
  });

  test('the pressed view stays in sight in its scrolling row, on opening and after a tap', async ({ page }) => {
    await page.goto('./?lang=en&view=speakers');
    const views = page.getByRole('group', { name: 'View', exact: true });
    // Scrolled into sight after the first paint, so the check waits for it.
    await expect(views.getByRole('button', { name: 'Speakers', pressed: true })).toBeInViewport({ ratio: 0.95 });
    await views.getByRole('button', { name: 'List' }).click();
    await expect(views.getByRole('button', { name: 'List', pressed: true })).toBeInViewport({ ratio: 0.95 });
  });

  test('a card names a keynote once, not as type and track both', async ({ page }) => {
    await page.goto('./?lang=en');
    const card = page.locator('main article[data-session-id="state-istio"]');
    await expect(card.locator('.badge')).toHaveText([/Keynote/, /English/]);
  });
});

test.describe('during IstioCon 2022, on a phone', () => {
  // Day 2, 15:10 UTC: "Istio usage in 5G Core CNFs" is on in the use-case track,
  // the fourth column; the first tracks are empty at that hour.
  const NOW = '2022-04-26T15:10:00Z';
  test.use({ viewport: { width: 360, height: 740 } });
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW);
  });

  test('the Now strip names what is on across the tracks and what starts next, and stays in view', async ({ page }) => {
    await page.goto('./?lang=en');
    const strip = page.getByRole('region', { name: 'Now and next' });
    await expect(strip).toBeVisible();
    await expect(strip.locator('.now-next-line').first()).toContainText('Live');
    await expect(strip.locator('.now-next-line').first()).toContainText('Istio usage in 5G Core CNFs');
    await expect(strip.locator('.now-next-line').nth(1)).toContainText(/Next\s+3:\d\d PM/);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(strip).toBeInViewport();
    await strip.getByRole('button', { name: 'Everything on now and next' }).click();
    await expect(strip.locator('.now-next-all')).toContainText('On now');
    await expect(strip.locator('.now-next-all')).toContainText('Use case');
    await strip
      .locator('.now-next-all')
      .getByRole('button', { name: /Istio usage in 5G Core CNFs/ })
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  for (const language of ['en', 'zh'] as const) {
    test(`the grid opens on the live session's column, not only its time, in ${language}`, async ({ page }) => {
      await page.goto(`./?lang=${language}&view=grid`);
      const live = page.locator('main .grid-session:has(.live-badge-live)').first();
      await expect(live).toBeVisible();
      const box = await page.locator('.grid-scroll').boundingBox();
      await expect.poll(async () => (await live.boundingBox())?.x ?? 0).toBeGreaterThan((box?.x ?? 0) + 40);
      const cell = await live.boundingBox();
      if (!box || !cell) throw new Error('no layout');
      // Right of the times column and inside the box, across and down.
      expect(cell.x + cell.width).toBeLessThanOrEqual(box.x + box.width + 1);
      expect(cell.y).toBeGreaterThanOrEqual(box.y);
      expect(cell.y).toBeLessThan(box.y + box.height);
      await expect(live).toBeInViewport();
      // More than one track in sight at 360 px.
      const columns = await page
        .locator('.grid-column-head')
        .evaluateAll((heads, right) => heads.filter((head) => head.getBoundingClientRect().left < right).length, box.x + box.width);
      expect(columns).toBeGreaterThanOrEqual(2);
    });
  }

  test('the now line passes under the sessions, never over a title', async ({ page }) => {
    await page.goto('./?lang=en&view=grid');
    const live = page.locator('main .grid-session:has(.live-badge-live)').first();
    await expect(live).toBeVisible();
    const [lineZ, cellZ] = await Promise.all([
      page
        .locator('.now-line')
        .first()
        .evaluate((el) => Number(getComputedStyle(el).zIndex)),
      live.evaluate((el) => Number(getComputedStyle(el).zIndex)),
    ]);
    expect(lineZ).toBeLessThan(cellZ);
  });
});

test.describe('during IstioCon 2022, on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('switching from the list to the grid scrolls the grid to now', async ({ page }) => {
    await page.clock.setFixedTime('2022-04-26T15:10:00Z');
    await page.goto('./?lang=en');
    await expect(page.locator('main article').first()).toBeVisible();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Grid' }).click();
    const live = page.locator('main .grid-session:has(.live-badge-live)').first();
    await expect(live).toBeInViewport();
    expect(await page.locator('.grid-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });
});

test.describe('days one tap away', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the grid’s day tabs count the matching sessions, and a day with none cannot be picked', async ({ page }) => {
    // In UTC the Chinese-language sessions fall on Apr 26 (7) and Apr 28 (5).
    await page.goto('./?lang=en&view=grid&language=zh&day=2022-04-26');
    const tabs = page.getByRole('group', { name: 'Day', exact: true });
    await expect(tabs.getByRole('button', { name: 'Tue, Apr 26 (7 sessions)' })).toHaveAttribute('aria-pressed', 'true');
    await expect(tabs.getByRole('button', { name: 'Thu, Apr 28 (5 sessions)' })).toBeEnabled();
    await expect(tabs.getByRole('button', { name: 'Mon, Apr 25 (0 sessions)' })).toBeDisabled();
    await expect(tabs.getByRole('button', { name: /^Wed, Apr 27/ })).toBeDisabled();
    // Only the tracks with a matching session take a column.
    const heads = await page.locator('.grid-column-head').count();
    const tracksWithMatch = await page.locator('.grid-column:has(.grid-session)').count();
    expect(heads).toBe(tracksWithMatch);
  });

  test('the list has day tabs too: one jumps to its day', async ({ page }) => {
    await page.goto('./?lang=en');
    const jump = page.getByRole('navigation', { name: 'Jump to a day' });
    await expect(jump.getByRole('button')).toHaveCount(5);
    await jump.getByRole('button', { name: /^Thu, Apr 28/ }).click();
    await expect(page.getByRole('heading', { name: 'Thursday, April 28, 2022' })).toBeInViewport();
    // The heading is not hidden under the sticky toolbar.
    const heading = await page.getByRole('heading', { name: 'Thursday, April 28, 2022' }).boundingBox();
    const toolbar = await page.locator('.toolbar').boundingBox();
    expect(heading?.y ?? 0).toBeGreaterThanOrEqual((toolbar?.y ?? 0) + (toolbar?.height ?? 0) - 1);
  });

  test('scrolled into a day, its heading sticks just under the toolbar, not behind it', async ({ page }) => {
    await page.goto('./?lang=en');
    const header = page.locator('.day-header').first();
    await expect(page.locator('main .list-view')).toHaveAttribute('aria-busy', 'false');
    await page.mouse.wheel(0, 1_200);
    const toolbarBottom = async () => {
      const box = await page.locator('.toolbar').boundingBox();
      return (box?.y ?? 0) + (box?.height ?? 0);
    };
    await expect.poll(async () => Math.round((await header.boundingBox())?.y ?? -1)).toBe(Math.round(await toolbarBottom()));
    // The search row opens in the toolbar: the heading moves down with it.
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(async () => Math.round((await header.boundingBox())?.y ?? -1)).toBe(Math.round(await toolbarBottom()));
  });
});

test('My schedule totals its time in hours and minutes, in English and Chinese', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'schedule:v1:istiocon-2022:favorites',
      JSON.stringify({ version: 1, ids: ['state-istio', 'zero-trust-istio', 'istio-0-to-60-workshop'] }),
    ),
  );
  await page.goto('./?lang=en&view=mine');
  await expect(page.locator('.mine-summary')).toContainText('3 sessions, 3 h 20 min in all');
  await page.goto('./?lang=zh&view=mine');
  await expect(page.locator('.mine-summary')).toContainText('共 3 个议题，3 小时 20 分钟');
});
