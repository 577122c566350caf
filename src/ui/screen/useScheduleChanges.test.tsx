// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schedule, Session } from '../../model/schedule.ts';
import { useScheduleChanges } from './useScheduleChanges.ts';

const T0 = Date.UTC(2022, 3, 25, 15);
const session = (id: string, start = T0) =>
  ({ id, title: { en: id }, start, end: start + 3_600_000, type: 'talk', language: 'en', speakers: [], tags: [], links: [] }) as Session;
const scheduleOf = (...sessions: Session[]) =>
  ({ conference: { id: 'c', name: { en: 'C' }, timezone: 'UTC' }, tracks: [], rooms: [], speakers: [], sessions }) as Schedule;

describe('useScheduleChanges', () => {
  it('says nothing for the first schedule, then what the next one changed, and keeps cancelled sessions by id', async () => {
    const first = scheduleOf(session('a'), session('b'));
    const { result, rerender } = renderHook(({ schedule }) => useScheduleChanges(schedule), { initialProps: { schedule: first } });
    expect(result.current.changes).toEqual([]);
    rerender({ schedule: scheduleOf(session('a', T0 + 3_600_000)) });
    await waitFor(() => expect(result.current.changes.map((change) => change.kind)).toEqual(['changed', 'cancelled']));
    expect(result.current.cancelled.get('b')?.id).toBe('b');
    act(() => result.current.dismiss());
    expect(result.current.changes).toEqual([]);
    expect(result.current.cancelled.has('b')).toBe(true);
  });

  it('ignores a new object with the same sessions', async () => {
    const { result, rerender } = renderHook(({ schedule }) => useScheduleChanges(schedule), {
      initialProps: { schedule: scheduleOf(session('a')) },
    });
    rerender({ schedule: scheduleOf(session('a')) });
    // The comparison is loaded on demand: give it the time to say anything.
    await import('../../schedule/diff.ts');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(result.current.changes).toEqual([]);
  });
});
