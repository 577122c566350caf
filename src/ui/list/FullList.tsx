// Every card in the page, in steps (useDrawInSteps): the first screenful at
// once, then a couple of dozen more after each paint. A filter that brings
// back fifty cards paints the top of the list in the time a few take, and no
// step after it holds the page for long: IstioCon's 57 other cards drawn in
// one go were a 135-143 ms task right after the first paint on a slow 2-core
// machine, in the way of the first tap; each step of 24 now renders in slices
// of a few milliseconds (useDrawInSteps).
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { DayKey } from '../../model/time.ts';
import type { ListBodyProps, ScrollRequest } from '../viewProps.ts';
import { DayJump } from './DayJump.tsx';
import { DayHeader, ListCard } from './ListCard.tsx';
import { useDrawInSteps } from '../shell/useDrawInSteps.ts';

// The first step fills the screen and no more: no card is shorter than
// SHORTEST_CARD_PX (162 px on a 360 px phone, 209 on a desktop), and the
// list starts at least that far down (163 px on a phone, 218 on a desktop,
// 279 on a tablet), so a 740-800 px screen shows three cards and gets four,
// a 1440 px one six and gets eight. Each card drawn before the paint is time
// a filter tap waits: a fixed 8 (for the tallest screens) made a chip that
// brings the cards back 55 ms at p50 on a slow 2-core machine, 5 made it 39.
const SHORTEST_CARD_PX = 160;
const screenfulOfCards = () => Math.min(12, Math.max(3, Math.ceil(window.innerHeight / SHORTEST_CARD_PX) - 1));
// Cards added after each paint until all are in.
const STEP = 24;

interface ScrollTarget {
  selector: string;
  block: ScrollLogicalPosition;
  /** Inside the target, what takes the focus once there: the next Tab goes on from it, not from the day tabs far above. */
  focus?: string;
}

function scrollIfDrawn(list: HTMLElement | null, waiting: RefObject<ScrollTarget | undefined>, complete: boolean): void {
  const target = waiting.current;
  if (!target) return;
  const found = list?.querySelector(target.selector);
  if (!found && !complete) return;
  waiting.current = undefined;
  found?.scrollIntoView({ block: target.block });
  if (target.focus) found?.querySelector<HTMLElement>(target.focus)?.focus({ preventScroll: true });
}

export function FullList({ days, options, scrollRequest }: ListBodyProps) {
  const listRef = useRef<HTMLDivElement>(null);
  // Where the newest ask lands: the day a tab jumped to, or the card "jump to
  // now" asked for (scrollRequest) if it came later. The cards within a
  // screenful of it (`landing`, among all the cards) are laid out as they are
  // drawn, like the first screenful's.
  const [jumped, setJumped] = useState<{ day: DayKey; after?: ScrollRequest }>();
  const askedDay = jumped?.after === scrollRequest ? jumped?.day : undefined;
  const askedId = askedDay === undefined ? scrollRequest?.sessionId : undefined;
  let total = 0;
  let landing = -Infinity;
  for (const { day, items } of days) {
    if (day === askedDay) landing = total;
    else if (askedId !== undefined) {
      const at = items.findIndex((session) => session.id === askedId);
      if (at >= 0) landing = total + at;
    }
    total += items.length;
  }
  const screenful = screenfulOfCards();
  const drawn = useDrawInSteps(days, { first: screenful, step: STEP, total });
  const complete = drawn >= total;

  // What "jump to now" or a day tab asked to see, scrolled to as soon as a
  // step has drawn it (a later day's heading or card may not be in the page
  // yet) and dropped if every card is in without it. A newer ask replaces an
  // older one still waiting. Scrolled before the paint (layout effects),
  // after the render that draws its cards `eager`.
  const waiting = useRef<ScrollTarget>(undefined);
  useLayoutEffect(() => {
    if (scrollRequest?.sessionId)
      waiting.current = { selector: `[data-session-id="${CSS.escape(scrollRequest.sessionId)}"]`, block: 'center' };
  }, [scrollRequest]);
  useLayoutEffect(() => scrollIfDrawn(listRef.current, waiting, complete), [scrollRequest, drawn, complete, jumped]);
  const jumpTo = (day: DayKey) => {
    waiting.current = { selector: `[aria-labelledby=${CSS.escape(`day-${day}`)}] > .day-header`, block: 'start', focus: 'h2' };
    setJumped({ day, after: scrollRequest });
  };

  let budget = drawn;
  // The first screenful's cards are laid out as they are drawn (`eager`).
  // With content-visibility: auto, a card a filter moved up onto the screen
  // kept its contents skipped until Chromium's check after the next frame:
  // that frame showed empty boxes, the titles one or two frames later. A jump
  // did the same to the cards it lands on, and to those just above: the last
  // card of the day before shows its bottom above a day's heading.
  let place = 0;
  const sections = [];
  for (const { day, items } of days) {
    if (budget <= 0) break;
    const rendered = items.length <= budget ? items : items.slice(0, budget);
    budget -= rendered.length;
    sections.push(
      <section key={day} className="day" aria-labelledby={`day-${day}`}>
        <DayHeader day={day} count={items.length} />
        {rendered.map((session) => {
          const at = place++;
          return (
            <ListCard key={session.id} session={session} options={options} eager={at < screenful || Math.abs(at - landing) <= screenful} />
          );
        })}
      </section>,
    );
  }
  return (
    <>
      <DayJump days={days} onJump={jumpTo} />
      <div className="list-view" ref={listRef} aria-busy={!complete}>
        {sections}
      </div>
    </>
  );
}
