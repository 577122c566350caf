// Instants -> local days and labels in a time zone. Formatting goes through
// cached Intl.DateTimeFormat instances: building one costs ~100x a format call,
// and a schedule formats thousands of times per render.
import { fromZonedTime } from 'date-fns-tz';

const DAY = 24 * 60 * 60_000;

// Keyed by a short string built per call; JSON.stringify of the options here
// cost more than the formatting itself.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${key}|${locale}|${options.timeZone ?? ''}`;
  let cached = formatters.get(cacheKey);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    // 24-hour locales write "08:00", not "8:00".
    const { hourCycle } = cached.resolvedOptions();
    if (options.hour === 'numeric' && (hourCycle === 'h23' || hourCycle === 'h24')) {
      cached = new Intl.DateTimeFormat(locale, { ...options, hour: '2-digit' });
    }
    formatters.set(cacheKey, cached);
  }
  return cached;
}

// Chromium's ICU still reports some zones by their pre-rename IANA names
// (it says Asia/Calcutta for a viewer in Asia/Kolkata): show today's names.
const RENAMED_ZONES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

export function currentZoneName(zone: string): string {
  return RENAMED_ZONES[zone] ?? zone;
}

let localZone: string | undefined;

/** The viewer's own zone, as the browser reports it (read once: building the formatter to ask costs ~1 ms). */
export function localTimeZone(): string {
  localZone ??= currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  return localZone;
}

export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    formatter('probe', 'en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A local calendar day, as 'YYYY-MM-DD': sortable and usable as a key. */
export type DayKey = string;

// Day keys by zone and whole minute. Sessions start on few distinct minutes,
// and bucketing a big feed asks for the same ones over and over; every zone
// offset since 1972 is whole minutes, so the minute decides the day.
const dayKeys = new Map<string, Map<number, DayKey>>();
const MAX_CACHED_DAY_KEYS = 100_000;

/** The local day on which an instant falls in a zone. */
export function dayKeyOf(instant: number, timeZone: string): DayKey {
  const minute = Math.floor(instant / 60_000);
  let byMinute = dayKeys.get(timeZone);
  if (!byMinute) dayKeys.set(timeZone, (byMinute = new Map()));
  let day = byMinute.get(minute);
  if (day === undefined) {
    if (byMinute.size >= MAX_CACHED_DAY_KEYS) byMinute.clear();
    // en-CA formats dates as YYYY-MM-DD.
    day = formatter('day-key', 'en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(minute * 60_000);
    byMinute.set(minute, day);
  }
  return day;
}

/** The instant at which a local day starts in a zone (handles DST days). */
export function startOfDay(day: DayKey, timeZone: string): number {
  return fromZonedTime(`${day}T00:00:00`, timeZone).getTime();
}

/** Whole calendar days between two local days ('2022-04-25' -> '2022-04-26' is 1). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export interface DayGroup<T> {
  day: DayKey;
  items: T[];
}

/** Groups items (already sorted by start) under the local day on which each starts. */
export function groupByDay<T extends { start: number }>(items: readonly T[], timeZone: string): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  const byDay = new Map<DayKey, DayGroup<T>>();
  for (const item of items) {
    const day = dayKeyOf(item.start, timeZone);
    let group = byDay.get(day);
    if (!group) {
      group = { day, items: [] };
      byDay.set(day, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** "10:00" / "10:00 AM" as the locale writes times. */
export function formatTime(instant: number, locale: string, timeZone: string): string {
  return formatter('time', locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(instant);
}

/** "Mon, Apr 25" / "4月25日周一": a local day, written as the locale writes dates. */
export function formatDay(day: DayKey, locale: string): string {
  // The day key is already local, so format its noon in UTC: no zone can shift it.
  return formatter('day', locale, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' }).format(
    Date.parse(`${day}T12:00:00Z`),
  );
}

/** Long form for headings: "Monday, April 25, 2022" / "2022年4月25日星期一". */
export function formatDayLong(day: DayKey, locale: string): string {
  return formatter('day-long', locale, { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(
    Date.parse(`${day}T12:00:00Z`),
  );
}

/** "Apr 25, 3:00 PM": a moment, for notices ("saved on …"). */
export function formatDateTime(instant: number, locale: string, timeZone: string): string {
  return formatter('date-time', locale, { timeZone, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(instant);
}

/** Offset of a zone at an instant, in minutes east of UTC. */
export function offsetMinutes(timeZone: string, at: number): number {
  // Intl, not date-fns-tz's getTimezoneOffset: the latter is off by an hour in
  // the hours before a DST change (seen for America/Los_Angeles, March 2022).
  const name = formatter('offset', 'en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** "UTC+8", "UTC−3:30", "UTC+5:45", "UTC". */
export function formatOffset(timeZone: string, at: number): string {
  const minutes = offsetMinutes(timeZone, at);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** How many local days after its start day a session ends (0 for most). */
export function endDayOffset(start: number, end: number, timeZone: string): number {
  // An end exactly at midnight belongs to the day that just finished.
  return daysBetween(dayKeyOf(start, timeZone), dayKeyOf(end - 1, timeZone));
}

export function toIsoInstant(instant: number): string {
  return new Date(instant).toISOString();
}
