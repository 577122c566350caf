// The JSON pretalx's own schedule widget loads (…/widgets/schedule.json):
// {talks, rooms, speakers, tracks, timezone, event_start, event_end, version}.
// Talks have a `code`; items without one are breaks. Texts and room names may
// be i18n objects ({"en": …, "de": …}). Each instant is used exactly as
// written: pretalx writes a break's start in UTC and its end at the local
// offset, and both name the right moment.
import type { ParseResult } from '../parse.ts';
import {
  PartTable,
  overflow,
  color,
  finishImport,
  isRecord,
  isTimeZone,
  keyOf,
  list,
  localized,
  offsetInstant,
  photoOf,
  ProfileTable,
  slugify,
  span,
  stableSessionId,
  trimmed,
  typeFromName,
  type ImportProblem,
  type ImportResult,
  type NativeSession,
} from './common.ts';

export interface PretalxWidgetOptions {
  /** The conference's name: the widget data does not carry one. */
  name?: string;
}

export function isPretalxWidget(raw: unknown): boolean {
  return isRecord(raw) && Array.isArray(raw.talks) && Array.isArray(raw.rooms);
}

export function pretalxWidgetToNative(raw: unknown, options: PretalxWidgetOptions = {}): ImportResult {
  if (!isPretalxWidget(raw) || !isRecord(raw)) return { ok: false, detail: 'not a pretalx widget schedule ({talks, rooms, …})' };
  const problems: ImportProblem[] = overflow(raw.talks, 'talks');

  const rooms = new PartTable('room');
  for (const room of list(raw.rooms)) if (isRecord(room)) rooms.add(keyOf(room.id), localized(room.name, 'en'));
  const tracks = new PartTable('track');
  for (const track of list(raw.tracks)) if (isRecord(track)) tracks.add(keyOf(track.id), localized(track.name, 'en'), color(track.color));
  // {code, name, avatar} (newer pretalx also `biography`): a profile each, the avatar an https: URL of unknown size.
  const profiles = new ProfileTable();
  for (const speaker of list(raw.speakers)) {
    if (!isRecord(speaker)) continue;
    const bio = localized(speaker.biography, 'en');
    profiles.add(keyOf(speaker.code), {
      name: trimmed(speaker.name),
      ...(Object.keys(bio).length === 0 ? {} : { bio }),
      links: [],
      photo: photoOf(speaker.avatar),
    });
  }

  const sessions: NativeSession[] = [];
  const origins: number[] = [];
  const taken = new Set<string>();
  list(raw.talks).forEach((talk, index) => {
    if (!isRecord(talk)) {
      problems.push({ index, reason: 'talk is not an object' });
      return;
    }
    const code = keyOf(talk.code);
    const isBreak = code === '';
    const rawId = isBreak ? `break-${keyOf(talk.id)}` : code;
    const report = (reason: string) => problems.push({ index, id: rawId.slice(0, 200), reason });
    const when = span(offsetInstant(talk.start), offsetInstant(talk.end));
    if (typeof when === 'string') return report(`${when} (start/end must be date-times with an offset)`);
    // A break with no id of its own is named by its room and start, which is what makes it that break.
    const base = rawId === 'break-' ? `break-${keyOf(talk.room)}` : rawId;
    const id = stableSessionId(base, Date.parse(when.start), taken);
    if (id === undefined) return report(slugify(base) === '' ? 'no usable code or id' : 'listed twice (same id, same start)');

    const session: NativeSession = {
      id,
      title: localized(talk.title, 'en'),
      ...when,
      // Items without a code are the organisers' own slots: breaks, unless the title names a keynote or the like.
      type: isBreak ? (typeFromName(firstText(talk.title)) ?? 'break') : 'talk',
      // The widget names no language.
      language: 'und',
      speakers: list(talk.speakers).flatMap((speaker) => {
        const known = profiles.speaker(keyOf(speaker));
        return known === undefined ? [] : [known];
      }),
    };
    const abstract = localized(talk.abstract, 'en');
    if (Object.keys(abstract).length > 0) session.abstract = abstract;
    const track = tracks.get(keyOf(talk.track));
    if (track !== undefined) session.track = track;
    const room = rooms.get(keyOf(talk.room));
    if (room !== undefined) session.room = room;
    sessions.push(session);
    origins.push(index);
  });

  const declared = trimmed(raw.timezone);
  const name = trimmed(options.name) || 'Conference';
  return {
    ok: true,
    feed: {
      format: 1,
      conference: { id: slugify(name) || 'conference', name: { en: name }, timezone: isTimeZone(declared) ? declared : 'UTC' },
      tracks: tracks.parts,
      rooms: rooms.parts,
      speakers: profiles.profiles,
      sessions,
    },
    problems,
    origins,
  };
}

export function importPretalxWidget(raw: unknown, options: PretalxWidgetOptions = {}): { result: ParseResult; native: unknown } {
  return finishImport('pretalx talk', pretalxWidgetToNative(raw, options));
}

function firstText(value: unknown): string {
  const text = localized(value, 'en');
  return text.en ?? Object.values(text)[0] ?? '';
}
