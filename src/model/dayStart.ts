// Local midnight as an instant, through date-fns-tz. Its own module because
// only the grid needs it: the first page stays without date-fns-tz (the
// grid is a lazy chunk, see LAZY_ONLY in vite.config.ts).
import { fromZonedTime } from 'date-fns-tz';
import type { DayKey } from './time.ts';

/** The instant at which a local day starts in a zone (handles DST days). */
export function startOfDay(day: DayKey, timeZone: string): number {
  return fromZonedTime(`${day}T00:00:00`, timeZone).getTime();
}
