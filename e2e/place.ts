// The reader's place as the app keeps it (src/ui/shell/scrollMemory.ts), read
// the way the app reads it, for the reload and Back tests of the list and grid.
import { expect, type Page } from '@playwright/test';
import type { Place } from '../src/ui/shell/scrollMemory.ts';

/**
 * The id of the session card a third of the way down the screen, or of the
 * next one below that line (null if none): where the app takes the reader's
 * place from. An expression, so the engines' tasks (WebDriver) run it too.
 */
export const CARD_IN_SIGHT = `([...document.querySelectorAll('main [data-session-id]')].find((card) => card.getBoundingClientRect().bottom > innerHeight / 3)?.getAttribute('data-session-id') ?? null)`;

export const cardInSight = (page: Page) => page.evaluate<string | null>(CARD_IN_SIGHT);

/**
 * Where a day tab left the day's heading: `off`, px between its header and
 * where headings stick (the sticky top: under a phone's toolbar, 0 on a
 * desktop), and `others`, how many other days' headings show above it. An
 * expression, so the engines' tasks (WebDriver) run it too.
 */
export const dayHeadingLanding = (day: string) => `(() => {
  const header = document.getElementById(${JSON.stringify(`day-${day}`)})?.closest('.day-header');
  if (!header) return null;
  const stickAt = parseFloat(getComputedStyle(header).top);
  const top = header.getBoundingClientRect().top;
  const others = [...document.querySelectorAll('main .day-header')].filter((other) => {
    const box = other.getBoundingClientRect();
    return other !== header && box.bottom > stickAt + 1 && box.top < top;
  });
  return { off: Math.round(top - stickAt), others: others.length };
})()`;

/** The place kept in the current history entry, if any. */
export const keptPlace = (page: Page) => page.evaluate(() => (history.state as { place?: Place } | null)?.place);

/** Until the chunk that keeps the place has loaded (it does so once the page is idle, and takes scroll restoration over). */
export async function untilPlaceKeeping(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => history.scrollRestoration)).toBe('manual');
}
