import { expect, test, type Page } from '@playwright/test';
import { bundledFeed } from './feed.ts';
import { firstFrameAfter } from './firstFrame.ts';

const feed = bundledFeed();

async function shownIds(page: Page): Promise<string[]> {
  await page.locator('main [data-session-id]').first().waitFor();
  const ids = await page.locator('main [data-session-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-session-id') ?? ''));
  return ids.sort();
}

const sorted = (ids: string[]) => [...ids].sort();

test('filtering by language zh shows exactly the Chinese-language sessions', async ({ page }) => {
  await page.goto('./');
  await page
    .getByRole('group', { name: 'Language', exact: true })
    .getByRole('button', { name: /Chinese/ })
    .click();
  const chinese = feed.sessions.filter((s) => s.language === 'zh').map((s) => s.id);
  expect(chinese.length).toBeGreaterThan(0);
  await expect(page.locator('main [data-session-id]')).toHaveCount(chinese.length);
  expect(await shownIds(page)).toEqual(sorted(chinese));
  expect(new URL(page.url()).searchParams.get('language')).toBe('zh');
  await expect(page.getByText(`Showing ${chinese.length} of ${feed.sessions.length} sessions`)).toBeVisible();
});

test('track and search together narrow the list, and the URL reproduces it in a new page', async ({ page, context }) => {
  await page.goto('./');
  await page
    .getByRole('group', { name: 'Track', exact: true })
    .getByRole('button', { name: /Infrastructure/ })
    .click();
  await page.getByLabel('Search').fill('eBPF');
  const raw = feed.sessions as unknown as {
    id: string;
    track?: string;
    title: Record<string, string>;
    abstract?: Record<string, string>;
  }[];
  const expected = raw
    .filter((s) => s.track === 'infrastructure-networking')
    .filter((s) => [...Object.values(s.title), ...Object.values(s.abstract ?? {})].join(' ').toLowerCase().includes('ebpf'))
    .map((s) => s.id);
  expect(expected.length).toBeGreaterThan(0);
  await expect(page.locator('main [data-session-id]')).toHaveCount(expected.length);
  expect(await shownIds(page)).toEqual(sorted(expected));

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByLabel('Search')).toHaveValue('eBPF');
  await expect(other.locator('main [data-session-id]')).toHaveCount(expected.length);
  expect(await shownIds(other)).toEqual(sorted(expected));
});

test('search matches Chinese text by substring and ignores case and accents', async ({ page }) => {
  await page.goto('./?q=' + encodeURIComponent('推送'));
  expect(await shownIds(page)).toEqual(['istio-push-performance-optimization']);
  await page.goto('./?q=ZÉRO%20TRUST');
  expect(await shownIds(page)).toContain('zero-trust-istio');
});

test('back restores the previous filter; typing does not flood history', async ({ page }) => {
  await page.goto('./');
  const languages = page.getByRole('group', { name: 'Language', exact: true });
  await languages.getByRole('button', { name: /Chinese/ }).click();
  await page.getByRole('group', { name: 'Type', exact: true }).getByRole('button', { name: /Talk/ }).click();
  await expect(page).toHaveURL(/type=talk/);
  await page.goBack();
  await expect(page).not.toHaveURL(/type=talk/);
  await expect(page).toHaveURL(/language=zh/);
  await expect(page.getByRole('group', { name: 'Type', exact: true }).getByRole('button', { name: /Talk/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(languages.getByRole('button', { name: /Chinese/ })).toHaveAttribute('aria-pressed', 'true');

  await page.getByLabel('Search').pressSequentially('istio');
  await expect(page).toHaveURL(/q=istio/);
  await page.goBack();
  await expect(page.getByLabel('Search')).toHaveValue('');
  await expect(page).toHaveURL(/language=zh/);
});

test('facet counts say how many sessions each choice would leave', async ({ page }) => {
  await page.goto('./?language=zh');
  const chinese = feed.sessions.filter((s) => s.language === 'zh');
  const infra = chinese.filter((s) => s.track === 'infrastructure-networking').length;
  await expect(page.getByRole('group', { name: 'Track', exact: true }).getByRole('button', { name: /Infrastructure/ })).toContainText(
    String(infra),
  );
  // The language facet ignores its own choice: English still counts all English sessions.
  const english = feed.sessions.length - chinese.length;
  await expect(page.getByRole('group', { name: 'Language', exact: true }).getByRole('button', { name: /English/ })).toContainText(
    String(english),
  );
});

test('an empty result says so and clears in one click', async ({ page }) => {
  await page.goto('./?q=no-session-is-called-this');
  await expect(page.getByText('No session matches these filters.')).toBeVisible();
  await page.locator('.empty-results').getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.locator('main [data-session-id]')).toHaveCount(feed.sessions.length);
  expect(new URL(page.url()).search).toBe('');
});

test('unknown and malformed URL parameters are ignored', async ({ page }) => {
  await page.goto('./?utm_source=mail&view=table&track=%3Cscript%3E&day=yesterday&tz=Nowhere%2FLand&session=does-not-exist');
  await expect(page.locator('main [data-session-id]')).toHaveCount(feed.sessions.length);
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText('Times in UTC')).toBeVisible();
});

test('Share copies the current view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?language=zh&view=grid');
  await page.getByRole('button', { name: 'Share this view' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('a session link drawn before a filter changed carries that filter: in a new tab, and from the keyboard', async ({ page, context }) => {
  await page.goto('./');
  const link = page.locator('main [data-session-id="state-istio"] h3 a');
  await expect(link).toHaveAttribute('href', /session=state-istio/);
  await page
    .getByRole('group', { name: 'Language', exact: true })
    .getByRole('button', { name: /English/ })
    .click();
  await expect(page).toHaveURL(/language=en/);

  const [tab] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['ControlOrMeta'] })]);
  await tab.waitForLoadState();
  const opened = new URL(tab.url()).searchParams;
  expect([opened.get('language'), opened.get('session')]).toEqual(['en', 'state-istio']);
  await expect(tab.getByRole('dialog')).toBeVisible();
  await tab.close();

  await page.getByLabel('Search').fill('Istio');
  await expect(page).toHaveURL(/q=Istio/);
  await link.focus();
  const href = new URL((await link.getAttribute('href')) ?? '', page.url()).searchParams;
  expect([href.get('language'), href.get('q'), href.get('session')]).toEqual(['en', 'Istio', 'state-istio']);
});

test('the first frame after a chip or a keystroke shows the cards on screen, not empty boxes', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('main [data-session-id]')).toHaveCount(feed.sessions.length);
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  const chinese = page.getByRole('group', { name: 'Language', exact: true }).getByRole('button', { name: /Chinese/ });
  // On: the Chinese sessions, drawn further down, move up onto the screen.
  const on = await firstFrameAfter(page, () => chinese.click());
  expect(on.skipped).toBe(0);
  expect(on.onScreen).toBeGreaterThan(0);
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  const off = await firstFrameAfter(page, () => chinese.click());
  expect(off.skipped).toBe(0);
  expect(off.onScreen).toBeGreaterThan(0);
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  const typed = await firstFrameAfter(page, () => page.getByLabel('Search').fill('mesh'));
  expect(typed.skipped).toBe(0);
  expect(typed.onScreen).toBeGreaterThan(0);
});
