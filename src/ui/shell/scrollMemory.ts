// Back, forward and a reload return to the reader's place. The browser
// restores the scroll position as the page loads or the history entry comes
// back, but the list is drawn only later (after the feed, then a few cards a
// frame; after a filter change, its first screenful), so the position was
// clamped to a short page: a reload 6,000 px down the list came back at 0,
// and Back after a chip at 801 (Chromium). So the app restores it itself
// (history.scrollRestoration 'manual'): each history entry's state holds its
// place, written when scrolling stops (the card a third of the way down the
// screen and its distance from the top, since the cards above it may come
// back at other heights: content-visibility estimates them; and the offset,
// for a page with no card in sight). Coming back to an entry, on a reload, a
// return to the page or Back and Forward between filters, that card is
// scrolled back into place once it is drawn, unless the viewer scrolls, taps
// or types first. The grid scrolls in a box of its own, which the browser
// does not restore either: its offsets are kept beside the page's. A chunk of
// its own, loaded when the page is first idle (main.tsx).

import { isRecord } from '../../lib/isRecord.ts';

const KEY = 'place';
/** Scrolling has stopped when no scroll event came for this long. */
const SETTLE_MS = 200;
/** How long a restore waits for the page to grow tall enough (a feed that shrank may never). */
const GIVE_UP_MS = 5_000;
const VIEWER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/** Frames over which a restored card is held in place while the cards around it take their real heights. */
const PIN_FRAMES = 4;

/** The grid's scroll box. */
const GRID_BOX = 'main .grid-scroll';

/** A scroll box's offsets. */
export interface Offsets {
  top: number;
  left: number;
}

/**
 * A reader's place: the page's scroll offset, and the card in sight with its
 * distance from the top of the screen; in the grid, the grid box's offsets
 * instead of a card.
 */
export interface Place {
  y: number;
  id?: string;
  top?: number;
  grid?: Offsets;
}

const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** The place kept in a history entry's state, if it holds a well-formed one (the state is the page's, but anything may have written it). */
export function placeIn(state: unknown): Place | undefined {
  const value = isRecord(state) ? state[KEY] : undefined;
  if (!isRecord(value)) return undefined;
  const { y, id, top, grid } = value;
  if (!isOffset(y)) return undefined;
  if (isRecord(grid) && isOffset(grid.top) && isOffset(grid.left)) return { y, grid: { top: grid.top, left: grid.left } };
  return typeof id === 'string' && typeof top === 'number' && Number.isFinite(top) ? { y, id, top } : { y };
}

/** The entry's state with `place` in it; whatever else the state holds is kept. */
export function withPlace(state: unknown, place: Place): Record<string, unknown> {
  return { ...(isRecord(state) ? state : {}), [KEY]: place };
}

function placeNow(): Place {
  const y = Math.round(window.scrollY);
  const box = document.querySelector(GRID_BOX);
  if (box) return { y, grid: { top: Math.round(box.scrollTop), left: Math.round(box.scrollLeft) } };
  // The card a third of the way down (below the sticky toolbar and day
  // heading), or the next one when that line falls between two cards or on a
  // day's heading: content-visibility's estimated heights move the gaps.
  const line = window.innerHeight / 3;
  for (const card of document.querySelectorAll('main [data-session-id]')) {
    const { top, bottom } = card.getBoundingClientRect();
    const id = card.getAttribute('data-session-id');
    if (bottom > line && id) return { y, id, top: Math.round(top) };
  }
  return { y };
}

function remember(): void {
  try {
    window.history.replaceState(withPlace(window.history.state, placeNow()), '');
  } catch {
    // Safari refuses more than so many history calls in a while: this place is not kept.
  }
}

/** Scrolls back to `place` once its card is in (else once the page can scroll that far); gives up on the viewer's own input or after a while. */
function restore(place: Place): () => void {
  const root = document.documentElement;
  const observer = new ResizeObserver(() => attempt());
  const timer = window.setTimeout(() => stop(), GIVE_UP_MS);
  let stopped = false;
  function stop(): void {
    stopped = true;
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of VIEWER_INPUT) window.removeEventListener(type, stop);
  }
  // Cards drawn for the first time as they scroll into view (content-visibility
  // estimated them) change height and push the card away: set it again.
  function pin(card: Element, top: number, frames: number): void {
    if (stopped) return;
    const off = card.getBoundingClientRect().top - top;
    if (Math.abs(off) >= 1) window.scrollBy(0, off);
    if (frames > 0) window.requestAnimationFrame(() => pin(card, top, frames - 1));
    else stop();
  }
  function attempt(): void {
    if (place.grid) {
      // The grid's box has its whole height and width from its first render,
      // but on Back to another day it may still hold the day being left: the
      // app redraws it only once it hears of the change, which may be after
      // this. Scrolled once, Back from a shorter day stayed clamped to that
      // day (491 px where 900 was kept). So it is scrolled again each time
      // the grid changes size, until it reaches the kept offsets.
      const box = document.querySelector(GRID_BOX);
      if (!box) return;
      box.scrollTo(place.grid.left, place.grid.top);
      window.scrollTo(0, place.y);
      if (box.scrollTop >= place.grid.top - 1 && box.scrollLeft >= place.grid.left - 1) stop();
      else if (box.firstElementChild) observer.observe(box.firstElementChild);
      return;
    }
    const card = place.id === undefined ? null : document.querySelector(`main [data-session-id="${CSS.escape(place.id)}"]`);
    if (card && place.top !== undefined) {
      observer.disconnect();
      pin(card, place.top, PIN_FRAMES);
    } else if (place.id !== undefined && document.querySelector('main [aria-busy="true"]')) {
      // The list is still drawing: the card may yet come.
    } else if (root.scrollHeight - window.innerHeight >= place.y) {
      stop();
      window.scrollTo(0, place.y);
    }
  }
  for (const type of VIEWER_INPUT) window.addEventListener(type, stop, { passive: true });
  observer.observe(document.body);
  attempt();
  return stop;
}

let stopRestoring: (() => void) | undefined;
let settle: number | undefined;

function comeBack(state: unknown): void {
  stopRestoring?.();
  const place = placeIn(state);
  if (place) stopRestoring = restore(place);
}

window.history.scrollRestoration = 'manual';
comeBack(window.history.state);
window.addEventListener('popstate', (event) => comeBack(event.state));
// In the capture phase, to hear the grid's box (an element's scroll does not
// bubble). Only the page and that box move the place: a dialog's or a row of
// tabs' own scrolling does not rewrite the history entry.
window.addEventListener(
  'scroll',
  (event) => {
    if (event.target !== document && !(event.target instanceof Element && event.target.matches(GRID_BOX))) return;
    window.clearTimeout(settle);
    settle = window.setTimeout(remember, SETTLE_MS);
  },
  { passive: true, capture: true },
);
