import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseFeed, parseFeedText } from '../feed/parse.ts';
import feedText from '../../public/sessions.json?raw';
import { escapeText, foldLine, formatUtc, icsFileName, toIcs, type IcsInput } from './ics.ts';
import type { Schedule } from '../model/schedule.ts';

const NOW = Date.UTC(2022, 3, 20, 8, 30, 15);
// Commas in a URL stay as they are: URL is not a TEXT value.
const sessionUrl = (id: string) => `https://schedule.example/?track=a,b&session=${id}`;

const TRICKY_TITLE = 'Istio, Envoy; and C:\\mesh\nline two\r\nline three\rline four';

function parsedSchedule(raw: unknown): Schedule {
  const result = parseFeed(raw);
  if (!result.ok) throw new Error(`bad test feed: ${result.detail}`);
  expect(result.problems).toEqual([]);
  return result.schedule;
}

const synthetic = parsedSchedule({
  format: 1,
  conference: { id: 'meshcon-2024', name: { en: 'MeshCon, 2024', zh: '网格大会 2024' }, url: 'https://meshcon.example/2024/' },
  tracks: [{ id: 'tools', name: { en: 'Tools, features & functionality', zh: '工具与功能' } }],
  rooms: [{ id: 'hall-a', name: { en: 'Hall A; ground floor', zh: 'A 厅' } }],
  sessions: [
    {
      id: 'tricky',
      title: { en: TRICKY_TITLE, zh: '服务网格；逗号，反斜杠\\' },
      start: '2024-05-06T09:00:00+02:00',
      end: '2024-05-06T09:45:00+02:00',
      type: 'talk',
      track: 'tools',
      room: 'hall-a',
      language: 'en',
      speakers: [{ name: 'Ada Lovelace', affiliation: 'Analytical, Inc.' }, { name: '李雷' }],
      abstract: { en: `First paragraph; with a comma, too.\n\nSecond paragraph 🚀 ${'long words '.repeat(20)}`, zh: '摘要'.repeat(60) },
    },
    {
      id: 'english-only',
      title: { en: 'Only in English' },
      start: '2024-05-06T23:30:00-07:00',
      end: '2024-05-07T00:15:00-07:00',
      type: 'panel',
      language: 'en',
    },
    {
      id: 'chinese-only',
      title: { zh: '只有中文标题，很长很长'.repeat(8) + '🚀👩‍👩‍👧' },
      start: '2024-05-07T01:00:00Z',
      end: '2024-05-07T02:00:00Z',
      type: 'keynote',
      language: 'zh',
    },
  ],
});

function exportSchedule(schedule: Schedule, overrides: Partial<IcsInput> = {}): string {
  return toIcs({
    conference: schedule.conference,
    sessions: schedule.sessions,
    language: 'en',
    sessionUrl,
    now: NOW,
    tracksById: new Map(schedule.tracks.map((track) => [track.id, track])),
    roomsById: new Map(schedule.rooms.map((room) => [room.id, room])),
    ...overrides,
  });
}

const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const octets = (text: string) => new TextEncoder().encode(text).length;

function parseEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => ({ vevent, event: new ICAL.Event(vevent) })) };
}

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma', () => {
    expect(escapeText('a\\b')).toBe('a\\\\b');
    expect(escapeText('a;b')).toBe('a\\;b');
    expect(escapeText('a,b')).toBe('a\\,b');
  });

  it('writes CRLF, CR and LF alike as \\n', () => {
    expect(escapeText('a\r\nb\rc\nd')).toBe('a\\nb\\nc\\nd');
    expect(escapeText('\n\n')).toBe('\\n\\n');
  });

  it('escapes a backslash before the n it precedes', () => {
    expect(escapeText('\\n')).toBe('\\\\n');
  });

  it('leaves colons, quotes and non-ASCII text alone', () => {
    expect(escapeText('Q&A: "mesh" 服务网格 🚀')).toBe('Q&A: "mesh" 服务网格 🚀');
  });

  it('drops control characters but keeps tabs, and repairs lone surrogates', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
    expect(escapeText('x\uD800y')).toBe('x\uFFFDy');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('fills continuation lines to 75 octets, counting the leading space', () => {
    const folded = foldLine('x'.repeat(75 + 74 + 10));
    expect(folded.split('\r\n').map(octets)).toEqual([75, 75, 11]);
  });

  it('never splits a multi-byte character', () => {
    // 25 Chinese characters are exactly 75 octets; emoji are 4 octets each.
    expect(foldLine('中'.repeat(25))).toBe('中'.repeat(25));
    const folded = foldLine(`x${'中'.repeat(25)}`);
    expect(folded.split('\r\n')[0]).toBe(`x${'中'.repeat(24)}`);
    for (const line of foldLine(`ab${'🚀'.repeat(40)}`).split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
  });

  it('keeps every physical line within 75 octets and unfolds to the original', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '中', '🚀', ' ', '\\', '𝄞', 'ж'), maxLength: 400 });
    fc.assert(
      fc.property(text, (value) => {
        const folded = foldLine(`SUMMARY:${value}`);
        for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(`SUMMARY:${value}`);
      }),
    );
  });
});

describe('formatUtc', () => {
  it('writes instants in UTC basic format', () => {
    expect(formatUtc(Date.UTC(2022, 3, 25, 15, 0))).toBe('20220425T150000Z');
    expect(formatUtc(Date.UTC(2022, 0, 2, 3, 4, 5, 678))).toBe('20220102T030405Z');
  });
});

describe('toIcs', () => {
  const ics = exportSchedule(synthetic);
  const lines = unfold(ics).split('\r\n');

  it('ends every line, the last too, with CRLF and has no bare CR or LF', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every physical line to at most 75 octets', () => {
    for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(physicalLines(ics).some((line) => line.startsWith(' '))).toBe(true);
  });

  it('writes the calendar header', () => {
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//conference-schedule//meshcon-2024//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:MeshCon\\, 2024',
    ]);
    expect(unfold(exportSchedule(synthetic, { language: 'zh' }))).toContain('X-WR-CALNAME:网格大会 2024\r\n');
  });

  it('writes times in UTC, whatever offset the feed used', () => {
    expect(lines).toContain('DTSTART:20240506T070000Z');
    expect(lines).toContain('DTEND:20240506T074500Z');
    expect(lines).toContain('DTSTART:20240507T063000Z');
    expect(lines.filter((line) => line === 'DTSTAMP:20220420T083015Z')).toHaveLength(3);
  });

  it('gives each session a UID that does not change between exports', () => {
    const uids = lines.filter((line) => line.startsWith('UID:'));
    expect(uids).toEqual(['UID:tricky@meshcon-2024', 'UID:chinese-only@meshcon-2024', 'UID:english-only@meshcon-2024']);
    const later = unfold(exportSchedule(synthetic, { now: NOW + 86_400_000, language: 'zh' }));
    expect(later.split('\r\n').filter((line) => line.startsWith('UID:'))).toEqual(uids);
  });

  it('escapes TEXT values and leaves the URL as it is', () => {
    expect(lines).toContain('SUMMARY:Istio\\, Envoy\\; and C:\\\\mesh\\nline two\\nline three\\nline four');
    expect(lines).toContain('URL:https://schedule.example/?track=a,b&session=tricky');
    expect(lines).toContain('LOCATION:Hall A\\; ground floor');
    expect(lines).toContain('CATEGORIES:talk,Tools\\, features & functionality');
  });

  it('falls back to the conference site as location and leaves out empty parts', () => {
    const event =
      unfold(ics)
        .split('BEGIN:VEVENT')
        .find((part) => part.includes('UID:english-only@')) ?? '';
    expect(event).toContain('LOCATION:https://meshcon.example/2024/\r\n');
    expect(event).toContain('CATEGORIES:panel\r\n');
    expect(event).not.toContain('DESCRIPTION');
  });

  it('names session types as the UI does when told how', () => {
    const labelled = unfold(exportSchedule(synthetic, { typeLabel: (type) => (type === 'talk' ? 'Talk, long' : type) }));
    expect(labelled).toContain('CATEGORIES:Talk\\, long,Tools\\, features & functionality');
  });

  it('writes the UI language and falls back like the UI', () => {
    const zh = unfold(exportSchedule(synthetic, { language: 'zh' }));
    expect(zh).toContain('SUMMARY:服务网格；逗号，反斜杠\\\\\r\n');
    expect(zh).toContain('SUMMARY:Only in English\r\n');
    expect(zh).toContain('LOCATION:A 厅\r\n');
    // Full-width punctuation is not TEXT syntax: only ASCII , ; \\ are escaped.
    expect(unfold(ics)).toContain(`SUMMARY:${'只有中文标题，很长很长'.repeat(8)}🚀👩‍👩‍👧\r\n`);
  });

  it('writes an empty calendar for no sessions', () => {
    const empty = exportSchedule(synthetic, { sessions: [] });
    expect(empty).not.toContain('VEVENT');
    expect(parseEvents(empty).events).toEqual([]);
  });

  it('round-trips every field through ical.js', () => {
    const { calendar, events } = parseEvents(ics);
    // ical.js hands X- properties back raw; calendar apps read X-WR-CALNAME as TEXT.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('MeshCon\\, 2024');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(synthetic.sessions.length);
    events.forEach(({ vevent, event }, index) => {
      const session = synthetic.sessions[index];
      if (!session) throw new Error('missing session');
      expect(event.uid).toBe(`${session.id}@meshcon-2024`);
      expect(event.startDate.toJSDate().getTime()).toBe(session.start);
      expect(event.endDate.toJSDate().getTime()).toBe(session.end);
      expect(event.startDate.zone?.tzid).toBe('UTC');
      expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2022-04-20T08:30:15Z');
      expect(vevent.getFirstPropertyValue('url')).toBe(sessionUrl(session.id));
    });
    const byId = new Map(events.map(({ event }) => [event.uid.replace(/@.*/, ''), event]));
    const tricky = byId.get('tricky');
    const englishOnly = byId.get('english-only');
    const chineseOnly = byId.get('chinese-only');
    expect(tricky?.summary).toBe(TRICKY_TITLE.replace(/\r\n?/g, '\n'));
    expect(tricky?.description).toBe(
      `Ada Lovelace (Analytical, Inc.), 李雷\n\nFirst paragraph; with a comma, too.\n\nSecond paragraph 🚀 ${'long words '.repeat(20)}`,
    );
    expect(tricky?.location).toBe('Hall A; ground floor');
    expect(events[0]?.vevent.getFirstProperty('categories')?.getValues()).toEqual(['talk', 'Tools, features & functionality']);
    expect(englishOnly?.summary).toBe('Only in English');
    expect(englishOnly?.location).toBe('https://meshcon.example/2024/');
    expect(chineseOnly?.summary).toBe(`${'只有中文标题，很长很长'.repeat(8)}🚀👩‍👩‍👧`);
  });

  it('round-trips any title through ical.js', () => {
    const title = fc.string({
      unit: fc.constantFrom('a', ' ', ',', ';', '\\', ':', '"', '\n', '中', '🚀', 'é', 'n'),
      minLength: 1,
      maxLength: 200,
    });
    fc.assert(
      fc.property(title, (text) => {
        fc.pre(text.trim() !== '');
        const schedule = parsedSchedule({
          format: 1,
          conference: { id: 'c', name: { en: 'C' } },
          sessions: [
            { id: 's', title: { en: text }, start: '2024-01-01T00:00:00Z', end: '2024-01-01T01:00:00Z', type: 'talk', language: 'en' },
          ],
        });
        const output = exportSchedule(schedule);
        for (const line of physicalLines(output)) expect(octets(line)).toBeLessThanOrEqual(75);
        expect(parseEvents(output).events[0]?.event.summary).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('exports the bundled feed: 65 sessions, each readable by ical.js', () => {
    const result = parseFeedText(feedText);
    if (!result.ok) throw new Error(result.detail);
    const { schedule } = result;
    expect(schedule.sessions).toHaveLength(65);
    for (const language of ['en', 'zh']) {
      const output = exportSchedule(schedule, { language });
      for (const line of physicalLines(output)) expect(octets(line)).toBeLessThanOrEqual(75);
      expect(output.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const { events } = parseEvents(output);
      expect(events).toHaveLength(65);
      events.forEach(({ vevent, event }, index) => {
        const session = schedule.sessions[index];
        if (!session) throw new Error('missing session');
        expect(event.uid).toBe(`${session.id}@istiocon-2022`);
        expect(event.summary).toBe(pickTitle(session.title, language));
        expect(event.startDate.toJSDate().getTime()).toBe(session.start);
        expect(event.endDate.toJSDate().getTime()).toBe(session.end);
        expect(vevent.getFirstPropertyValue('url')).toBe(sessionUrl(session.id));
        if (session.abstract) expect(event.description).toContain(pickTitle(session.abstract, language).replace(/\r\n?/g, '\n'));
      });
    }
  });
});

/** What the UI would show, written independently of pickText for a cross-check. */
function pickTitle(text: Record<string, string>, language: string): string {
  return text[language]?.trim() ? (text[language] ?? '') : (text.en ?? Object.values(text)[0] ?? '');
}

describe('icsFileName', () => {
  it('names the file for the conference and the scope', () => {
    expect(icsFileName({ id: 'istiocon-2022' }, 'favorites')).toBe('istiocon-2022-favorites.ics');
    expect(icsFileName({ id: 'istiocon-2022' }, 'state-istio')).toBe('istiocon-2022-state-istio.ics');
  });

  it('keeps only safe ASCII characters', () => {
    expect(icsFileName({ id: 'istiocon-2022' }, '../My Agenda: 服务/\\?*')).toBe('istiocon-2022-my-agenda.ics');
    expect(icsFileName({ id: 'x' }, '服务')).toBe('x.ics');
    expect(icsFileName({ id: '' }, '')).toBe('schedule.ics');
    expect(icsFileName({ id: 'x' }, 'a'.repeat(500))).toHaveLength('x-'.length + 80 + '.ics'.length);
  });
});
