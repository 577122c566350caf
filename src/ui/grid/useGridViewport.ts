// Follows the grid's scroll box (at most once a frame) for a big day, so the
// grid renders only the sessions near the screen.
import { startTransition, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { GRID_OVERSCAN, type GridViewport } from '../../schedule/grid.ts';

function sameViewport(a: GridViewport | undefined, b: GridViewport | undefined): boolean {
  if (!a || !b) return a === b;
  return (Object.keys(a) as (keyof GridViewport)[]).every((key) => a[key] === b[key]);
}

function measure(box: HTMLElement): GridViewport | undefined {
  const content = box.firstElementChild;
  const column = box.querySelector('.grid-column');
  if (!content || !column) return undefined;
  const contentRect = content.getBoundingClientRect();
  const columnRect = column.getBoundingClientRect();
  return {
    scrollTop: box.scrollTop,
    scrollLeft: box.scrollLeft,
    width: box.clientWidth,
    height: box.clientHeight,
    columnsTop: columnRect.top - contentRect.top,
    columnsLeft: columnRect.left - contentRect.left,
    columnWidth: columnRect.width,
  };
}

export interface GridLook {
  viewport: GridViewport;
  /** How many screens around it to render on each side: none before the first paint. */
  overscan: number;
}

/**
 * The grid's scroll box as last measured, and how much margin to render
 * around it. `content` is what the grid shows (the day's layout): new
 * content starts again from the screenful alone, as the first open does.
 */
export function useGridViewport(boxRef: RefObject<HTMLElement | null>, enabled: boolean, content: unknown): GridLook | undefined {
  const [firstLook, setFirstLook] = useState<GridViewport>();
  const [viewport, setViewport] = useState<GridViewport>();
  // The margin grows in two steps, each a transition a frame after the one
  // before: the cells it adds are laid out in the frame that commits them,
  // which React cannot slice, so half the margin per frame halves that frame.
  // Another day (or filter) starts again from no margin: its cells are all
  // new, and with the whole margin at once, a tap on the 5,000 feed's busiest
  // day's tab painted 265 cells in one urgent task.
  const [margin, setMargin] = useState({ content, overscan: GRID_OVERSCAN / 2 });
  const overscan = margin.content === content ? margin.overscan : 0;
  // The box is measured before the first paint, with the sessions not yet in
  // it (one layout of an empty grid): the first frame then draws what is on
  // screen. A guess from the window's size drew twice as many (on a 1280×800
  // screen the box is 900×620 px, below the toolbar), ~290 cells for ~120.
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (enabled && box) setFirstLook(measure(box));
  }, [boxRef, enabled]);
  useEffect(() => {
    const box = boxRef.current;
    if (!enabled || !box) return;
    let frame = 0;
    let last: GridViewport | undefined;
    // A measure equal to the last one sets nothing: the ResizeObserver's own
    // first call, a frame after the margin's transition started, would
    // otherwise render the margin again as an urgent update, in one piece.
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = measure(box);
        if (sameViewport(next, last)) return;
        last = next;
        setViewport(next);
      });
    };
    // The first frame paints the screenful measured before it; the margin
    // around it (some 150 more cells on a busy day) follows a frame later,
    // as a transition: React renders it in slices of a few milliseconds, so a
    // tap or a scroll right after the grid appears is answered between them
    // (in one piece it was a 67-90 ms task). A scroll's window stays urgent:
    // cells coming into sight must not wait.
    frame = requestAnimationFrame(() => {
      const first = measure(box);
      last = first;
      startTransition(() => setViewport(first));
    });
    box.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      box.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [boxRef, enabled]);
  useEffect(() => {
    if (!enabled || !viewport || overscan === GRID_OVERSCAN) return;
    const next = overscan === 0 ? GRID_OVERSCAN / 2 : GRID_OVERSCAN;
    const frame = requestAnimationFrame(() => startTransition(() => setMargin({ content, overscan: next })));
    return () => cancelAnimationFrame(frame);
  }, [enabled, viewport, overscan, content]);
  if (!enabled) return undefined;
  if (viewport) return { viewport, overscan };
  return firstLook && { viewport: firstLook, overscan: 0 };
}
