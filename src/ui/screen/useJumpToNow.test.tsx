// @vitest-environment happy-dom
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSchedule } from '../../schedule/testSchedule.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../state/urlState.ts';
import { renderHookWithProviders } from '../testing/render.tsx';
import { useJumpToNow } from './useJumpToNow.ts';

const schedule = makeSchedule([
  { start: '2022-04-25T15:00:00Z', end: '2022-04-25T15:30:00Z' },
  { start: '2022-04-26T15:00:00Z', end: '2022-04-26T15:30:00Z' },
]);
const DAYS = ['2022-04-25', '2022-04-26'];
const DURING_SECOND = Date.parse('2022-04-26T15:10:00Z');

function jump(now: number | undefined, viewState: Partial<ViewState> = {}) {
  const updateView = vi.fn();
  const hook = renderHookWithProviders(() =>
    useJumpToNow({
      now,
      today: now === undefined ? undefined : '2022-04-26',
      days: DAYS,
      shown: schedule.sessions,
      viewState: { ...DEFAULT_VIEW_STATE, ...viewState },
      updateView,
    }),
  );
  return { ...hook, updateView };
}

describe('useJumpToNow', () => {
  afterEach(cleanup);

  it('opens at now during the event: the running session is asked for, once', () => {
    const { result } = jump(DURING_SECOND);
    expect(result.current.scrollRequest).toEqual({ seq: 1, sessionId: 's1' });
  });

  it('outside the event nothing scrolls, and "Now" does nothing', () => {
    const { result } = jump(undefined);
    act(() => result.current.jumpToNow());
    expect(result.current.scrollRequest).toBeUndefined();
  });

  it('does not scroll away from a deep-linked session on open', () => {
    const { result } = jump(DURING_SECOND, { session: 's0' });
    expect(result.current.scrollRequest).toBeUndefined();
  });

  it('in the grid, "Now" moves to today, and each press asks again', () => {
    const { result, updateView } = jump(DURING_SECOND, { view: 'grid', day: '2022-04-25' });
    expect(updateView).toHaveBeenCalledWith({ day: '2022-04-26' });
    act(() => result.current.jumpToNow());
    expect(result.current.scrollRequest?.seq).toBe(2);
  });

  it('a view change drops the pending request', () => {
    const { result } = jump(DURING_SECOND);
    act(() => result.current.cancelScroll());
    expect(result.current.scrollRequest).toBeUndefined();
  });
});
