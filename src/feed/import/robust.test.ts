// Whatever a file holds, no converter throws and each item ends up converted
// or reported; detection names the shapes it expected when it finds none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFeedText } from '../readFeed.ts';
import { detectShape, NOT_A_FEED } from './detect.ts';
import { importOpass } from './opass.ts';
import { importPretalxWidget } from './pretalxWidget.ts';
import { importScheduleV2 } from './scheduleV2.ts';
import { importSessionize } from './sessionize.ts';

const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
});
const items = fc.array(
  fc.oneof(
    anything,
    fc.dictionary(
      fc.constantFrom(
        'id',
        'code',
        'guid',
        'title',
        'start',
        'end',
        'startsAt',
        'endsAt',
        'room',
        'roomId',
        'track',
        'type',
        'language',
        'speakers',
        'zh',
        'en',
        'tags',
        'participants',
        'duration',
      ),
      anything,
    ),
  ),
  { maxLength: 8 },
);

const converters: [string, (items: unknown[], extra: unknown) => ReturnType<typeof importOpass>][] = [
  [
    'Sessionize',
    (list, extra) => importSessionize({ sessions: list, speakers: [extra], categories: [extra], rooms: [extra] }, { timeZone: 'UTC' }),
  ],
  [
    'pretalx widget',
    (list, extra) => importPretalxWidget({ talks: list, rooms: [extra], tracks: [extra], speakers: [extra], timezone: extra }),
  ],
  ['schedule v2', (list, extra) => importScheduleV2({ schedule: { conference: extra, events: list } })],
  ['OPass', (list, extra) => importOpass({ sessions: list, session_types: [extra], rooms: [extra], speakers: [extra], tags: [extra] })],
];

describe.each(converters)('%s on arbitrary values', (_name, convert) => {
  it('never throws, and converts or reports every item', () => {
    fc.assert(
      fc.property(items, anything, (list, extra) => {
        const { result } = convert(list, extra);
        if (!result.ok) return;
        const reported = new Set(result.problems.filter((problem) => problem.part === 'session').map((problem) => problem.index));
        expect(result.schedule.sessions.length + reported.size).toBe(list.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('detection', () => {
  it('refuses what is none of the shapes, naming those it can read', async () => {
    expect(detectShape({ hello: 'world' })).toBeUndefined();
    const { result } = await readFeedText('{"hello": "world"}');
    expect(result).toEqual({ ok: false, failure: 'not-a-feed', detail: NOT_A_FEED });
    expect(NOT_A_FEED).toMatch(/^this is not a feed I can read: expected one of .*Sessionize.*OPass/);
  });

  it('never throws on any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 3 }), async (text) => {
        const { result } = await readFeedText(text);
        if (!result.ok) expect(result.failure).toBe('not-a-feed');
      }),
      { numRuns: 100 },
    );
  });
});

describe('bounded', () => {
  it('reads at most 20,000 items and says how many it left', () => {
    const events = Array.from({ length: 20_001 }, (_, index) => ({
      guid: `e-${index}`,
      start: '2024-12-27T10:00:00+01:00',
      end: '2024-12-27T11:00:00+01:00',
      title: 'T',
    }));
    const { result } = importScheduleV2({ schedule: { conference: {}, events } });
    expect(result.ok && result.schedule.sessions.length).toBe(20_000);
    expect(result.ok && result.problems[0]?.reason).toBe('schedule v2 event: only the first 20000 of 20001 events are read');
  });
});
