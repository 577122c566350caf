import { expect, test, type Page } from '@playwright/test';
import { bundledFeed, holdFeed, serveFeed } from './feed.ts';
import { cardInSight, dayHeadingLanding, keptPlace, untilPlaceKeeping } from './place.ts';
import { CARDS_ON_SCREEN, firstFrameAfter } from './firstFrame.ts';

const feed = bundledFeed();
const stateOfIstio = '[data-session-id="state-istio"]';

/** Opens the list, reads 6,000 px down it and stops there: returns the card in sight once the page has kept its place. */
async function readDeepIntoList(page: Page): Promise<string | null | undefined> {
  await page.goto('./?lang=en');
  await expect(page.locator('main .list-view')).toHaveAttribute('aria-busy', 'false');
  // The place is kept in the history entry once scrolling stops.
  await untilPlaceKeeping(page);
  await page.evaluate(() => window.scrollTo(0, 6000));
  await expect.poll(async () => (await keptPlace(page))?.id).toBeTruthy();
  const card = await cardInSight(page);
  expect(card).toBeTruthy();
  return card;
}

test('lists every session of the feed, under day headings, in start order', async ({ page }) => {
  await page.goto('./');
  const cards = page.locator('main [data-session-id]');
  await expect(cards).toHaveCount(feed.sessions.length);
  const shownIds = await cards.evaluateAll((elements) => elements.map((el) => el.getAttribute('data-session-id')));
  const byStart = [...feed.sessions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1));
  expect(new Set(shownIds)).toEqual(new Set(byStart.map((s) => s.id)));
  const starts = await page
    .locator('main [data-session-id] .session-time time:first-child')
    .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime') ?? '')));
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  await expect(page.locator('main h2')).toHaveCount(5);
});

const zones = [
  { timezoneId: 'Asia/Shanghai', time: '23:00', day: /^Monday,? 25 April 2022$/ },
  { timezoneId: 'America/Los_Angeles', time: '08:00', day: /^Monday,? 25 April 2022$/ },
  { timezoneId: 'Asia/Kolkata', time: '20:30', day: /^Monday,? 25 April 2022$/ },
  { timezoneId: 'Pacific/Kiritimati', time: '05:00', day: /^Tuesday,? 26 April 2022$/ },
];

for (const zone of zones) {
  test.describe(`in ${zone.timezoneId}`, () => {
    test.use({ timezoneId: zone.timezoneId, locale: 'en-GB' });

    test(`State of Istio starts at ${zone.time} on ${zone.day.source}`, async ({ page }) => {
      await page.goto('./');
      const card = page.locator(`main ${stateOfIstio}`);
      const start = card.locator('time').first();
      await expect(start).toHaveText(zone.time);
      await expect(start).toHaveAttribute('datetime', '2022-04-25T15:00:00.000Z');
      const heading = page.locator('main section.day', { has: page.locator(stateOfIstio) }).locator('h2');
      await expect(heading).toHaveText(zone.day);
      await expect(page.getByText(`Times in ${zone.timezoneId}`)).toBeVisible();
    });
  });
}

test('a deep link opens the session, survives a reload, and Escape closes it', async ({ page }) => {
  await page.goto('./?session=state-istio');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('State of Istio');
  await page.reload();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page).not.toHaveURL(/session=/);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`a reload keeps the reader's place in the list, at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const before = await readDeepIntoList(page);
    await page.reload();
    await expect(page.locator('main .list-view')).toHaveAttribute('aria-busy', 'false');
    await expect.poll(() => cardInSight(page)).toBe(before);
    // A new visit to the same address starts at the top.
    await page.goto('./?lang=en');
    await expect(page.locator('main .list-view')).toHaveAttribute('aria-busy', 'false');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  // Cards have content-visibility: auto (e2e/firstFrame.ts): the ones a jump
  // lands on, and the last of the day before above the heading, were painted
  // empty for two frames in Chromium.
  test(`a day tab's jump paints the cards it lands on, not empty boxes, at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./?lang=en');
    await expect(page.locator('main .list-view')).toHaveAttribute('aria-busy', 'false');
    const jump = page.getByRole('navigation', { name: 'Jump to a day' });
    for (const day of [/^Fri, Apr 29/, /^Tue, Apr 26/]) {
      const frame = await firstFrameAfter(page, () => jump.getByRole('button', { name: day }).click(), 'click');
      expect(frame.onScreen).toBeGreaterThan(0);
      expect(frame.skipped).toBe(0);
    }
  });

  // A day's heading lands where it sticks (under a phone's toolbar, at the top
  // of a desktop), so the day before's heading is out of sight. It landed 4rem
  // lower (the page's scroll-padding, kept for focus), and the day before's
  // heading showed half under the toolbar above it.
  for (const lang of ['en', 'zh']) {
    test(`a day tab's jump puts the day's heading where it sticks, in ${lang}, at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`./?lang=${lang}`);
      await expect(page.locator('main .list-view')).toHaveAttribute('aria-busy', 'false');
      const jump = page.getByRole('navigation', { name: lang === 'en' ? 'Jump to a day' : '跳到某一天' });
      for (const day of ['2022-04-27', '2022-04-26', '2022-04-28']) {
        await jump.locator(`time[datetime="${day}"]`).click();
        await expect.poll(() => page.evaluate(dayHeadingLanding(day))).toEqual({ off: 0, others: 0 });
      }
    });
  }

  // During the event the list opens scrolled to what is on now. Before the
  // cards around it were drawn `eager`, the frame after that scroll could
  // show them empty, and the live card then moved by some 30 px, or sat near
  // the top rather than in the middle.
  test(`during the event the list opens on the live session, its cards painted, at ${viewport.width} px`, async ({ page }) => {
    const live = feed.sessions.find((session) => session.title.en === 'Istio usage in 5G Core CNFs');
    expect(live).toBeDefined();
    await page.setViewportSize(viewport);
    await page.clock.setFixedTime('2022-04-26T15:10:00Z');
    // Every frame from the first scroll on: the live card's top and how many cards on screen had their contents skipped.
    await page.addInitScript(`(() => {
      const frames = [];
      window.__frames = frames;
      const look = () => {
        const card = document.querySelector('main [data-session-id=${JSON.stringify(live?.id)}]');
        if (window.scrollY > 0 && card) frames.push({ top: Math.round(card.getBoundingClientRect().top), skipped: ${CARDS_ON_SCREEN}.skipped });
        if (frames.length < 30) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    })()`);
    await page.goto('./?lang=en');
    await page.waitForFunction(() => (window as { __frames?: unknown[] }).__frames?.length === 30);
    const frames = await page.evaluate(() => (window as unknown as { __frames: { top: number; skipped: number }[] }).__frames);
    expect(frames.filter((frame) => frame.skipped > 0)).toEqual([]);
    expect(new Set(frames.map((frame) => frame.top)).size, 'the live card stays where the jump put it').toBe(1);
    const box = await page.locator(`main [data-session-id="${live?.id}"]`).boundingBox();
    const middle = (box?.y ?? 0) + (box?.height ?? 0) / 2;
    expect(Math.abs(middle - viewport.height / 2), 'the live card is in the middle of the screen').toBeLessThan(viewport.height / 5);
  });
}

test("Back after a filter returns to the reader's place in the whole list", async ({ page }) => {
  const before = await readDeepIntoList(page);
  await page
    .getByRole('group', { name: 'Language', exact: true })
    .getByRole('button', { name: /^Chinese/ })
    .click();
  await expect(page).toHaveURL(/lang/);
  await expect.poll(() => cardInSight(page)).not.toBe(before);
  await page.goBack();
  await expect.poll(() => cardInSight(page)).toBe(before);
});

test('clicking a title opens its detail and the URL names it; back closes it', async ({ page }) => {
  await page.goto('./');
  await page.locator(`main ${stateOfIstio} h3 a`).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page).toHaveURL(/session=state-istio/);
  await page.goBack();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('a long abstract is collapsed and expands on request', async ({ page }) => {
  await page.goto('./');
  const card = page.locator('main [data-session-id="zero-trust-istio"]');
  const toggle = card.getByRole('button', { name: 'Show more' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(card.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
});

test('shows a loading state while the feed is on its way', async ({ page }) => {
  const release = await holdFeed(page);
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the schedule' })).toBeVisible();
  release();
  await expect(page.locator('main [data-session-id]').first()).toBeVisible();
});

test('a broken feed shows an error, and Retry loads the good one', async ({ page }) => {
  await serveFeed(page, '<!doctype html><title>502</title>');
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The schedule could not be loaded');
  await expect(alert).toContainText('not valid JSON');
  await page.unroute('**/sessions.json');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('main [data-session-id]')).toHaveCount(feed.sessions.length);
  await expect(page.getByRole('alert')).toBeHidden();
});

test('a feed in another format is refused with a clear message', async ({ page }) => {
  await serveFeed(page, { hello: 'world' });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('not in a format this app can read');
});

test('broken sessions are skipped and counted in one notice; the rest still show', async ({ page }) => {
  const broken = structuredClone(feed) as unknown as { sessions: Record<string, unknown>[] };
  broken.sessions[0] = { ...broken.sessions[0], end: '2000-01-01T00:00:00Z' };
  broken.sessions[1] = { ...broken.sessions[1], track: 'no-such-track' };
  await serveFeed(page, broken);
  await page.goto('./');
  await expect(page.locator('main [data-session-id]')).toHaveCount(feed.sessions.length - 2);
  const notice = page.locator('.feed-problems');
  await expect(notice).toContainText('2 sessions in the feed are broken and were skipped.');
  await notice.locator('summary').click();
  await expect(notice).toContainText('end is not after start');
  await expect(notice).toContainText('unknown track "no-such-track"');
});
