import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Session } from '../model/schedule.ts';
import { applyChanges, diffSchedules, summarizeChanges } from './diff.ts';

const HOUR = 3_600_000;
const T0 = Date.UTC(2022, 3, 25, 15);
const session = (id: string, start = T0, extra: Partial<Session> = {}): Session =>
  ({ id, title: { en: id }, start, end: start + HOUR, type: 'talk', language: 'en', speakers: [], ...extra }) as Session;

describe('diffSchedules', () => {
  it('names added, cancelled, moved and retitled sessions', () => {
    const before = [session('a'), session('b'), session('c'), session('d')];
    const after = [session('a'), session('b', T0 + HOUR), session('c', T0, { title: { en: 'New title' } }), session('e')];
    const changes = diffSchedules(before, after);
    expect(changes.map((change) => [change.kind, change.kind === 'changed' ? change.after.id : change.session.id])).toEqual([
      ['changed', 'b'],
      ['changed', 'c'],
      ['added', 'e'],
      ['cancelled', 'd'],
    ]);
    expect(changes[0]).toMatchObject({ moved: true, retitled: false });
    expect(changes[1]).toMatchObject({ moved: false, retitled: true });
    expect(summarizeChanges(changes, new Set(['b', 'd', 'a']))).toEqual({ added: 1, cancelled: 1, moved: 1, retitled: 1, favorites: 2 });
  });

  it('counts a room change as a move', () => {
    const [change] = diffSchedules([session('a', T0, { room: 'r1' })], [session('a', T0, { room: 'r2' })]);
    expect(change).toMatchObject({ kind: 'changed', moved: true });
  });
});

// Schedules of up to 30 sessions over 12 ids, with start, room and title varied.
const sessionArb = fc
  .record({
    id: fc.constantFrom(...'abcdefghijkl'.split('')),
    hour: fc.integer({ min: 0, max: 5 }),
    room: fc.option(fc.constantFrom('r1', 'r2'), { nil: undefined }),
    title: fc.constantFrom('One', 'Two'),
  })
  .map(({ id, hour, room, title }) => session(id, T0 + hour * HOUR, { room, title: { en: title } }));
const scheduleArb = fc.uniqueArray(sessionArb, { selector: (s) => s.id, maxLength: 30 });
const byId = (sessions: readonly Session[]) => [...sessions].sort((a, b) => a.id.localeCompare(b.id));

describe('diffSchedules, for any two schedules', () => {
  it('finds no change between a schedule and itself', () => {
    fc.assert(fc.property(scheduleArb, (a) => diffSchedules(a, a).length === 0));
  });

  it('gives changes that, applied to the first, make the second', () => {
    fc.assert(
      fc.property(scheduleArb, scheduleArb, (a, b) => {
        expect(byId(applyChanges(a, diffSchedules(a, b)))).toEqual(byId(b));
      }),
    );
  });
});
