// What the first frame after a change showed. Cards have content-visibility:
// auto, so a card that moves onto the screen (a filter took away the cards
// above it) can be painted as an empty box while the browser decides it is
// near the screen, its contents a frame or two later: in Chromium every chip
// did that until the list drew its first screenful `eager` (FullList.tsx).
// A day tab's jump did the same to the cards it landed on. Run
// WATCH_FIRST_FRAME (or watchFirstFrame('click')) in the page before the
// change, and read window.__firstFrame after it until it is set.

import type { Page } from '@playwright/test';

/**
 * Page expression: the session cards on screen now, and how many of them have
 * their contents skipped (an engine without checkVisibility cannot tell: it
 * counts none).
 */
export const CARDS_ON_SCREEN = `(() => {
  const onScreen = [...document.querySelectorAll('main [data-session-id]')].filter((card) => {
    const { top, bottom } = card.getBoundingClientRect();
    return bottom > 0 && top < window.innerHeight;
  });
  const skipped = onScreen.filter((card) => {
    const inside = card.firstElementChild ?? card;
    if (typeof inside.checkVisibility !== 'function') return false;
    return inside.checkVisibility() && !inside.checkVisibility({ contentVisibilityAuto: true });
  });
  return { onScreen: onScreen.length, skipped: skipped.length };
})()`;

/**
 * Page script: after the next change of session cards in <main> ('cards':
 * a filter) or the next click ('click': a jump, which moves the cards but
 * changes none), and the frame painted after it, note CARDS_ON_SCREEN in
 * window.__firstFrame.
 */
export const watchFirstFrame = (after: 'cards' | 'click') => `(() => {
  const items = '[data-session-id]';
  window.__firstFrame = null;
  const afterPaint = () =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__firstFrame = ${CARDS_ON_SCREEN};
      };
      channel.port2.postMessage(null);
    });
  if (${JSON.stringify(after)} === 'click') {
    document.addEventListener('click', afterPaint, { capture: true, once: true });
    return;
  }
  const observer = new MutationObserver((records) => {
    const isCard = (node) => node instanceof Element && (node.matches(items) || node.querySelector(items) !== null);
    if (!records.some((record) => [...record.addedNodes, ...record.removedNodes].some(isCard))) return;
    observer.disconnect();
    afterPaint();
  });
  observer.observe(document.querySelector('main'), { childList: true, subtree: true });
})()`;

/** After the next change of session cards (a filter). */
export const WATCH_FIRST_FRAME = watchFirstFrame('cards');

export interface FirstFrame {
  onScreen: number;
  skipped: number;
}

/** Runs `change` and reports what the first frame painted after it showed of the cards on screen (Playwright). */
export async function firstFrameAfter(page: Page, change: () => Promise<void>, after: 'cards' | 'click' = 'cards'): Promise<FirstFrame> {
  await page.evaluate(watchFirstFrame(after));
  await change();
  return (
    await page.waitForFunction(() => (window as { __firstFrame?: FirstFrame | null }).__firstFrame)
  ).jsonValue() as Promise<FirstFrame>;
}
