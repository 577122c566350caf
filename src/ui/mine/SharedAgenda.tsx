// Someone's shared favorites: shown read-only, added to the viewer's own only
// when they ask.
import { useMemo, useState } from 'react';
import { ListView, useByDay } from '../list/ListView.tsx';
import type { Favorites } from './useFavorites.ts';
import { useDisplay } from '../shell/display.ts';
import type { Schedule, Track } from '../../model/schedule.ts';

interface Props {
  schedule: Schedule;
  tracksById: ReadonlyMap<string, Track>;
  agenda: readonly string[];
  favorites: Favorites;
  onOpen: (id: string) => void;
  onClose: () => void;
}

export function SharedAgenda({ schedule, tracksById, agenda, favorites, onOpen, onClose }: Props) {
  const { t } = useDisplay();
  const [added, setAdded] = useState(false);
  // Ids the feed does not have are ignored: a link cannot invent sessions.
  const sessions = useMemo(() => schedule.sessions.filter((session) => agenda.includes(session.id)), [schedule, agenda]);
  const byDay = useByDay(sessions);
  return (
    <section className="shared-agenda" aria-labelledby="shared-agenda-title">
      <div className="notice notice-info">
        <h2 id="shared-agenda-title">{t('agenda.title', { count: sessions.length })}</h2>
        <p>{t('agenda.readOnly')}</p>
        <div className="mine-actions">
          <button
            type="button"
            className="button"
            disabled={sessions.length === 0 || added}
            onClick={() => {
              favorites.addAll(sessions.map((session) => session.id));
              setAdded(true);
            }}
          >
            {added ? t('agenda.added') : t('agenda.addAll')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('agenda.close')}
          </button>
        </div>
      </div>
      <ListView byDay={byDay} tracksById={tracksById} starredIds={favorites.set} onOpen={onOpen} onToggleFavorite={favorites.toggle} />
    </section>
  );
}
