// Sessions -> an iCalendar (RFC 5545) file. Written by hand: the subset needed
// is small, and every rule that calendar apps are strict about lives here:
// CRLF line ends, lines folded at 75 octets, TEXT escaping, UTC instants.
import { pickText } from '../schedule/localize.ts';
import { speakerLabel, type Conference, type Room, type Session, type SessionType, type Track } from '../model/schedule.ts';

export interface IcsInput {
  conference: Conference;
  sessions: readonly Session[];
  /** UI language: titles and abstracts in it, falling back as the UI does. */
  language: string;
  /** An absolute deep link to a session. */
  sessionUrl: (id: string) => string;
  /** DTSTAMP: when the file was made. */
  now: number;
  tracksById?: ReadonlyMap<string, Track>;
  roomsById?: ReadonlyMap<string, Room>;
  /** The session type as the UI names it; the raw type otherwise. */
  typeLabel?: (type: SessionType) => string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

export function toIcs(input: IcsInput): string {
  const { conference, language } = input;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//conference-schedule//${conference.id}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(pickText(conference.name, language).text)}`,
    ...input.sessions.flatMap((session) => eventLines(session, input)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(session: Session, input: IcsInput): string[] {
  const { conference, language } = input;
  const track = session.track === undefined ? undefined : input.tracksById?.get(session.track);
  const room = session.room === undefined ? undefined : input.roomsById?.get(session.room);
  const categories = [input.typeLabel?.(session.type) ?? session.type, track ? pickText(track.name, language).text : ''];
  // An online conference has no room: its site is where the session happens.
  const location = room ? pickText(room.name, language).text : (conference.url ?? '');
  const description = describe(session, language);
  return [
    'BEGIN:VEVENT',
    // Stable across exports, so re-importing updates events instead of duplicating them.
    `UID:${session.id}@${conference.id}`,
    `DTSTAMP:${formatUtc(input.now)}`,
    `DTSTART:${formatUtc(session.start)}`,
    `DTEND:${formatUtc(session.end)}`,
    `SUMMARY:${escapeText(pickText(session.title, language).text)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    `URL:${cleanUri(input.sessionUrl(session.id))}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    `CATEGORIES:${categories
      .filter((category) => category.trim() !== '')
      .map(escapeText)
      .join(',')}`,
    'END:VEVENT',
  ];
}

/** Speakers on the first line, then the abstract. */
function describe(session: Session, language: string): string {
  const speakers = session.speakers.map(speakerLabel).join(', ');
  const abstract = session.abstract ? pickText(session.abstract, language).text : '';
  return [speakers, abstract].filter((part) => part.trim() !== '').join('\n\n');
}

/** 1650898800000 -> 20220425T150000Z. */
export function formatUtc(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d+/, '').replace(/[-:]/g, '');
}

// Feed text is untrusted: control characters other than tab have no place in
// a TEXT value (a stray one makes strict parsers drop the file), and a lone
// surrogate cannot be written as UTF-8.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** RFC 5545 §3.3.11 TEXT escaping. */
export function escapeText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** URIs are not TEXT-escaped; they only must not break the line. */
function cleanUri(uri: string): string {
  // eslint-disable-next-line no-control-regex -- as above
  return uri.replace(LONE_SURROGATE, '\uFFFD').replace(/[\u0000-\u001F\u007F]/g, '');
}

/** Folds a content line at 75 octets of UTF-8, never inside a character (§3.1). */
export function foldLine(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_OCTETS) {
      folded += `${CRLF} `;
      // The leading space of a continuation line counts against its 75.
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

function utf8Length(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** "istiocon-2022-favorites.ics": ASCII only, safe on every file system. */
export function icsFileName(conference: Pick<Conference, 'id'>, scope: string): string {
  const safe = (part: string) =>
    part
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '');
  const name = [safe(conference.id), safe(scope)].filter((part) => part !== '').join('-');
  return `${name || 'schedule'}.ics`;
}
