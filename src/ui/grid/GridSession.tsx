import { memo } from 'react';
import type { GridItem } from '../../schedule/grid.ts';
import type { LiveStatus } from '../../schedule/live.ts';
import { LiveBadge } from '../session/LiveBadge.tsx';
import { pickText } from '../../schedule/localize.ts';
import { formatTime, toIsoInstant } from '../../model/time.ts';
import { useDisplay } from '../shell/display.ts';
import { FeedText } from '../session/FeedText.tsx';
import { sessionLinkProps } from '../session/sessionLink.ts';
import { StarButton } from '../session/StarButton.tsx';
import { displayName } from '../../model/schedule.ts';

interface Props {
  item: GridItem;
  firstMinute: number;
  pxPerMinute: number;
  color?: string;
  starred: boolean;
  status?: LiveStatus;
  onOpen: (id: string) => void;
  onToggleFavorite: (id: string) => void;
}

// Memoised: a scroll of a big day re-renders the window, and the cells that
// stay in it have the same props (the layout's items are made once per day).
export const GridSession = memo(function GridSession({
  item,
  firstMinute,
  pxPerMinute,
  color,
  starred,
  status,
  onOpen,
  onToggleFavorite,
}: Props) {
  const { language, locale, timeZone } = useDisplay();
  const { session } = item;
  return (
    <div
      className={starred ? 'grid-session starred' : 'grid-session'}
      data-session-id={session.id}
      style={{
        top: (item.startMinute - firstMinute) * pxPerMinute,
        height: Math.max((item.endMinute - item.startMinute) * pxPerMinute - 2, 18),
        left: `${(item.lane / item.lanes) * 100}%`,
        width: `${100 / item.lanes}%`,
        '--track': color,
      }}
    >
      <a {...sessionLinkProps(session.id, onOpen)}>
        <time dateTime={toIsoInstant(session.start)}>{formatTime(session.start, locale, timeZone)}</time> <LiveBadge status={status} />{' '}
        <FeedText text={session.title} className="grid-session-title" />
        {session.speakers.length > 0 && (
          // Shown where the cell is tall enough; the cell clips the rest.
          <span className="grid-session-speakers">{session.speakers.map((speaker) => displayName(speaker.name)).join(', ')}</span>
        )}
      </a>
      <StarButton starred={starred} title={pickText(session.title, language).text} onToggle={() => onToggleFavorite(session.id)} />
    </div>
  );
});
