// The importer on hostile input: no step slower than linear, nothing thrown
// out of it, ids and problem positions that stay unique.
//
// Cost is judged by growth in CPU time, not by a time budget
// (src/lib/testing/growth.ts): linear reads about 10, quadratic about 100.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  frabToNative,
  importFrabFeed,
  languageCode,
  mapType,
  markupToText,
  parseDuration,
  readEventDate,
  slugify,
  slugRegistry,
  toPlainText,
  uniqueSlug,
} from './frab.ts';
import { growth as growthBy, LINEAR_LIMIT } from '../../lib/testing/growth.ts';

/** How much longer `step` takes on the 100,000-character input than on the 10,000 one. */
const growth = (step: (input: string) => unknown, make: (length: number) => string) => growthBy(step, make, 10_000);

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe('every step of the importer is linear in its input', () => {
  // Each case is a shape that makes a backtracking regex retry from every
  // position: long runs that almost, but never, complete a match.
  const markup: [string, (length: number) => string][] = [
    ['spaces after a tag, no newline (the 6 s title)', (n) => `<p>${' '.repeat(n)}x`],
    ['spaces before a newline', (n) => `<p>${' '.repeat(n)}\nx`],
    ['newlines before a line that is not a list item', (n) => `<p>${'\n'.repeat(n)}x`],
    ['spaces and tabs at line starts', (n) => `<p>x\n${repeat(' \t', n)}x`],
    ['a tag that never closes', (n) => `<p ${repeat('a', n)}`],
    ['many tags that never close', (n) => repeat('<p ', n)],
    ['a </br with spaces and no >', (n) => `<p>x</br${' '.repeat(n)}`],
    ['an entity that never ends', (n) => `<p>&${repeat('a', n)}`],
    ['many ampersands', (n) => `<p>${repeat('&a', n)}`],
    ['numeric entities that never end', (n) => `<p>${repeat('&#1', n)}`],
    ['carriage returns', (n) => `<p>${repeat('\r', n)}`],
    ['list items in blank lines', (n) => `<p>${repeat('<li>\n\n\n', n)}`],
  ];

  it.each(markup)('markup cleaning: %s', (_name, make) => {
    expect(growth(markupToText, make)).toBeLessThan(LINEAR_LIMIT);
  });

  it.each(markup)('a title or abstract, cut to its cap before cleaning: %s', (_name, make) => {
    expect(growth(toPlainText, make)).toBeLessThan(LINEAR_LIMIT);
  });

  const fields: [string, (input: string) => unknown, (length: number) => string][] = [
    ['slugify: dashes', slugify, (n) => `${'-'.repeat(n)}x`],
    ['slugify: punctuation between letters', slugify, (n) => repeat('a.-', n)],
    ['slugify: combining marks', slugify, (n) => repeat('e\u0301', n)],
    ['type names: separators', mapType, (n) => `${repeat(' _-', n)}x`],
    ['language codes: many subtags', languageCode, (n) => `en${repeat('-abcdefgh', n)}!`],
    ['language codes: underscores', languageCode, (n) => repeat('_', n)],
    ['dates: digits after the time', readEventDate, (n) => `2022-01-01T00:00${'0'.repeat(n)}`],
    ['dates: spaces around', readEventDate, (n) => `${' '.repeat(n)}2022-01-01T00:00Z${' '.repeat(n)}`],
    ['durations: many parts', parseDuration, (n) => `1${repeat(':00', n)}`],
    ['durations: a long first part', parseDuration, (n) => `${'1'.repeat(n)}:00`],
  ];

  it.each(fields)('%s', (_name, step, make) => {
    expect(growth(step, make)).toBeLessThan(LINEAR_LIMIT);
  });

  it('gives 10,000 and 100,000 track names that slug alike unique ids in linear time', () => {
    const assign = (count: number) => {
      const registry = slugRegistry();
      for (let n = 0; n < count; n += 1) uniqueSlug(n % 2 ? 'Cloud Native' : 'cloud-native!', 'track', registry);
    };
    expect(growthBy(assign, (count) => count, 10_000)).toBeLessThan(LINEAR_LIMIT);
  });

  it('converts an export whose every text field is 100,000 characters of the worst shape in linear time', () => {
    const exportOf = (n: number) => ({
      schedule: {
        conference: {
          title: `<p>${' '.repeat(n)}`,
          days: [
            {
              date: '2024-01-01',
              rooms: {
                [' '.repeat(n)]: [
                  {
                    guid: '-'.repeat(n),
                    title: `<p>${' '.repeat(n)}x`,
                    abstract: `<p>${'\n'.repeat(n)}x`,
                    description: `<p>&${'a'.repeat(n)}`,
                    date: `2024-01-01T10:00${'0'.repeat(n)}`,
                    start: '10:00',
                    duration: `1${':00'.repeat(n / 3)}`,
                    type: ' _-'.repeat(n / 3),
                    language: `en${'-abcdefgh'.repeat(n / 9)}`,
                    track: '*'.repeat(n),
                    persons: [{ public_name: ' '.repeat(n) }],
                  },
                ],
              },
            },
          ],
        },
      },
    });
    expect(growthBy(importFrabFeed, exportOf, 10_000)).toBeLessThan(LINEAR_LIMIT);
  });
});

describe('cut before cleaning', () => {
  it('never hands more than the cap to the cleaning, and the result stays within it', () => {
    const title = toPlainText(`<p>${'word '.repeat(50_000)}</p>`);
    expect(title.length).toBeLessThanOrEqual(20_000);
    expect(title.startsWith('word word')).toBe(true);
  });

  it('cleans markup as before: no trailing spaces, one blank line at most, none before a list item', () => {
    expect(toPlainText('<p>One  \t two   </p>\n\n\n\n<ul>\n  <li>a</li>\n\n<li>b</li></ul><p>end</p>')).toBe('One two\n• a\n• b\n\nend');
  });
});

describe('nothing throws out of the importer', () => {
  const nested = (depth: number, leaf: unknown): unknown => {
    let value = leaf;
    for (let level = 0; level < depth; level += 1) value = [value];
    return value;
  };
  const exportWith = (event: Record<string, unknown>) => ({
    schedule: { conference: { title: 'C', days: [{ date: '2024-01-01', rooms: { Hall: [event] } }] } },
  });

  it('reports a duration nested 20,000 lists deep as a problem of that one event', () => {
    const good = { guid: 'good', title: 'Good', date: '2024-01-01T10:00:00Z', duration: '00:30' };
    const deep = { guid: 'deep', title: 'Deep', date: '2024-01-01T11:00:00Z', duration: nested(20_000, '00:30') };
    const raw = { schedule: { conference: { title: 'C', days: [{ date: '2024-01-01', rooms: { Hall: [good, deep] } }] } } };
    const { result } = importFrabFeed(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.schedule.sessions.map((session) => session.id)).toEqual(['good']);
    expect(result.problems).toEqual([
      { part: 'session', index: 1, id: 'deep', reason: 'schedule.json event: no usable duration (a list)' },
    ]);
  });

  it('holds for any value, nested deep, in any field of an event or of the export', () => {
    const deepAnything = fc
      .tuple(
        fc.anything({
          maxDepth: 4,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withSparseArray: true,
        }),
        fc.nat(3_000),
      )
      .map(([leaf, depth]) => (depth % 3 === 0 ? nested(depth, leaf) : leaf));
    const field = fc.constantFrom(
      'guid',
      'id',
      'slug',
      'title',
      'abstract',
      'description',
      'date',
      'start',
      'duration',
      'type',
      'language',
      'track',
      'room',
      'persons',
    );
    fc.assert(
      fc.property(fc.dictionary(field, deepAnything), deepAnything, (event, anywhere) => {
        expect(() => importFrabFeed(exportWith(event))).not.toThrow();
        expect(() =>
          importFrabFeed({ schedule: { conference: { days: [anywhere], rooms: anywhere, tracks: anywhere, time_zone_name: anywhere } } }),
        ).not.toThrow();
        expect(() => frabToNative(anywhere)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('unique ids and problem positions', () => {
  it('numbers names that slug alike: -2, -3, ... past a name that is already taken literally', () => {
    const registry = slugRegistry();
    const ids = ['Cloud', 'cloud-3', 'cloud!', 'CLOUD', 'Cloud.', ''].map((name) => uniqueSlug(name, 'track', registry));
    expect(ids).toEqual(['cloud', 'cloud-3', 'cloud-2', 'cloud-4', 'cloud-5', 'track']);
  });

  it('keeps -1 for problems of a day or a room, never posing them as the first event', () => {
    const raw = {
      schedule: {
        conference: {
          title: 'C',
          days: ['not a day', { rooms: 'none' }, { date: '2024-01-01', rooms: { Hall: [{ title: 'no id' }, 'x'] } }],
        },
      },
    };
    const { result } = importFrabFeed(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems.map((problem) => [problem.index, problem.reason])).toEqual([
      [-1, 'schedule.json event: days[0] is not an object'],
      [-1, 'schedule.json event: days[1].rooms is not an object'],
      [0, 'schedule.json event: no usable id (guid, id or slug)'],
      [1, 'schedule.json event: event is not an object'],
    ]);
  });
});
