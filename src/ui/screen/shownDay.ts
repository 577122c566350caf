import type { DayKey } from '../../model/time.ts';

/**
 * The day a day-by-day view shows: the one in the URL if the feed has it;
 * else today during the event; else the first day with a session to show;
 * else the feed's first day.
 */
export function shownDay(
  days: readonly DayKey[],
  chosen: DayKey | undefined,
  today: DayKey | undefined,
  firstShownDay: DayKey | undefined,
): DayKey | undefined {
  if (chosen && days.includes(chosen)) return chosen;
  if (today && days.includes(today)) return today;
  return firstShownDay ?? days[0];
}
