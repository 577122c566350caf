import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClashes, rangesOverlap, totalDuration, type TimeRange } from './conflicts.ts';
import { growth, LINEAR_LIMIT } from '../lib/testing/growth.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (hour: number, minute = 0) => Date.UTC(2022, 3, 25, hour, minute);
const session = (id: string, start: number, end: number) => ({ id, start, end });

describe('rangesOverlap', () => {
  it('sees sessions that share time', () => {
    expect(rangesOverlap({ start: at(10), end: at(11) }, { start: at(10, 30), end: at(12) })).toBe(true);
    expect(rangesOverlap({ start: at(10), end: at(12) }, { start: at(10, 30), end: at(11) })).toBe(true);
    expect(rangesOverlap({ start: at(10), end: at(11) }, { start: at(10), end: at(11) })).toBe(true);
  });

  it('does not count touching sessions as a clash (half-open ranges)', () => {
    expect(rangesOverlap({ start: at(10), end: at(11) }, { start: at(11), end: at(12) })).toBe(false);
    expect(rangesOverlap({ start: at(11), end: at(12) }, { start: at(10), end: at(11) })).toBe(false);
  });

  it('keeps apart sessions with a gap', () => {
    expect(rangesOverlap({ start: at(9), end: at(10) }, { start: at(11), end: at(12) })).toBe(false);
  });

  it('lets an empty range clash with nothing', () => {
    expect(rangesOverlap({ start: at(10, 30), end: at(10, 30) }, { start: at(10), end: at(11) })).toBe(false);
  });

  it('is symmetric and agrees with "some minute lies in both"', () => {
    const range = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })).map(([start, end]) => ({ start, end }));
    fc.assert(
      fc.property(range, range, (a, b) => {
        const shared = Array.from({ length: 40 }, (_, minute) => minute).some(
          (minute) => minute >= a.start && minute < a.end && minute >= b.start && minute < b.end,
        );
        expect(rangesOverlap(a, b)).toBe(shared);
        expect(rangesOverlap(b, a)).toBe(shared);
      }),
    );
  });
});

describe('findClashes', () => {
  it('maps each clashing session to the others, in start order', () => {
    const clashes = findClashes([
      session('late', at(11), at(12)),
      session('long', at(9), at(12)),
      session('early', at(9, 30), at(10, 30)),
      session('alone', at(13), at(14)),
      session('touching', at(12), at(13)),
    ]);
    expect(Object.fromEntries(clashes)).toEqual({
      long: ['early', 'late'],
      early: ['long'],
      late: ['long'],
    });
  });

  it('returns an empty map when nothing clashes', () => {
    expect(findClashes([]).size).toBe(0);
    expect(findClashes([session('a', at(9), at(10)), session('b', at(10), at(11))]).size).toBe(0);
  });

  it('ignores empty or inverted ranges', () => {
    expect(findClashes([session('a', at(9), at(11)), session('empty', at(10), at(10)), session('inverted', at(10), at(9))]).size).toBe(0);
  });

  it('handles many parallel sessions', () => {
    const parallel = Array.from({ length: 5 }, (_, index) => session(`p${index}`, at(10), at(11)));
    const clashes = findClashes(parallel);
    expect(clashes.get('p2')).toEqual(['p0', 'p1', 'p3', 'p4']);
  });

  it('agrees with comparing every pair', () => {
    const sessions = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 30 })), { maxLength: 40 })
      .map((ranges) => ranges.map(([start, length], index) => session(`s${index}`, start * MINUTE, (start + length) * MINUTE)));
    fc.assert(
      fc.property(sessions, (list) => {
        const clashes = findClashes(list);
        for (const a of list) {
          const expected = new Set(list.filter((b) => b !== a && rangesOverlap(a, b)).map((b) => b.id));
          expect(new Set(clashes.get(a.id) ?? [])).toEqual(expected);
          expect(clashes.get(a.id)?.length ?? 0).toBe(expected.size);
          expect(clashes.has(a.id)).toBe(expected.size > 0);
          const starts = (clashes.get(a.id) ?? []).map((id) => list.find((b) => b.id === id)?.start ?? NaN);
          expect(starts).toEqual([...starts].sort((x, y) => x - y));
        }
      }),
    );
  });

  it('grows about linearly with the schedule, not with its square', () => {
    // Sessions in 10 parallel rooms, a new slot every 15 minutes: each
    // overlaps 29 others, however long the schedule.
    const rooms = (count: number) =>
      Array.from({ length: count }, (_, index) =>
        session(`s${index}`, at(0) + Math.floor(index / 10) * 15 * MINUTE, at(0) + Math.floor(index / 10) * 15 * MINUTE + 30 * MINUTE),
      );
    expect(findClashes(rooms(5_000)).get('s25')).toHaveLength(29);
    expect(growth(findClashes, rooms, 500)).toBeLessThan(LINEAR_LIMIT);
  });
});

describe('totalDuration', () => {
  it('adds separate sessions', () => {
    expect(
      totalDuration([
        { start: at(9), end: at(10) },
        { start: at(11), end: at(11, 30) },
      ]),
    ).toBe(1.5 * HOUR);
  });

  it('counts overlapping and nested time once', () => {
    expect(
      totalDuration([
        { start: at(9), end: at(11) },
        { start: at(10), end: at(12) },
        { start: at(10, 15), end: at(10, 45) },
        { start: at(12), end: at(13) },
      ]),
    ).toBe(4 * HOUR);
  });

  it('is zero for nothing and for empty ranges', () => {
    expect(totalDuration([])).toBe(0);
    expect(totalDuration([{ start: at(9), end: at(9) }])).toBe(0);
  });

  it('agrees with counting covered minutes', () => {
    const ranges = fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: -5, max: 60 }))
        .map(([start, length]): TimeRange => ({ start, end: start + length })),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(ranges, (list) => {
        const covered = new Set<number>();
        for (const { start, end } of list) for (let minute = start; minute < end; minute += 1) covered.add(minute);
        expect(totalDuration(list)).toBe(covered.size);
      }),
    );
  });
});
