// Instants -> local days and labels in a time zone. Formatting goes through
// cached Intl.DateTimeFormat instances: building one costs ~100x a format call,
// and a schedule formats thousands of times per render.
import { utcFromParts } from './instant.ts';

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

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  seconds: number;
}

/**
 * The calendar date and clock time of an instant in a zone, as numbers.
 * From formatToParts, never from parsing a formatted string: how a locale
 * writes a date is locale data, and it differs between engines (WebKit's
 * en-CA writes 04/25/2022 where Chromium's writes 2022-04-25).
 */
export function wallClock(instant: number, timeZone: string): WallClock {
  const parts = formatter('wall-clock', 'en-US', {
    timeZone,
    numberingSystem: 'latn',
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const era = parts.find((part) => part.type === 'era')?.value ?? '';
  const year = value('year');
  // Some engines still write midnight as hour 24 with h23.
  return {
    year: /^B/i.test(era) ? 1 - year : year,
    month: value('month'),
    day: value('day'),
    hour: value('hour') % 24,
    minute: value('minute'),
    seconds: value('second'),
  };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function toDayKey(year: number, month: number, day: number): DayKey {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Noon UTC on a day key's date, computed from its numbers (a day key is always YYYY-MM-DD). */
/** An instant on that local day in any zone from UTC−12 to UTC+11 (noon UTC): enough to name the day's offset without date-fns-tz. */
export function utcNoonOf(day: DayKey): number {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date, 12);
}

// Day keys by zone and whole minute. Sessions start on few distinct minutes,
// and bucketing a big feed asks for the same ones over and over; every zone
// offset since 1972 is whole minutes, so the minute decides the day.
const dayKeys = new Map<string, Map<number, DayKey>>();
const MAX_CACHED_DAY_KEYS = 100_000;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// Each zone's wall clock at the start of each UTC hour, in milliseconds
// counted as if it were UTC; NaN for an hour in which the zone's offset
// changes. Through any other hour local time runs with UTC, so the day of
// each of its minutes is arithmetic: two formatToParts an hour instead of one
// a start minute (the bench's 5,000 sessions start on 663 minutes, in 60
// hours; 14-26 ms of a first render went to formatToParts).
const hourStarts = new Map<string, Map<number, number>>();

/** The zone's cache in `caches`, emptied when full. */
function cacheOf<T>(caches: Map<string, Map<number, T>>, timeZone: string): Map<number, T> {
  let cache = caches.get(timeZone);
  if (!cache) caches.set(timeZone, (cache = new Map()));
  if (cache.size >= MAX_CACHED_DAY_KEYS) cache.clear();
  return cache;
}

/** A wall-clock reading as the UTC instant with the same reading. */
function asUtc({ year, month, day, hour, minute, seconds }: WallClock): number {
  return utcFromParts(year, month, day, hour, minute, seconds);
}

/** The local day of a whole minute, from its UTC hour's wall clock; undefined where the offset changes within that hour. */
function dayKeyInSteadyHour(minute: number, timeZone: string): DayKey | undefined {
  const hour = Math.floor(minute / 60);
  const byHour = cacheOf(hourStarts, timeZone);
  let start = byHour.get(hour);
  if (start === undefined) {
    const first = asUtc(wallClock(hour * HOUR, timeZone));
    // The same offset at the hour's first and last minute: none in between
    // either (no zone changes its offset twice within an hour).
    start = asUtc(wallClock(hour * HOUR + 59 * MINUTE, timeZone)) - first === 59 * MINUTE ? first : NaN;
    byHour.set(hour, start);
  }
  if (Number.isNaN(start)) return undefined;
  const local = new Date(start + (minute - hour * 60) * MINUTE);
  return toDayKey(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** The local day on which an instant falls in a zone. */
export function dayKeyOf(instant: number, timeZone: string): DayKey {
  const minute = Math.floor(instant / MINUTE);
  const byMinute = cacheOf(dayKeys, timeZone);
  let day = byMinute.get(minute);
  if (day === undefined) {
    day = dayKeyInSteadyHour(minute, timeZone);
    if (day === undefined) {
      const { year, month, day: date } = wallClock(minute * MINUTE, timeZone);
      day = toDayKey(year, month, date);
    }
    byMinute.set(minute, day);
  }
  return day;
}

/** The local days on which these sessions start, in order. */
export function daysWithSessions(sessions: readonly { start: number }[], timeZone: string): DayKey[] {
  return [...new Set(sessions.map((session) => dayKeyOf(session.start, timeZone)))].sort();
}

/** Whole calendar days between two local days ('2022-04-25' -> '2022-04-26' is 1). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((utcNoonOf(to) - utcNoonOf(from)) / DAY);
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
  return formatter('day', locale, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' }).format(utcNoonOf(day));
}

/** Long form for headings: "Monday, April 25, 2022" / "2022年4月25日星期一". */
export function formatDayLong(day: DayKey, locale: string): string {
  return formatter('day-long', locale, { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(
    utcNoonOf(day),
  );
}

/** "Apr 25, 3:00 PM": a moment, for notices ("saved on …"). */
export function formatDateTime(instant: number, locale: string, timeZone: string): string {
  return formatter('date-time', locale, { timeZone, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(instant);
}

/** Offset of a zone at an instant, in minutes east of UTC. */
export function offsetMinutes(timeZone: string, at: number): number {
  // The wall clock read as if it were UTC, minus the instant: numbers only.
  // (Not date-fns-tz's getTimezoneOffset, which is off by an hour in the
  // hours before a DST change, nor the text of timeZoneName: 'longOffset'.)
  const second = Math.floor(at / 1000) * 1000;
  return Math.round((asUtc(wallClock(second, timeZone)) - second) / 60_000);
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

/**
 * A zone's everyday name in a language ("Central European Time", "中国标准时间"),
 * or undefined where the engine only knows an offset ("GMT+8").
 */
export function zoneDisplayName(timeZone: string, locale: string, at: number): string | undefined {
  try {
    const name = formatter('zone-name', locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    return name && !/^(GMT|UTC)([+−-]|$)/.test(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

/** How many local days after its start day a session ends (0 for most). */
export function endDayOffset(start: number, end: number, timeZone: string): number {
  // An end exactly at midnight belongs to the day that just finished.
  return daysBetween(dayKeyOf(start, timeZone), dayKeyOf(end - 1, timeZone));
}

export function toIsoInstant(instant: number): string {
  return new Date(instant).toISOString();
}
