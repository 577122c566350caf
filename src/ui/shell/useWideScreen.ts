import { useSyncExternalStore } from 'react';

// The width at which the filters sit beside the sessions (styles.css says the same).
const WIDE = '(min-width: 56rem)';

// One query for the page: React reads the snapshot on every render of the
// screen, and a matchMedia call parses and evaluates the query anew (up to
// ~1 ms of a cold chip click).
let wideQuery: MediaQueryList | undefined;
function query(): MediaQueryList {
  wideQuery ??= window.matchMedia(WIDE);
  return wideQuery;
}

function subscribe(onChange: () => void): () => void {
  const wide = query();
  wide.addEventListener('change', onChange);
  return () => wide.removeEventListener('change', onChange);
}

/** Whether the screen is wide enough for the filters beside the sessions; follows a resize or a rotation. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => query().matches);
}
