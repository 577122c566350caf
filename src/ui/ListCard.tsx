import { liveStatus } from '../schedule/live.ts';
import { formatDayLong, type DayGroup, type DayKey } from '../model/time.ts';
import { useDisplay } from './display.ts';
import { SessionCard } from './SessionCard.tsx';
import type { Session, Track } from '../model/schedule.ts';

/** What every card of a list shares: lookups, the viewer's stars, the clock, the handlers. */
export interface CardOptions {
  tracksById: ReadonlyMap<string, Track>;
  favorites: ReadonlySet<string>;
  /** Per session id, the titles of the sessions it clashes with. */
  clashes?: ReadonlyMap<string, readonly string[]>;
  /** The clock reading while the event runs; no live marks otherwise. */
  now?: number;
  onOpen: (id: string) => void;
  onToggleFavorite: (id: string) => void;
}

/** Asks a view to bring a session into sight; a new `seq` asks again. */
export interface ScrollRequest {
  seq: number;
  sessionId?: string;
}

/** What both list bodies (FullList, VirtualList) are handed. */
export interface ListBodyProps {
  days: readonly DayGroup<Session>[];
  options: CardOptions;
  scrollRequest?: ScrollRequest;
}

export function ListCard({ session, options }: { session: Session; options: CardOptions }) {
  const { tracksById, favorites, clashes, now, onOpen, onToggleFavorite } = options;
  return (
    <SessionCard
      session={session}
      track={session.track ? tracksById.get(session.track) : undefined}
      starred={favorites.has(session.id)}
      status={now === undefined ? undefined : liveStatus(session, now)}
      clashesWith={clashes?.get(session.id)}
      onOpen={onOpen}
      onToggleFavorite={onToggleFavorite}
    />
  );
}

export function DayHeader({ day, count }: { day: DayKey; count: number }) {
  const { t, locale } = useDisplay();
  return (
    <header className="day-header">
      <h2 id={`day-${day}`} className="day-heading">
        <time dateTime={day}>{formatDayLong(day, locale)}</time>
      </h2>
      <span className="day-count">{t('list.sessionCount', { count })}</span>
    </header>
  );
}
