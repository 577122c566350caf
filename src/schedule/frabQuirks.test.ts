// Each quirk real frab/pretalx exports have, as a minimal excerpt of its shape.
import { describe, expect, it } from 'vitest';
import { frabToNative } from '../feed/import/frab.ts';
import { parseFeed } from '../feed/parse.ts';
import { buildSearchIndex } from './filter.ts';
import { facetCounts } from './testSchedule.ts';

type Json = Record<string, unknown>;

const event = (overrides: Json = {}): Json => ({
  guid: 'g-1',
  id: 1,
  date: '2019-08-21T12:00:00+02:00',
  start: '12:00',
  duration: '00:30',
  room: 'Hall A',
  title: 'A talk',
  type: 'lecture',
  language: 'en',
  track: 'Hardware',
  persons: [],
  ...overrides,
});

/** One export: days of rooms of events. */
function frab(days: { date: string; day_start?: string; rooms: Record<string, Json[]> }[], timeZone = 'Europe/Berlin'): Json {
  return { schedule: { version: '1', conference: { acronym: 'q', title: 'Quirks', time_zone_name: timeZone, days } } };
}

function read(raw: Json) {
  const { feed, problems } = frabToNative(raw);
  const result = parseFeed(feed);
  if (!result.ok) throw new Error(result.detail);
  return { sessions: result.schedule.sessions, rooms: result.schedule.rooms, problems: [...problems, ...result.problems] };
}

describe('frab quirks from real exports', () => {
  it('reads duration as H:MM as well as HH:MM', () => {
    const { sessions } = read(
      frab([{ date: '2019-08-21', rooms: { 'Hall A': [event({ duration: '1:30' }), event({ guid: 'g-2', duration: '01:30' })] } }]),
    );
    expect(sessions.map((s) => (s.end - s.start) / 60_000)).toEqual([90, 90]);
  });

  it('puts an event in its own room when it differs from the rooms-object key it sits under', () => {
    const { sessions, rooms } = read(frab([{ date: '2019-08-21', rooms: { 'Hall A': [event({ room: 'Hall B' })] } }]));
    expect(sessions[0]?.room).toBe('hall-b');
    expect(rooms.map((room) => room.id)).toContain('hall-b');
  });

  it('takes ids that are numbers in one event and strings in the next', () => {
    const { sessions, problems } = read(
      frab([
        {
          date: '2019-08-21',
          rooms: { 'Hall A': [event({ guid: undefined, id: 7 }), event({ guid: undefined, id: '8', date: '2019-08-21T13:00:00+02:00' })] },
        },
      ]),
    );
    expect(problems).toEqual([]);
    expect(sessions.map((s) => s.id)).toEqual(['7', '8']);
  });

  it('keeps a repeated id with different guids, or at different slots, as distinct sessions with stable ids', () => {
    const raw = frab([
      {
        date: '2019-08-21',
        rooms: {
          'Hall A': [
            event({ guid: 'aaa', id: 5 }),
            event({ guid: 'bbb', id: 5 }),
            event({ guid: 'ccc', date: '2019-08-21T15:00:00+02:00' }),
            event({ guid: 'ccc', date: '2019-08-21T17:00:00+02:00' }),
          ],
        },
      },
    ]);
    const first = read(raw);
    expect(first.problems).toEqual([]);
    expect(first.sessions.map((s) => s.id)).toEqual(['aaa', 'bbb', 'ccc', 'ccc-20190821t1500']);
    // Same export, read again: the same ids, so favorites and deep links keep their slot.
    expect(read(raw).sessions.map((s) => s.id)).toEqual(first.sessions.map((s) => s.id));
  });

  it('reports the same id at the same start once, as listed twice', () => {
    const { sessions, problems } = read(frab([{ date: '2019-08-21', rooms: { 'Hall A': [event(), event()] } }]));
    expect(sessions).toHaveLength(1);
    expect(problems[0]?.reason).toBe('listed twice (same id, same start)');
  });

  it('counts "de, en" for each language and never makes a chip of "", "und" or an unknown code', () => {
    const { sessions } = read(
      frab([
        {
          date: '2019-08-21',
          rooms: {
            'Hall A': [
              event({ guid: 'a', language: 'de, en' }),
              event({ guid: 'b', language: '' }),
              event({ guid: 'c', language: 'und' }),
              event({ guid: 'd', language: null }),
              event({ guid: 'e', language: 'en' }),
            ],
          },
        },
      ]),
    );
    expect(sessions.find((s) => s.id === 'a')).toMatchObject({ language: 'de', tags: ['lang:en'] });
    expect(sessions.filter((s) => s.language === 'und').map((s) => s.id)).toEqual(['b', 'c', 'd']);
    const schedule = { conference: { id: 'q', name: { en: 'Q' }, timezone: 'UTC' }, tracks: [], rooms: [], speakers: [], sessions };
    const counts = facetCounts(
      sessions,
      { q: '', languages: [], tracks: [], types: [], favoritesOnly: false },
      { index: buildSearchIndex(schedule), favorites: new Set() },
    );
    expect(Object.fromEntries(counts.languages)).toEqual({ de: 1, en: 2 });
  });

  it('leaves a session without a track when tracks are null on most events', () => {
    const { sessions } = read(
      frab([
        {
          date: '2019-08-21',
          rooms: { 'Hall A': [event({ guid: 'a', track: null }), event({ guid: 'b', track: null }), event({ guid: 'c' })] },
        },
      ]),
    );
    expect(sessions.map((s) => s.track)).toEqual([undefined, undefined, 'hardware']);
  });

  it.each(['04:00', '06:00'])('puts events after midnight at their own date when the day starts at %s', (boundary) => {
    const day = {
      date: '2019-08-21',
      day_start: `2019-08-21T${boundary}:00+02:00`,
      rooms: { 'Hall A': [event({ guid: 'late', date: '2019-08-22T01:30:00+02:00', start: '01:30' })] },
    };
    expect(read(frab([day])).sessions[0]?.start).toBe(Date.parse('2019-08-22T01:30:00+02:00'));
    // Without a `date`: day.date + start, moved to the next calendar day since it is before day_start.
    const undated = { ...day, rooms: { 'Hall A': [event({ guid: 'late', date: undefined, start: '01:30' })] } };
    expect(read(frab([undated])).sessions[0]?.start).toBe(Date.parse('2019-08-22T01:30:00+02:00'));
  });

  it('keeps an event in another UTC offset at its own instant', () => {
    const { sessions } = read(
      frab([{ date: '2019-08-21', rooms: { 'Hall A': [event({ guid: 'a' }), event({ guid: 'b', date: '2019-08-21T12:00:00+00:00' })] } }]),
    );
    expect(sessions.map((s) => [s.id, s.start])).toEqual([
      ['a', Date.parse('2019-08-21T10:00:00Z')],
      ['b', Date.parse('2019-08-21T12:00:00Z')],
    ]);
  });
});
