import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectShape } from './detect.ts';
import { bilingual, importOpass } from './opass.ts';
import { profileFigures } from './testFigures.ts';

type Json = Record<string, unknown>;

function fixture(): Json {
  return JSON.parse(readFileSync(new URL('../fixtures/opass-coscup-2023.json', import.meta.url), 'utf8')) as Json;
}

function imported(raw: unknown) {
  const { result } = importOpass(raw, { name: 'COSCUP 2023' });
  if (!result.ok) throw new Error(result.detail);
  return result;
}

const pair = (zh: string, en: string, field = 'name') => ({ zh: { [field]: zh }, en: { [field]: en } });

const opass = (sessions: unknown[]): Json => ({
  sessions,
  speakers: [
    { id: 'S1', ...pair('王小明', 'Xiaoming Wang') },
    { id: 'S2', ...pair('TZU', 'TZU') },
  ],
  session_types: [{ id: 'f9kzca', ...pair('醫療資訊', 'Healthcare information') }],
  rooms: [
    { id: 'RB 105', ...pair('RB 105', 'RB 105') },
    { id: 'TR 616', ...pair('研揚 616', 'TR 616') },
  ],
  tags: [
    { id: 'Beginner', ...pair('入門', 'Beginner') },
    { id: 'zh-tw', ...pair('中文', 'Chinese') },
  ],
});

describe('OPass session.json', () => {
  it('is detected from its shape', () => {
    expect(detectShape(fixture())).toBe('opass');
  });

  it('reads all 352 sessions of COSCUP 2023 at their own instants, in 28 rooms', () => {
    const raw = fixture();
    const items = raw.sessions as Json[];
    const { schedule, problems } = imported(raw);
    expect(problems).toEqual([]);
    expect(schedule.sessions).toHaveLength(352);
    expect(schedule.rooms).toHaveLength(28);
    expect(schedule.sessions.map((s) => s.start).sort()).toEqual(items.map((s) => Date.parse(s.start as string)).sort());
    // Nothing says Asia/Taipei; the offset every session carries does.
    expect(schedule.conference.timezone).toBe('Etc/GMT-8');
    // 290 sessions repeat the zh title on the en side; in 155 it is Chinese text, which keeps the zh title alone.
    expect(schedule.sessions.filter((s) => s.title.en === undefined && s.title.zh !== undefined)).toHaveLength(155);
    expect(new Set(schedule.sessions.map((s) => s.language))).toEqual(new Set(['zh', 'en']));
  });

  it('keeps both languages where they differ and only zh where en is a copy', () => {
    const { schedule } = imported(
      opass([
        {
          id: 'SWZGFV',
          type: 'f9kzca',
          room: 'TR 616',
          start: '2023-07-29T12:35:00+08:00',
          end: '2023-07-29T13:05:00+08:00',
          language: '中文',
          zh: { title: '醫資標準', description: '說明\r\n第二行' },
          en: { title: '醫資標準', description: 'Text' },
          speakers: ['S1', 'S2'],
          tags: ['zh-tw', 'Beginner'],
        },
      ]),
    );
    expect(schedule.sessions[0]).toMatchObject({
      id: 'swzgfv',
      title: { zh: '醫資標準' },
      abstract: { zh: '說明\n第二行', en: 'Text' },
      language: 'zh',
      track: 'healthcare-information',
      room: 'tr-616',
      speakers: [{ name: '王小明 (Xiaoming Wang)' }, { name: 'TZU' }],
      tags: ['Beginner'],
    });
    expect(schedule.sessions[0]?.title.en).toBeUndefined();
    // A copied name without Chinese in it reads the same in both languages: no fallback marker for it.
    expect(schedule.rooms).toEqual([
      { id: 'rb-105', name: { zh: 'RB 105', en: 'RB 105' } },
      { id: 'tr-616', name: { zh: '研揚 616', en: 'TR 616' } },
    ]);
    expect(bilingual({ zh: { name: ' 入門 ' }, en: { name: '入門' } }, 'name')).toEqual({ zh: '入門' });
  });
});

describe('property: any valid OPass session.json', () => {
  const item = fc.record({
    id: fc.oneof(fc.stringMatching(/^[A-Z0-9]{1,6}$/), fc.integer({ min: 0, max: 20 })),
    type: fc.constantFrom('f9kzca', 'none'),
    room: fc.constantFrom('RB 105', 'TR 616', 'gone'),
    start: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
    minutes: fc.integer({ min: -5, max: 300 }),
    language: fc.constantFrom('中文', 'English', '', 'und', 'zh, en'),
    zh: fc.record({ title: fc.string({ maxLength: 10 }), description: fc.string({ maxLength: 10 }) }),
    en: fc.record({ title: fc.string({ maxLength: 10 }), description: fc.string({ maxLength: 10 }) }),
    speakers: fc.array(fc.constantFrom('S1', 'S2', 'S9'), { maxLength: 2 }),
    tags: fc.array(fc.constantFrom('Beginner', 'zh-tw', 'en'), { maxLength: 2 }),
  });

  it('converts or reports every session, and never throws', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (drafts) => {
        const sessions = drafts.map(({ start, minutes, ...rest }) => ({
          ...rest,
          start: new Date(start.getTime() + 8 * 3_600_000).toISOString().replace('Z', '+08:00'),
          end: new Date(start.getTime() + minutes * 60_000).toISOString(),
        }));
        const { result } = importOpass(opass(sessions));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const reported = new Set(result.problems.map((problem) => problem.index));
        expect(result.schedule.sessions.length + reported.size).toBe(sessions.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('links and speaker profiles', () => {
  it('COSCUP 2023: record and co_write as links, speakers with their zh/en bio and avatar', () => {
    const { schedule, problems } = imported(fixture());
    expect(problems).toEqual([]);
    expect(profileFigures(schedule)).toEqual({
      recordings: 319,
      slides: 0,
      other: 346,
      profiles: 415,
      withBio: 415,
      withRole: 0,
      withPhoto: 415,
      profileLinks: 0,
      speakersWithoutId: 0,
    });
    expect(schedule.speakers.find((speaker) => speaker.name === 'TZU')?.bio).toEqual({ zh: '工程師' });
  });
});
