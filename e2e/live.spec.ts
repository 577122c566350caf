import { expect, test } from '@playwright/test';
import { bundledFeed } from './feed.ts';
import { cardInSight, keptPlace, untilPlaceKeeping } from './place.ts';

const feed = bundledFeed();
const NOW = '2022-04-26T15:10:00Z';
const now = Date.parse(NOW);
const sessions = feed.sessions as unknown as { id: string; start: string; end: string }[];
const live = sessions.filter((s) => Date.parse(s.start) <= now && now < Date.parse(s.end)).map((s) => s.id);
const soon = sessions.filter((s) => Date.parse(s.start) > now && Date.parse(s.start) - now <= 30 * 60_000).map((s) => s.id);

test.describe('during IstioCon 2022', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW);
  });

  test('sessions in progress are Live, those starting within 30 minutes are Soon', async ({ page }) => {
    expect(live.length).toBeGreaterThan(0);
    expect(soon.length).toBeGreaterThan(0);
    await page.goto('./');
    // The list draws its cards a screenful at a time, and evaluateAll does
    // not wait: ask again until every card is in (a busy machine may still be
    // drawing when the first badge shows).
    const marked = (badge: string) =>
      page.locator(`main article:has(.${badge})`).evaluateAll((els) => els.map((el) => el.getAttribute('data-session-id')).sort());
    await expect.poll(() => marked('live-badge-live')).toEqual([...live].sort());
    await expect.poll(() => marked('live-badge-soon')).toEqual([...soon].sort());
    await expect(page.locator(`main article[data-session-id="${live[0]}"] .live-badge`)).toHaveText('Live');
    // Opened at now: the live session is on screen.
    await expect(page.locator(`main article[data-session-id="${live[0]}"]`)).toBeInViewport();
  });

  for (const locale of ['en-US', 'zh-CN']) {
    test(`on a phone (${locale}) the list opens with the live session on screen`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(locale === 'zh-CN' ? './?lang=zh' : './?lang=en');
      // Cards not yet drawn stand in at an estimated height (content-visibility):
      // too short an estimate, and those above took their real height after the
      // scroll and pushed the live card off the bottom.
      const card = page.locator(`main article[data-session-id="${live[0]}"]`);
      await expect(card).toBeInViewport();
      await page.waitForTimeout(1_000);
      await expect(card).toBeInViewport();
    });
  }

  test('the grid opens on today with a now line through the live session', async ({ page }) => {
    await page.goto('./?view=grid');
    await expect(page.getByRole('group', { name: 'Day', exact: true }).getByRole('button', { pressed: true }).locator('time')).toHaveText(
      'Tue, Apr 26',
    );
    const column = page.locator('.grid-column', { has: page.locator(`.grid-session[data-session-id="${live[0]}"]`) });
    await expect(column.locator('.now-line')).toHaveCount(1);
    // Where the line crosses the cell, as a share of its height: both boxes
    // read in one go, since the grid may still scroll to now between two reads.
    const lineThroughCell = () =>
      column.evaluate((element, id) => {
        const cell = element.querySelector(`.grid-session[data-session-id="${id}"]`)?.getBoundingClientRect();
        const line = element.querySelector('.now-line')?.getBoundingClientRect();
        return cell && line ? (line.y - cell.y) / cell.height : NaN;
      }, live[0]);
    // 10 of the session's 35 minutes have passed.
    await expect.poll(lineThroughCell).toBeGreaterThan(0.2);
    expect(await lineThroughCell()).toBeLessThan(0.4);
  });

  test('the Now button brings the list back to the current session', async ({ page }) => {
    await page.goto('./');
    // Opening scrolls to now; scroll away only after that has happened.
    await expect(page.locator(`main article[data-session-id="${live[0]}"]`)).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator(`main article[data-session-id="${live[0]}"]`)).not.toBeInViewport();
    await page.getByRole('button', { name: 'Now', exact: true }).click();
    await expect(page.locator(`main article[data-session-id="${live[0]}"]`)).toBeInViewport();
  });

  test("a reload of the list returns to the reader's place, without showing now first", async ({ page }) => {
    const liveCard = page.locator(`main article[data-session-id="${live[0]}"]`);
    await page.goto('./?lang=en');
    await expect(liveCard).toBeInViewport();
    await untilPlaceKeeping(page);
    await page.evaluate(() => window.scrollTo(0, 800));
    await expect.poll(async () => (await keptPlace(page))?.y).toBe(800);
    const before = await cardInSight(page);
    expect(before).toBeTruthy();
    // Every frame's scroll offset after the reload: the now card, some 4,000 px
    // further down, used to show for a frame or two before the place came back.
    await page.addInitScript(() => {
      const offsets: number[] = [];
      Object.assign(window, { offsets });
      const sample = () => {
        offsets.push(window.scrollY);
        if (offsets.length < 120) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => (window as unknown as { offsets: number[] }).offsets.length)).toBe(120);
    const offsets = await page.evaluate(() => (window as unknown as { offsets: number[] }).offsets);
    expect(Math.max(...offsets)).toBeLessThan(1_600);
    expect(offsets.at(-1)).toBeGreaterThan(400);
    await expect(liveCard).not.toBeInViewport();
    expect(await cardInSight(page)).toBe(before);
  });

  test("a reload of the grid returns to the reader's place in its box, not to now", async ({ page }) => {
    await page.goto('./?view=grid');
    const box = page.locator('.grid-scroll');
    // Opened at now (the box scrolled down to the now line), then read further up.
    await expect.poll(() => box.evaluate((element) => element.scrollTop)).toBeGreaterThan(300);
    await untilPlaceKeeping(page);
    await box.evaluate((element) => element.scrollTo({ top: 100, left: 0 }));
    await expect.poll(async () => (await keptPlace(page))?.grid).toEqual({ top: 100, left: 0 });
    await page.reload();
    await expect.poll(() => box.evaluate((element) => element.scrollTop)).toBe(100);
    await page.waitForTimeout(1_000);
    expect(await box.evaluate((element) => element.scrollTop)).toBe(100);
  });

  test('Up next lists the next two favorites with a countdown', async ({ page }) => {
    await page.goto('./');
    const upcoming = sessions.filter((s) => Date.parse(s.start) > now).slice(0, 3);
    for (const session of upcoming) {
      await page
        .locator(`main article[data-session-id="${session.id}"]`)
        .getByRole('button', { name: /^Favorite:/ })
        .click();
    }
    const strip = page.getByRole('region', { name: 'Up next for you' });
    await expect(strip.locator('li')).toHaveCount(2);
    const minutes = Math.ceil((Date.parse(upcoming[0]?.start ?? '') - now) / 60_000);
    await expect(strip.locator('li').first()).toContainText(`in ${minutes} minutes`);
  });
});

test.describe('outside the conference', () => {
  for (const moment of ['2022-04-10T12:00:00Z', '2026-11-23T12:00:00Z']) {
    test(`nothing live shows on ${moment.slice(0, 10)}`, async ({ page }) => {
      await page.clock.setFixedTime(moment);
      await page.goto('./?view=grid&day=2022-04-26');
      await expect(page.locator('main .grid-session').first()).toBeVisible();
      await expect(page.locator('.live-badge, .now-line, .up-next')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Now', exact: true })).toHaveCount(0);
    });
  }
});
