// What `npm run validate-feed` says about a feed's text: one line per
// problem, a summary, and whether the app would refuse the file. It reads the
// text with the app's own readFeedText, so it checks exactly what the app
// will show: the same converter for frab/pretalx, the same schema, the same
// skipped sessions. Pure: the CLI (validate-feed.ts) reads the file or URL.
import type { FeedProblem } from '../src/feed/parse.ts';
import { isFrabSchedule, readJson } from '../src/feed/parse.ts';
import { frabToNative } from '../src/feed/import/frab.ts';
import { readFeedText } from '../src/feed/readFeed.ts';
import { detectShape, SHAPE_NAMES } from '../src/feed/import/detect.ts';
import { daysWithSessions } from '../src/model/time.ts';
import type { Schedule } from '../src/model/schedule.ts';

export interface FeedCheck {
  lines: string[];
  /** 1 when the app would refuse the file or show no session at all. */
  exitCode: 0 | 1;
}

const FRAB_PREFIX = 'schedule.json event: ';

// The importer's reasons name no field; these are the export fields they are about.
const FRAB_FIELDS: [RegExp, string][] = [
  [/^no usable id/, 'guid'],
  [/^no usable date/, 'date'],
  [/^no usable duration/, 'duration'],
  [/^date out of range/, 'date'],
];

// The parser's own reasons, beyond "<path>: <message>" from the schema.
const PARSER_FIELDS: [RegExp, string][] = [
  [/^end is not after start/, 'end'],
  [/^unknown track /, 'track'],
  [/^unknown room /, 'room'],
  [/^duplicate id/, 'id'],
];

// A schema issue's reason starts with its dot path ("speakers.0.name: ...").
const PATH_PREFIX = /^([A-Za-z0-9_$-]+(?:\.[A-Za-z0-9_$-]+)*): ([\s\S]*)$/;

/** A problem's field path and the reason without it; '-' when it concerns no one field. */
export function fieldOf(problem: FeedProblem): { path: string; reason: string } {
  if (problem.reason.startsWith(FRAB_PREFIX)) {
    const reason = problem.reason.slice(FRAB_PREFIX.length);
    const field = FRAB_FIELDS.find(([pattern]) => pattern.test(reason));
    const structural = reason.startsWith('days[');
    return { path: field ? `event.${field[1]}` : structural ? '-' : 'event', reason };
  }
  const prefixed = PATH_PREFIX.exec(problem.reason);
  if (prefixed?.[1] !== undefined && prefixed[2] !== undefined) return { path: prefixed[1], reason: prefixed[2] };
  const field = PARSER_FIELDS.find(([pattern]) => pattern.test(problem.reason));
  return { path: field ? field[1] : '-', reason: problem.reason };
}

/**
 * `#<n> <id> <field path>: <reason>`, n counting from 1 as the app's own
 * notice does (for a frab/pretalx export: the event's position among all its
 * events, see byEventPosition); tracks and rooms are named as such.
 */
export function problemLine(problem: FeedProblem): string {
  const { path, reason } = fieldOf(problem);
  const part = problem.part === 'session' ? '' : `${problem.part} `;
  return `${part}#${problem.index + 1} ${problem.id ?? '-'} ${path}: ${reason}`;
}

function plural(count: number, one: string, other = `${one}s`): string {
  return `${count} ${count === 1 ? one : other}`;
}

/**
 * For a frab/pretalx export the app numbers two ways: an event the importer
 * cannot map by its position among all the export's events, a session the
 * parser skips by its position among the converted sessions. Both are put in
 * the first count here, so each number names one event of the file. Every
 * event becomes either one session or one importer problem, in order, which
 * is what makes the mapping exact.
 */
export function byEventPosition(raw: unknown, problems: readonly FeedProblem[]): FeedProblem[] {
  const imported = frabToNative(raw);
  const converted = (imported.feed as { sessions?: unknown[] } | null)?.sessions?.length ?? 0;
  const unmapped = new Set(imported.problems.map((problem) => problem.index).filter((index) => index >= 0));
  const eventOf: number[] = [];
  for (let event = 0; eventOf.length < converted; event++) if (!unmapped.has(event)) eventOf.push(event);
  return problems.map((problem) =>
    problem.part !== 'session' || problem.reason.startsWith(FRAB_PREFIX)
      ? problem
      : { ...problem, index: eventOf[problem.index] ?? problem.index },
  );
}

/** The zone the export declares, when it is a frab/pretalx export. */
function declaredZone(raw: unknown): string | undefined {
  if (!isFrabSchedule(raw)) return undefined;
  const zone = (raw as { schedule: { conference: { time_zone_name?: unknown } } }).schedule.conference.time_zone_name;
  return typeof zone === 'string' ? zone : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const quoted = (value: unknown) => JSON.stringify(value).slice(0, 80);

/**
 * Decoration the app drops without counting it a problem (a conference URL
 * that is not http(s), a track colour that is not #rgb/#rrggbb): worth a note,
 * since the organiser meant something by it.
 */
export function droppedFields(raw: unknown, schedule: Schedule): string[] {
  if (!isRecord(raw)) return [];
  const notes: string[] = [];
  const conference = raw.conference;
  if (isRecord(conference) && conference.url !== undefined && schedule.conference.url === undefined) {
    notes.push(`note: conference.url ${quoted(conference.url)} is dropped: only http(s) URLs are linked`);
  }
  const tracks = Array.isArray(raw.tracks) ? raw.tracks : [];
  tracks.forEach((track, index) => {
    if (!isRecord(track) || track.color === undefined) return;
    const kept = schedule.tracks.find((candidate) => candidate.id === track.id);
    if (kept !== undefined && kept.color === undefined) {
      notes.push(`note: track #${index + 1} ${kept.id} color ${quoted(track.color)} is dropped: only #rgb or #rrggbb`);
    }
  });
  return notes;
}

/** Checks a feed's text as the app reads it. `source` names it in the output. */
export async function checkFeed(text: string, source: string, timeZone = process.env.VITE_FEED_TIMEZONE): Promise<FeedCheck> {
  const json = readJson(text);
  const shape = json.ok ? detectShape(json.raw) : undefined;
  const frab = shape === 'frab';
  const kind =
    shape === undefined || shape === 'native'
      ? 'read as a native feed (format 1)'
      : `${SHAPE_NAMES[shape]}, converted as the app converts it`;
  const lines = [`${source}: ${json.ok ? kind : 'not JSON'}`];

  const { result } = await readFeedText(text, { timeZone });
  if (!result.ok) {
    const why = result.failure === 'not-json' ? `it is not JSON (${result.detail})` : `it is not a feed the app can read: ${result.detail}`;
    lines.push(`REFUSED: the app would show an error instead of a schedule, because ${why}.`);
    if (result.failure === 'not-a-feed') {
      lines.push('A native feed needs "format": 1, a conference with an id and a name, and a sessions array (docs/feed-format.md).');
    }
    return { lines, exitCode: 1 };
  }

  const { schedule, problems } = result;
  lines.push(...(frab && json.ok ? byEventPosition(json.raw, problems) : problems).map(problemLine));
  // The frab converter already leaves such values out; only a native feed can carry them.
  if (json.ok && !frab) lines.push(...droppedFields(json.raw, schedule));

  // A problem marked `kept` dropped one value (a link, a photo, an id) of a session that is still shown.
  const skipped = problems.filter((problem) => problem.part === 'session' && !problem.kept).length;
  const zone = schedule.conference.timezone;
  const days = daysWithSessions(schedule.sessions, zone);
  const span = days.length === 0 ? '' : days.length === 1 ? ` (${days[0]})` : ` (${days[0]} to ${days[days.length - 1]})`;
  const declared = frab && json.ok ? declaredZone(json.raw) : undefined;
  const zoneNote =
    !frab || declared === zone
      ? ''
      : declared === undefined
        ? ' (the export names no zone: taken from its event dates)'
        : ` (the export declares "${declared}", which its event dates contradict or the browser does not know)`;
  lines.push(
    `Summary: ${plural(schedule.sessions.length, 'session')} kept, ${skipped} skipped; ` +
      `${plural(schedule.tracks.length, 'track')}, ${plural(schedule.rooms.length, 'room')}, ` +
      `${plural(schedule.speakers.length, 'speaker profile')}; ` +
      `${plural(days.length, 'day')}${span}; time zone ${zone}${zoneNote}`,
  );

  if (schedule.sessions.length === 0) {
    lines.push('REFUSED: no session would be shown (the app would say "There are no sessions to show").');
    return { lines, exitCode: 1 };
  }
  if (problems.length === 0) lines.push('OK: the app shows every session in this file.');
  else lines.push(`OK with ${plural(problems.length, 'warning')}: the app shows this feed and skips each entry or value listed above.`);
  return { lines, exitCode: 0 };
}
