import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectShape } from './detect.ts';
import { importSessionize, sessionizeToNative, SESSIONIZE_ZONE_HELP } from './sessionize.ts';
import { profileFigures } from './testFigures.ts';

type Json = Record<string, unknown>;

function fixture(): Json {
  return JSON.parse(readFileSync(new URL('../fixtures/sessionize-dddmelbourne-2024.json', import.meta.url), 'utf8')) as Json;
}

function imported(raw: unknown, timeZone = 'Australia/Melbourne') {
  const { result } = importSessionize(raw, { timeZone, name: 'DDD Melbourne 2024' });
  if (!result.ok) throw new Error(result.detail);
  return result;
}

function allData(sessions: Json[]): Json {
  return {
    sessions,
    speakers: [{ id: 'sp-1', firstName: 'Ada', lastName: 'Lovelace', fullName: 'Ada Lovelace' }],
    questions: [],
    categories: [
      { id: 1, title: 'Track', items: [{ id: 10, name: 'Web' }] },
      {
        id: 2,
        title: 'Session format',
        items: [
          { id: 20, name: 'Workshop' },
          { id: 21, name: '45 minutes' },
        ],
      },
      { id: 3, title: 'Level', items: [{ id: 30, name: 'Advanced' }] },
    ],
    rooms: [
      { id: 7, name: 'Hall B', sort: 1 },
      { id: 6, name: 'Hall A', sort: 0 },
    ],
  };
}

const session = (overrides: Json = {}): Json => ({
  id: '100',
  title: 'A talk',
  description: 'About it.\r\nMore.',
  startsAt: '2024-03-16T09:00:00',
  endsAt: '2024-03-16T09:45:00',
  isServiceSession: false,
  speakers: ['sp-1'],
  categoryItems: [10, 20, 30],
  roomId: 7,
  ...overrides,
});

describe('Sessionize "All data"', () => {
  it('is detected from its shape', () => {
    expect(detectShape(fixture())).toBe('sessionize');
  });

  it('reads all 26 sessions of DDD Melbourne 2024 at Melbourne wall time, in its 4 rooms', () => {
    const raw = fixture();
    const { schedule, problems } = imported(raw);
    expect(problems).toEqual([]);
    expect(schedule.sessions).toHaveLength(26);
    expect(schedule.rooms.map((room) => room.name.en)).toEqual([
      'Grand Ultra Ballroom',
      'Supper (top)',
      'Yarra (big paintings)',
      "Hoddle (men's bar)",
    ]);
    expect(schedule.conference.timezone).toBe('Australia/Melbourne');
    const first = schedule.sessions.find((s) => s.id === '581840');
    // 09:00 in Melbourne on 16 March 2024 is AEDT, +11:00.
    expect(first?.start).toBe(Date.parse('2024-03-16T09:00:00+11:00'));
    expect(first?.end).toBe(Date.parse('2024-03-16T09:45:00+11:00'));
    expect(first?.speakers).toEqual([{ name: 'Julie Lerman', id: 'julie-lerman' }]);
    expect(first?.room).toBe('grand-ultra-ballroom');
    expect(first?.tags).toEqual(expect.arrayContaining(['Mostly intermediate', 'AI', 'Career']));
    expect(first?.language).toBe('und');
  });

  it('refuses a feed with no zone, saying how to give one, rather than reading it as UTC', () => {
    const { result } = importSessionize(fixture(), {});
    expect(result).toEqual({ ok: false, failure: 'not-a-feed', detail: SESSIONIZE_ZONE_HELP });
    expect(SESSIONIZE_ZONE_HELP).toMatch(/VITE_FEED_TIMEZONE/);
    const bad = importSessionize(fixture(), { timeZone: 'Mars/Olympus' }).result;
    expect(bad.ok ? '' : bad.detail).toMatch(/no IANA time zone.*VITE_FEED_TIMEZONE/);
  });

  it('maps a track category to a track, a format to the type, the rest to tags; rooms in their sort order', () => {
    const { schedule } = imported(allData([session()]), 'Europe/Berlin');
    const [only] = schedule.sessions;
    expect(only).toMatchObject({
      id: '100',
      type: 'workshop',
      track: 'web',
      room: 'hall-b',
      tags: ['Advanced'],
      abstract: { en: 'About it.\nMore.' },
    });
    expect(only?.start).toBe(Date.parse('2024-03-16T09:00:00+01:00'));
    expect(schedule.rooms.map((room) => room.id)).toEqual(['hall-a', 'hall-b']);
  });

  it('shows service sessions as breaks, even without speakers or room', () => {
    const { schedule } = imported(
      allData([session({ id: 'b1', title: 'Lunch', isServiceSession: true, speakers: [], categoryItems: [], roomId: null })]),
    );
    expect(schedule.sessions[0]).toMatchObject({ id: 'b1', type: 'break', speakers: [] });
    expect(schedule.sessions[0]?.room).toBeUndefined();
  });

  it('keeps a repeated id at another start as its own session, with an id from id + start', () => {
    const twice = allData([session(), session({ startsAt: '2024-03-16T14:00:00', endsAt: '2024-03-16T14:45:00' }), session()]);
    const { schedule, problems } = imported(twice, 'UTC');
    expect(schedule.sessions.map((s) => s.id)).toEqual(['100', '100-20240316t1400']);
    expect(problems).toEqual([{ part: 'session', index: 2, id: '100', reason: 'Sessionize session: listed twice (same id, same start)' }]);
  });

  it('reports a session with a time that has an offset or none at all', () => {
    const { problems } = sessionizeToNative(allData([session({ startsAt: '2024-03-16T09:00:00Z' }), session({ id: 2, endsAt: null })]), {
      timeZone: 'UTC',
    }) as {
      problems: unknown[];
    };
    expect(problems).toHaveLength(2);
  });
});

describe('property: any valid All data answer', () => {
  const wall = fc
    .record({
      day: fc.integer({ min: 1, max: 28 }),
      minute: fc.integer({ min: 0, max: 22 * 60 }),
      length: fc.integer({ min: 1, max: 120 }),
    })
    .map(({ day, minute, length }) => {
      const at = (m: number) =>
        `2024-02-${String(day).padStart(2, '0')}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
      return { startsAt: at(minute), endsAt: at(Math.min(minute + length, 23 * 60 + 59)) };
    });
  const arbitrarySession = fc.record({
    id: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.stringMatching(/^[0-9a-z-]{1,8}$/)),
    title: fc.string({ maxLength: 30 }),
    description: fc.option(fc.string({ maxLength: 50 })),
    isServiceSession: fc.boolean(),
    speakers: fc.array(fc.constantFrom('sp-1', 'nobody'), { maxLength: 3 }),
    categoryItems: fc.array(fc.constantFrom(10, 20, 21, 30, 99), { maxLength: 4 }),
    roomId: fc.option(fc.constantFrom(6, 7, 8)),
    times: wall,
  });

  it('converts or reports every session, and never throws', () => {
    fc.assert(
      fc.property(
        fc.array(arbitrarySession, { maxLength: 30 }),
        fc.constantFrom('UTC', 'Australia/Melbourne', 'America/New_York'),
        (drafts, timeZone) => {
          const sessions = drafts.map(({ times, ...rest }) => ({ ...rest, ...times }));
          const { result } = importSessionize(allData(sessions), { timeZone });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const reported = new Set(result.problems.map((problem) => problem.index));
          expect(result.schedule.sessions.length + reported.size).toBe(sessions.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('links and speaker profiles', () => {
  it('DDD Melbourne 2024: recordingUrl as the recording, speakers with tagLine, bio, picture and links', () => {
    const { schedule, problems } = imported(fixture());
    expect(problems).toEqual([]);
    expect(profileFigures(schedule)).toEqual({
      recordings: 26,
      slides: 0,
      other: 0,
      profiles: 30,
      withBio: 30,
      withRole: 30,
      withPhoto: 30,
      profileLinks: 39,
      speakersWithoutId: 0,
    });
    const aaron = schedule.speakers.find((speaker) => speaker.name === 'Aaron Powell');
    expect(aaron?.role).toBe('I like long walks on the beach talking about JavaScript');
    expect(aaron?.photo).toEqual([{ url: 'https://sessionize.com/image/3053-400o400o1-sxuVLvcBgKSwTZeerEBCz8.png', size: 0 }]);
    expect(aaron?.links[0]).toEqual({ url: 'https://twitter.com/slace', label: 'X (Twitter)' });
  });
});
