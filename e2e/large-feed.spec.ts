// The same user tasks on a big generated feed (bench/gen-feed.ts): the list
// and grid only hold what is near the screen, and everything still works:
// filter, search, scroll to the end, grid, star + reload, deep link.
// 2,000 sessions, not the benchmark's 5,000: both are far past the list's
// (400) and the grid's (150 a day) thresholds.
// The feed is a file beside a copy of the build, on a static server of this
// file's own, as a host serves it. Handed through page.route, its 4 MB took
// over 3.6 s to reach the page on a busy machine: past the app's 4 s wait
// for a first visit's feed (FEED_TIMEOUT_MS, counted from the page's start),
// so the page rightly showed its error, a failure of the harness alone.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { adjacentDay, busiestDay, generateFeed } from '../bench/gen-feed.ts';
import { DIST, serve, type TestServer } from './server.ts';

const feed = generateFeed({ sessions: 2000, seed: 1 });
const total = feed.sessions.length;
const byStart = [...feed.sessions].sort(
  (a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end) || (a.id < b.id ? -1 : 1),
);
const cards = (page: Page) => page.locator('main article[data-session-id]');
const showing = (page: Page, shown: number) => page.getByText(`Showing ${shown} of ${total} sessions`);

// Parsing 4 MB is slow on a busy 2-core machine: give this file's waits more
// room, and its pages one at a time.
const slowExpect = expect.configure({ timeout: 45_000 });

let site: TestServer;
let siteDir: string;
test.beforeAll(async () => {
  siteDir = mkdtempSync(join(tmpdir(), 'schedule-large-feed-'));
  cpSync(DIST, siteDir, { recursive: true });
  writeFileSync(join(siteDir, 'sessions.json'), JSON.stringify(feed));
  site = await serve({ root: siteDir });
});
test.afterAll(async () => {
  await site.close();
  rmSync(siteDir, { recursive: true, force: true });
});

test.describe('a 2,000-session feed', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  test('the list holds only cards near the screen, and scrolling reaches the last session', async ({ page }) => {
    await page.goto(site.url);
    await slowExpect(cards(page).first()).toHaveAttribute('data-session-id', byStart[0]?.id ?? '');
    expect(await cards(page).count()).toBeLessThan(60);
    const last = byStart[byStart.length - 1];
    // Scroll to the end in steps, letting the list measure rows as they come.
    await expect(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(page.locator(`main article[data-session-id="${last?.id}"]`)).toBeInViewport({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    expect(await cards(page).count()).toBeLessThan(60);
  });

  test('a language chip and a search narrow the list, and the counts add up', async ({ page }) => {
    await page.goto(site.url);
    await slowExpect(cards(page).first()).toBeVisible();
    const chinese = feed.sessions.filter((session) => session.language === 'zh');
    await page.getByRole('button', { name: /^Chinese/ }).click();
    await expect(showing(page, chinese.length)).toBeVisible();
    const languages = await cards(page).locator('.badge-language').allTextContents();
    expect(languages.length).toBeGreaterThan(0);
    for (const language of languages) expect(language).toContain('Chinese');
    await page.getByRole('button', { name: /^Chinese/ }).click();

    const target = byStart[1200];
    const speaker = target?.speakers?.[0]?.name ?? '';
    await page.getByRole('searchbox').fill(speaker);
    // The app's search: every word somewhere in the session's text (ASCII here, so lower case is enough).
    const terms = speaker.toLowerCase().split(/\s+/);
    const expected = feed.sessions.filter((session) => {
      const people = (session.speakers ?? []).flatMap((person) => [person.name, person.affiliation ?? '']);
      const text = [...Object.values(session.title), ...people, ...Object.values(session.abstract ?? {}), ...(session.tags ?? [])]
        .join('\u0000')
        .toLowerCase();
      return terms.every((term) => text.includes(term));
    });
    expect(expected.length).toBeGreaterThan(0);
    await expect(showing(page, expected.length)).toBeVisible();
    await expect(page).toHaveURL(/q=/);
  });

  test('the grid of the busiest day renders a window of its sessions and follows the scroll', async ({ page }) => {
    const day = busiestDay(feed);
    const ofDay = feed.sessions.filter((session) => session.start.startsWith(day));
    await page.goto(`${site.url}?view=grid&day=${day}`);
    const cells = page.locator('main .grid-session');
    await slowExpect(cells.first()).toBeVisible();
    const initial = await cells.count();
    expect(ofDay.length).toBeGreaterThan(150);
    expect(initial).toBeLessThan(ofDay.length / 2);
    // Scroll the timetable to its last column: that room's sessions appear, and still only a window.
    const lastColumn = page.locator('.grid-column').last();
    await expect(lastColumn.locator('.grid-session')).toHaveCount(0);
    await page.locator('.grid-scroll').evaluate((box) => box.scrollTo({ left: box.scrollWidth, top: 0 }));
    await expect(lastColumn.locator('.grid-session').first()).toBeVisible();
    expect(await cells.count()).toBeLessThan(ofDay.length / 2);
  });

  test("a day tab to another busy day shows that day's window, and it follows the scroll", async ({ page }) => {
    const day = busiestDay(feed);
    const next = adjacentDay(day);
    const ofNext = new Set(feed.sessions.filter((session) => session.start.startsWith(next)).map((session) => session.id));
    await page.goto(`${site.url}?view=grid&day=${day}`);
    const cells = page.locator('main .grid-session');
    await slowExpect(cells.first()).toBeVisible();
    await page.locator(`main .grid-view button:has(time[datetime="${next}"])`).click();
    await expect(page.locator(`main .grid-view button:has(time[datetime="${next}"])`)).toHaveAttribute('aria-pressed', 'true');
    // The new day's screenful comes first, its margin a frame or two later: only that day's sessions, and still a window.
    await expect
      .poll(async () =>
        (await cells.evaluateAll((list) => list.map((cell) => cell.getAttribute('data-session-id')))).every(
          (id) => id !== null && ofNext.has(id),
        ),
      )
      .toBe(true);
    expect(ofNext.size).toBeGreaterThan(150);
    expect(await cells.count()).toBeLessThan(ofNext.size / 2);
    const lastColumn = page.locator('.grid-column').last();
    await page.locator('.grid-scroll').evaluate((box) => box.scrollTo({ left: box.scrollWidth, top: box.scrollHeight }));
    await expect(lastColumn.locator('.grid-session').first()).toBeVisible();
  });

  test("during the event, today's grid opens at now with the live session's column in sight, on a phone", async ({ page }) => {
    const day = busiestDay(feed);
    const now = Date.parse(`${day}T14:10:00Z`);
    // The session "Now" goes to: the first (by start) not yet over.
    const current = byStart.find((session) => Date.parse(session.end) > now);
    await page.clock.setFixedTime(now);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${site.url}?view=grid`);
    await slowExpect(page.locator('main .grid-session').first()).toBeVisible();
    await expect(page.locator(`main .grid-session[data-session-id="${current?.id}"]`)).toBeInViewport();
  });

  test('during the event, the list opens at the current session', async ({ page }) => {
    const now = Date.parse(`${busiestDay(feed)}T14:10:00Z`);
    const current = byStart.find((session) => Date.parse(session.end) > now);
    await page.clock.setFixedTime(now);
    await page.goto(site.url);
    await slowExpect(page.locator(`main article[data-session-id="${current?.id}"]`)).toBeInViewport();
  });

  test('a starred session survives a reload and its deep link opens it', async ({ page }) => {
    const target = byStart[1500];
    await page.goto(`${site.url}?session=${target?.id}`);
    const dialog = page.getByRole('dialog');
    await slowExpect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: /^Favorite:/ }).click();
    await expect(dialog.getByRole('button', { name: /^Favorite:/ })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await slowExpect(page.getByRole('dialog').getByRole('button', { name: /^Favorite:/ })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^My schedule/ }).click();
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page).first()).toHaveAttribute('data-session-id', target?.id ?? '');
  });
});
