// Untrusted JSON in, a validated Schedule out. Expected failures are values:
// a broken session becomes a FeedProblem, a broken feed a FeedFailure.
import * as v from 'valibot';
import { isRecord } from '../lib/isRecord.ts';
import { parseInstant } from '../model/instant.ts';
import type { Schedule, Session, SpeakerProfile } from '../model/schedule.ts';
import {
  FeedEnvelopeSchema,
  LinkSchema,
  PhotoSourceSchema,
  RoomSchema,
  SessionLinkSchema,
  SessionSchema,
  SpeakerProfileSchema,
  TrackSchema,
} from './schema.ts';

export interface FeedProblem {
  part: 'session' | 'track' | 'room' | 'speaker';
  /** Position in the feed's list; -1 when the problem is not one entry's (an imported export's day or room). */
  index: number;
  id?: string;
  reason: string;
  /**
   * True when the entry itself is kept and only the value the reason names
   * (a link, a photo, a speaker's id) was dropped; absent when the whole
   * entry was skipped.
   */
  kept?: boolean;
}

export type FeedFailure = 'not-json' | 'not-a-feed';

/**
 * The longest session the app accepts. A conference session lasts hours; a
 * mistyped year (2042 for 2022) makes one last twenty years, and the grid
 * would then draw a time label every half hour across all of them.
 */
export const MAX_SESSION_MS = 7 * 24 * 60 * 60_000;
/**
 * Instants the app can show and export: from 1970 up to the end of 9999.
 * Past 9999 toISOString writes a six-digit year, which is no valid iCalendar
 * DATE-TIME; before 1970 is no conference this app will ever show.
 */
export const MIN_INSTANT = Date.UTC(1970, 0, 1);
export const MAX_INSTANT = Date.UTC(10000, 0, 1) - 1;

export type ParseResult = { ok: true; schedule: Schedule; problems: FeedProblem[] } | { ok: false; failure: FeedFailure; detail: string };

export function parseFeedText(text: string): ParseResult {
  const json = readJson(text);
  return json.ok ? parseFeed(json.raw) : json;
}

export function readJson(text: string): { ok: true; raw: unknown } | { ok: false; failure: 'not-json'; detail: string } {
  try {
    return { ok: true, raw: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, failure: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The native format's mark: a `format` field (its value is checked by parseFeed). */
export function isNativeFeed(raw: unknown): boolean {
  return isRecord(raw) && 'format' in raw;
}

/**
 * The frab/pretalx `schedule.json` shape (schedule.conference.days). Checked
 * here, so the converter itself (feed/import/frab.ts) can stay a lazy chunk.
 */
export function isFrabSchedule(raw: unknown): boolean {
  if (!isRecord(raw) || !isRecord(raw.schedule)) return false;
  const conference = raw.schedule.conference;
  return isRecord(conference) && Array.isArray(conference.days);
}

/** Reads the native format (FEED.md format 1); frab/pretalx exports go through readFeed.ts. */
export function parseFeed(raw: unknown): ParseResult {
  const envelope = v.safeParse(FeedEnvelopeSchema, raw);
  if (!envelope.success) {
    return { ok: false, failure: 'not-a-feed', detail: describeIssue(envelope.issues[0]) };
  }
  const problems: FeedProblem[] = [];
  const tracks = parseParts(envelope.output.tracks, TrackSchema, 'track', problems);
  const rooms = parseParts(envelope.output.rooms, RoomSchema, 'room', problems);
  const speakers = parseParts(envelope.output.speakers, SpeakerProfileSchema, 'speaker', problems, (candidate, drop) => {
    const withLinks = keepGoodEntries(candidate, 'links', LinkSchema, drop);
    return keepGoodEntries(withLinks, 'photo', PhotoSourceSchema, drop);
  }).map(sortPhoto);
  const trackIds = new Set(tracks.map((track) => track.id));
  const roomIds = new Set(rooms.map((room) => room.id));
  const profileIds = new Set(speakers.map((speaker) => speaker.id));

  const sessions: Session[] = [];
  const seenIds = new Set<string>();
  envelope.output.sessions.forEach((raw, index) => {
    const report = (reason: string, id?: string) => problems.push({ part: 'session', index, id, reason });
    // Reported only if the session is shown: a skipped one has its own problem.
    const dropped: FeedProblem[] = [];
    const drop = (reason: string) => dropped.push({ part: 'session', index, id: idOf(raw), reason, kept: true });
    const candidate = withKnownSpeakerIds(keepGoodEntries(raw, 'links', SessionLinkSchema, drop), profileIds, drop);
    const result = v.safeParse(SessionSchema, candidate);
    if (!result.success) {
      report(describeIssue(result.issues[0]), idOf(candidate));
      return;
    }
    const input = result.output;
    const start = parseInstant(input.start) ?? Number.NaN;
    const end = parseInstant(input.end) ?? Number.NaN;
    if (seenIds.has(input.id)) return report('duplicate id (the first one is kept)', input.id);
    if (end <= start) return report('end is not after start', input.id);
    if (start < MIN_INSTANT || end > MAX_INSTANT) return report('start or end outside the years 1970–9999', input.id);
    if (end - start > MAX_SESSION_MS) return report('longer than 7 days (is a year mistyped?)', input.id);
    if (input.track !== undefined && !trackIds.has(input.track)) return report(`unknown track "${input.track}"`, input.id);
    if (input.room !== undefined && !roomIds.has(input.room)) return report(`unknown room "${input.room}"`, input.id);
    seenIds.add(input.id);
    sessions.push({ ...input, start, end });
    problems.push(...dropped);
  });

  sessions.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ok: true, schedule: { conference: envelope.output.conference, tracks, rooms, speakers, sessions }, problems };
}

type Drop = (reason: string) => void;

function parseParts<TSchema extends v.GenericSchema>(
  candidates: unknown[],
  schema: TSchema,
  part: FeedProblem['part'],
  problems: FeedProblem[],
  prepare: (candidate: unknown, drop: Drop) => unknown = (candidate) => candidate,
): v.InferOutput<TSchema>[] {
  const parsed: v.InferOutput<TSchema>[] = [];
  const seen = new Set<string>();
  candidates.forEach((raw, index) => {
    const id = idOf(raw);
    const dropped: FeedProblem[] = [];
    const candidate = prepare(raw, (reason) => dropped.push({ part, index, id, reason, kept: true }));
    const result = v.safeParse(schema, candidate);
    if (result.success && !(id !== undefined && seen.has(id))) problems.push(...dropped);
    if (!result.success) {
      problems.push({ part, index, id, reason: describeIssue(result.issues[0]) });
    } else if (id !== undefined && seen.has(id)) {
      problems.push({ part, index, id, reason: 'duplicate id (the first one is kept)' });
    } else {
      if (id !== undefined) seen.add(id);
      parsed.push(result.output);
    }
  });
  return parsed;
}

/**
 * The candidate with the entries of its `key` list that fail `schema` left
 * out, each reported through `drop`: one bad link or photo costs that entry,
 * never the session or profile that carries it. A `key` that is not a list at
 * all is dropped whole.
 */
function keepGoodEntries(candidate: unknown, key: string, schema: v.GenericSchema, drop: Drop): unknown {
  if (!isRecord(candidate) || candidate[key] === undefined) return candidate;
  const entries = candidate[key];
  if (!Array.isArray(entries)) {
    drop(`${key}: not a list (dropped)`);
    return without(candidate, key);
  }
  const kept = entries.filter((entry, position) => {
    const result = v.safeParse(schema, entry);
    if (!result.success) drop(`${key}.${position}${describeIssue(result.issues[0], '.')} (dropped)`);
    return result.success;
  });
  return kept.length === entries.length ? candidate : { ...candidate, [key]: kept };
}

/** The candidate with every speaker `id` that names no profile taken out (the name stays). */
function withKnownSpeakerIds(candidate: unknown, profileIds: ReadonlySet<string>, drop: Drop): unknown {
  if (!isRecord(candidate) || !Array.isArray(candidate.speakers)) return candidate;
  let changed = false;
  const speakers = candidate.speakers.map((speaker: unknown, position) => {
    if (!isRecord(speaker) || speaker.id === undefined) return speaker;
    if (typeof speaker.id === 'string' && profileIds.has(speaker.id)) return speaker;
    changed = true;
    drop(`speakers.${position}.id: no speaker profile has the id ${JSON.stringify(speaker.id).slice(0, 100)} (the id is dropped)`);
    return without(speaker, 'id');
  });
  return changed ? { ...candidate, speakers } : candidate;
}

function without(record: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

/** Smallest rendition first, as the model promises; an unknown size (0) counts as smallest. */
function sortPhoto(profile: SpeakerProfile): SpeakerProfile {
  return { ...profile, photo: [...profile.photo].sort((a, b) => a.size - b.size) };
}

function idOf(candidate: unknown): string | undefined {
  if (typeof candidate !== 'object' || candidate === null || !('id' in candidate)) return undefined;
  const id = candidate.id;
  return typeof id === 'string' ? id.slice(0, 200) : undefined;
}

// Validator messages quote the bad input; a 1 MB field must not become a 1 MB notice.
const MAX_REASON = 300;

/** "path: message"; with `joiner`, the path is written after it and the message always follows ": ". */
function describeIssue(issue: v.BaseIssue<unknown> | undefined, joiner?: string): string {
  if (!issue) return joiner === undefined ? 'invalid' : ': invalid';
  const path = v.getDotPath(issue);
  const reason =
    joiner === undefined ? (path ? `${path}: ${issue.message}` : issue.message) : `${path ? `${joiner}${path}` : ''}: ${issue.message}`;
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON)}…` : reason;
}
