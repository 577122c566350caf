// What changed in the schedule while the page was open, or since the last
// visit: the saved copy is shown first (the query's initial data) and the
// fetch replaces it, so both arrive here as one schedule following another.
import { useState } from 'react';
import type { Schedule, Session } from '../../model/schedule.ts';
import { diffSchedules, type ScheduleChange } from '../../schedule/diff.ts';

export interface ScheduleChanges {
  changes: readonly ScheduleChange[];
  /** The last version of each session that has gone from the feed, to keep naming it. */
  cancelled: ReadonlyMap<string, Session>;
  dismiss: () => void;
}

export function useScheduleChanges(schedule: Schedule): ScheduleChanges {
  const [seen, setSeen] = useState(schedule);
  const [changes, setChanges] = useState<readonly ScheduleChange[]>([]);
  const [cancelled, setCancelled] = useState<ReadonlyMap<string, Session>>(new Map());
  // Derived while rendering (React's "adjusting state when a prop changes"):
  // a new schedule object is a new version of the feed.
  if (schedule !== seen) {
    const latest = diffSchedules(seen.sessions, schedule.sessions);
    setSeen(schedule);
    if (latest.length > 0) {
      setChanges(latest);
      const gone = new Map(cancelled);
      for (const change of latest) if (change.kind === 'cancelled') gone.set(change.session.id, change.session);
      setCancelled(gone);
    }
  }
  return { changes, cancelled, dismiss: () => setChanges([]) };
}
