// Which view the results area shows, decided by early returns: My schedule;
// an empty result with a way out; the grid (its own chunk); else the list.
import { lazy, Suspense, useEffect } from 'react';
import type { Schedule, Session, Track } from '../../model/schedule.ts';
import type { DayKey } from '../../model/time.ts';
import { hasActiveFilters, type Filters } from '../../schedule/filter.ts';
import type { ViewMode } from '../../state/urlState.ts';
import { ListView } from '../list/ListView.tsx';
import type { Favorites } from '../mine/useFavorites.ts';
import type { ScrollRequest } from '../viewProps.ts';
import { useDisplay } from '../shell/display.ts';
import { withLaterStrings } from '../../i18n/setup.ts';
import { LazySpeakersView } from '../speakers/lazySpeakers.tsx';

// The grid is its own chunk: the list paints first, the grid loads when idle
// (or at once when it is the view asked for).
const loadGridView = () => import('../grid/GridView.tsx');
const GridView = lazy(() => loadGridView().then((module) => ({ default: module.GridView })));
const GRID_PREFETCH_MS = 1000;
// My schedule is a view of its own: the list's first paint does not wait for it.
const MyScheduleView = lazy(() =>
  withLaterStrings(import('../mine/MyScheduleView.tsx')).then((module) => ({ default: module.MyScheduleView })),
);

/** Fetches the grid's chunk a second after the screen opens. */
export function usePrefetchGrid(): void {
  useEffect(() => {
    const timer = window.setTimeout(() => void loadGridView().catch(() => undefined), GRID_PREFETCH_MS);
    return () => window.clearTimeout(timer);
  }, []);
}

interface Props {
  view: ViewMode;
  schedule: Schedule;
  tracksById: ReadonlyMap<string, Track>;
  shown: Session[];
  filters: Filters;
  days: readonly DayKey[];
  day: DayKey | undefined;
  favorites: Favorites;
  /** Favorites no longer in the feed, as last seen, to keep naming them. */
  cancelled?: ReadonlyMap<string, Session>;
  /** The event clock: undefined outside the event. */
  now: number | undefined;
  scrollRequest: ScrollRequest | undefined;
  onOpen: (id: string) => void;
  onOpenSpeaker: (id: string) => void;
  onDayChange: (day: DayKey) => void;
  onClearFilters: () => void;
  onExportStarred: () => void;
}

export function Results(props: Props) {
  const { view, schedule, tracksById, shown, favorites, now, scrollRequest, onOpen } = props;
  const { t } = useDisplay();
  if (view === 'mine') {
    return (
      <Suspense fallback={<p className="feed-loading">{t('list.loading')}</p>}>
        <MyScheduleView
          schedule={schedule}
          tracksById={tracksById}
          favorites={favorites}
          cancelled={props.cancelled}
          onOpen={onOpen}
          onExport={props.onExportStarred}
        />
      </Suspense>
    );
  }
  if (view === 'speakers') {
    return (
      <LazySpeakersView
        schedule={schedule}
        query={props.filters.q}
        loading={t('list.loading')}
        onOpenSpeaker={props.onOpenSpeaker}
        onOpenSession={onOpen}
      />
    );
  }
  if (shown.length === 0 && hasActiveFilters(props.filters)) {
    return (
      <div className="empty-results">
        <p>{t('filters.noMatch')}</p>
        <button type="button" className="button" onClick={props.onClearFilters}>
          {t('filters.clearAll')}
        </button>
      </div>
    );
  }
  if (view === 'grid' && props.day) {
    return (
      <Suspense fallback={<p className="feed-loading">{t('grid.loading')}</p>}>
        <GridView
          schedule={schedule}
          sessions={shown}
          days={props.days}
          day={props.day}
          onDayChange={props.onDayChange}
          starredIds={favorites.set}
          now={now}
          scrollRequest={scrollRequest}
          onOpen={onOpen}
          onToggleFavorite={favorites.toggle}
        />
      </Suspense>
    );
  }
  return (
    <ListView
      sessions={shown}
      scrollRequest={scrollRequest}
      tracksById={tracksById}
      starredIds={favorites.set}
      now={now}
      onOpen={onOpen}
      onToggleFavorite={favorites.toggle}
    />
  );
}
