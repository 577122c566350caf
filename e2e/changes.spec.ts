// The programme changes during the event: the open page fetches the feed
// again (react-query's own interval, driven here by Playwright's clock),
// says what changed, lists it, and keeps a cancelled favorite in My schedule.
import { expect, test, type Page } from '@playwright/test';
import { bundledFeed } from './feed.ts';

const FAVORITES_KEY = 'schedule:v1:istiocon-2022:favorites';
const HOUR = 3_600_000;

function version2() {
  const feed = bundledFeed();
  const sessions = feed.sessions
    .filter((session) => session.id !== 'zero-trust-istio')
    .map((session) => {
      if (session.id !== 'state-istio') return session;
      const end = (session as { end?: string }).end ?? session.start;
      return {
        ...session,
        start: new Date(Date.parse(session.start) + HOUR).toISOString(),
        end: new Date(Date.parse(end) + HOUR).toISOString(),
      };
    });
  return JSON.stringify({ ...feed, sessions });
}

async function openWithTwoFavorites(page: Page, query: string): Promise<{ swap: () => void }> {
  let body = JSON.stringify(bundledFeed());
  await page.clock.install({ time: new Date('2026-11-24T10:00:00Z') });
  await page.addInitScript(
    (key) => localStorage.setItem(key, JSON.stringify({ version: 1, ids: ['state-istio', 'zero-trust-istio'] })),
    FAVORITES_KEY,
  );
  await page.route('**/sessions.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(`./${query}`);
  await expect(page.locator('main article[data-session-id]')).toHaveCount(65);
  return { swap: () => (body = version2()) };
}

test('a changed feed says what moved and what was cancelled, and My schedule keeps the cancelled favorite', async ({ page }) => {
  const { swap } = await openWithTwoFavorites(page, '?lang=en');
  swap();
  await page.clock.fastForward('05:01');
  const notice = page.locator('.schedule-changes');
  await expect(notice).toContainText('Schedule updated: 1 session moved, 1 cancelled — 2 of them in your favorites');
  await notice.getByText('Changes').click();
  await expect(notice.locator('li[data-session-id="state-istio"]')).toContainText('State of Istio — moved from Apr 25, 3:00 PM');
  await expect(notice.locator('li[data-session-id="zero-trust-istio"]')).toContainText('Zero Trust with Istio — cancelled');
  // No flicker: the list stayed, now with 64 sessions.
  await expect(page.locator('main article[data-session-id]')).toHaveCount(64);
  await page.getByRole('button', { name: /My schedule/ }).click();
  const missing = page.locator('.missing li[data-session-id="zero-trust-istio"]');
  await expect(missing).toContainText('Cancelled');
  await expect(missing).toContainText('Zero Trust with Istio');
  await expect(page.locator('main article[data-session-id="state-istio"]')).toBeVisible();
});

test('the same in Chinese', async ({ page }) => {
  const { swap } = await openWithTwoFavorites(page, '?lang=zh');
  swap();
  await page.clock.fastForward('05:01');
  const notice = page.locator('.schedule-changes');
  await expect(notice).toContainText('日程已更新：1 个议题调整了时间或会场，1 个已取消；其中 2 个在你的收藏中');
  await notice.getByText('变更列表').click();
  await expect(notice.locator('li[data-session-id="zero-trust-istio"]')).toContainText('已取消');
  await expect(notice.locator('li[data-session-id="state-istio"]')).toContainText('原定');
});

test('an unchanged feed fetched again says nothing', async ({ page }) => {
  await openWithTwoFavorites(page, '?lang=en');
  await page.clock.fastForward('05:01');
  await page.clock.fastForward('05:01');
  await expect(page.locator('main article[data-session-id]')).toHaveCount(65);
  await expect(page.locator('.schedule-changes')).toHaveCount(0);
});

test('what changed since the last visit: the saved copy against the new feed', async ({ page }) => {
  await page.addInitScript(
    (key) => localStorage.getItem(key) ?? localStorage.setItem(key, JSON.stringify({ version: 1, ids: ['zero-trust-istio'] })),
    FAVORITES_KEY,
  );
  let body = JSON.stringify(bundledFeed());
  await page.route('**/sessions.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto('./?lang=en');
  await expect(page.locator('main article[data-session-id]')).toHaveCount(65);
  await expect(page.locator('.schedule-changes')).toHaveCount(0);
  // Next visit: the feed has changed meanwhile.
  body = version2();
  await page.reload();
  await expect(page.locator('.schedule-changes')).toContainText(
    'Schedule updated: 1 session moved, 1 cancelled — 1 of them in your favorites',
  );
});
