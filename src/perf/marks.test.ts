import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstSession, markOnce } from './marks.ts';

afterEach(() => performance.clearMarks());

describe('markOnce', () => {
  it('sets a milestone once: the first time it is reached is the one that counts', () => {
    markOnce('feed:received');
    const first = performance.getEntriesByName('feed:received', 'mark')[0]?.startTime;
    markOnce('feed:received');
    const marks = performance.getEntriesByName('feed:received', 'mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.startTime).toBe(first);
  });
});

describe('afterFirstSession', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => void vi.useRealTimers());

  it('waits for the first session to be painted, then runs once, in a task of its own', () => {
    const task = vi.fn();
    afterFirstSession(task, 3_000);
    markOnce('feed:received');
    markOnce('render:committed');
    vi.advanceTimersByTime(2_000);
    expect(task).not.toHaveBeenCalled();
    markOnce('session:painted');
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback when no session is painted, and not again when one is', () => {
    const task = vi.fn();
    afterFirstSession(task, 3_000);
    vi.advanceTimersByTime(2_999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    markOnce('session:painted');
    vi.advanceTimersByTime(5_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('once the first session is painted, runs after the next paint (a refetch shows first, then saves)', () => {
    markOnce('session:painted');
    const task = vi.fn();
    afterFirstSession(task, 3_000);
    expect(task).not.toHaveBeenCalled();
    // No frames here: afterNextPaint's own fallback for a tab that paints nothing.
    vi.advanceTimersByTime(1_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
