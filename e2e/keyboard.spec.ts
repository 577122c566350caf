// The whole app by keyboard alone: Tab, Shift+Tab, Enter, Space, Escape and
// arrows; no clicks, and focus is never placed by the test itself.
import { expect as baseExpect, test, type Page } from '@playwright/test';

// Other checkouts share this machine's two cores: give a slow first render room.
const expect = baseExpect.configure({ timeout: 15_000 });

interface Focused {
  tag: string;
  /** The accessible name, roughly: aria-label, else the text. */
  name: string;
  pressed: string | null;
  inDialog: boolean;
  inMain: boolean;
  sessionId: string | null;
  /** The label of the group (fieldset legend or aria-label) the element sits in. */
  group: string;
  outline: { style: string; width: number };
}

function describeFocus(): Focused {
  const el = document.activeElement ?? document.body;
  const fieldset = el.closest('fieldset');
  const group = fieldset?.querySelector('legend')?.textContent ?? el.closest('[role="group"]')?.getAttribute('aria-label') ?? '';
  const style = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(),
    name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
    pressed: el.getAttribute('aria-pressed'),
    inDialog: el.closest('dialog') !== null,
    inMain: el.closest('main') !== null,
    sessionId: el.closest('[data-session-id]')?.getAttribute('data-session-id') ?? null,
    group: group.trim(),
    outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth) },
  };
}

/** Press Tab (or Shift+Tab) until the focused element matches; fail after `limit` presses. */
async function tabTo(
  page: Page,
  what: string,
  matches: (focus: Focused) => boolean,
  { backwards = false, limit = 120 } = {},
): Promise<Focused> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await page.evaluate(describeFocus);
    if (matches(focus)) {
      // Every stop the keyboard lands on shows where it is.
      expect(focus.outline.style, `focus ring on ${what}`).not.toBe('none');
      expect(focus.outline.width, `focus ring on ${what}`).toBeGreaterThanOrEqual(2);
      return focus;
    }
  }
  throw new Error(`${what}: not reached in ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

test('filter, open, star, close, switch views and language with the keyboard alone', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await expect(page.locator('main article').first()).toBeVisible();

  // The first stop is the skip link; it jumps past the header into main.
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(describeFocus);
  expect(skip.name).toBe('Skip to the sessions');
  await expect(page.getByRole('link', { name: 'Skip to the sessions' })).toBeInViewport();
  await page.keyboard.press('Enter');
  expect((await page.evaluate(describeFocus)).tag).toBe('main');

  // Filter to one track.
  const chip = await tabTo(page, 'the Infrastructure chip', (focus) => focus.group === 'Track' && focus.name.startsWith('Infrastructure'));
  expect(chip.pressed).toBe('false');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/track=infrastructure-networking/);
  expect((await page.evaluate(describeFocus)).pressed).toBe('true');
  await expect(page.getByText(/^Showing \d+ of 65 sessions$/)).toBeVisible();

  // Open the first session: focus moves into the dialog.
  const opener = await tabTo(page, 'a session title', (focus) => focus.tag === 'a' && focus.inMain && focus.sessionId !== null);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`session=${opener.sessionId}`));
  expect((await page.evaluate(describeFocus)).inDialog).toBe(true);

  // Star it from inside the dialog; Tab stays inside the modal dialog.
  const star = await tabTo(page, 'the star in the dialog', (focus) => focus.inDialog && focus.name.startsWith('Favorite:'));
  expect(star.pressed).toBe('false');
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('button', { name: /^Favorite:/ })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  expect((await page.evaluate(describeFocus)).inDialog).toBe(true);

  // Escape closes it and focus goes back to the title that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/session=/);
  const back = await page.evaluate(describeFocus);
  expect(back).toMatchObject({ tag: 'a', sessionId: opener.sessionId });
  await expect(
    page.locator(`main article[data-session-id="${opener.sessionId}"]`).getByRole('button', { name: /^Favorite:/ }),
  ).toHaveAttribute('aria-pressed', 'true');

  // To the grid, scroll it with the arrow keys, and back to the list.
  await tabTo(page, 'the Grid button', (focus) => focus.group === 'View' && focus.name === 'Grid', { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=grid/);
  await expect(page.locator('main .grid-session').first()).toBeVisible();
  await tabTo(page, 'the timetable', (focus) => focus.name === 'Timetable');
  const timetable = page.getByRole('region', { name: 'Timetable' });
  const scrolledBefore = await timetable.evaluate((el) => el.scrollTop);
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowDown');
  await expect.poll(() => timetable.evaluate((el) => el.scrollTop)).toBeGreaterThan(scrolledBefore);
  await tabTo(page, 'the List button', (focus) => focus.group === 'View' && focus.name === 'List', { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/view=grid/);
  await expect(page.locator('main article').first()).toBeVisible();

  // Switch the language from the header.
  await tabTo(page, 'the Chinese button', (focus) => focus.name === '简体中文', { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('日程');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect((await page.evaluate(describeFocus)).pressed).toBe('true');
});

test('the theme toggle works from the keyboard and is remembered', async ({ page }) => {
  test.setTimeout(60_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await expect(page.locator('main article').first()).toBeVisible();
  await tabTo(page, 'the Dark button', (focus) => focus.group === 'Theme' && focus.name === 'Dark');
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  await tabTo(page, 'the System button', (focus) => focus.group === 'Theme' && focus.name === 'System');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await page.evaluate(() => localStorage.getItem('schedule:v1:theme'))).toBeNull();
});

test('Clear all filters keeps keyboard focus in the filters, not on the page body', async ({ page }) => {
  await page.goto('./?language=zh');
  await expect(page.locator('main article[data-session-id]').first()).toBeVisible();
  const clearAll = page.getByRole('button', { name: 'Clear all filters' });
  await clearAll.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main article[data-session-id]')).toHaveCount(65);
  await expect(page.locator('#search-input')).toBeFocused();
});

test('My schedule offers one share action, the agenda link', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Share this view' })).toBeVisible();
  await page.getByRole('button', { name: /My schedule/ }).click();
  await expect(page.getByRole('button', { name: 'Share this view' })).toHaveCount(0);
});

// A day tab scrolls far down the list. The focus goes with it, to the day's
// heading: it stayed on the tab, so the next Tab went to the tab beside it
// and scrolled the page back up to the tabs.
test('a day tab takes the keyboard to its day: the next Tab is in that day, not back at the tabs', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('main .list-view')).toHaveAttribute('aria-busy', 'false');
  await tabTo(page, 'the day tab of Thu, Apr 28', (focus) => focus.tag === 'button' && focus.name.startsWith('Thu, Apr 28'));
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Thursday, April 28, 2022' });
  await expect(heading).toBeFocused();
  const firstOfDay = await page
    .locator('section[aria-labelledby="day-2022-04-28"] [data-session-id]')
    .first()
    .getAttribute('data-session-id');
  await page.keyboard.press('Tab');
  expect((await page.evaluate(describeFocus)).sessionId).toBe(firstOfDay);
  await expect(heading).toBeInViewport();
});
