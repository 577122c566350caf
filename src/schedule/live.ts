// What is on now, what starts soon, what the viewer has next. Pure functions
// of a clock reading, so they are tested against fixed instants.
import type { Session } from '../model/schedule.ts';
import { dayKeyOf, daysBetween, type DayKey } from '../model/time.ts';

export const SOON_MINUTES = 30;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export type LiveStatus = 'live' | 'soon';

export function liveStatus(session: Pick<Session, 'start' | 'end'>, now: number): LiveStatus | undefined {
  if (session.start <= now && now < session.end) return 'live';
  if (now < session.start && session.start - now <= SOON_MINUTES * MINUTE) return 'soon';
  return undefined;
}

/**
 * The event is "running" while a session is in progress or one starts within
 * the next day: then the schedule opens at now. Before and after, it does not.
 */
export function isRunning(sessions: readonly Pick<Session, 'start' | 'end'>[], now: number): boolean {
  return sessions.some((session) => (session.start <= now && now < session.end) || (now < session.start && session.start - now <= DAY));
}

/** The first session (by start) still worth showing at `now`: live, or next to start. */
export function currentOrNext<T extends Pick<Session, 'start' | 'end'>>(sessions: readonly T[], now: number): T | undefined {
  return sessions.find((session) => session.end > now);
}

/**
 * What is on at `now` across every track, and what starts next: all the
 * sessions that start at the next start time (a new slot opens in several
 * tracks at once).
 */
export function nowAndNext<T extends Pick<Session, 'start' | 'end'>>(sessions: readonly T[], now: number): { live: T[]; next: T[] } {
  const live = sessions.filter((session) => session.start <= now && now < session.end);
  let nextStart = Infinity;
  for (const session of sessions) if (session.start > now && session.start < nextStart) nextStart = session.start;
  const next = sessions.filter((session) => session.start === nextStart);
  return { live, next };
}

/** The viewer's next favorites that have not started yet, soonest first. */
export function upNext<T extends Pick<Session, 'start'>>(favorites: readonly T[], now: number, count = 2): T[] {
  return favorites.filter((session) => session.start > now).slice(0, count);
}

/** Whole minutes until an instant, rounded up so "in 1 minute" never shows a started session. */
export function minutesUntil(instant: number, now: number): number {
  return Math.max(0, Math.ceil((instant - now) / MINUTE));
}

/** How "Up next" words the wait: minutes, hours today, "tomorrow", or past that the date itself. */
export type Countdown = { unit: 'minute' | 'hour' | 'day'; value: number } | { unit: 'date'; day: DayKey };

/**
 * The wait until `start`, in calendar days of the display zone: at 23:10 on
 * 26 April a talk on 29 April is "29 April", not "in 2 days" rounded from
 * 49 hours (nor 后天, "the day after tomorrow").
 */
export function countdownTo(start: number, now: number, timeZone: string): Countdown {
  const minutes = minutesUntil(start, now);
  if (minutes < 90) return { unit: 'minute', value: minutes };
  const days = daysBetween(dayKeyOf(now, timeZone), dayKeyOf(start, timeZone));
  if (days === 0) return { unit: 'hour', value: Math.round(minutes / 60) };
  if (days === 1) return { unit: 'day', value: 1 };
  return { unit: 'date', day: dayKeyOf(start, timeZone) };
}
