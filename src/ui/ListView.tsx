import { useMemo } from 'react';
import type { Session } from '../feed/parse.ts';
import type { Track } from '../feed/schema.ts';
import { liveStatus } from '../schedule/live.ts';
import { formatDayLong, groupByDay } from '../schedule/time.ts';
import { useDisplay } from './display.ts';
import { SessionCard } from './SessionCard.tsx';

interface Props {
  sessions: readonly Session[];
  tracksById: ReadonlyMap<string, Track>;
  favorites: ReadonlySet<string>;
  /** Per session id, the titles of the sessions it clashes with. */
  clashes?: ReadonlyMap<string, readonly string[]>;
  /** The clock reading while the event runs; no live marks otherwise. */
  now?: number;
  onOpen: (id: string) => void;
  onToggleFavorite: (id: string) => void;
}

export function ListView({ sessions, tracksById, favorites, clashes, now, onOpen, onToggleFavorite }: Props) {
  const { t, locale, timeZone } = useDisplay();
  const days = useMemo(() => groupByDay(sessions, timeZone), [sessions, timeZone]);
  if (days.length === 0) return <p className="empty">{t('list.empty')}</p>;
  return (
    <div className="list-view">
      {days.map(({ day, items }) => (
        <section key={day} className="day" aria-labelledby={`day-${day}`}>
          <header className="day-header">
            <h2 id={`day-${day}`} className="day-heading">
              <time dateTime={day}>{formatDayLong(day, locale)}</time>
            </h2>
            <span className="day-count">{t('list.sessionCount', { count: items.length })}</span>
          </header>
          {items.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              track={session.track ? tracksById.get(session.track) : undefined}
              starred={favorites.has(session.id)}
              status={now === undefined ? undefined : liveStatus(session, now)}
              clashesWith={clashes?.get(session.id)}
              onOpen={onOpen}
              onToggleFavorite={onToggleFavorite}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
