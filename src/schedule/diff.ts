// What changed between two versions of a schedule, session by session (by
// id): added, cancelled (gone), and changed, with the changes attendees act
// on named: moved (a new start, end or room) and retitled. Pure, so the
// notice, the Changes list and the marks in My schedule all read one answer.
import type { Session } from '../model/schedule.ts';

export type ScheduleChange =
  | { kind: 'added'; session: Session }
  | { kind: 'cancelled'; session: Session }
  | { kind: 'changed'; before: Session; after: Session; moved: boolean; retitled: boolean };

function sameTitle(a: Session['title'], b: Session['title']): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

// Feeds are parsed JSON: two sessions are the same when their JSON is.
const sameSession = (a: Session, b: Session) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The changes that turn `before` into `after`, in the order of `after` (cancelled ones last, in their old order). */
export function diffSchedules(before: readonly Session[], after: readonly Session[]): ScheduleChange[] {
  const old = new Map(before.map((session) => [session.id, session]));
  const current = new Set(after.map((session) => session.id));
  const changes: ScheduleChange[] = [];
  for (const session of after) {
    const was = old.get(session.id);
    if (!was) changes.push({ kind: 'added', session });
    else if (!sameSession(was, session)) {
      const moved = was.start !== session.start || was.end !== session.end || was.room !== session.room;
      changes.push({ kind: 'changed', before: was, after: session, moved, retitled: !sameTitle(was.title, session.title) });
    }
  }
  for (const session of before) if (!current.has(session.id)) changes.push({ kind: 'cancelled', session });
  return changes;
}

/** `before` with the changes made: its sessions then equal `after`'s (as a set by id). */
export function applyChanges(before: readonly Session[], changes: readonly ScheduleChange[]): Session[] {
  const byId = new Map(before.map((session) => [session.id, session]));
  for (const change of changes) {
    if (change.kind === 'cancelled') byId.delete(change.session.id);
    else byId.set(change.kind === 'added' ? change.session.id : change.after.id, change.kind === 'added' ? change.session : change.after);
  }
  return [...byId.values()];
}

export interface ChangeSummary {
  added: number;
  cancelled: number;
  moved: number;
  retitled: number;
  /** Of the moved, retitled and cancelled, how many are the viewer's favorites. */
  favorites: number;
}

/** The counts the "Schedule updated" notice says. */
export function summarizeChanges(changes: readonly ScheduleChange[], favorites: ReadonlySet<string>): ChangeSummary {
  const summary: ChangeSummary = { added: 0, cancelled: 0, moved: 0, retitled: 0, favorites: 0 };
  for (const change of changes) {
    if (change.kind === 'added') summary.added++;
    else if (change.kind === 'cancelled') summary.cancelled++;
    else {
      if (change.moved) summary.moved++;
      if (change.retitled) summary.retitled++;
    }
    const id = change.kind === 'changed' ? change.after.id : change.session.id;
    const noticed = change.kind === 'cancelled' || (change.kind === 'changed' && (change.moved || change.retitled));
    if (noticed && favorites.has(id)) summary.favorites++;
  }
  return summary;
}
