// The C3VOC "schedule v2" export (voc/schedule, hub-schedule2): a flat
// schedule.events[] with ISO start/end, room and track as objects that point
// into conference.rooms / conference.tracks, participants with roles. It also
// keeps a conference.days summary, which is why it once passed for a frab
// export and yielded nothing: its events are not under days[].rooms.
import type { ParseResult } from '../parse.ts';
import {
  PartTable,
  overflow,
  color,
  durationMs,
  finishImport,
  httpUrl,
  isRecord,
  isTimeZone,
  keyOf,
  languageTags,
  linkList,
  list,
  localized,
  longText,
  offsetInstant,
  photoOf,
  ProfileTable,
  sessionLanguage,
  slugify,
  span,
  stableSessionId,
  textLanguage,
  trimmed,
  typeFromName,
  type ImportProblem,
  type ImportResult,
  type Json,
  type NativeFeed,
  type NativeSession,
} from './common.ts';

export function isScheduleV2(raw: unknown): boolean {
  return isRecord(raw) && isRecord(raw.schedule) && Array.isArray(raw.schedule.events);
}

/** The keys an object may be referred to by: guid, slug, name (v2 uses any of them). */
function keysOf(value: Json): string[] {
  return [keyOf(value.guid), keyOf(value.slug), keyOf(value.name)].filter((key) => key !== '');
}

function refOf(value: unknown): string[] {
  if (isRecord(value)) return keysOf(value);
  const key = keyOf(value);
  return key === '' ? [] : [key];
}

/** Rooms or tracks, each found again by any of its keys (guid, slug, name), or added when an event names a new one. */
function keyedParts(kind: 'room' | 'track', describe: (part: Json) => { name: Record<string, string>; color?: string }) {
  const table = new PartTable(kind);
  const keys = new Map<string, string>();
  const add = (part: Json) => {
    const { name, color: partColor } = describe(part);
    const id = table.add(keysOf(part)[0] ?? '', name, partColor);
    if (id !== undefined) for (const key of keysOf(part)) if (!keys.has(key)) keys.set(key, id);
    return id;
  };
  const resolve = (ref: unknown) => {
    const refs = refOf(ref);
    const known = refs.map((key) => keys.get(key)).find((found) => found !== undefined);
    return known ?? (isRecord(ref) ? add(ref) : refs[0] !== undefined ? add({ name: refs[0] }) : undefined);
  };
  return { table, add, resolve };
}

const roomOf = (room: Json) => ({ name: localized(trimmed(room.name), 'en') });
const trackOf = (track: Json) => {
  const colors = isRecord(track.colors) ? track.colors : {};
  return { name: localized(trimmed(track.name) || trimmed(track.slug), 'en'), color: color(colors.light) ?? color(track.color) };
};

/** An event's own fields as a session (no room or track yet). */
/**
 * schedule.persons as profiles, keyed by guid (then name): name, biography
 * (in the conference's default language, else en), avatar.url, links.
 */
function profilesOf(schedule: Json, conference: Json): ProfileTable {
  const profiles = new ProfileTable();
  const defaults = isRecord(conference.defaults) ? conference.defaults : {};
  const bioLanguage = languageTags(defaults.language)[0] ?? 'en';
  for (const person of list(schedule.persons)) {
    if (!isRecord(person)) continue;
    const name = trimmed(person.public_name) || trimmed(person.name);
    const bio = longText(person.biography);
    profiles.add(keyOf(person.guid) || `name:${name}`, {
      name,
      ...(bio === '' ? {} : { bio: { [bioLanguage]: bio } }),
      links: linkList(person.links).map(({ url, label }) => (label === undefined ? { url } : { url, label })),
      photo: photoOf(person.avatar),
    });
  }
  return profiles;
}

/** Participants who speak (no role, speaker, moderator, host), with the id of their profile; one not in persons gets a names-only profile. */
function speakersOf(event: Json, profiles: ProfileTable): NativeSession['speakers'] {
  return list(event.participants ?? event.persons)
    .filter(isRecord)
    .filter((person) => trimmed(person.role) === '' || /speaker|moderat|host/i.test(trimmed(person.role)))
    .flatMap((person) => {
      const name = trimmed(person.public_name) || trimmed(person.name);
      const guid = keyOf(person.guid);
      const key = guid !== '' && profiles.get(guid) !== undefined ? guid : `name:${name}`;
      profiles.add(key, { name, links: [], photo: [] });
      const speaker = profiles.speaker(key, name);
      return speaker === undefined ? [] : [speaker];
    });
}

// ORIGIN is the event's own page on the schedule the export came from, not a link of the talk's.
const SKIPPED_LINK_TYPES = /^ORIGIN$/i;

function sessionOf(event: Json, id: string, when: { start: string; end: string }, profiles: ProfileTable): NativeSession {
  const { language, extra } = sessionLanguage(languageTags(event.language));
  const lang = textLanguage(language);
  const title = trimmed(event.title);
  const subtitle = trimmed(event.subtitle);
  const fullTitle = subtitle === '' ? title : `${title}${/[:–—-]$/.test(title) ? '' : ' –'} ${subtitle}`.trim();
  const session: NativeSession = {
    id,
    title: localized(fullTitle, lang),
    ...when,
    type: typeFromName(event.type) ?? 'talk',
    language,
    speakers: speakersOf(event, profiles),
  };
  if (extra.length > 0) session.tags = extra;
  const links = [...linkList(event.links, { skipTypes: SKIPPED_LINK_TYPES }), ...linkList(event.attachments)];
  if (links.length > 0) session.links = links.slice(0, 20);
  const abstract = longText(event.abstract);
  const description = longText(event.description);
  const body = abstract && description && abstract !== description ? `${abstract}\n\n${description}` : abstract || description;
  if (body !== '') session.abstract = localized(body, lang);
  return session;
}

function conferenceOf(schedule: Json, conference: Json) {
  const title = trimmed(conference.title);
  const acronym = trimmed(conference.acronym);
  const id = slugify(acronym) || slugify(title) || 'conference';
  const declared = trimmed(conference.time_zone_name);
  const url = httpUrl(conference.url) ?? httpUrl(schedule.base_url);
  return {
    id,
    name: { en: title || acronym || id },
    timezone: isTimeZone(declared) ? declared : 'UTC',
    ...(url === undefined ? {} : { url }),
  };
}

export function scheduleV2ToNative(raw: unknown): ImportResult {
  if (!isRecord(raw) || !isRecord(raw.schedule) || !Array.isArray(raw.schedule.events)) {
    return { ok: false, detail: 'not a schedule v2 export (schedule.events)' };
  }
  const schedule = raw.schedule;
  const conference = isRecord(schedule.conference) ? schedule.conference : {};
  const problems: ImportProblem[] = overflow(schedule.events, 'events');
  const rooms = keyedParts('room', roomOf);
  for (const room of list(conference.rooms)) if (isRecord(room)) rooms.add(room);
  const tracks = keyedParts('track', trackOf);
  for (const track of list(conference.tracks)) if (isRecord(track)) tracks.add(track);
  const profiles = profilesOf(schedule, conference);

  const sessions: NativeSession[] = [];
  const origins: number[] = [];
  const taken = new Set<string>();
  list(schedule.events).forEach((event, index) => {
    if (!isRecord(event)) {
      problems.push({ index, reason: 'event is not an object' });
      return;
    }
    const rawId = keyOf(event.guid) || keyOf(event.code) || keyOf(event.id) || keyOf(event.slug);
    const report = (reason: string) => problems.push(rawId === '' ? { index, reason } : { index, id: rawId.slice(0, 200), reason });
    const start = offsetInstant(event.start);
    const duration = durationMs(event.duration);
    const end = offsetInstant(event.end) ?? (start !== undefined && duration !== undefined ? start + duration : undefined);
    const when = span(start, end);
    if (typeof when === 'string') return report(`${when} (start/end must be date-times with an offset)`);
    const id = stableSessionId(rawId, Date.parse(when.start), taken);
    if (id === undefined)
      return report(slugify(rawId) === '' ? 'no usable id (guid, code, id or slug)' : 'listed twice (same id, same start)');
    const session = sessionOf(event, id, when, profiles);
    const track = tracks.resolve(event.track);
    if (track !== undefined) session.track = track;
    const room = rooms.resolve(event.room);
    if (room !== undefined) session.room = room;
    sessions.push(session);
    origins.push(index);
  });
  const feed: NativeFeed = {
    format: 1,
    conference: conferenceOf(schedule, conference),
    tracks: tracks.table.parts,
    rooms: rooms.table.parts,
    speakers: profiles.profiles,
    sessions,
  };
  return { ok: true, feed, problems, origins };
}

export function importScheduleV2(raw: unknown): { result: ParseResult; native: unknown } {
  return finishImport('schedule v2 event', scheduleV2ToNative(raw));
}
