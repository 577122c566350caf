// Phone first: at 360×740 one column, filters in a drawer, a grid that scrolls
// inside its own box with times and column heads kept in view, and never a
// page wider than the screen. At 1280×800 the filters sit beside the list.
import { expect as baseExpect, test, type Page } from '@playwright/test';

// Other checkouts share this machine's two cores: give a slow first render room.
const expect = baseExpect.configure({ timeout: 15_000 });

const FAVORITES_KEY = 'schedule:v1:istiocon-2022:favorites';

async function expectNoSidewaysScroll(page: Page, view: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${view}: page ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

test.describe('on a phone (360×740)', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const language of ['en', 'zh'] as const) {
    test(`no view is wider than the screen, in ${language}`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.addInitScript(
        (key) => localStorage.setItem(key, JSON.stringify({ version: 1, ids: ['state-istio', 'istio-0-to-60-workshop'] })),
        FAVORITES_KEY,
      );
      const views: [string, string, (page: Page) => Promise<void>][] = [
        ['list', '', (p) => expect(p.locator('main article').first()).toBeVisible()],
        ['grid', 'view=grid&day=2022-04-26', (p) => expect(p.locator('main .grid-session').first()).toBeVisible()],
        ['detail', 'session=istio-0-to-60-workshop', (p) => expect(p.getByRole('dialog')).toBeVisible()],
        ['my schedule', 'view=mine', (p) => expect(p.locator('main article').first()).toBeVisible()],
        ['shared agenda', 'agenda=state-istio,zero-trust-istio', (p) => expect(p.locator('main article').first()).toBeVisible()],
        ['no match', 'q=no-session-is-called-this', (p) => expect(p.locator('.empty-results')).toBeVisible()],
      ];
      for (const [name, query, ready] of views) {
        await page.goto(`./?lang=${language}${query ? `&${query}` : ''}`);
        await ready(page);
        await expectNoSidewaysScroll(page, name);
      }
      // The drawer open, and the time zone picker open.
      await page.goto(`./?lang=${language}&track=use-case`);
      await page.getByRole('button', { name: language === 'en' ? /^Filters/ : /^筛选/ }).click();
      await expect(page.getByRole('group', { name: language === 'en' ? 'Track' : '专题', exact: true })).toBeVisible();
      await expectNoSidewaysScroll(page, 'filter drawer');
      await page.getByRole('button', { name: language === 'en' ? 'Search' : '搜索', exact: true }).click();
      await expect(page.getByRole('searchbox')).toBeFocused();
      await expectNoSidewaysScroll(page, 'search');
      await page.getByRole('button', { name: language === 'en' ? 'Display settings' : '显示设置' }).click();
      await page.locator('.tz-picker summary').click();
      await expect(page.locator('.tz-panel')).toBeVisible();
      await expectNoSidewaysScroll(page, 'time zone picker');
    });
  }

  test('the list is one column and the filters fold into a drawer that counts what is on', async ({ page }) => {
    await page.goto('./?language=zh&track=use-case');
    await expect(page.locator('main article').first()).toBeVisible();
    const cards = await page
      .locator('main article')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map(({ left, width }) => ({ left, width })));
    expect(new Set(cards.map((card) => card.left)).size).toBe(1);
    for (const card of cards) expect(card.width).toBeGreaterThan(300);

    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toHaveAccessibleName('Filters (2 active)');
    await expect(toggle).toContainText('2');
    const trackGroup = page.getByRole('group', { name: 'Track', exact: true });
    await expect(trackGroup).toBeHidden();
    // The drawer sits above the sessions, not beside them.
    const drawerBox = await page.locator('.filters').boundingBox();
    const firstCard = await page.locator('main article').first().boundingBox();
    expect((drawerBox?.y ?? 0) + (drawerBox?.height ?? 0)).toBeLessThanOrEqual(firstCard?.y ?? 0);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(trackGroup).toBeVisible();
    await page.getByRole('group', { name: 'Type', exact: true }).getByRole('button', { name: /Talk/ }).click();
    await expect(toggle).toHaveAccessibleName('Filters (3 active)');
    await toggle.click();
    await expect(trackGroup).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Filters' })).toHaveCount(0);
  });

  test('the grid scrolls inside its box, with the times and the column heads kept in view', async ({ page }) => {
    await page.goto('./?view=grid&day=2022-04-26');
    const scroller = page.locator('.grid-scroll');
    await expect(page.locator('main .grid-session').first()).toBeVisible();
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth && el.scrollHeight > el.clientHeight)).toBe(true);
    const box = await scroller.boundingBox();
    if (!box) throw new Error('no grid box');
    await scroller.evaluate((el) => el.scrollTo({ left: 400, top: 600 }));
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(300);
    // The times column stays at the box's left edge, the heads at its top.
    const times = await page.locator('.grid-times').boundingBox();
    const head = await page.locator('.grid-column-head').nth(2).boundingBox();
    expect(Math.abs((times?.x ?? 0) - box.x)).toBeLessThanOrEqual(2);
    expect(Math.abs((head?.y ?? 0) - box.y)).toBeLessThanOrEqual(2);
    // And a time label is still readable there.
    await expect(page.locator('.grid-time').filter({ hasText: /\d/ }).first()).toBeAttached();
    await expectNoSidewaysScroll(page, 'grid');
  });
});

test.describe('on a desktop (1280×800)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the filters sit beside the list, always open', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('main article').first()).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
    const filters = await page.locator('.filters-drawer').boundingBox();
    const results = await page.locator('.results').boundingBox();
    // The view switch heads the results' column.
    const toolbar = await page.locator('.toolbar').boundingBox();
    if (!filters || !results || !toolbar) throw new Error('no layout');
    expect(filters.x + filters.width).toBeLessThanOrEqual(results.x);
    expect(Math.abs(filters.y - toolbar.y)).toBeLessThan(4);
    expect(toolbar.y + toolbar.height).toBeLessThanOrEqual(results.y);
    await expect(page.getByRole('searchbox')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
    await expectNoSidewaysScroll(page, 'list');
  });
});
