import { useEffect, useState } from 'react';
import { startMinuteClock } from './minuteClock.ts';

/** The current instant, refreshed once a minute while the tab is visible. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => startMinuteClock(document, setNow), []);
  return now;
}
