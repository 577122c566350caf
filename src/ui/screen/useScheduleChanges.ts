// What changed in the schedule while the page was open, or since the last
// visit: the saved copy is shown first (the query's initial data) and the
// fetch replaces it, so both arrive here as one schedule following another.
// The comparison (schedule/diff.ts) is loaded with the first new version:
// a first visit never needs it.
import { useEffect, useRef, useState } from 'react';
import type { Schedule, Session } from '../../model/schedule.ts';
import type { ScheduleChange } from '../../schedule/diff.ts';

export interface ScheduleChanges {
  changes: readonly ScheduleChange[];
  /** The last version of each session that has gone from the feed, to keep naming it. */
  cancelled: ReadonlyMap<string, Session>;
  dismiss: () => void;
}

export function useScheduleChanges(schedule: Schedule): ScheduleChanges {
  const shown = useRef(schedule);
  const [changes, setChanges] = useState<readonly ScheduleChange[]>([]);
  const [cancelled, setCancelled] = useState<ReadonlyMap<string, Session>>(new Map());
  useEffect(() => {
    // A new schedule object is a new version of the feed.
    const before = shown.current;
    if (before === schedule) return;
    shown.current = schedule;
    // Module promises settle in the order asked, so versions compare in order.
    void import('../../schedule/diff.ts').then(({ diffSchedules }) => {
      const latest = diffSchedules(before.sessions, schedule.sessions);
      if (latest.length === 0) return;
      setChanges(latest);
      setCancelled((gone) => {
        const next = new Map(gone);
        for (const change of latest) if (change.kind === 'cancelled') next.set(change.session.id, change.session);
        return next;
      });
    });
  }, [schedule]);
  return { changes, cancelled, dismiss: () => setChanges([]) };
}
