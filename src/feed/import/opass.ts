// OPass's session.json (COSCUP and other Taiwanese conferences): {sessions,
// speakers, session_types, rooms, tags}, every text a {zh, en} pair,
// Traditional Chinese and English. Organisers fill the `en` side with a copy
// of the `zh` text when there is no translation; shown as English it would
// claim a translation that does not exist, so a copy of Chinese text is
// dropped and the app shows the `zh` text with its fallback marker.
import type { ParseResult } from '../parse.ts';
import {
  PartTable,
  overflow,
  finishImport,
  httpsLink,
  isRecord,
  isTimeZone,
  keyOf,
  languageTags,
  list,
  localized,
  offsetInstant,
  photoOf,
  ProfileTable,
  sessionLanguage,
  slugify,
  span,
  stableSessionId,
  trimmed,
  zoneFromOffsets,
  type ImportProblem,
  type ImportResult,
  type Json,
  type NativeSession,
  type NativeSessionLink,
} from './common.ts';

export interface OpassOptions {
  /** The conference's name and zone: session.json carries neither. */
  name?: string;
  timeZone?: string;
}

export function isOpass(raw: unknown): boolean {
  return isRecord(raw) && Array.isArray(raw.sessions) && Array.isArray(raw.session_types) && Array.isArray(raw.rooms);
}

const HAN = /\p{Script=Han}/u;

/**
 * `field` of the zh and en sides; the en side only when it is not a copy of
 * Chinese text. A copy without any Han character ("RB 105", "Kubernetes 101")
 * is no missing translation: it reads the same in both, so it stays in both
 * and gets no fallback marker.
 */
export function bilingual(item: Json, field: string): Record<string, string> {
  const zh = localized(isRecord(item.zh) ? item.zh[field] : undefined, 'zh').zh;
  const en = localized(isRecord(item.en) ? item.en[field] : undefined, 'en').en;
  const out: Record<string, string> = {};
  if (zh !== undefined) out.zh = zh;
  if (en !== undefined && (en !== zh || !HAN.test(en))) out.en = en;
  return out;
}

export function opassToNative(raw: unknown, options: OpassOptions = {}): ImportResult {
  if (!isOpass(raw) || !isRecord(raw)) return { ok: false, detail: 'not an OPass session.json ({sessions, session_types, rooms})' };
  const problems: ImportProblem[] = overflow(raw.sessions, 'sessions');

  const rooms = new PartTable('room');
  for (const room of list(raw.rooms)) if (isRecord(room)) rooms.add(keyOf(room.id), bilingual(room, 'name'));
  const tracks = new PartTable('track');
  for (const type of list(raw.session_types)) if (isRecord(type)) tracks.add(keyOf(type.id), bilingual(type, 'name'));
  const profiles = new ProfileTable();
  for (const speaker of list(raw.speakers)) {
    if (!isRecord(speaker)) continue;
    const { zh, en } = bilingual(speaker, 'name');
    // Speakers are plain names in the native feed: both spellings in one when they differ.
    const name = zh !== undefined && en !== undefined && en !== zh ? `${zh} (${en})` : (zh ?? en);
    const bio = bilingual(speaker, 'bio');
    profiles.add(keyOf(speaker.id), {
      name: (name ?? '').slice(0, 1_000),
      ...(Object.keys(bio).length === 0 ? {} : { bio }),
      links: [],
      photo: photoOf(speaker.avatar),
    });
  }
  const tagNames = new Map<string, string>();
  for (const tag of list(raw.tags)) {
    if (!isRecord(tag)) continue;
    const { zh, en } = bilingual(tag, 'name');
    const name = en ?? zh;
    if (name !== undefined) tagNames.set(keyOf(tag.id), name.slice(0, 100));
  }

  const sessions: NativeSession[] = [];
  const origins: number[] = [];
  const taken = new Set<string>();
  const items = list(raw.sessions);
  items.forEach((item, index) => {
    if (!isRecord(item)) {
      problems.push({ index, reason: 'session is not an object' });
      return;
    }
    const rawId = keyOf(item.id);
    const report = (reason: string) => problems.push(rawId === '' ? { index, reason } : { index, id: rawId.slice(0, 200), reason });
    const when = span(offsetInstant(item.start), offsetInstant(item.end));
    if (typeof when === 'string') return report(`${when} (start/end must be date-times with an offset)`);
    const id = stableSessionId(rawId, Date.parse(when.start), taken);
    if (id === undefined) return report(slugify(rawId) === '' ? 'no usable id' : 'listed twice (same id, same start)');

    const { language, extra } = sessionLanguage(languageTags(item.language));
    const tags = [
      ...extra,
      // Language tags ("zh-tw", "en") repeat the language field; levels ("Beginner") are worth keeping.
      ...list(item.tags)
        .map(keyOf)
        .filter((tag) => tag !== '' && languageTags(tag).length === 0)
        .map((tag) => tagNames.get(tag) ?? tag.slice(0, 100)),
    ];
    const session: NativeSession = {
      id,
      title: bilingual(item, 'title'),
      ...when,
      type: 'talk',
      language,
      speakers: list(item.speakers).flatMap((speaker) => {
        const known = profiles.speaker(keyOf(speaker));
        return known === undefined ? [] : [known];
      }),
    };
    const links = sessionLinks(item);
    if (links.length > 0) session.links = links;
    const abstract = bilingual(item, 'description');
    if (Object.keys(abstract).length > 0) session.abstract = abstract;
    const track = tracks.get(keyOf(item.type));
    if (track !== undefined) session.track = track;
    const room = rooms.get(keyOf(item.room));
    if (room !== undefined) session.room = room;
    if (tags.length > 0) session.tags = tags;
    sessions.push(session);
    origins.push(index);
  });

  const given = trimmed(options.timeZone);
  const timezone = isTimeZone(given) ? given : zoneFromOffsets(items.filter(isRecord).map((item) => item.start));
  const name = trimmed(options.name) || 'Conference';
  return {
    ok: true,
    feed: {
      format: 1,
      conference: { id: slugify(name) || 'conference', name: { en: name }, timezone },
      tracks: tracks.parts,
      rooms: rooms.parts,
      speakers: profiles.profiles,
      sessions,
    },
    problems,
    origins,
  };
}

/** `record` (a recording), `slide` (the deck) and `co_write` (the shared notes, HackMD on COSCUP): https: only. */
function sessionLinks(item: Json): NativeSessionLink[] {
  const links: NativeSessionLink[] = [];
  const add = (kind: NativeSessionLink['kind'], value: unknown, label?: string) => {
    const url = httpsLink(value);
    if (url !== undefined) links.push(label === undefined ? { kind, url } : { kind, url, label });
  };
  add('recording', item.record);
  add('slides', item.slide);
  add('other', item.co_write, 'co-write');
  return links;
}

export function importOpass(raw: unknown, options: OpassOptions = {}): { result: ParseResult; native: unknown } {
  return finishImport('OPass session', opassToNative(raw, options));
}
