import { useSyncExternalStore } from 'react';

// The width at which the filters sit beside the sessions (styles.css says the same).
const WIDE = '(min-width: 56rem)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the screen is wide enough for the filters beside the sessions; follows a resize or a rotation. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches);
}
