import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frabToNative, isFrabSchedule } from './frab.ts';
import { parseFeed } from '../parse.ts';
import type { Schedule, Session } from '../../model/schedule.ts';
import { profileFigures } from './testFigures.ts';

type Json = Record<string, unknown>;

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
}

/** The events of an export in the converter's running order (days, rooms, events). */
function eventsOf(raw: unknown): Json[] {
  const days = (raw as { schedule: { conference: { days: { rooms: Record<string, Json[]> }[] } } }).schedule.conference.days;
  return days.flatMap((day) => Object.values(day.rooms).flat());
}

function minutes(duration: string): number {
  const [hours = 0, mins = 0] = duration.split(':').map(Number);
  return hours * 60 + mins;
}

function imported(raw: unknown) {
  const { feed, problems } = frabToNative(raw);
  const result = parseFeed(feed);
  if (!result.ok) throw new Error(`expected a feed, got ${result.failure}: ${result.detail}`);
  return { schedule: result.schedule, feedProblems: result.problems, problems };
}

function byId(schedule: Schedule): Map<string, Session> {
  return new Map(schedule.sessions.map((session) => [session.id, session]));
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('camp2019 (frab)', () => {
  const raw = fixture('camp2019-frab-schedule.json');
  const events = eventsOf(raw);
  const { schedule, feedProblems, problems } = imported(raw);
  const sessions = byId(schedule);

  it('is detected as a frab export', () => {
    expect(isFrabSchedule(raw)).toBe(true);
  });

  it('turns every event into a session with no problems', () => {
    expect(events).toHaveLength(79);
    expect(problems).toEqual([]);
    expect(feedProblems).toEqual([]);
    expect(schedule.sessions).toHaveLength(79);
  });

  it('maps the conference, keeping the declared zone that agrees with the +02:00 dates', () => {
    expect(schedule.conference).toEqual({
      id: 'camp2019',
      name: { en: 'Chaos Communication Camp 2019' },
      timezone: 'Europe/Berlin',
      url: 'https://fahrplan.events.ccc.de/camp/2019/Fahrplan/',
    });
  });

  it('has 2 rooms, 7 tracks, and every session in a room and a track', () => {
    expect(schedule.rooms).toEqual([
      { id: 'curie', name: { en: 'Curie' } },
      { id: 'meitner', name: { en: 'Meitner' } },
    ]);
    expect(schedule.tracks.map((track) => track.id).sort()).toEqual([
      'art-culture',
      'ccc',
      'entertainment',
      'ethics-society-politics',
      'hardware-making',
      'science',
      'security',
    ]);
    expect(schedule.tracks.find((track) => track.id === 'ethics-society-politics')?.name).toEqual({ en: 'Ethics, Society & Politics' });
    expect(schedule.sessions.every((session) => session.room !== undefined && session.track !== undefined)).toBe(true);
  });

  it('takes instants from each event date and ends them after its duration', () => {
    for (const event of events) {
      const session = sessions.get(String(event.guid));
      expect(session, String(event.guid)).toBeDefined();
      expect(session?.start).toBe(Date.parse(String(event.date)));
      expect(((session?.end ?? 0) - (session?.start ?? 0)) / 60_000).toBe(minutes(String(event.duration)));
      expect(session?.room).toBe(String(event.room).toLowerCase());
    }
  });

  it('keeps the real instant of an event that runs past midnight', () => {
    // 23:00 + 01:30 on 22 August, listed under that day; it ends on the 23rd.
    const late = sessions.get('ed4b6c75-14f4-49fe-a11e-3762bd6b54e3');
    expect(iso(late?.start)).toBe('2019-08-22T21:00:00.000Z');
    expect(iso(late?.end)).toBe('2019-08-22T22:30:00.000Z');
  });

  it('maps delivery languages (55 en, 24 de) and keys the texts by them', () => {
    const count = (language: string) => schedule.sessions.filter((session) => session.language === language).length;
    expect(count('en')).toBe(55);
    expect(count('de')).toBe(24);
    const german = schedule.sessions.find((session) => session.language === 'de');
    expect(Object.keys(german?.title ?? {})).toEqual(['de']);
  });

  it('maps lecture (and the unknown "performance") to talk, and speakers from persons', () => {
    expect(new Set(schedule.sessions.map((session) => session.type))).toEqual(new Set(['talk']));
    expect(sessions.get('a0a0fcfe-b7fb-46e3-84b6-97a5406016b4')?.speakers).toEqual([
      { name: 'jinxx', id: 'jinxx' },
      { name: 'smtw', id: 'smtw' },
    ]);
    // One event has no persons at all: still a session, with no speakers.
    expect(sessions.get('4263620e-f36f-4408-b702-01481e0efbd7')?.speakers).toEqual([]);
  });

  it('trims titles and turns the HTML some speakers typed into plain text', () => {
    expect(schedule.sessions.every((session) => Object.values(session.title).every((title) => title === title.trim()))).toBe(true);
    const texts = schedule.sessions.flatMap((session) => Object.values(session.abstract ?? {}));
    expect(texts.some((text) => /<\/?(p|li|ul|a|br|strong|b|i)\b/i.test(text))).toBe(false);
    const quiz = sessions.get('ed4b6c75-14f4-49fe-a11e-3762bd6b54e3')?.abstract?.de ?? '';
    expect(quiz).toContain('\n• Welche Verschlüsselungs-Verfahren');
    expect(quiz).toContain('Die große Datenschutz- und DSGVO-Show');
    // abstract and description are joined by a blank line
    expect(sessions.get('a0a0fcfe-b7fb-46e3-84b6-97a5406016b4')?.abstract).toEqual({ en: 'A hearty welcome me lasses and lads!' });
  });
});

describe('democon (pretalx)', () => {
  const raw = fixture('democon-pretalx-schedule.json');
  const events = eventsOf(raw);
  const { schedule, feedProblems, problems } = imported(raw);
  const sessions = byId(schedule);

  it('turns every event into a session with no problems', () => {
    expect(isFrabSchedule(raw)).toBe(true);
    expect(events).toHaveLength(36);
    expect(problems).toEqual([]);
    expect(feedProblems).toEqual([]);
    expect(schedule.sessions).toHaveLength(36);
  });

  it('replaces the declared "UTC", which every +01:00 date contradicts, by Etc/GMT-1', () => {
    expect(schedule.conference.timezone).toBe('Etc/GMT-1');
    expect(schedule.conference).toMatchObject({ id: 'democon', name: { en: 'DemoCon' }, url: 'http://localhost/democon/schedule/' });
  });

  it('names rooms by name (the export gives both rooms the same guid), in conference.rooms order', () => {
    expect(schedule.rooms).toEqual([
      { id: 'gray-room', name: { en: 'Gray Room' } },
      { id: 'tan-room', name: { en: 'Tan Room' } },
    ]);
    expect(schedule.tracks.map((track) => track.id).sort()).toEqual(['horizontal', 'phased']);
  });

  it('takes instants from the dates, durations from duration, Talk/Workshop types', () => {
    for (const event of events) {
      const session = sessions.get(String(event.guid));
      expect(session?.start).toBe(Date.parse(String(event.date)));
      expect(((session?.end ?? 0) - (session?.start ?? 0)) / 60_000).toBe(minutes(String(event.duration)));
      expect(session?.type).toBe(String(event.type).toLowerCase());
      expect(session?.language).toBe('en');
    }
  });

  it('places undated events right because of the zone decision (declared UTC would be an hour off)', () => {
    const undated = structuredClone(raw) as Json;
    for (const event of eventsOf(undated)) delete event.date;
    const { schedule: fallback, problems: fallbackProblems } = imported(undated);
    expect(fallbackProblems).toEqual([]);
    expect(fallback.conference.timezone).toBe('UTC'); // no dates left to contradict it
    const original = byId(schedule);
    const shifted = fallback.sessions.filter((session) => original.get(session.id)?.start !== session.start);
    expect(shifted).toHaveLength(36); // read as UTC wall time: every one off by an hour

    // With the zone stated correctly, the fallback lands on the real instants.
    const conference = (undated.schedule as { conference: Json }).conference;
    conference.time_zone_name = 'Etc/GMT-1';
    const fixed = imported(undated).schedule;
    expect(fixed.sessions.map((session) => [session.id, session.start])).toEqual(
      schedule.sessions.map((session) => [session.id, session.start]),
    );
  });
});

const event = (overrides: Json = {}): Json => ({
  guid: 'AAAA-0001',
  id: 1,
  date: '2024-03-01T10:00:00+01:00',
  start: '10:00',
  duration: '00:45',
  room: 'Main Hall',
  slug: 'tiny-1-x',
  title: 'A talk',
  type: 'Lecture',
  language: 'en',
  track: 'Ops',
  abstract: '',
  description: '',
  persons: [],
  ...overrides,
});

function tiny(events: Json[], conference: Json = {}): Json {
  return {
    schedule: {
      version: 'test',
      base_url: 'https://example.org/tiny/',
      conference: {
        acronym: 'Tiny Con 2024!',
        title: 'Tiny Con',
        time_zone_name: 'Europe/Berlin',
        rooms: [{ name: 'Main Hall' }, { name: 'Side Room' }],
        tracks: [
          { name: 'Ops', color: '#abc' },
          { name: 'Dev', color: 'red' },
        ],
        days: [
          {
            index: 1,
            date: '2024-03-01',
            day_start: '2024-03-01T08:00:00+01:00',
            day_end: '2024-03-02T04:00:00+01:00',
            rooms: { 'Main Hall': events, 'Side Room': [] },
          },
        ],
        ...conference,
      },
    },
  };
}

describe('frabToNative on a small export', () => {
  const late = event({ guid: 'AAAA-0002', date: '2024-03-01T23:30:00+01:00', start: '23:30', duration: '01:00', title: 'Across midnight' });
  const afterMidnight = event({
    guid: 'aaaa-0003',
    date: '2024-03-02T00:30:00+01:00',
    start: '00:30',
    duration: '1:02:00',
    title: 'A day and two hours',
    type: 'Workshop',
    language: null,
    track: null,
    room: 'Side Room',
    persons: [{ public_name: 'Ada' }, { name: 'Bob' }, { public_name: '  ' }, null, 'x'],
  });
  const undated = event({
    guid: null,
    id: 4,
    date: undefined,
    start: '11:15',
    duration: '0:30',
    title: '  Undated  ',
    language: '',
    track: '',
  });
  const undatedNight = event({ guid: undefined, id: 5, date: 'not a date', start: '01:00', duration: '00:30:00', title: 'Undated night' });
  const broken = event({ guid: 'bbbb-0006', date: undefined, start: undefined, title: 'Broken' });
  const noDuration = event({ guid: 'bbbb-0007', duration: 'soon' });
  const last = event({
    guid: null,
    id: null,
    slug: 'Tiny-8 Last One',
    type: 'Lightning Talk',
    language: 'DE-at',
    track: 'Dev',
    abstract: ' Short. ',
    description: 'Long.',
  });
  const raw = tiny([event(), late, afterMidnight, undated, undatedNight, broken, noDuration, last]);
  const { schedule, feedProblems, problems } = imported(raw);
  const sessions = byId(schedule);

  it('reports only the unmappable events, by running index, and keeps the others', () => {
    expect(problems).toEqual([
      { index: 5, id: 'bbbb-0006', reason: expect.stringContaining('no usable date') },
      { index: 6, id: 'bbbb-0007', reason: expect.stringContaining('no usable duration') },
    ]);
    expect(feedProblems).toEqual([]);
    expect(schedule.sessions).toHaveLength(6);
  });

  it('maps the conference', () => {
    expect(schedule.conference).toEqual({
      id: 'tiny-con-2024',
      name: { en: 'Tiny Con' },
      timezone: 'Europe/Berlin',
      url: 'https://example.org/tiny/',
    });
    expect(schedule.rooms.map((room) => room.id)).toEqual(['main-hall', 'side-room']);
    expect(schedule.tracks).toEqual([
      { id: 'ops', name: { en: 'Ops' }, color: '#abc' },
      { id: 'dev', name: { en: 'Dev' } },
    ]);
  });

  it('runs a 23:30 session with a one-hour duration across midnight', () => {
    const session = sessions.get('aaaa-0002');
    expect(iso(session?.start)).toBe('2024-03-01T22:30:00.000Z');
    expect(iso(session?.end)).toBe('2024-03-01T23:30:00.000Z');
  });

  it('keeps the date of an after-midnight event listed under the previous day, reads D:HH:MM, and maps nulls', () => {
    const session = sessions.get('aaaa-0003');
    expect(iso(session?.start)).toBe('2024-03-01T23:30:00.000Z');
    expect(iso(session?.end)).toBe('2024-03-03T01:30:00.000Z');
    expect(session?.language).toBe('und');
    expect(session?.title).toEqual({ en: 'A day and two hours' });
    expect(session?.track).toBeUndefined();
    expect(session?.room).toBe('side-room');
    expect(session?.type).toBe('workshop');
    expect(session?.speakers).toEqual([
      { name: 'Ada', id: 'ada' },
      { name: 'Bob', id: 'bob' },
    ]);
  });

  it('falls back to day.date + start in the conference zone when date is missing', () => {
    const session = sessions.get('4');
    expect(iso(session?.start)).toBe('2024-03-01T10:15:00.000Z');
    expect(iso(session?.end)).toBe('2024-03-01T10:45:00.000Z');
    expect(session?.title).toEqual({ en: 'Undated' });
    expect(session?.language).toBe('und');
    expect(session?.track).toBeUndefined();
    expect(session?.abstract).toBeUndefined();
  });

  it('puts an undated event before the day start on the next calendar day', () => {
    const session = sessions.get('5');
    expect(iso(session?.start)).toBe('2024-03-02T00:00:00.000Z');
    expect(iso(session?.end)).toBe('2024-03-02T00:30:00.000Z');
  });

  it('falls back to the slug for the id, maps types and languages, joins abstract and description', () => {
    const session = sessions.get('tiny-8-last-one');
    expect(session?.type).toBe('lightning');
    expect(session?.language).toBe('de-at');
    expect(session?.track).toBe('dev');
    expect(session?.abstract).toEqual({ 'de-at': 'Short.\n\nLong.' });
  });

  it('maps the session types', () => {
    const types = [
      'lecture',
      'Talk',
      'workshop',
      'Lightning',
      'lightning_talk',
      'Panel',
      'Podium',
      'Keynote',
      'Meetup',
      'social',
      'Party',
      'Break',
      'Pause',
      'performance',
      null,
      42,
      'constructor',
    ];
    const { schedule: typed } = imported(tiny(types.map((type, at) => event({ guid: `t-${at}`, type }))));
    expect(typed.sessions.sort((a, b) => Number(a.id.slice(2)) - Number(b.id.slice(2))).map((session) => session.type)).toEqual([
      'talk',
      'talk',
      'workshop',
      'lightning',
      'lightning',
      'panel',
      'panel',
      'keynote',
      'social',
      'social',
      'social',
      'break',
      'break',
      'talk',
      'talk',
      'talk',
      'talk',
    ]);
  });

  it('reads HH:MM, H:MM, HH:MM:SS and D:HH:MM durations and refuses others', () => {
    const durations = ['00:45', '1:15', '01:30:00', '1:02:00', '00:75', 'abc', '', null, 90, '1:2'];
    const { feed, problems: durationProblems } = frabToNative(tiny(durations.map((duration, at) => event({ guid: `d-${at}`, duration }))));
    const got = (feed as { sessions: { id: string; start: string; end: string }[] }).sessions.map((session) => [
      session.id,
      (Date.parse(session.end) - Date.parse(session.start)) / 60_000,
    ]);
    expect(got).toEqual([
      ['d-0', 45],
      ['d-1', 75],
      ['d-2', 90],
      ['d-3', 26 * 60],
    ]);
    expect(durationProblems.map((problem) => problem.index)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('leaves plain text alone, markdown included, and only converts known HTML', () => {
    const plain = 'Why <script> is bad & why **markdown** stays.\nSecond line.';
    const { schedule: texts } = imported(
      tiny([
        event({ guid: 'p-1', abstract: `  ${plain}  ` }),
        event({ guid: 'p-2', abstract: '<p>One &amp; two</p>\r\n<p>Three<br>four &#8211; <a href="https://x.example/">link</a></p>' }),
      ]),
    );
    const abstracts = byId(texts);
    expect(abstracts.get('p-1')?.abstract).toEqual({ en: plain });
    expect(abstracts.get('p-2')?.abstract).toEqual({ en: 'One & two\n\nThree\nfour – link' });
  });
});

describe('the conference zone', () => {
  const zoneOf = (conference: Json, date = '2024-03-01T10:00:00+01:00') => {
    const { feed } = frabToNative(tiny([event({ date })], conference));
    return (feed as { conference: { timezone: string } }).conference.timezone;
  };

  it('keeps a real declared zone that agrees with the dates', () => {
    expect(zoneOf({ time_zone_name: 'Europe/Berlin' })).toBe('Europe/Berlin');
    expect(zoneOf({ time_zone_name: 'UTC' }, '2024-03-01T10:00:00Z')).toBe('UTC');
    expect(zoneOf({ time_zone_name: 'America/New_York' }, '2024-07-01T10:00:00-04:00')).toBe('America/New_York');
  });

  it('derives a fixed-offset zone (inverted Etc/GMT sign) when the name is missing, unknown or contradicted', () => {
    expect(zoneOf({ time_zone_name: 'UTC' })).toBe('Etc/GMT-1');
    expect(zoneOf({ time_zone_name: undefined })).toBe('Etc/GMT-1');
    expect(zoneOf({ time_zone_name: 'Mars/Olympus_Mons' })).toBe('Etc/GMT-1');
    expect(zoneOf({ time_zone_name: 'Europe/Berlin' }, '2024-03-01T10:00:00-05:00')).toBe('Etc/GMT+5');
    expect(zoneOf({ time_zone_name: null }, '2024-03-01T10:00:00+00:00')).toBe('UTC');
    // No Etc zone for half hours: UTC (instants still come from the dates).
    expect(zoneOf({ time_zone_name: 'Europe/Berlin' }, '2024-03-01T10:00:00+05:30')).toBe('UTC');
  });
});

describe('untrusted input', () => {
  it('detects the shape', () => {
    expect(isFrabSchedule(tiny([]))).toBe(true);
    for (const raw of [
      null,
      undefined,
      1,
      'x',
      [],
      {},
      { schedule: 1 },
      { schedule: { conference: {} } },
      { schedule: { conference: { days: {} } } },
    ]) {
      expect(isFrabSchedule(raw)).toBe(false);
    }
  });

  it('never throws on garbage and refuses what is not an export', () => {
    for (const raw of [
      null,
      undefined,
      [],
      'schedule',
      { schedule: 1 },
      { schedule: { conference: null } },
      { schedule: { conference: { days: 'x' } } },
    ]) {
      const { feed, problems } = frabToNative(raw);
      expect(feed).toBeNull();
      expect(problems).toHaveLength(1);
    }
  });

  it('survives wrong types anywhere inside an export', () => {
    const raw = {
      schedule: {
        base_url: 'javascript:alert(1)',
        conference: {
          acronym: 7,
          title: null,
          time_zone_name: ['UTC'],
          rooms: 'Main',
          tracks: [null, { name: 3, color: '#fff' }],
          days: [
            null,
            7,
            { date: '2024-02-30', rooms: 5 },
            { date: '2024-03-01', rooms: { A: 'x', B: null, C: [null, 1, 'x', {}, event({ guid: 'ok-1', room: 42 })] } },
            { rooms: { D: [event({ guid: 'ok-2', date: null, start: '10:00' })] } },
          ],
        },
      },
    };
    const { feed, problems } = frabToNative(raw);
    const result = parseFeed(feed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.schedule.conference).toEqual({ id: 'conference', name: { en: 'conference' }, timezone: 'Etc/GMT-1' });
    expect(result.schedule.sessions.map((session) => [session.id, session.room])).toEqual([['ok-1', 'c']]);
    expect(problems.filter((problem) => problem.index >= 0).map((problem) => problem.index)).toEqual([0, 1, 2, 3, 5]);
    expect(problems.find((problem) => problem.index === 5)?.id).toBe('ok-2');
  });

  it('never throws, and always yields a feed parseFeed accepts, for arbitrary exports', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('', '00:30', '1:02:00', '2024-03-01T10:00:00+01:00', '2024-03-01', '10:00', 'UTC', 'Europe/Berlin', 'Etc/GMT-1'),
    );
    const anEvent = fc.record(
      {
        guid: value,
        id: value,
        slug: value,
        date: value,
        start: value,
        duration: value,
        room: value,
        title: value,
        type: value,
        language: value,
        track: value,
        abstract: value,
        description: value,
        persons: fc.oneof(value, fc.array(fc.record({ public_name: value, name: value }))),
      },
      { requiredKeys: [] },
    );
    const anExport = fc.record({
      schedule: fc.record({
        base_url: value,
        conference: fc.record(
          {
            acronym: value,
            title: value,
            time_zone_name: value,
            rooms: fc.oneof(value, fc.array(fc.record({ name: value }))),
            tracks: fc.oneof(value, fc.array(fc.record({ name: value, color: value }))),
            days: fc.array(
              fc.oneof(
                value,
                fc.record(
                  {
                    date: value,
                    day_start: value,
                    rooms: fc.oneof(value, fc.dictionary(fc.string(), fc.oneof(value, fc.array(fc.oneof(anEvent, value))))),
                  },
                  { requiredKeys: [] },
                ),
              ),
            ),
          },
          { requiredKeys: ['days'] },
        ),
      }),
    });
    fc.assert(
      fc.property(fc.oneof(anExport, fc.jsonValue()), (raw) => {
        const { feed, problems } = frabToNative(raw);
        expect(Array.isArray(problems)).toBe(true);
        if (isFrabSchedule(raw)) expect(parseFeed(feed).ok).toBe(true);
        else expect(feed).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('links and speaker profiles', () => {
  it('camp2019: links and attachments (paths resolved on base_url), https: only; persons as names-only profiles', () => {
    const { schedule, feedProblems } = imported(fixture('camp2019-frab-schedule.json'));
    expect(feedProblems).toEqual([]);
    expect(profileFigures(schedule)).toEqual({
      recordings: 1,
      slides: 5,
      other: 26,
      profiles: 90,
      withBio: 0,
      withRole: 0,
      withPhoto: 0,
      profileLinks: 0,
      speakersWithoutId: 0,
    });
    const urls = schedule.sessions.flatMap((session) => session.links.map((link) => link.url));
    expect(urls.every((url) => url.startsWith('https://'))).toBe(true);
    expect(urls).toContain(
      'https://fahrplan.events.ccc.de/system/event_attachments/attachments/000/003/790/original/DoH-or-Dont.pdf?1566397329',
    );
    expect(schedule.sessions.flatMap((session) => session.links).find((link) => link.url.includes('DoH-or-Dont'))).toMatchObject({
      kind: 'slides',
      label: "Doh or Don't slides",
    });
  });

  it('democon: biography becomes the bio, one profile per person however many talks', () => {
    const { schedule, feedProblems } = imported(fixture('democon-pretalx-schedule.json'));
    expect(feedProblems).toEqual([]);
    expect(profileFigures(schedule)).toMatchObject({ profiles: 27, withBio: 27, withPhoto: 0, speakersWithoutId: 0 });
    expect(schedule.sessions.flatMap((session) => session.speakers)).toHaveLength(43);
  });

  it('maps avatar, links, recording and video; leaves out what is not https:', () => {
    const persons = [
      {
        id: 7,
        public_name: 'Ada',
        biography: '<p>Hacker.</p>',
        avatar: '/media/ada.png',
        links: [{ url: 'https://ada.example/', title: 'Site' }],
      },
      { id: 8, public_name: 'Bob', image: 'http://cdn.example/bob.png', links: [{ url: 'http://bob.example/' }] },
    ];
    const raw = tiny([
      event({
        persons,
        links: [{ url: 'https://media.ccc.de/v/x', title: 'Video' }, { url: 'ftp://x' }, { url: 'nymtech.net' }],
        attachments: [{ url: '/system/deck.pdf', title: 'Slides' }],
        recording: 'https://youtu.be/abc',
      }),
      event({ guid: 'AAAA-0002', id: 2, date: '2024-03-01T11:00:00+01:00', persons: [{ id: 7, public_name: 'Ada' }] }),
    ]);
    const { schedule, feedProblems } = imported(raw);
    expect(feedProblems).toEqual([]);
    expect(schedule.speakers).toEqual([
      {
        id: 'ada',
        name: 'Ada',
        bio: { en: 'Hacker.' },
        links: [{ url: 'https://ada.example/', label: 'Site' }],
        photo: [{ url: 'https://example.org/media/ada.png', size: 0 }],
      },
      { id: 'bob', name: 'Bob', links: [], photo: [] },
    ]);
    expect(schedule.sessions[0]?.links).toEqual([
      { kind: 'recording', url: 'https://media.ccc.de/v/x', label: 'Video' },
      { kind: 'slides', url: 'https://example.org/system/deck.pdf', label: 'Slides' },
      { kind: 'recording', url: 'https://youtu.be/abc' },
    ]);
    expect(schedule.sessions[1]?.speakers).toEqual([{ name: 'Ada', id: 'ada' }]);
  });
});
