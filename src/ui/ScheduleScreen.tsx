// The schedule with its filters, the chosen view and the open session.
// Everything derived here (search index, filtered sessions, facet counts) is
// memoised from the feed and the URL state, never stored twice.
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Schedule, Session } from '../feed/parse.ts';
import { useScreenMarks } from '../perf/marks.ts';
import { buildSearchIndex, facetCounts, filterSessions, hasActiveFilters, knownFacetValues, type Filters, type SearchIndex } from '../schedule/filter.ts';
import { daysWithSessions } from '../schedule/grid.ts';
import { currentOrNext, isRunning } from '../schedule/live.ts';
import { dayKeyOf } from '../schedule/time.ts';
import type { ViewState } from '../state/urlState.ts';
import type { UpdateViewState } from '../state/useViewState.ts';
import { ActiveFilters } from './ActiveFilters.tsx';
import { downloadCalendar } from './calendarExport.ts';
import { useDisplay } from './display.ts';
import { facetOptions } from './facetOptions.ts';
import { FavoritesNotice } from './FavoritesNotice.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { FiltersDrawer } from './FiltersDrawer.tsx';
import type { ScrollRequest } from './ListCard.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ListView } from './ListView.tsx';
import { MyScheduleView } from './MyScheduleView.tsx';
import { SessionDetail } from './SessionDetail.tsx';
import { SharedAgenda } from './SharedAgenda.tsx';
import { UpNext } from './UpNext.tsx';
import { useFavorites } from './useFavorites.ts';
import { useNow } from './useNow.ts';
import { ViewSwitch } from './ViewSwitch.tsx';

interface Props {
  schedule: Schedule;
  viewState: ViewState;
  updateView: UpdateViewState;
}

// The grid is its own chunk: the list paints first, the grid loads when idle
// (or at once when it is the view asked for).
const loadGridView = () => import('./GridView.tsx');
const GridView = lazy(() => loadGridView().then((module) => ({ default: module.GridView })));

const NO_INDEX: SearchIndex = new Map();

const NO_FILTERS: Filters = { q: '', languages: [], tracks: [], types: [], favoritesOnly: false };

export function ScheduleScreen({ schedule, viewState, updateView }: Props) {
  const { t } = useDisplay();
  const display = useDisplay();
  const favorites = useFavorites(schedule.conference.id);
  useScreenMarks();
  const tracksById = useMemo(() => new Map(schedule.tracks.map((track) => [track.id, track])), [schedule]);
  // Typing stays responsive: the list catches up with the search box.
  const q = useDeferredValue(viewState.q);
  // The search index takes ~0.2 s on 5,000 sessions: build it just after the
  // first paint, or at once if the page opens on a search.
  const [indexWanted, setIndexWanted] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setIndexWanted(true), 200);
    return () => window.clearTimeout(timer);
  }, []);
  const searching = q.trim() !== '';
  const needIndex = indexWanted || searching;
  const index = useMemo(() => (needIndex ? buildSearchIndex(schedule) : NO_INDEX), [schedule, needIndex]);
  // The URL may name tracks or types this feed does not have: ignore those.
  const known = useMemo(() => knownFacetValues(schedule), [schedule]);
  const languages = useMemo(() => viewState.languages.filter((value) => known.languages.has(value)), [viewState.languages, known]);
  const tracks = useMemo(() => viewState.tracks.filter((value) => known.tracks.has(value)), [viewState.tracks, known]);
  const types = useMemo(() => viewState.types.filter((value) => known.types.has(value)), [viewState.types, known]);
  const { favoritesOnly } = viewState;
  const filters = useMemo<Filters>(() => ({ q, languages, tracks, types, favoritesOnly }), [q, languages, tracks, types, favoritesOnly]);
  // Without a search the index is not read: keep the context (and the list) stable when it arrives.
  const searchIndex = searching ? index : NO_INDEX;
  const context = useMemo(() => ({ index: searchIndex, favorites: favorites.set }), [searchIndex, favorites.set]);
  const shown = useMemo(() => filterSessions(schedule.sessions, filters, context), [schedule, filters, context]);
  const counts = useMemo(() => facetCounts(schedule.sessions, filters, context), [schedule, filters, context]);
  const options = useMemo(() => facetOptions(schedule, display, t), [schedule, display, t]);
  const days = useMemo(() => daysWithSessions(schedule.sessions, display.timeZone), [schedule, display.timeZone]);
  const clock = useNow();
  const running = useMemo(() => isRunning(schedule.sessions, clock), [schedule, clock]);
  // Live marks, the now line and "up next" exist only while the event runs.
  const now = running ? clock : undefined;
  const today = now === undefined ? undefined : dayKeyOf(now, display.timeZone);
  // Without a chosen day, open on today during the event, else on the first
  // day that has a session to show.
  const firstShownDay = shown[0] ? dayKeyOf(shown[0].start, display.timeZone) : undefined;
  const defaultDay = today && days.includes(today) ? today : firstShownDay;
  const day = viewState.day && days.includes(viewState.day) ? viewState.day : (defaultDay ?? days[0]);
  const starredSessions = useMemo(() => schedule.sessions.filter((session) => favorites.set.has(session.id)), [schedule, favorites.set]);
  const openSession = viewState.session ? schedule.sessions.find((session) => session.id === viewState.session) : undefined;
  // Filters start open beside the list on a wide screen, folded away on a phone.
  const [filtersOpen] = useState(() => window.matchMedia('(min-width: 56rem)').matches);

  // "Now" asks the view to scroll: the list to the current session, the grid to its now line.
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest>();
  const jumpToNow = useCallback(() => {
    if (now === undefined) return;
    if (viewState.view === 'grid' && today && days.includes(today) && viewState.day !== today) updateView({ day: today });
    setScrollRequest((previous) => ({ seq: (previous?.seq ?? 0) + 1, sessionId: currentOrNext(shown, now)?.id }));
  }, [now, today, days, shown, viewState.view, viewState.day, updateView]);
  // During the event, open at now (once, and not over a deep-linked session).
  const jumpedOnOpen = useRef(false);
  useEffect(() => {
    if (jumpedOnOpen.current || now === undefined || viewState.session) return;
    jumpedOnOpen.current = true;
    jumpToNow();
  }, [now, viewState.session, jumpToNow]);

  useEffect(() => {
    const timer = window.setTimeout(() => void loadGridView().catch(() => undefined), 1000);
    return () => window.clearTimeout(timer);
  }, []);

  const onOpen = useCallback((id: string) => updateView({ session: id }), [updateView]);
  const clear = () => updateView(NO_FILTERS);
  const exportSessions = (sessions: readonly Session[], scope: string) => downloadCalendar(schedule, sessions, display.language, t, scope);
  const liveFilters = { ...filters, q: viewState.q };

  const results =
    viewState.view === 'mine' ? (
      <MyScheduleView
        schedule={schedule}
        tracksById={tracksById}
        favorites={favorites}
        onOpen={onOpen}
        onExport={() => exportSessions(schedule.sessions.filter((session) => favorites.set.has(session.id)), 'favorites')}
      />
    ) : shown.length === 0 && hasActiveFilters(filters) ? (
      <div className="empty-results">
        <p>{t('filters.noMatch')}</p>
        <button type="button" className="button" onClick={clear}>
          {t('filters.clearAll')}
        </button>
      </div>
    ) : viewState.view === 'grid' && day ? (
      <Suspense fallback={<p className="feed-loading">{t('grid.loading')}</p>}>
      <GridView
        schedule={schedule}
        sessions={shown}
        days={days}
        day={day}
        onDayChange={(next) => updateView({ day: next })}
        favorites={favorites.set}
        now={now}
        scrollRequest={scrollRequest}
        onOpen={onOpen}
        onToggleFavorite={favorites.toggle}
      />
      </Suspense>
    ) : (
      <ListView sessions={shown} scrollRequest={scrollRequest} tracksById={tracksById} favorites={favorites.set} now={now} onOpen={onOpen} onToggleFavorite={favorites.toggle} />
    );

  return (
    <>
      <FavoritesNotice notice={favorites.notice} onDismiss={favorites.dismissNotice} />
      {viewState.agenda.length > 0 ? (
        <ErrorBoundary part="view" resetKey="agenda">
        <SharedAgenda
          schedule={schedule}
          tracksById={tracksById}
          agenda={viewState.agenda}
          favorites={favorites}
          onOpen={onOpen}
          onClose={() => updateView({ agenda: [] })}
        />
        </ErrorBoundary>
      ) : (
        <div className="schedule-screen">
          <aside className="filters" aria-label={t('filters.label')}>
            <FiltersDrawer filters={liveFilters} defaultOpen={filtersOpen}>
              <FilterPanel filters={liveFilters} options={options} counts={counts} favoriteCount={favorites.set.size} onChange={updateView} />
            </FiltersDrawer>
          </aside>
          <section className="results" aria-label={t('list.label')}>
            <div className="toolbar">
              <ViewSwitch view={viewState.view} favoriteCount={favorites.ids.length} onChange={(view) => {
                // A pending "Now" belongs to the view it was pressed in.
                setScrollRequest(undefined);
                updateView({ view });
              }}>
                {now !== undefined && viewState.view !== 'mine' && (
                  <button type="button" className="button button-now" onClick={jumpToNow}>
                    {t('live.now')}
                  </button>
                )}
              </ViewSwitch>
              {viewState.view !== 'mine' && (
                <ActiveFilters filters={liveFilters} options={options} shown={shown.length} total={schedule.sessions.length} onChange={updateView} onClear={clear} />
              )}
            </div>
            {now !== undefined && <UpNext favorites={starredSessions} now={now} onOpen={onOpen} />}
            <ErrorBoundary part="view" resetKey={viewState.view}>
              {results}
            </ErrorBoundary>
          </section>
        </div>
      )}
      {openSession && (
        <ErrorBoundary part="view" resetKey={openSession.id}>
        <SessionDetail
          key={openSession.id}
          session={openSession}
          track={openSession.track ? tracksById.get(openSession.track) : undefined}
          starred={favorites.set.has(openSession.id)}
          onToggleFavorite={favorites.toggle}
          onAddToCalendar={(session) => exportSessions([session], session.id)}
          onClose={() => updateView({ session: undefined })}
        />
        </ErrorBoundary>
      )}
    </>
  );
}
