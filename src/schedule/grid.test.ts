import { describe, expect, it } from 'vitest';
import { daysWithSessions } from '../model/time.ts';
import { assignLanes, gridWindow, itemsInWindow, layoutDay, NO_COLUMN } from './grid.ts';
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

  it('draws only the day and the night after it, however long a session runs', () => {
    const long = makeSchedule([
      { id: 'hackathon', start: '2022-04-25T09:00:00Z', end: '2022-05-01T17:00:00Z' },
      { id: 'night', start: '2022-04-25T23:00:00Z', end: '2022-04-26T01:30:00Z' },
    ]);
    const layout = layoutDay(long, long.sessions, '2022-04-25', 'UTC');
    expect([layout.firstMinute, layout.lastMinute]).toEqual([540, 30 * 60]);
    const ends = Object.fromEntries(layout.items.map((item) => [item.session.id, item.endMinute]));
    expect(ends).toEqual({ hackathon: 30 * 60, night: 25 * 60 + 30 });
  });

  it('buckets by local day in the chosen zone', () => {
    expect(daysWithSessions(schedule.sessions, 'UTC')).toEqual(['2022-04-25', '2022-04-26']);
    expect(daysWithSessions(schedule.sessions, 'America/Los_Angeles')).toEqual(['2022-04-25']);
    const inLosAngeles = layoutDay(schedule, schedule.sessions, '2022-04-25', 'America/Los_Angeles');
    expect(inLosAngeles.items.map((item) => item.session.id).sort()).toEqual(['a', 'b', 'c', 'late']);
    const late = inLosAngeles.items.find((item) => item.session.id === 'late');
    expect(late?.startMinute).toBe(18 * 60);
    // Minute 0 is Los Angeles' midnight (PDT, UTC−7), the instant the grid's times are drawn from.
    expect(inLosAngeles.dayStart).toBe(Date.parse('2022-04-25T07:00:00Z'));
  });

  it('uses rooms as columns when the feed has rooms', () => {
    const withRooms = makeSchedule(
      [
        { id: 'x', room: 'hall-b', track: 'security' },
        { id: 'y', room: 'hall-a', track: 'security' },
      ],
      {
        rooms: [
          { id: 'hall-a', name: { en: 'Hall A' } },
          { id: 'hall-b', name: { en: 'Hall B' } },
        ],
      },
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

describe('gridWindow and itemsInWindow', () => {
  // 3 px a minute from 09:00 (540); columns 150 px wide after a 76 px time
  // gutter and a 40 px header row; the box shows 600 × 300 px.
  const viewport = { scrollTop: 0, scrollLeft: 0, width: 600, height: 300, columnsTop: 40, columnsLeft: 76, columnWidth: 150 };

  it('turns the scroll box into minutes down and columns across, with overscan', () => {
    expect(gridWindow(viewport, 540, 3, 0)).toEqual({ fromMinute: 540 - 40 / 3, toMinute: 540 + 260 / 3, fromColumn: -1, toColumn: 3 });
    const scrolled = gridWindow({ ...viewport, scrollTop: 940, scrollLeft: 1576 }, 540, 3, 0);
    expect(scrolled.fromMinute).toBe(840);
    expect(scrolled.toMinute).toBe(940);
    expect([scrolled.fromColumn, scrolled.toColumn]).toEqual([10, 14]);
    const wide = gridWindow({ ...viewport, scrollTop: 940 }, 540, 3, 0.5);
    expect(wide.fromMinute).toBe(790);
    expect(wide.toMinute).toBe(990);
  });

  it('keeps exactly the items that overlap the window', () => {
    const window = { fromMinute: 600, toMinute: 700, fromColumn: 2, toColumn: 4 };
    const item = (column: number, startMinute: number, endMinute: number) => ({ column, startMinute, endMinute });
    const inside = [item(2, 610, 640), item(4, 690, 720), item(3, 560, 601), item(3, 500, 800)];
    const outside = [item(1, 610, 640), item(5, 610, 640), item(3, 540, 600), item(3, 700, 730)];
    expect(itemsInWindow([...inside, ...outside], window)).toEqual(inside);
  });
});
