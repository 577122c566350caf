import { describe, expect, it } from 'vitest';
import { assignLanes, daysWithSessions, layoutDay, NO_COLUMN } from './grid.ts';
import { makeSchedule } from './testSchedule.ts';

const span = (start: number, end: number, id = `${start}`) => ({ id, startMinute: start, endMinute: end });

describe('assignLanes', () => {
  it('gives sessions that do not overlap one full-width lane each', () => {
    const placed = assignLanes([span(0, 30), span(30, 60)]);
    expect(placed.map((p) => [p.lane, p.lanes])).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('lays overlapping sessions side by side, sharing the cluster width', () => {
    const placed = assignLanes([span(0, 60, 'a'), span(15, 45, 'b'), span(50, 90, 'c'), span(120, 150, 'd')]);
    const byId = Object.fromEntries(placed.map((p) => [p.id, [p.lane, p.lanes]]));
    expect(byId).toEqual({ a: [0, 2], b: [1, 2], c: [1, 2], d: [0, 1] });
  });

  it('opens a third lane only when three overlap at once', () => {
    const placed = assignLanes([span(0, 60, 'a'), span(10, 60, 'b'), span(20, 60, 'c')]);
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 2]);
    expect(new Set(placed.map((p) => p.lanes))).toEqual(new Set([3]));
  });
});

describe('layoutDay', () => {
  const schedule = makeSchedule([
    { id: 'a', track: 'networking', start: '2022-04-25T15:00:00Z', end: '2022-04-25T15:30:00Z' },
    { id: 'b', track: 'security', start: '2022-04-25T15:10:00Z', end: '2022-04-25T16:00:00Z' },
    { id: 'c', start: '2022-04-25T16:00:00Z', end: '2022-04-25T16:10:00Z' },
    { id: 'late', track: 'security', start: '2022-04-26T01:00:00Z', end: '2022-04-26T02:00:00Z' },
  ]);

  it('puts tracks across in feed order, only those used, and trackless sessions last', () => {
    const layout = layoutDay(schedule, schedule.sessions, '2022-04-25', 'UTC');
    expect(layout.kind).toBe('tracks');
    expect(layout.columns.map((c) => c.id)).toEqual(['security', 'networking', NO_COLUMN]);
    const columnOf = Object.fromEntries(layout.items.map((item) => [item.session.id, item.column]));
    expect(columnOf).toEqual({ b: 0, a: 1, c: 2 });
  });

  it('places sessions in minutes after local midnight, with the span rounded to slots', () => {
    const layout = layoutDay(schedule, schedule.sessions, '2022-04-25', 'UTC');
    const a = layout.items.find((item) => item.session.id === 'a');
    expect([a?.startMinute, a?.endMinute]).toEqual([900, 930]);
    expect([layout.firstMinute, layout.lastMinute]).toEqual([900, 990]);
  });

  it('buckets by local day in the chosen zone', () => {
    expect(daysWithSessions(schedule.sessions, 'UTC')).toEqual(['2022-04-25', '2022-04-26']);
    expect(daysWithSessions(schedule.sessions, 'America/Los_Angeles')).toEqual(['2022-04-25']);
    const inLosAngeles = layoutDay(schedule, schedule.sessions, '2022-04-25', 'America/Los_Angeles');
    expect(inLosAngeles.items.map((item) => item.session.id).sort()).toEqual(['a', 'b', 'c', 'late']);
    const late = inLosAngeles.items.find((item) => item.session.id === 'late');
    expect(late?.startMinute).toBe(18 * 60);
  });

  it('uses rooms as columns when the feed has rooms', () => {
    const withRooms = makeSchedule(
      [
        { id: 'x', room: 'hall-b', track: 'security' },
        { id: 'y', room: 'hall-a', track: 'security' },
      ],
      { rooms: [{ id: 'hall-a', name: { en: 'Hall A' } }, { id: 'hall-b', name: { en: 'Hall B' } }] },
    );
    const layout = layoutDay(withRooms, withRooms.sessions, '2022-04-25', 'UTC');
    expect(layout.kind).toBe('rooms');
    expect(layout.columns.map((c) => c.id)).toEqual(['hall-a', 'hall-b']);
  });

  it('handles an empty day', () => {
    const layout = layoutDay(schedule, [], '2022-04-25', 'UTC');
    expect(layout.items).toEqual([]);
    expect(layout.columns).toEqual([]);
  });
});
