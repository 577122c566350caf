// Every card in the page, in two steps (useCompleteAfterPaint): the first
// screenful at once, the rest just after that frame is painted. A filter that
// brings back fifty cards then paints the top of the list in the time a few take.
import { useEffect, useRef } from 'react';
import type { ListBodyProps } from '../viewProps.ts';
import { DayHeader, ListCard } from './ListCard.tsx';
import { useCompleteAfterPaint } from '../shell/useCompleteAfterPaint.ts';

// A card is ~220 px tall: 1280×800 and 360×740 screens show three, a
// 2560×1440 one six. Twelve drew four screens' worth before the first paint.
const FIRST_PAINT = 8;

export function FullList({ days, options, scrollRequest }: ListBodyProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const complete = useCompleteAfterPaint(days);

  // Scroll once the card asked for is in the page (it may arrive with the rest).
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!scrollRequest?.sessionId || handled.current === scrollRequest.seq) return;
    const card = listRef.current?.querySelector(`[data-session-id="${CSS.escape(scrollRequest.sessionId)}"]`);
    if (!card && !complete) return;
    handled.current = scrollRequest.seq;
    card?.scrollIntoView({ block: 'center' });
  }, [scrollRequest, complete]);

  let budget = complete ? Infinity : FIRST_PAINT;
  const sections = [];
  for (const { day, items } of days) {
    if (budget <= 0) break;
    const rendered = items.length <= budget ? items : items.slice(0, budget);
    budget -= rendered.length;
    sections.push(
      <section key={day} className="day" aria-labelledby={`day-${day}`}>
        <DayHeader day={day} count={items.length} />
        {rendered.map((session) => (
          <ListCard key={session.id} session={session} options={options} />
        ))}
      </section>,
    );
  }
  return (
    <div className="list-view" ref={listRef} aria-busy={!complete}>
      {sections}
    </div>
  );
}
