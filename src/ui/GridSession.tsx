import type { GridItem } from '../schedule/grid.ts';
import { formatTime } from '../schedule/time.ts';
import { useDisplay } from './display.ts';
import { LocalizedText } from './LocalizedText.tsx';
import { sessionHref } from './sessionLink.ts';

interface Props {
  item: GridItem;
  firstMinute: number;
  pxPerMinute: number;
  color?: string;
  onOpen: (id: string) => void;
}

export function GridSession({ item, firstMinute, pxPerMinute, color, onOpen }: Props) {
  const { locale, timeZone } = useDisplay();
  const { session } = item;
  return (
    <a
      className="grid-session"
      data-session-id={session.id}
      href={sessionHref(session.id)}
      style={{
        top: (item.startMinute - firstMinute) * pxPerMinute,
        height: Math.max((item.endMinute - item.startMinute) * pxPerMinute - 2, 18),
        left: `${(item.lane / item.lanes) * 100}%`,
        width: `${100 / item.lanes}%`,
        borderInlineStartColor: color,
      }}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onOpen(session.id);
      }}
    >
      <time dateTime={new Date(session.start).toISOString()}>{formatTime(session.start, locale, timeZone)}</time>{' '}
      <LocalizedText text={session.title} className="grid-session-title" />
    </a>
  );
}
