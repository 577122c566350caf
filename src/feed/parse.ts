// Untrusted JSON in, a validated Schedule out. Expected failures are values:
// a broken session becomes a FeedProblem, a broken feed a FeedFailure.
import * as v from 'valibot';
import { parseInstant } from '../model/instant.ts';
import type { Schedule, Session } from '../model/schedule.ts';
import { FeedEnvelopeSchema, RoomSchema, SessionSchema, TrackSchema } from './schema.ts';

export interface FeedProblem {
  part: 'session' | 'track' | 'room';
  /** Position in the feed's list; -1 when the problem is not one entry's (an imported export's day or room). */
  index: number;
  id?: string;
  reason: string;
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

/**
 * The frab/pretalx `schedule.json` shape (schedule.conference.days). Checked
 * here, so the converter itself (feed/import/frab.ts) can stay a lazy chunk.
 */
export function isFrabSchedule(raw: unknown): boolean {
  if (!isObject(raw) || !isObject(raw.schedule)) return false;
  const conference = raw.schedule.conference;
  return isObject(conference) && Array.isArray(conference.days);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  const trackIds = new Set(tracks.map((track) => track.id));
  const roomIds = new Set(rooms.map((room) => room.id));

  const sessions: Session[] = [];
  const seenIds = new Set<string>();
  envelope.output.sessions.forEach((candidate, index) => {
    const report = (reason: string, id?: string) => problems.push({ part: 'session', index, id, reason });
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
  });

  sessions.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ok: true, schedule: { conference: envelope.output.conference, tracks, rooms, speakers: [], sessions }, problems };
}

function parseParts<TSchema extends v.GenericSchema>(
  candidates: unknown[],
  schema: TSchema,
  part: FeedProblem['part'],
  problems: FeedProblem[],
): v.InferOutput<TSchema>[] {
  const parsed: v.InferOutput<TSchema>[] = [];
  const seen = new Set<string>();
  candidates.forEach((candidate, index) => {
    const result = v.safeParse(schema, candidate);
    const id = idOf(candidate);
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

function idOf(candidate: unknown): string | undefined {
  if (typeof candidate !== 'object' || candidate === null || !('id' in candidate)) return undefined;
  const id = candidate.id;
  return typeof id === 'string' ? id.slice(0, 200) : undefined;
}

// Validator messages quote the bad input; a 1 MB field must not become a 1 MB notice.
const MAX_REASON = 300;

function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'invalid';
  const path = v.getDotPath(issue);
  const reason = path ? `${path}: ${issue.message}` : issue.message;
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON)}…` : reason;
}
