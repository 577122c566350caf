// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GRID_OVERSCAN } from '../../schedule/grid.ts';
import { useGridViewport } from './useGridViewport.ts';

/** A scroll box as the grid renders it: its content, with a column inside. */
function gridBox(): { current: HTMLElement } {
  const box = document.createElement('div');
  box.innerHTML = '<div class="grid"><div class="grid-column"></div></div>';
  document.body.append(box);
  return { current: box };
}

/** Until the margin is whole: each of its steps waits for a frame. */
const untilWhole = (seen: readonly (number | undefined)[]) =>
  waitFor(() => expect(seen[seen.length - 1]).toBe(GRID_OVERSCAN), { timeout: 10_000 });

describe('useGridViewport', () => {
  it('draws the screenful alone first, then the margin in two steps', async () => {
    const box = gridBox();
    const seen: (number | undefined)[] = [];
    renderHook(() => seen.push(useGridViewport(box, true, 'day 1')?.overscan));
    expect(seen[seen.length - 1]).toBe(0);
    await untilWhole(seen);
    expect(seen).toContain(GRID_OVERSCAN / 2);
  });

  it('starts again from the screenful alone when the content changes (another day)', async () => {
    const box = gridBox();
    const seen: (number | undefined)[] = [];
    const { rerender } = renderHook(({ content }) => seen.push(useGridViewport(box, true, content)?.overscan), {
      initialProps: { content: 'day 1' },
    });
    await untilWhole(seen);
    seen.length = 0;
    rerender({ content: 'day 2' });
    // The tap's own render: the new day's screenful, no margin.
    expect(seen).toEqual([0]);
    await untilWhole(seen);
    expect(seen).toEqual([0, GRID_OVERSCAN / 2, GRID_OVERSCAN]);
  });

  it('renders nothing of its own for a day too small to window', () => {
    const box = gridBox();
    const { result } = renderHook(() => useGridViewport(box, false, 'small day'));
    expect(result.current).toBeUndefined();
  });
});
