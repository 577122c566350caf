// Which view the results area shows, decided by early returns: My schedule;
// an empty result with a way out; the grid (its own chunk); else the list.
import { Suspense, useEffect, useState } from 'react';
import type { Schedule, Session, Track } from '../../model/schedule.ts';
import type { DayKey } from '../../model/time.ts';
import { hasActiveFilters, type Filters } from '../../schedule/filter.ts';
import type { ViewMode } from '../../state/urlState.ts';
import { ListView, useByDay } from '../list/ListView.tsx';
import type { Favorites } from '../mine/useFavorites.ts';
import type { ScrollRequest } from '../viewProps.ts';
import { useDisplay } from '../shell/display.ts';
import { withLaterStrings } from '../../i18n/setup.ts';
import { LazySpeakersView } from '../speakers/lazySpeakers.tsx';
import { preloadable } from '../shell/preloadable.tsx';
import { afterNextPaint, whenIdle } from '../../lib/later.ts';

// The grid and My schedule are chunks of their own: the list paints first,
// and they are fetched in the first idle moment after that paint (or at once
// when asked for), so the first switch to them renders without a loading
// state. (A second's timer lost to a quick first tap: the bench's switch to
// the grid came before it, and took 380 ms instead of 110.)
const GridView = preloadable(() => withLaterStrings(import('../grid/GridView.tsx')).then((module) => module.GridView));
const MyScheduleView = preloadable(() => withLaterStrings(import('../mine/MyScheduleView.tsx')).then((module) => module.MyScheduleView));
const PREFETCH_WITHIN_MS = 1000;
const PREFETCH_FALLBACK_MS = 200;

/** Fetches the other views' chunks (and `more`, such as a session's detail) once the list is painted and the page idle. */
export function usePrefetchViews(...more: (() => Promise<unknown>)[]): void {
  const [preloads] = useState(() => [GridView.preload, MyScheduleView.preload, LazySpeakersView.preload, ...more]);
  useEffect(() => {
    let cancelIdle: (() => void) | undefined;
    const preloadAll = () => {
      for (const preload of preloads) void preload().catch(() => undefined);
    };
    const cancelPaint = afterNextPaint(() => (cancelIdle = whenIdle(preloadAll, PREFETCH_WITHIN_MS, PREFETCH_FALLBACK_MS)));
    return () => {
      cancelPaint();
      cancelIdle?.();
    };
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

const NONE: Session[] = [];

export function Results(props: Props) {
  const { view, schedule, tracksById, shown, favorites, now, scrollRequest, onOpen } = props;
  const { t } = useDisplay();
  // The shown sessions by local day, for the list and the grid alike: a
  // switch between them regroups nothing (5,000 sessions took ~10 ms a pass).
  const byDay = useByDay(view === 'list' || view === 'grid' ? shown : NONE);
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
          byDay={byDay}
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
      byDay={byDay}
      scrollRequest={scrollRequest}
      tracksById={tracksById}
      starredIds={favorites.set}
      now={now}
      onOpen={onOpen}
      onToggleFavorite={favorites.toggle}
    />
  );
}
