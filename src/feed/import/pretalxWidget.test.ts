import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectShape } from './detect.ts';
import { importPretalxWidget } from './pretalxWidget.ts';
import { profileFigures } from './testFigures.ts';

type Json = Record<string, unknown>;

function fixture(): Json {
  return JSON.parse(readFileSync(new URL('../fixtures/pretalx-widget-pyconau-2024.json', import.meta.url), 'utf8')) as Json;
}

function imported(raw: unknown) {
  const { result } = importPretalxWidget(raw, { name: 'PyCon AU 2024' });
  if (!result.ok) throw new Error(result.detail);
  return result;
}

const widget = (talks: unknown[]): Json => ({
  talks,
  version: '1',
  timezone: 'Australia/Melbourne',
  rooms: [
    { id: 1, name: { en: 'Goldfields Theatre', de: 'Goldfelder' } },
    { id: 2, name: 'Eureka 2' },
  ],
  tracks: [
    { id: 9, name: { en: 'Education' }, color: '#FFBF00' },
    { id: 8, name: { en: 'Bad colour' }, color: 'red;x' },
  ],
  speakers: [{ code: 'AB12', name: 'Eliz So' }],
});

describe('pretalx widget schedule.json', () => {
  it('is detected from its shape', () => {
    expect(detectShape(fixture())).toBe('pretalx-widget');
  });

  it('reads all 94 items of PyCon AU 2024, each at the instant its own start and end name', () => {
    const raw = fixture();
    const talks = raw.talks as Json[];
    const { schedule, problems } = imported(raw);
    expect(problems).toEqual([]);
    expect(schedule.sessions).toHaveLength(94);
    expect(schedule.sessions.filter((s) => s.type === 'break').length).toBeGreaterThan(30);
    expect(schedule.conference.timezone).toBe('Australia/Melbourne');
    expect(schedule.sessions.map((s) => [s.start, s.end]).sort()).toEqual(
      talks.map((t) => [Date.parse(t.start as string), Date.parse(t.end as string)]).sort(),
    );
    expect(schedule.rooms.length).toBe((raw.rooms as unknown[]).length);
    expect(schedule.tracks.every((track) => track.color !== undefined)).toBe(true);
  });

  it('takes a break whose start is UTC and end +11:00 as written, and names it by its id', () => {
    const { schedule } = imported(
      widget([{ id: 5, title: { en: 'Morning break' }, start: '2024-11-21T23:30:00Z', end: '2024-11-22T11:00:00+11:00', room: 2 }]),
    );
    expect(schedule.sessions[0]).toMatchObject({ id: 'break-5', type: 'break', title: { en: 'Morning break' }, room: 'eureka-2' });
    expect(schedule.sessions[0]?.end ?? 0).toBe(Date.parse('2024-11-22T00:00:00Z'));
  });

  it('maps talks with i18n titles, speakers by code, tracks with valid colours only, rooms by id (string or number)', () => {
    const { schedule } = imported(
      widget([
        {
          code: 'ACKK3A',
          id: 1,
          title: { en: 'Causal', de: 'Kausal' },
          abstract: 'x\r\ny',
          speakers: ['AB12', 'GONE'],
          track: 9,
          room: '1',
          start: '2024-11-22T09:20:00+11:00',
          end: '2024-11-22T09:50:00+11:00',
        },
        {
          code: 'ZZZ',
          id: 2,
          title: 'Plain',
          speakers: [],
          track: 8,
          room: 2,
          start: '2024-11-22T09:20:00+11:00',
          end: '2024-11-22T09:50:00+11:00',
        },
      ]),
    );
    const [causal, plain] = [...schedule.sessions].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(causal).toMatchObject({
      id: 'ackk3a',
      type: 'talk',
      title: { en: 'Causal', de: 'Kausal' },
      abstract: { en: 'x\ny' },
      speakers: [{ name: 'Eliz So' }],
      track: 'education',
      room: 'goldfields-theatre',
    });
    expect(plain).toMatchObject({ id: 'zzz', track: 'bad-colour', room: 'eureka-2' });
    expect(schedule.rooms[0]?.name).toEqual({ en: 'Goldfields Theatre', de: 'Goldfelder' });
    expect(schedule.tracks.find((t) => t.id === 'bad-colour')?.color).toBeUndefined();
  });

  it('reports an item without an offset instead of guessing its zone', () => {
    const { problems, schedule } = imported(widget([{ code: 'X', start: '2024-11-22T09:20:00', end: '2024-11-22T09:50:00+11:00' }]));
    expect(schedule.sessions).toHaveLength(0);
    expect(problems[0]).toMatchObject({ index: 0, id: 'X', reason: expect.stringMatching(/^pretalx talk: no usable start/) as unknown });
  });
});

describe('property: any valid widget answer', () => {
  const instant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true });
  const offset = fc.constantFrom('Z', '+11:00', '-05:00', '+05:30');
  const write = (ms: number, zone: string) => {
    const minutes = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    return `${new Date(ms + minutes * 60_000).toISOString().slice(0, 19)}${zone}`;
  };
  const talk = fc.record({
    code: fc.option(fc.stringMatching(/^[A-Z0-9]{1,6}$/)),
    id: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.stringMatching(/^[0-9]{1,3}$/)),
    title: fc.oneof(fc.string({ maxLength: 20 }), fc.dictionary(fc.constantFrom('en', 'de', 'xx_YY', '!'), fc.string({ maxLength: 10 }))),
    start: instant,
    minutes: fc.integer({ min: -10, max: 600 }),
    zones: fc.tuple(offset, offset),
    room: fc.option(fc.constantFrom(1, 2, 3, '1')),
    track: fc.option(fc.constantFrom(8, 9, 10)),
    speakers: fc.array(fc.constantFrom('AB12', 'NOPE'), { maxLength: 2 }),
  });

  it('converts or reports every item, and never throws', () => {
    fc.assert(
      fc.property(fc.array(talk, { maxLength: 30 }), (drafts) => {
        const talks = drafts.map(({ start, minutes, zones, ...rest }) => ({
          ...rest,
          start: write(start.getTime(), zones[0]),
          end: write(start.getTime() + minutes * 60_000, zones[1]),
        }));
        const { result } = importPretalxWidget(widget(talks));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const reported = new Set(result.problems.map((problem) => problem.index));
        expect(result.schedule.sessions.length + reported.size).toBe(talks.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('speaker profiles', () => {
  it('PyCon AU 2024: each speaker a profile, the avatar (when given) one rendition of unknown size', () => {
    const { schedule, problems } = imported(fixture());
    expect(problems).toEqual([]);
    expect(profileFigures(schedule)).toEqual({
      recordings: 0,
      slides: 0,
      other: 0,
      profiles: 64,
      withBio: 0,
      withRole: 0,
      withPhoto: 47,
      profileLinks: 0,
      speakersWithoutId: 0,
    });
    expect(
      schedule.speakers.flatMap((speaker) => speaker.photo).every((photo) => photo.size === 0 && photo.url.startsWith('https://')),
    ).toBe(true);
  });
});
