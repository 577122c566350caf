import { expect, test } from '@playwright/test';
import { bundledFeed } from './feed.ts';
import { keptPlace, untilPlaceKeeping } from './place.ts';

const feed = bundledFeed();

function sessionsOnUtcDay(day: string) {
  return feed.sessions.filter((s) => s.start.startsWith(day));
}

test('the grid shows the chosen day, each session in its track column, in time order', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Grid', exact: true }).click();
  await page.getByRole('group', { name: 'Day', exact: true }).getByRole('button', { name: 'Tue, Apr 26' }).click();
  await expect(page).toHaveURL(/view=grid/);
  await expect(page).toHaveURL(/day=2022-04-26/);

  const expected = sessionsOnUtcDay('2022-04-26');
  const cells = page.locator('main .grid-session');
  await expect(cells).toHaveCount(expected.length);

  for (const session of expected) {
    const column = page.locator(`.grid-column[data-column-id="${session.track ?? ''}"]`);
    await expect(column.locator(`[data-session-id="${session.id}"]`)).toHaveCount(1);
  }

  // Within each column, vertical position follows start time.
  const placed = await cells.evaluateAll((els) =>
    els.map((el) => ({
      column: el.closest('.grid-column')?.getAttribute('data-column-id') ?? '',
      start: Date.parse(el.querySelector('time')?.getAttribute('datetime') ?? ''),
      top: el.getBoundingClientRect().top,
      left: el.getBoundingClientRect().left,
    })),
  );
  for (const a of placed) {
    for (const b of placed) {
      if (a.column === b.column && a.start < b.start) expect(a.top).toBeLessThan(b.top);
    }
  }
  // Columns run left to right in the feed's track order.
  const trackOrder = feed.tracks.map((track) => track.id);
  const headsLeft = await page
    .locator('.grid-column')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('data-column-id') ?? '', el.getBoundingClientRect().left] as const));
  const lefts = headsLeft
    .filter(([id]) => id !== '')
    .sort((a, b) => a[1] - b[1])
    .map(([id]) => id);
  expect(lefts).toEqual(trackOrder.filter((id) => lefts.includes(id)));
});

test('filters apply to the grid, and a grid session opens the same detail', async ({ page }) => {
  await page.goto('./?view=grid&day=2022-04-26&language=zh');
  const expected = sessionsOnUtcDay('2022-04-26').filter((s) => s.language === 'zh');
  await expect(page.locator('main .grid-session')).toHaveCount(expected.length);
  const first = expected[0];
  if (!first) throw new Error('no Chinese session on 26 April');
  await page.locator(`main [data-session-id="${first.id}"]`).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`session=${first.id}`));
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  // On a phone the grid also scrolls sideways, under the times.
  test('a hovered or focused session scrolled under the column heads and the times stays under them', async ({ page }) => {
    await page.goto('./?view=grid&day=2022-04-26');
    const box = page.locator('.grid-scroll');
    await expect(page.locator('main .grid-session').first()).toBeVisible();
    // Scroll a session partly under its column's head and under the times.
    const point = await box.evaluate(async (scroller) => {
      const head = scroller.querySelectorAll('.grid-column-head')[1]?.getBoundingClientRect();
      const times = scroller.querySelector('.grid-times')?.getBoundingClientRect();
      // The second column's earliest session: the box can scroll it under both.
      const cells = [...(scroller.querySelectorAll('.grid-column')[1]?.querySelectorAll<HTMLElement>('.grid-session') ?? [])];
      const cell = cells.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];
      if (!head || !times || !cell) throw new Error('no grid');
      const before = cell.getBoundingClientRect();
      scroller.scrollTop += before.top - head.bottom + 25;
      scroller.scrollLeft += before.left - times.right + 40;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const after = cell.getBoundingClientRect();
      return {
        id: cell.dataset.sessionId ?? '',
        hoverX: (times.right + after.right) / 2,
        hoverY: head.bottom + 8,
        headY: head.bottom - 8,
        timesX: times.right - 8,
      };
    });
    await page.mouse.move(point.hoverX, point.hoverY);
    // Focused as a keyboard user's Tab would leave it, without scrolling it back into view.
    await page
      .locator(`main [data-session-id="${point.id}"] a`)
      .first()
      .evaluate((link: HTMLElement) => link.focus({ preventScroll: true }));
    const topmost = (x: number, y: number) =>
      page.evaluate(
        ([x, y]) => document.elementFromPoint(x, y)?.closest('.grid-session, .grid-column-head, .grid-times')?.className ?? '',
        [x, y] as const,
      );
    expect(await topmost(point.hoverX, point.hoverY)).toContain('grid-session');
    expect(await topmost(point.hoverX, point.headY)).toContain('grid-column-head');
    expect(await topmost(point.timesX, point.hoverY)).toContain('grid-times');
  });

  test('the grid scrolls sideways inside its box, not the page', async ({ page }) => {
    await page.goto('./?view=grid&day=2022-04-26');
    await expect(page.locator('main .grid-session').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const scroller = page.locator('.grid-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });

  test("a reload, and Back from another day, keep the grid's place in its box", async ({ page }) => {
    await page.goto('./?view=grid&day=2022-04-26');
    await expect(page.locator('main .grid-session').first()).toBeVisible();
    await untilPlaceKeeping(page);
    const box = page.locator('.grid-scroll');
    await box.evaluate((element) => element.scrollTo({ top: 900, left: 300 }));
    await expect.poll(async () => (await keptPlace(page))?.grid).toEqual({ top: 900, left: 300 });
    await page.reload();
    await expect(page.locator('main .grid-session').first()).toBeVisible();
    await expect.poll(() => box.evaluate((element) => [element.scrollTop, element.scrollLeft])).toEqual([900, 300]);
    // Another day's tab, then Back: the same place again.
    await page.locator('main .grid-view button:has(time[datetime="2022-04-27"])').click();
    await expect(page).toHaveURL(/day=2022-04-27/);
    await page.goBack();
    await expect(page).toHaveURL(/day=2022-04-26/);
    await expect.poll(() => box.evaluate((element) => [element.scrollTop, element.scrollLeft])).toEqual([900, 300]);
  });
});

test.describe('on a phone (360×740)', () => {
  test.use({ viewport: { width: 360, height: 740 }, timezoneId: 'Asia/Shanghai' });

  for (const lang of ['en', 'zh'] as const) {
    test(`the time labels fit their column in ${lang} ("11:00 PM" too)`, async ({ page }) => {
      await page.goto(`./?lang=${lang}&view=grid&day=2022-04-25`);
      const labels = page.locator('main .grid-time');
      await expect(labels.first()).toBeVisible();
      const column = await page.locator('main .grid-times').boundingBox();
      for (const label of await labels.all()) {
        const box = await label.boundingBox();
        expect(box && column && box.x >= column.x && box.x + box.width <= column.x + column.width, await label.innerText()).toBe(true);
      }
    });
  }
});
