// Long views draw in two steps: the first screenful at once, the rest just
// after that frame is painted (the list's cards, the Speakers view's
// entries). A new `content` starts again at the first screenful. Not a React
// transition: one that each new filter restarts can starve on a busy machine
// and leave the view half drawn.
import { useEffect, useState } from 'react';
import { afterNextPaint } from '../../lib/later.ts';

/** False for the first render of each new `content` (identity), true from the render after its first paint. */
export function useCompleteAfterPaint(content: unknown): boolean {
  const [completeFor, setCompleteFor] = useState<unknown>();
  const complete = completeFor === content;
  useEffect(() => {
    if (complete) return;
    return afterNextPaint(() => setCompleteFor(() => content));
  }, [complete, content]);
  return complete;
}
