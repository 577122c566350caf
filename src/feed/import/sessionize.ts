// Sessionize's "All data" API answer ({sessions, speakers, questions,
// categories, rooms}) to the native feed. Its times are wall times with no
// offset, and the answer names no zone anywhere, so the zone must be given by
// whoever deploys the app (VITE_FEED_TIMEZONE): reading them as UTC or as the
// viewer's zone would put every session hours off for most of the audience.
import type { ParseResult } from '../parse.ts';
import type { SessionType } from '../../model/schedule.ts';
import {
  PartTable,
  overflow,
  finishImport,
  httpsLink,
  isRecord,
  isTimeZone,
  keyOf,
  linkList,
  list,
  localized,
  longText,
  photoOf,
  ProfileTable,
  slugify,
  span,
  stableSessionId,
  trimmed,
  typeFromName,
  zonedInstant,
  type ImportProblem,
  type ImportResult,
  type Json,
  type NativeSession,
} from './common.ts';

export interface SessionizeOptions {
  /** IANA zone the conference's wall times are in (VITE_FEED_TIMEZONE). */
  timeZone?: string;
  /** The conference's name: Sessionize's answer does not carry one. */
  name?: string;
}

export const SESSIONIZE_ZONE_HELP =
  "Sessionize gives local times without a time zone. Set VITE_FEED_TIMEZONE to the conference's IANA zone (for example VITE_FEED_TIMEZONE=Australia/Melbourne) when building the app.";

export function isSessionizeAllData(raw: unknown): boolean {
  return (
    isRecord(raw) && Array.isArray(raw.sessions) && Array.isArray(raw.speakers) && Array.isArray(raw.categories) && Array.isArray(raw.rooms)
  );
}

interface CategoryItem {
  category: string;
  name: string;
}

/** Rooms in Sessionize's own order (`sort`), which is the order it shows them. */
function roomsOf(raw: Json): PartTable {
  const rooms = new PartTable('room');
  const roomList = list(raw.rooms).filter(isRecord);
  roomList.sort((a, b) => (typeof a.sort === 'number' ? a.sort : 0) - (typeof b.sort === 'number' ? b.sort : 0));
  for (const room of roomList) rooms.add(keyOf(room.id), localized(trimmed(room.name), 'en'));
  return rooms;
}

/** Speakers as profiles: fullName, tagLine as the role, bio (Sessionize has no language field: en), profilePicture, links. */
function profilesOf(raw: Json): ProfileTable {
  const profiles = new ProfileTable();
  for (const speaker of list(raw.speakers)) {
    if (!isRecord(speaker)) continue;
    const name = trimmed(speaker.fullName) || `${trimmed(speaker.firstName)} ${trimmed(speaker.lastName)}`.trim();
    const role = trimmed(speaker.tagLine).slice(0, 500);
    const bio = longText(speaker.bio);
    profiles.add(keyOf(speaker.id), {
      name,
      ...(role === '' ? {} : { role }),
      ...(bio === '' ? {} : { bio: { en: bio } }),
      links: linkList(speaker.links).map(({ url, label }) => (label === undefined ? { url } : { url, label })),
      photo: photoOf(speaker.profilePicture),
    });
  }
  return profiles;
}

/** Every category item by id, with the (lower-cased) title of its category. */
function categoryItemsOf(raw: Json): Map<string, CategoryItem> {
  const items = new Map<string, CategoryItem>();
  for (const category of list(raw.categories)) {
    if (!isRecord(category)) continue;
    const title = trimmed(category.title).toLowerCase();
    for (const item of list(category.items)) {
      if (isRecord(item) && trimmed(item.name) !== '') items.set(keyOf(item.id), { category: title, name: trimmed(item.name) });
    }
  }
  return items;
}

/** A session's categories as what they fit: a track, a type (format), else tags; service sessions are breaks. */
function classify(session: Json, items: ReadonlyMap<string, CategoryItem>, tracks: PartTable) {
  let type: SessionType = session.isServiceSession === true ? 'break' : 'talk';
  let track: string | undefined;
  const tags: string[] = [];
  for (const itemId of list(session.categoryItems)) {
    const item = items.get(keyOf(itemId));
    if (!item) continue;
    if (item.category.includes('track')) track ??= tracks.add(`track:${item.name}`, { en: item.name });
    else if (/format|type/.test(item.category) && typeFromName(item.name) !== undefined && type !== 'break')
      type = typeFromName(item.name) ?? type;
    else tags.push(item.name.slice(0, 100));
  }
  return { type, track, tags };
}

export function sessionizeToNative(raw: unknown, options: SessionizeOptions): ImportResult {
  if (!isSessionizeAllData(raw) || !isRecord(raw)) {
    return { ok: false, detail: 'not a Sessionize "All data" answer ({sessions, speakers, categories, rooms})' };
  }
  const zone = trimmed(options.timeZone);
  if (zone === '') return { ok: false, detail: SESSIONIZE_ZONE_HELP };
  if (!isTimeZone(zone)) return { ok: false, detail: `"${zone.slice(0, 60)}" is no IANA time zone. ${SESSIONIZE_ZONE_HELP}` };

  const problems: ImportProblem[] = overflow(raw.sessions, 'sessions');

  const rooms = roomsOf(raw);
  const profiles = profilesOf(raw);
  const items = categoryItemsOf(raw);
  const tracks = new PartTable('track');
  const sessions: NativeSession[] = [];
  const origins: number[] = [];
  const taken = new Set<string>();
  list(raw.sessions).forEach((session, index) => {
    if (!isRecord(session)) {
      problems.push({ index, reason: 'session is not an object' });
      return;
    }
    const rawId = keyOf(session.id);
    const report = (reason: string) => problems.push(rawId === '' ? { index, reason } : { index, id: rawId.slice(0, 200), reason });
    const when = span(zonedInstant(session.startsAt, zone), zonedInstant(session.endsAt, zone));
    if (typeof when === 'string') return report(`${when} (startsAt/endsAt must be local date-times)`);
    const id = stableSessionId(rawId, Date.parse(when.start), taken);
    if (id === undefined) return report(rawId === '' || slugify(rawId) === '' ? 'no usable id' : 'listed twice (same id, same start)');

    const { type, track, tags } = classify(session, items, tracks);

    const native: NativeSession = {
      id,
      title: typeof session.title === 'string' ? localized(session.title, 'en') : {},
      ...when,
      type,
      // Sessionize has no language field.
      language: 'und',
      speakers: list(session.speakers).flatMap((speaker) => {
        const known = profiles.speaker(keyOf(isRecord(speaker) ? speaker.id : speaker), isRecord(speaker) ? trimmed(speaker.name) : '');
        return known === undefined ? [] : [known];
      }),
    };
    const recording = httpsLink(session.recordingUrl);
    if (recording !== undefined) native.links = [{ kind: 'recording', url: recording }];
    const abstract = longText(session.description);
    if (abstract !== '') native.abstract = { en: abstract };
    if (track !== undefined) native.track = track;
    const room = rooms.get(keyOf(session.roomId));
    if (room !== undefined) native.room = room;
    if (tags.length > 0) native.tags = tags;
    sessions.push(native);
    origins.push(index);
  });

  const name = trimmed(options.name) || 'Conference';
  return {
    ok: true,
    feed: {
      format: 1,
      conference: { id: slugify(name) || 'conference', name: { en: name }, timezone: zone },
      tracks: tracks.parts,
      rooms: rooms.parts,
      speakers: profiles.profiles,
      sessions,
    },
    problems,
    origins,
  };
}

/** Converted and validated, for readFeed. */
export function importSessionize(raw: unknown, options: SessionizeOptions): { result: ParseResult; native: unknown } {
  return finishImport('Sessionize session', sessionizeToNative(raw, options));
}
