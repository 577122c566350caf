// My schedule: the starred sessions by local day, clashes flagged on both
// sides, a summary, export and share; and any starred session the feed no
// longer has, kept rather than silently dropped.
import { useMemo } from 'react';
import { findClashes, totalDuration } from '../../schedule/conflicts.ts';
import { pickText } from '../../schedule/localize.ts';
import { starredSessions } from '../../schedule/filter.ts';
import { splitByFeed } from '../../state/favorites.ts';
import { useDisplay } from '../shell/display.ts';
import { ListView, useByDay } from '../list/ListView.tsx';
import { ShareButton } from './ShareButton.tsx';
import type { Favorites } from './useFavorites.ts';
import { agendaLink } from '../../state/links.ts';
import type { Schedule, Session, Track } from '../../model/schedule.ts';
import { FeedText } from '../session/FeedText.tsx';
import { formatDuration } from '../shell/formatDuration.ts';

interface Props {
  schedule: Schedule;
  tracksById: ReadonlyMap<string, Track>;
  favorites: Favorites;
  /** Sessions gone from the feed while the page was open (or since the last visit), by id. */
  cancelled?: ReadonlyMap<string, Session>;
  onOpen: (id: string) => void;
  onExport: () => void;
}

export function MyScheduleView({ schedule, tracksById, favorites, cancelled, onOpen, onExport }: Props) {
  const { t, language } = useDisplay();
  const starred = useMemo(() => starredSessions(schedule.sessions, favorites.set), [schedule, favorites.set]);
  const byDay = useByDay(starred);
  const missing = useMemo(
    () => splitByFeed(favorites.ids, new Set(schedule.sessions.map((session) => session.id))).missing,
    [schedule, favorites.ids],
  );
  const clashes = useMemo(() => {
    const titleOf = new Map(starred.map((session) => [session.id, pickText(session.title, language).text]));
    const byId = new Map<string, string[]>();
    for (const [id, others] of findClashes(starred))
      byId.set(
        id,
        others.map((other) => titleOf.get(other) ?? other),
      );
    return byId;
  }, [starred, language]);
  const duration = formatDuration(totalDuration(starred), t);

  if (favorites.ids.length === 0) return <p className="empty">{t('mine.empty')}</p>;
  return (
    <div className="my-schedule">
      <div className="mine-summary">
        <p>
          {t('mine.summary', { count: starred.length, duration })}
          {clashes.size > 0 && <> · {t('mine.clashCount', { count: clashes.size })}</>}
        </p>
        <div className="mine-actions">
          <button type="button" className="button" onClick={onExport} disabled={starred.length === 0}>
            {t('calendar.exportMine')}
          </button>
          <ShareButton label={t('mine.share')} url={agendaLink(starred.map((session) => session.id))} />
        </div>
      </div>
      <ListView
        byDay={byDay}
        tracksById={tracksById}
        starredIds={favorites.set}
        clashes={clashes}
        onOpen={onOpen}
        onToggleFavorite={favorites.toggle}
      />
      {missing.length > 0 && (
        <section className="missing" aria-labelledby="missing-heading">
          <h2 id="missing-heading">{t('mine.missingTitle')}</h2>
          <p className="muted">{t('mine.missingHelp')}</p>
          <ul>
            {missing.map((id) => (
              <li key={id} data-session-id={id}>
                <MissingFavorite id={id} session={cancelled?.get(id)} />{' '}
                <button type="button" className="link-button" onClick={() => favorites.toggle(id)}>
                  {t('mine.forget')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** A starred session no longer in the feed: by title, marked cancelled, when the page saw it go; else its id. */
function MissingFavorite({ id, session }: { id: string; session: Session | undefined }) {
  const { t } = useDisplay();
  if (!session) return <code>{id}</code>;
  return (
    <>
      <span className="badge badge-cancelled">{t('changes.cancelledMark')}</span> <FeedText text={session.title} />
    </>
  );
}
