// The clock, but only while the event runs: live marks, the now line and
// "up next" exist only then.
import { useMemo } from 'react';
import type { Session } from '../../model/schedule.ts';
import { isRunning } from '../../schedule/live.ts';
import { useNow } from './useNow.ts';

/** The current instant while the event runs (refreshed each minute), else undefined. */
export function useEventClock(sessions: readonly Session[]): number | undefined {
  const now = useNow();
  const running = useMemo(() => isRunning(sessions, now), [sessions, now]);
  return running ? now : undefined;
}
