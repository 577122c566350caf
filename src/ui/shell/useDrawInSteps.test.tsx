// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDrawInSteps } from './useDrawInSteps.ts';

// afterNextPaint runs a task a frame after the paint, or after a second where
// no frame comes: advancing the clock by a second stands for one paint.
const paint = () => act(() => void vi.advanceTimersByTime(1_000));

describe('useDrawInSteps', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('draws the first screenful, then a step more after each paint, and stops at the total', () => {
    const { result } = renderHook(() => useDrawInSteps('all 65', { first: 8, step: 24, total: 65 }));
    expect(result.current).toBe(8);
    paint();
    expect(result.current).toBe(32);
    paint();
    expect(result.current).toBe(56);
    paint();
    expect(result.current).toBe(65);
    paint();
    expect(result.current).toBe(65);
  });

  it('starts again at the first screenful when the content changes', () => {
    const { result, rerender } = renderHook(({ content }) => useDrawInSteps(content, { first: 8, step: 24, total: 65 }), {
      initialProps: { content: 'before' },
    });
    paint();
    expect(result.current).toBe(32);
    rerender({ content: 'after' });
    expect(result.current).toBe(8);
    paint();
    expect(result.current).toBe(32);
  });

  it('draws the rest at once after the first paint with an endless step, and never more than there is', () => {
    const { result } = renderHook(() => useDrawInSteps('speakers', { first: 12, step: Infinity, total: 400 }));
    expect(result.current).toBe(12);
    paint();
    expect(result.current).toBe(400);
    const few = renderHook(() => useDrawInSteps('three', { first: 12, step: Infinity, total: 3 }));
    expect(few.result.current).toBe(3);
  });
});
