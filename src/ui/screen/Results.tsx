// Which view the results area shows, decided by early returns: My schedule;
// an empty result with a way out; the grid (its own chunk); else the list.
import { Suspense, useEffect, useState } from 'react';
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
import { preloadable } from '../shell/preloadable.tsx';

// The grid and My schedule are chunks of their own: the list paints first,
// and they are fetched when the page is idle (or at once when asked for),
// so the first switch to them renders without a loading state.
const GridView = preloadable(() => import('../grid/GridView.tsx').then((module) => module.GridView));
const MyScheduleView = preloadable(() => withLaterStrings(import('../mine/MyScheduleView.tsx')).then((module) => module.MyScheduleView));
const PREFETCH_VIEWS_MS = 1000;

/** Fetches the other views' chunks (and `more`, such as a session's detail) a second after the screen opens. */
export function usePrefetchViews(...more: (() => Promise<unknown>)[]): void {
  const [preloads] = useState(() => [GridView.preload, MyScheduleView.preload, LazySpeakersView.preload, ...more]);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      for (const preload of preloads) void preload().catch(() => undefined);
    }, PREFETCH_VIEWS_MS);
    return () => window.clearTimeout(timer);
  }, [preloads]);
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
        <MyScheduleView.Component
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
      <LazySpeakersView.Component
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
        <GridView.Component
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
