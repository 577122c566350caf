// Follows the grid's scroll box (at most once a frame) for a big day, so the
// grid renders only the sessions near the screen.
import { useEffect, useState, type RefObject } from 'react';
import type { GridViewport } from '../../schedule/grid.ts';

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

export function useGridViewport(boxRef: RefObject<HTMLElement | null>, enabled: boolean): GridViewport | undefined {
  const [viewport, setViewport] = useState<GridViewport>();
  useEffect(() => {
    const box = boxRef.current;
    if (!enabled || !box) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setViewport(measure(box)));
    };
    // The first frame paints the screenful GridView guessed; the measured
    // window (with its margin off screen) follows a frame later.
    update();
    box.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      box.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [boxRef, enabled]);
  return enabled ? viewport : undefined;
}
