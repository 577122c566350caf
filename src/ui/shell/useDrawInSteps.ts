// Long views draw in steps: the first screenful at once, then a few more
// items after each paint until every one is in (the list's cards, the
// Speakers view's entries). A new `content` starts again at the first
// screenful. Each step is a small transition of its own: React renders it in
// slices of a few milliseconds, so a tap between slices is answered at once
// (a step rendered in one piece took 130-200 ms on a phone-speed CPU), and a
// new filter, an urgent update, goes first. One transition for the whole rest
// would be restarted by every new filter and could starve; a step that is
// restarted loses one step.
import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../../lib/later.ts';

interface Steps {
  /** Items in the first render of each new `content`. */
  first: number;
  /** Items added after each paint; Infinity draws the rest at once. */
  step: number;
  /** Items there are: drawing stops once the count reaches it. */
  total: number;
}

/** How many items of `content` to draw in this render: `first`, then `step` more after each paint, up to `total`. */
export function useDrawInSteps(content: unknown, { first, step, total }: Steps): number {
  const [drawn, setDrawn] = useState<{ content: unknown; count: number }>();
  const count = drawn !== undefined && drawn.content === content ? drawn.count : first;
  const complete = count >= total;
  useEffect(() => {
    if (complete) return;
    return afterNextPaint(() => startTransition(() => setDrawn({ content, count: count + step })));
  }, [complete, content, count, step]);
  return Math.min(count, total);
}
