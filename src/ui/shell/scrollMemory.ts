// A reload keeps the reader's place. The browser restores the scroll position
// while the page loads, but the app draws its list only later (once the feed
// is in, then a few cards a frame), so there was nothing to scroll yet and a
// reload went back to the top (6,000 px down, reloaded: 0, in Chromium). The
// place is kept in sessionStorage (this tab's) as the page is left: the
// session card in sight and how far down the screen it was, since the cards
// above it may come back at other heights (content-visibility estimates them),
// and the scroll offset for a page with no card in sight. It is put back on a
// reload or a return through history once the card is there or the page is
// tall enough, unless the viewer scrolls first. (Not in history.state:
// Chromium drops a replaceState made while the page is being left.)
// A chunk of its own, loaded when the page is first idle (main.tsx).

const KEY = 'schedule:v1:scroll-y';
/** How long a restore waits for the page to grow tall enough (a feed that shrank may never). */
const GIVE_UP_MS = 5_000;
const VIEWER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** A reader's place: the page's scroll offset, and the card in sight with its distance from the top of the screen. */
export interface Place {
  y: number;
  id?: string;
  top?: number;
}

/** The place to go back to on a reload or a history return, from what was saved; none on a new visit (it starts at the top) or for anything malformed. */
export function placeToRestore(saved: string | null | undefined, navigationType: string | undefined): Place | undefined {
  if (!saved || (navigationType !== 'reload' && navigationType !== 'back_forward')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { y, id, top } = value as Record<string, unknown>;
  if (typeof y !== 'number' || !Number.isFinite(y) || y <= 0) return undefined;
  return typeof id === 'string' && typeof top === 'number' && Number.isFinite(top) ? { y, id, top } : { y };
}

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function placeNow(): Place {
  // A third of the way down: below the sticky toolbar and day heading.
  const card = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 3)?.closest('main [data-session-id]');
  const id = card?.getAttribute('data-session-id') ?? undefined;
  return { y: Math.round(window.scrollY), ...(card && id ? { id, top: Math.round(card.getBoundingClientRect().top) } : {}) };
}

function remember(): void {
  try {
    session()?.setItem(KEY, JSON.stringify(placeNow()));
  } catch {
    // Storage full or refused: the next reload starts at the top, as before.
  }
}

/** Scrolls back to `place` once its card is in (else once the page can scroll that far); gives up on the viewer's own input or after a while. */
function restore(place: Place): void {
  const root = document.documentElement;
  const observer = new ResizeObserver(() => attempt());
  const timer = window.setTimeout(() => stop(), GIVE_UP_MS);
  function stop(): void {
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of VIEWER_INPUT) window.removeEventListener(type, stop);
  }
  function attempt(): void {
    const card = place.id === undefined ? null : document.querySelector(`main [data-session-id="${CSS.escape(place.id)}"]`);
    if (card && place.top !== undefined) {
      stop();
      window.scrollBy(0, card.getBoundingClientRect().top - place.top);
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
}

const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
let saved: string | null | undefined;
try {
  saved = session()?.getItem(KEY);
} catch {
  saved = undefined;
}
const place = placeToRestore(saved, navigation?.type);
if (place) restore(place);
window.addEventListener('pagehide', remember);
