import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectShape } from './detect.ts';
import { importScheduleV2 } from './scheduleV2.ts';
import { profileFigures } from './testFigures.ts';

type Json = Record<string, unknown>;

function fixture(): Json {
  return JSON.parse(readFileSync(new URL('../fixtures/schedule-v2-hub-38c3.json', import.meta.url), 'utf8')) as Json;
}

function imported(raw: unknown) {
  const { result } = importScheduleV2(raw);
  if (!result.ok) throw new Error(result.detail);
  return result;
}

const v2 = (events: unknown[]): Json => ({
  schedule: {
    version: '1',
    conference: {
      acronym: 'tc',
      title: 'Test Con',
      time_zone_name: 'Europe/Berlin',
      days: [{ index: 1, date: '2024-12-27' }],
      tracks: [{ guid: 't-1', name: 'Science', slug: 'science', colors: { light: '#00A356', dark: '#00A356' } }],
      rooms: [
        { name: 'Saal 1', slug: 'saal-1', guid: 'r-1' },
        { name: 'Saal 2', guid: 'r-2' },
      ],
    },
    events,
  },
});

describe('C3VOC schedule v2', () => {
  it('is detected as v2, not as a frab export, though it has conference.days', () => {
    expect(detectShape(fixture())).toBe('schedule-v2');
  });

  it('reads both events of the 38C3 hub example at their own instants, in the conference rooms', () => {
    const raw = fixture();
    const events = (raw.schedule as { events: Json[] }).events;
    const { schedule, problems } = imported(raw);
    expect(problems).toEqual([]);
    expect(schedule.sessions).toHaveLength(events.length);
    expect(schedule.sessions.map((s) => s.start).sort()).toEqual(events.map((e) => Date.parse(e.start as string)).sort());
    expect(schedule.conference).toMatchObject({ id: '38c3', timezone: 'Europe/Berlin' });
    expect(schedule.rooms.map((room) => room.name.en)).toEqual(['Saal 1', 'Saal GLITCH', 'Saal ZIGZAG', 'Stage HUFF', 'Stage YELL']);
    const opening = schedule.sessions.find((s) => s.id === '270fa44c-821a-577f-8ca3-33e8d4a8c2a7');
    expect(opening).toMatchObject({
      room: 'saal-1',
      track: 'ccc',
      language: 'en',
      speakers: [{ name: 'Gabriela Bogk' }, { name: 'Aline Blankertz' }],
    });
    expect(schedule.tracks.find((t) => t.id === 'ccc')?.color).toBe('#F2F006');
  });

  it('maps room and track objects by guid, slug or name; subtitle joins the title; "de, en" counts both', () => {
    const { schedule } = imported(
      v2([
        {
          guid: 'e-1',
          start: '2024-12-27T10:30:00+01:00',
          end: '2024-12-27T11:00:00+01:00',
          title: 'A:',
          subtitle: 'B',
          room: { guid: 'r-2' },
          track: { slug: 'science' },
          language: 'de, en',
          type: 'Workshop',
          participants: [
            { name: 'Ada', role: 'SPEAKER' },
            { name: 'Bob', role: 'CONTRIBUTOR' },
          ],
        },
        {
          guid: 'e-2',
          start: '2024-12-27T12:00:00+01:00',
          duration: '0:45',
          title: 'C',
          room: { name: 'Saal 1' },
          track: null,
          language: 'und',
        },
      ]),
    );
    const [first, second] = schedule.sessions;
    expect(first).toMatchObject({
      id: 'e-1',
      title: { de: 'A: B' },
      room: 'saal-2',
      track: 'science',
      language: 'de',
      tags: ['lang:en'],
      type: 'workshop',
      speakers: [{ name: 'Ada' }],
    });
    expect(second).toMatchObject({ id: 'e-2', room: 'saal-1', language: 'und', end: Date.parse('2024-12-27T12:45:00+01:00') });
    expect(second?.track).toBeUndefined();
  });
});

describe('property: any valid v2 export', () => {
  const event = fc.record({
    guid: fc.oneof(fc.uuid(), fc.constantFrom('same', '')),
    start: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
    minutes: fc.integer({ min: -5, max: 600 }),
    title: fc.string({ maxLength: 20 }),
    language: fc.constantFrom('en', 'de', 'de, en', '', 'und', null),
    room: fc.option(fc.record({ guid: fc.constantFrom('r-1', 'r-2', 'r-9'), name: fc.string({ maxLength: 8 }) })),
    track: fc.option(fc.record({ slug: fc.constantFrom('science', 'other') })),
  });

  it('converts or reports every event, and never throws', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (drafts) => {
        const events = drafts.map(({ start, minutes, ...rest }) => ({
          ...rest,
          start: start.toISOString().replace('Z', '+00:00'),
          end: new Date(start.getTime() + minutes * 60_000).toISOString(),
        }));
        const { result } = importScheduleV2(v2(events));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const reported = new Set(result.problems.map((problem) => problem.index));
        expect(result.schedule.sessions.length + reported.size).toBe(events.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('links and speaker profiles', () => {
  it('38C3: persons with biography, avatar.url and links; SLIDES attachments; the ORIGIN link left out', () => {
    const { schedule, problems } = imported(fixture());
    expect(problems).toEqual([]);
    expect(profileFigures(schedule)).toEqual({
      recordings: 0,
      slides: 1,
      other: 2,
      profiles: 4,
      withBio: 4,
      withRole: 0,
      withPhoto: 4,
      profileLinks: 2,
      speakersWithoutId: 0,
    });
    const opening = schedule.sessions.find((session) => session.title.en === '38C3: Opening Ceremony');
    expect(opening?.links.map((link) => [link.kind, link.label])).toEqual([
      ['other', 'foo bar'],
      ['other', 'Feedback'],
      ['slides', 'Slides'],
    ]);
    // The CONTRIBUTOR is no speaker.
    expect(opening?.speakers.map((speaker) => speaker.id)).toEqual(['gabriela-bogk', 'aline-blankertz']);
    expect(schedule.speakers[0]?.links).toEqual([{ url: 'https://example.net/@handle/123456', label: 'Mastodon' }]);
  });
});
