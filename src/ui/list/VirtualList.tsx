// The list for big feeds: day headings and cards flattened into rows, and
// only the rows near the screen in the page. Heights are measured as rows
// appear; the estimates only place rows nobody has seen yet.
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DayKey } from '../../model/time.ts';
import type { ListBodyProps } from '../viewProps.ts';
import { DayHeader, ListCard } from './ListCard.tsx';
import type { Session } from '../../model/schedule.ts';

type Row = { kind: 'day'; day: DayKey; count: number } | { kind: 'session'; session: Session };

const ESTIMATED_DAY = 64;
const ESTIMATED_CARD = 230;

export function VirtualList({ days, options, scrollRequest }: ListBodyProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(
    () =>
      days.flatMap<Row>(({ day, items }) => [
        { kind: 'day', day, count: items.length },
        ...items.map((session): Row => ({ kind: 'session', session })),
      ]),
    [days],
  );
  // Where the list starts in the page: the window scrolls, not the list.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const top = listRef.current?.getBoundingClientRect().top;
    if (top !== undefined) setScrollMargin(top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => (rows[index]?.kind === 'day' ? ESTIMATED_DAY : ESTIMATED_CARD),
    getItemKey: (index) => {
      const row = rows[index];
      return row?.kind === 'session' ? row.session.id : `day-${row?.day ?? index}`;
    },
    overscan: 4,
    scrollMargin,
  });

  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!scrollRequest?.sessionId || handled.current === scrollRequest.seq) return;
    handled.current = scrollRequest.seq;
    const index = rows.findIndex((row) => row.kind === 'session' && row.session.id === scrollRequest.sessionId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [scrollRequest, rows, virtualizer]);

  const items = virtualizer.getVirtualItems();
  return (
    <div className="list-view virtual-list" ref={listRef} style={{ height: virtualizer.getTotalSize() }}>
      <div className="virtual-window" style={{ transform: `translateY(${(items[0]?.start ?? 0) - scrollMargin}px)` }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="virtual-row">
              {row.kind === 'day' ? <DayHeader day={row.day} count={row.count} /> : <ListCard session={row.session} options={options} />}
            </div>
          );
        })}
      </div>
    </div>
  );
}
