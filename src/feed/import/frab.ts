// The frab/pretalx `schedule.json` export (voc/schedule's validator schema) as
// a pure converter to the native feed, format 1 (docs/feed-format.md). It only
// maps: the caller runs parseFeed on the result, which validates each session
// and reports the broken ones. Problems reported here are the events that
// cannot even be mapped (no instant, no duration, no id). Input is untrusted
// JSON, so every field is read defensively and nothing throws.
import { fromZonedTime } from 'date-fns-tz';
import { isHttpUrl, isLanguageTag } from '../../model/rules.ts';
// Intl-based: date-fns-tz's getTimezoneOffset is an hour off just before a DST change.
import { isValidTimeZone, offsetMinutes } from '../../model/time.ts';
import { isFrabSchedule, parseFeed, type FeedProblem, type ParseResult } from '../parse.ts';
import type { SessionType } from '../../model/schedule.ts';
import {
  describeValue,
  httpsLink,
  isRecord,
  linkList,
  MAX_TEXT,
  photoOf,
  ProfileTable,
  MINUTE,
  slugify,
  slugRegistry,
  stableSessionId,
  trimmed,
  typeFromName,
  uniqueSlug,
  color as hexColor,
  type ImportProblem,
  type Json,
  type NativeSession,
  type NativeSessionLink,
  type NativeSpeaker,
  type SlugRegistry,
} from './common.ts';

export { isFrabSchedule };

/** A problem with one event; its index runs over the whole export (days, then rooms, then events), -1 when not one event's. */
export type FrabProblem = ImportProblem;

export interface FrabResult {
  /** A native format-1 feed to hand to parseFeed; null when the input is not a frab/pretalx export at all. */
  feed: unknown;
  problems: FrabProblem[];
}

// Strings are cut to their cap (common.ts: MAX_TEXT for texts, trimmed() for
// short fields) before any cleaning, so no step sees more of an untrusted field.
// RFC 3339 / ISO 8601 date-time; the offset is optional here (a bare local time is read in the conference zone).
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** A long text (title, abstract), cut to the native cap first: cleaning then costs at most that much. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT) : undefined;
}

// Ids from names: the same rules for every importer (common.ts).
export { slugify, slugRegistry, uniqueSlug, type SlugRegistry };

function isRealDateParts(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface EventDate {
  /** Epoch ms when the date carries an offset. */
  ms?: number;
  /** The carried offset in minutes east of UTC. */
  offset?: number;
  /** The local wall time (no offset given), to be read in the conference zone. */
  local?: string;
}

/** An event's own `date`; undefined when missing or not a real date-time. */
export function readEventDate(value: unknown): EventDate | undefined {
  const raw = trimmed(value);
  const match = DATE_TIME.exec(raw);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isRealDateParts(year, month, day, hour, minute, second)) return undefined;
  if (zone === undefined) return { local: `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}` };
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    offset = (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offset * MINUTE;
  return Number.isFinite(ms) ? { ms, offset } : undefined;
}

/** Wall time in a zone to epoch ms; undefined when the zone or the time is unusable. */
function zonedToMs(local: string, zone: string): number | undefined {
  try {
    const ms = fromZonedTime(local, zone).getTime();
    return Number.isFinite(ms) ? ms : undefined;
  } catch {
    return undefined;
  }
}

/** `day.date` + `start` ("HH:MM" or "HH:MM:SS") as wall time; undefined when either is unusable. */
function dayStartLocal(dayDate: unknown, start: unknown): string | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed(dayDate));
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed(start));
  if (!date || !time) return undefined;
  const [year, month, day] = [date[1], date[2], date[3]].map(Number) as [number, number, number];
  const [hour, minute, second] = [time[1], time[2], time[3] ?? '0'].map(Number) as [number, number, number];
  if (!isRealDateParts(year, month, day, hour, minute, second)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date[1]}-${date[2]}-${date[3]}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/**
 * "HH:MM", "H:MM", "D:HH:MM" or "HH:MM:SS" to milliseconds. Three parts are
 * ambiguous; frab writes days unpadded ("1:02:00" is a day and two hours),
 * while a clock-style "01:30:00" has a two-digit first part, so a one-digit
 * first part means days and a two-digit one means hours.
 */
export function parseDuration(value: unknown): number | undefined {
  const raw = trimmed(value);
  const parts = raw.split(':');
  if (parts.length < 2 || parts.length > 3 || !parts.every((part, at) => (at === 0 ? /^\d{1,2}$/ : /^\d{2}$/).test(part))) return undefined;
  const numbers = parts.map(Number);
  let minutes: number;
  if (parts.length === 2) {
    const [hours = 0, mins = 0] = numbers;
    if (mins > 59) return undefined;
    minutes = hours * 60 + mins;
  } else if ((parts[0] ?? '').length === 1) {
    const [days = 0, hours = 0, mins = 0] = numbers;
    if (hours > 23 || mins > 59) return undefined;
    minutes = days * 1440 + hours * 60 + mins;
  } else {
    const [hours = 0, mins = 0, secs = 0] = numbers;
    if (mins > 59 || secs > 59) return undefined;
    return (hours * 60 + mins) * MINUTE + secs * 1000;
  }
  return minutes * MINUTE;
}

/** The fixed-offset IANA zone for an offset in whole hours (Etc/GMT signs are inverted: +01:00 is Etc/GMT-1). */
function zoneForOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0 || offsetMinutes % 60 !== 0) return 'UTC';
  const hours = offsetMinutes / 60;
  const zone = `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  return isValidTimeZone(zone) ? zone : 'UTC';
}

/**
 * The conference zone. `time_zone_name` is kept when it is a real IANA zone
 * and, at every dated event, yields the offset that event's `date` carries.
 * Exports get this wrong (democon declares "UTC" while every date is +01:00),
 * and the dates are what the schedule was planned in, so when the name is
 * missing, unknown or contradicts the dates, the zone is derived from the
 * dates: the fixed-offset Etc/GMT zone of their most common offset, or UTC
 * for an offset that is not a whole hour (no Etc zone exists for it) or when
 * no event carries one. The instants never depend on this choice (they come
 * from the dates); only undated events and the "conference time" view do.
 */
function resolveTimeZone(declared: string, dated: { ms: number; offset: number }[]): string {
  const valid = isValidTimeZone(declared);
  if (valid && dated.every(({ ms, offset }) => offsetMinutes(declared, ms) === offset)) return declared;
  if (dated.length === 0) return valid ? declared : 'UTC';
  const counts = new Map<number, number>();
  for (const { offset } of dated) counts.set(offset, (counts.get(offset) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [offset, count] of counts) {
    if (count > bestCount) [best, bestCount] = [offset, count];
  }
  return zoneForOffset(best);
}

/** frab's free-text type, through the importers' one table (common.ts); a talk when it names nothing known. */
export function mapType(value: unknown): SessionType {
  return typeFromName(value) ?? 'talk';
}

/** A plausible BCP 47 tag ("en", "de", "pt-BR"), primary subtag lowercased; undefined otherwise. */
export function languageCode(value: unknown): string | undefined {
  const [primary = '', ...rest] = trimmed(value).replace(/_/g, '-').split('-');
  const code = [primary.toLowerCase(), ...rest].join('-');
  return isLanguageTag(code) && primary.toLowerCase() !== 'und' ? code : undefined;
}

/** Every language of a field that may list several ("de, en", "de/en"), each once. */
export function languageCodes(value: unknown): string[] {
  const codes: string[] = [];
  for (const part of trimmed(value).split(/[,;/]/)) {
    const code = languageCode(part);
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

const HTML_TAG = /<\/?(?:p|br|div|span|ul|ol|li|a|b|i|u|s|em|strong|code|pre|blockquote|h[1-6]|hr|small|sup|sub)\b[^<>]*\/?>/gi;
const ENTITIES = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }));

/**
 * Plain text out. Most exports carry plain text, but frab passes through
 * whatever the speaker typed, and camp2019 has a few abstracts written as
 * HTML (<p>, <ul><li>, <a href>, </br>). The app shows text verbatim, so such
 * markup is turned into line breaks and its entities decoded. Only when
 * well-known formatting tags occur: a plain-text abstract that talks about
 * "<script>" or writes "&amp;" is left as it is. Markdown is passed through.
 */
export function toPlainText(value: string): string {
  const out = markupToText(value.slice(0, MAX_TEXT)).trim();
  return out.length > MAX_TEXT ? `${out.slice(0, MAX_TEXT - 1)}…` : out;
}

/** The cleaning itself, uncapped: exported so its cost can be measured on long inputs. */
export function markupToText(value: string): string {
  let out = value.replace(/\r\n?/g, '\n');
  if (new RegExp(HTML_TAG.source, 'i').test(out)) {
    out = out
      .replace(/(?:<br\b[^<>]*>|<\/br\s*>)\n?/gi, '\n')
      .replace(/<hr\b[^<>]*>\n?/gi, '\n\n')
      .replace(/<\/(?:p|div|ul|ol|blockquote|pre|h[1-6])\s*>/gi, '\n\n')
      .replace(/<li\b[^<>]*>/gi, '\n• ')
      .replace(HTML_TAG, '')
      .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{1,32});/gi, (entity, name: string) => {
        if (name.startsWith('#')) {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
        }
        return ENTITIES.get(name.toLowerCase()) ?? entity;
      });
    out = tidyLines(out);
  }
  return out;
}

/** Spaces and tabs off both ends of a line. A loop: /[ \t]+$/ retries from every space of a long run, quadratic in its length. */
function trimSpaces(line: string): string {
  let from = 0;
  let to = line.length;
  while (from < to && (line[from] === ' ' || line[from] === '\t')) from += 1;
  while (to > from && (line[to - 1] === ' ' || line[to - 1] === '\t')) to -= 1;
  return line.slice(from, to);
}

/**
 * Once tags are gone: no spaces at line ends, runs of spaces as one, at most
 * one blank line in a row and none before a list item. Done line by line in
 * one pass, since the regexes that say it in one line each (/[ \t]+\n/,
 * /\n{2,}• /) backtrack over long runs of spaces or newlines, quadratic in
 * their length: "<p>" and 80,000 spaces took seconds.
 */
function tidyLines(value: string): string {
  const lines: string[] = [];
  let blanks = 0;
  for (const raw of value.split('\n')) {
    const line = trimSpaces(raw).replace(/[ \t]{2,}/g, ' ');
    if (line === '') {
      blanks += 1;
      continue;
    }
    // Leading and trailing blank lines go: the caller trims the text anyway.
    if (blanks > 0 && lines.length > 0 && !line.startsWith('• ')) lines.push('');
    lines.push(line);
    blanks = 0;
  }
  return lines.join('\n');
}

function eventId(event: Json): string | undefined {
  const candidates = [
    text(event.guid),
    typeof event.id === 'number' && Number.isFinite(event.id) ? String(event.id) : text(event.id),
    text(event.slug),
  ];
  for (const candidate of candidates) {
    const id = candidate === undefined ? '' : slugify(candidate);
    if (id !== '') return id;
  }
  return undefined;
}

/** The key one person has in every event that names them: guid, code or id, else the name. */
function personKey(person: Json, name: string): string {
  const id = typeof person.id === 'number' && Number.isFinite(person.id) ? String(person.id) : trimmed(person.id);
  return trimmed(person.guid) || trimmed(person.code) || (id === '' ? '' : `id:${id}`) || `name:${name}`;
}

/**
 * An event's persons as its speakers, each also a profile (public_name,
 * biography, avatar or image, links). The export says nothing of a bio's
 * language: it is keyed under the conference's default language, else en.
 */
function speakers(persons: unknown, context: EventContext): NativeSpeaker[] {
  if (!Array.isArray(persons)) return [];
  const out: NativeSpeaker[] = [];
  for (const person of persons.slice(0, 100)) {
    if (!isRecord(person)) continue;
    const name = trimmed(person.public_name) || trimmed(person.name) || trimmed(person.full_name);
    if (name === '') continue;
    const key = personKey(person, name);
    const bio = typeof person.biography === 'string' ? toPlainText(person.biography) : '';
    context.profiles.add(key, {
      name,
      ...(bio === '' ? {} : { bio: { [context.bioLanguage]: bio } }),
      links: linkList(person.links, { base: context.base }).map(({ url, label }) => (label === undefined ? { url } : { url, label })),
      photo: photoOf(person.avatar ?? person.image, context.base),
    });
    const speaker = context.profiles.speaker(key, name);
    if (speaker !== undefined) out.push(speaker);
  }
  return out;
}

/** links, attachments (paths on the export's host) and a recording or video URL, if the export has one. */
function eventLinks(event: Json, base: string | undefined): NativeSessionLink[] {
  const links = [...linkList(event.links, { base }), ...linkList(event.attachments, { base })];
  for (const field of [event.recording, event.video]) {
    const url = httpsLink(isRecord(field) ? field.url : field, base);
    if (url !== undefined && !links.some((link) => link.url === url)) links.push({ kind: 'recording', url });
  }
  return links.slice(0, 20);
}

interface FoundEvent {
  index: number;
  event: unknown;
  dayDate: unknown;
  /** Epoch ms of `day_start`, to place undated events that run past midnight. */
  dayStart?: number;
  roomKey: string;
}

interface Walk {
  found: FoundEvent[];
  /** Room keys in order of first appearance under the days. */
  roomOrder: string[];
}

/** Walks days -> rooms -> events once, numbering every event. */
function walkDays(days: unknown[], problems: FrabProblem[]): Walk {
  const found: FoundEvent[] = [];
  const roomOrder: string[] = [];
  let index = 0;
  days.forEach((day, dayIndex) => {
    if (!isRecord(day)) {
      problems.push({ index: -1, reason: `days[${dayIndex}] is not an object` });
      return;
    }
    if (!isRecord(day.rooms)) {
      if (day.rooms !== undefined) problems.push({ index: -1, reason: `days[${dayIndex}].rooms is not an object` });
      return;
    }
    const dayStart = readEventDate(day.day_start)?.ms;
    for (const [roomKey, events] of Object.entries(day.rooms)) {
      if (!Array.isArray(events)) {
        problems.push({ index: -1, reason: `days[${dayIndex}].rooms["${roomKey}"] is not a list of events` });
        continue;
      }
      if (roomKey.trim() !== '') roomOrder.push(roomKey.trim());
      for (const event of events) found.push({ index: index++, event, dayDate: day.date, dayStart, roomKey });
    }
  });
  return { found, roomOrder };
}

/** The zone: the declared name, checked against the offsets the events' own dates carry. */
function conferenceZone(conference: Json, found: readonly FoundEvent[]): string {
  const dated: { ms: number; offset: number }[] = [];
  for (const { event } of found) {
    if (!isRecord(event)) continue;
    const date = readEventDate(event.date);
    if (date?.ms !== undefined && date.offset !== undefined) dated.push({ ms: date.ms, offset: date.offset });
  }
  return resolveTimeZone(trimmed(conference.time_zone_name), dated);
}

interface NativeRooms {
  /** Room name -> native id. */
  ids: Map<string, string>;
  list: { id: string; name: Record<string, string> }[];
}

/** Rooms: the export's own list first (pretalx has conference.rooms), then the day keys, then the events' names. */
function collectRooms(conference: Json, walk: Walk): NativeRooms {
  const names: string[] = [];
  if (Array.isArray(conference.rooms)) {
    for (const room of conference.rooms) {
      const name = isRecord(room) ? trimmed(room.name) : trimmed(room);
      if (name !== '') names.push(name);
    }
  }
  names.push(...walk.roomOrder);
  for (const { event } of walk.found) if (isRecord(event) && trimmed(event.room) !== '') names.push(trimmed(event.room));
  const ids = new Map<string, string>();
  const taken = slugRegistry();
  const list: NativeRooms['list'] = [];
  for (const name of names) {
    if (ids.has(name)) continue;
    const id = uniqueSlug(name, 'room', taken);
    ids.set(name, id);
    list.push({ id, name: { en: name } });
  }
  return { ids, list };
}

type NativeTrack = { id: string; name: Record<string, string>; color?: string };

/** Tracks: distinct non-empty names in order of first use; colours from conference.tracks when valid. */
function trackRegistry(conference: Json): { idOf: (name: string) => string; list: NativeTrack[] } {
  const colors = new Map<string, string>();
  if (Array.isArray(conference.tracks)) {
    for (const track of conference.tracks) {
      if (!isRecord(track)) continue;
      const name = trimmed(track.name);
      const color = hexColor(track.color);
      if (name !== '' && color !== undefined && !colors.has(name)) colors.set(name, color);
    }
  }
  const ids = new Map<string, string>();
  const taken = slugRegistry();
  const list: NativeTrack[] = [];
  const idOf = (name: string): string => {
    let id = ids.get(name);
    if (id === undefined) {
      id = uniqueSlug(name, 'track', taken);
      ids.set(name, id);
      const color = colors.get(name);
      list.push(color === undefined ? { id, name: { en: name } } : { id, name: { en: name }, color });
    }
    return id;
  };
  return { idOf, list };
}

/**
 * An event's start: its own `date` (in the conference zone when it has no
 * offset), else day.date + start in the conference zone. An event listed under
 * a day but starting before that day's day_start runs past midnight, so it
 * belongs to the next calendar date.
 */
function eventStart(event: Json, found: FoundEvent, timezone: string): number | undefined {
  const date = readEventDate(event.date);
  const start = date?.ms ?? (date?.local !== undefined ? zonedToMs(date.local, timezone) : undefined);
  if (start !== undefined) return start;
  const local = dayStartLocal(found.dayDate, event.start);
  const fromDay = local === undefined ? undefined : zonedToMs(local, timezone);
  if (fromDay !== undefined && found.dayStart !== undefined && fromDay < found.dayStart) {
    const next = new Date(Date.parse(`${local?.slice(0, 10) ?? ''}T00:00:00Z`) + 1440 * MINUTE).toISOString().slice(0, 10);
    return zonedToMs(`${next}${local?.slice(10) ?? ''}`, timezone) ?? fromDay;
  }
  return fromDay;
}

/** Abstract and description as one text; the description is left out when it repeats the abstract. */
function eventBody(event: Json): string {
  const abstract = toPlainText(text(event.abstract) ?? '');
  const description = toPlainText(text(event.description) ?? '');
  const body = abstract && description && abstract !== description ? `${abstract}\n\n${description}` : abstract || description;
  return body.length > MAX_TEXT ? `${body.slice(0, MAX_TEXT - 1)}…` : body;
}

interface EventContext {
  timezone: string;
  /** Ids handed out, and "id@start" slots: an id repeated at another start (a talk given twice, one guid reused) becomes id + start, stable over reloads. */
  takenIds: Set<string>;
  rooms: NativeRooms;
  trackIdOf: (name: string) => string;
  problems: FrabProblem[];
  profiles: ProfileTable;
  /** The export's base_url, against which relative attachment and avatar paths resolve. */
  base: string | undefined;
  bioLanguage: string;
}

/** One event to a native session, or undefined with the reason reported. */
function toSession(found: FoundEvent, context: EventContext): NativeSession | undefined {
  const { event, index } = found;
  if (!isRecord(event)) {
    context.problems.push({ index, reason: 'event is not an object' });
    return undefined;
  }
  const id = eventId(event);
  const report = (reason: string) => {
    context.problems.push(id === undefined ? { index, reason } : { index, id, reason });
    return undefined;
  };
  if (id === undefined) return report('no usable id (guid, id or slug)');
  const start = eventStart(event, found, context.timezone);
  if (start === undefined) return report('no usable date (neither date nor day date + start)');
  const duration = parseDuration(event.duration);
  if (duration === undefined) return report(`no usable duration (${describeValue(event.duration)})`);
  const startDate = new Date(start);
  const endDate = new Date(start + duration);
  if (Number.isNaN(startDate.getTime()) || Number.isNaN(endDate.getTime())) return report('date out of range');
  const sessionId = stableSessionId(id, start, context.takenIds);
  if (sessionId === undefined) return report('listed twice (same id, same start)');

  // "de, en" is two languages: the first is the session's, the others tags the language facet counts too.
  const [declaredLanguage, ...otherLanguages] = languageCodes(event.language);
  const textLanguage = declaredLanguage ?? 'en';
  const session: NativeSession = {
    id: sessionId,
    title: { [textLanguage]: toPlainText(text(event.title) ?? '') },
    start: startDate.toISOString(),
    end: endDate.toISOString(),
    type: mapType(event.type),
    language: declaredLanguage ?? 'und',
    speakers: speakers(event.persons, context),
  };
  const links = eventLinks(event, context.base);
  if (links.length > 0) session.links = links;
  if (otherLanguages.length > 0) session.tags = otherLanguages.map((code) => `lang:${code}`);
  const body = eventBody(event);
  if (body !== '') session.abstract = { [textLanguage]: body };
  const trackName = trimmed(event.track);
  if (trackName !== '') session.track = context.trackIdOf(trackName);
  const roomId = context.rooms.ids.get(trimmed(event.room) || found.roomKey.trim());
  if (roomId !== undefined) session.room = roomId;
  return session;
}

function nativeConferenceOf(
  schedule: Json,
  conference: Json,
  timezone: string,
): { id: string; name: Record<string, string>; timezone: string; url?: string } {
  const title = trimmed(conference.title);
  const acronym = trimmed(conference.acronym);
  const id = slugify(acronym) || slugify(title) || 'conference';
  const url = [text(schedule.base_url), text(conference.url), text(conference.base_url)].find(
    (candidate) => candidate !== undefined && isHttpUrl(candidate.trim()),
  );
  // The name must not be empty or parseFeed refuses the whole feed.
  const native: { id: string; name: Record<string, string>; timezone: string; url?: string } = {
    id,
    name: { en: title || acronym || id },
    timezone,
  };
  if (url !== undefined) native.url = url.trim();
  return native;
}

export function frabToNative(raw: unknown): FrabResult {
  if (!isFrabSchedule(raw) || !isRecord(raw) || !isRecord(raw.schedule) || !isRecord(raw.schedule.conference)) {
    return { feed: null, problems: [{ index: -1, reason: 'not a frab/pretalx schedule (schedule.conference.days)' }] };
  }
  const schedule = raw.schedule;
  const conference = raw.schedule.conference;
  const problems: FrabProblem[] = [];
  const walk = walkDays(Array.isArray(conference.days) ? conference.days : [], problems);
  const timezone = conferenceZone(conference, walk.found);
  const rooms = collectRooms(conference, walk);
  const tracks = trackRegistry(conference);
  const base = [text(schedule.base_url), text(conference.base_url), text(conference.url)].find(
    (candidate) => candidate !== undefined && isHttpUrl(candidate.trim()),
  );
  const defaults = isRecord(conference.defaults) ? conference.defaults : {};
  const context: EventContext = {
    timezone,
    rooms,
    trackIdOf: tracks.idOf,
    problems,
    takenIds: new Set(),
    profiles: new ProfileTable(),
    base: base?.trim(),
    bioLanguage: languageCode(defaults.language) ?? 'en',
  };
  const sessions: NativeSession[] = [];
  for (const found of walk.found) {
    const session = toSession(found, context);
    if (session) sessions.push(session);
  }
  const nativeConference = nativeConferenceOf(schedule, conference, timezone);
  const speakerProfiles = context.profiles.profiles;
  return {
    feed: { format: 1, conference: nativeConference, tracks: tracks.list, rooms: rooms.list, speakers: speakerProfiles, sessions },
    problems,
  };
}

/**
 * An export, converted and validated: the parse result (events the importer
 * could not map first, then the parser's own problems) and the native feed
 * it made, which is what gets saved as the last good copy.
 */
export function importFrabFeed(raw: unknown): { result: ParseResult; native: unknown } {
  const imported = frabToNative(raw);
  const result = parseFeed(imported.feed);
  if (!result.ok) return { result, native: imported.feed };
  // The importer's index counts every event of the export, the parser's the
  // sessions it was handed; -1 (a day or room, no one event) stays -1.
  const unmapped: FeedProblem[] = imported.problems.map((problem) => ({
    part: 'session',
    index: problem.index,
    id: problem.id,
    reason: `schedule.json event: ${problem.reason}`,
  }));
  return { result: { ...result, problems: [...unmapped, ...result.problems] }, native: imported.feed };
}
