import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const KEY = 'schedule:v1:istiocon-2022:favorites';
const star = (page: Page, id: string) => page.locator(`main [data-session-id="${id}"]`).getByRole('button', { name: /^Favorite:/ });
const storedIds = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"ids":[]}') as { ids: string[] }).ids, KEY);
const picks = ['state-istio', 'zero-trust-istio', 'istio-0-to-60-workshop'];

test('starred sessions survive a reload and show up in another tab', async ({ page, context }) => {
  await page.goto('./');
  for (const id of picks) await star(page, id).click();
  for (const id of picks) await expect(star(page, id)).toHaveAttribute('aria-pressed', 'true');
  expect(await storedIds(page)).toEqual(picks);

  const other = await context.newPage();
  await other.goto('./');
  await expect(star(other, 'state-istio')).toHaveAttribute('aria-pressed', 'true');
  await star(page, 'running-istio-scale').click();
  await expect(star(other, 'running-istio-scale')).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  for (const id of picks) await expect(star(page, id)).toHaveAttribute('aria-pressed', 'true');
});

test("two tabs never lose each other's stars, even when one has not seen the other's change", async ({ page, context }) => {
  await page.goto('./');
  const other = await context.newPage();
  await other.goto('./');
  await expect(star(other, 'state-istio')).toBeVisible();
  // Tab B misses A's change, as a busy tab does: its storage events are held back.
  await other.evaluate(() => window.addEventListener('storage', (event) => event.stopImmediatePropagation(), { capture: true }));
  await star(page, 'state-istio').click();
  await expect.poll(() => storedIds(page)).toEqual(['state-istio']);
  await star(other, 'zero-trust-istio').click();
  await expect.poll(() => storedIds(page)).toEqual(['state-istio', 'zero-trust-istio']);
  await expect(star(other, 'state-istio')).toHaveAttribute('aria-pressed', 'true');
  await expect(star(page, 'zero-trust-istio')).toHaveAttribute('aria-pressed', 'true');
  // An unstar from the tab that is behind removes only that star.
  await star(other, 'state-istio').click();
  await expect.poll(() => storedIds(page)).toEqual(['zero-trust-istio']);
});

test('starring a card deep in the list leaves every other card in the page', async ({ page }) => {
  await page.goto('./');
  const cards = page.locator('main article[data-session-id]');
  await expect(page.locator('main .list-view')).toHaveAttribute('aria-busy', 'false');
  const total = await cards.count();
  const last = (await cards.last().getAttribute('data-session-id')) ?? '';
  await star(page, last).scrollIntoViewIfNeeded();
  // The fewest cards the page holds from here on, at every change.
  await page.evaluate(() => {
    const count = () => document.querySelectorAll('main article[data-session-id]').length;
    const seen = { fewest: count() };
    Object.assign(window, { seen });
    new MutationObserver(() => (seen.fewest = Math.min(seen.fewest, count()))).observe(document.body, { childList: true, subtree: true });
  });
  await star(page, last).click();
  await expect(star(page, last)).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { seen: { fewest: number } }).seen.fewest)).toBe(total);
  await expect(star(page, last)).toBeInViewport();
});

test('My schedule lists favorites, flags clashes on both, and exports a calendar', async ({ page }) => {
  await page.goto('./');
  // The workshop (18:00-20:30 UTC) overlaps talks in the same block.
  const clashing = ['istio-0-to-60-workshop', 'state-istio'];
  for (const id of clashing) await star(page, id).click();
  const overlapping = await page.evaluate(() => {
    const workshop = document.querySelector('[data-session-id="istio-0-to-60-workshop"] time');
    const start = Date.parse(workshop?.getAttribute('datetime') ?? '');
    const cards = [...document.querySelectorAll('main article[data-session-id]')];
    return cards
      .map((card) => ({
        id: card.getAttribute('data-session-id') ?? '',
        start: Date.parse(card.querySelector('time')?.getAttribute('datetime') ?? ''),
      }))
      .find((card) => card.id !== 'istio-0-to-60-workshop' && card.start >= start && card.start < start + 2.5 * 3600_000)?.id;
  });
  if (!overlapping) throw new Error('expected a session during the workshop');
  await star(page, overlapping).click();

  await page.getByRole('button', { name: /My schedule/ }).click();
  await expect(page).toHaveURL(/view=mine/);
  const cards = page.locator('main article[data-session-id]');
  await expect(cards).toHaveCount(3);
  await expect(page.getByText('3 sessions,')).toBeVisible();
  await expect(page.locator(`main [data-session-id="istio-0-to-60-workshop"] .clash`)).toBeVisible();
  await expect(page.locator(`main [data-session-id="${overlapping}"] .clash`)).toBeVisible();
  await expect(page.locator('main [data-session-id="state-istio"] .clash')).toHaveCount(0);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my schedule (.ics)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(3);
  expect(ics).toContain('UID:state-istio@istiocon-2022');
  expect(ics).not.toMatch(/[^\r]\n/);
});

test('Add to calendar on a session downloads one event', async ({ page }) => {
  await page.goto('./?session=state-istio');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Add to calendar' }).click();
  const ics = readFileSync(await (await downloadPromise).path(), 'utf8');
  expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
  expect(ics).toContain('DTSTART:20220425T150000Z');
  expect(ics).toMatch(/URL:http:\/\/127\.0\.0\.1:\d+\/\?session=state-istio/);
});

test('a shared agenda opens read-only and adds to favorites only when asked', async ({ page, browser }) => {
  await page.goto('./');
  for (const id of picks) await star(page, id).click();
  await page.getByRole('button', { name: /My schedule/ }).click();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share my schedule' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?agenda=/);

  const fresh = await browser.newContext({ baseURL: page.url() });
  const friend = await fresh.newPage();
  await friend.goto(link);
  await expect(friend.getByRole('heading', { name: 'A shared schedule: 3 sessions' })).toBeVisible();
  await expect(friend.locator('main article[data-session-id]')).toHaveCount(3);
  expect(await storedIds(friend)).toEqual([]);
  await friend.getByRole('button', { name: 'Add all to my favorites' }).click();
  expect((await storedIds(friend)).sort()).toEqual([...picks].sort());
  await fresh.close();
});

test('a vanished favorite is kept and listed as no longer in the program', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!localStorage.getItem(key))
      localStorage.setItem(key, JSON.stringify({ version: 1, ids: ['state-istio', 'a-talk-that-was-cancelled'] }));
  }, KEY);
  await page.goto('./?view=mine');
  await expect(page.locator('main article[data-session-id]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'No longer in the program' })).toBeVisible();
  await expect(page.getByText('a-talk-that-was-cancelled')).toBeVisible();
});

test('corrupted favorites never crash the app and are moved aside, not erased', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"version":1,"ids":["state-istio",');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await page.goto('./');
  await expect(page.getByText('Some favorites saved on this device could not be read')).toBeVisible();
  await star(page, 'zero-trust-istio').click();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const backup = keys.find((key) => key.startsWith(`${KEY}:unreadable:`));
  expect(backup).toBeDefined();
  expect(await page.evaluate((key) => localStorage.getItem(key), backup ?? '')).toBe('{"version":1,"ids":["state-istio",');
  expect(await storedIds(page)).toEqual(['zero-trust-istio']);
});

test('with storage turned off, favorites work for the visit and the viewer is told once', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('./');
  await expect(page.locator('main [data-session-id]').first()).toBeVisible();
  await expect(page.getByText('Favorites cannot be saved on this device')).toBeVisible();
  await star(page, 'state-istio').click();
  await expect(star(page, 'state-istio')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await star(page, 'zero-trust-istio').click();
  await expect(page.getByText('Favorites cannot be saved on this device')).toBeHidden();
});
