// The schedule with its filters, the chosen view and the open session. The
// thinking lives in named hooks (filters, event clock, jump to now) and the
// view choice in <Results>; this component only lays them out.
import { Suspense, useCallback, useId, useMemo, useState } from 'react';
import type { Schedule, Session, Track } from '../../model/schedule.ts';
import { dayKeyOf, daysWithSessions } from '../../model/time.ts';
import { starredSessions, type Filters } from '../../schedule/filter.ts';
import type { ViewMode, ViewState } from '../../state/urlState.ts';
import type { UpdateViewState } from '../../state/useViewState.ts';
import { facetOptions } from '../filters/facetOptions.ts';
import { FilterPanel } from '../filters/FilterPanel.tsx';
import { FiltersDrawer } from '../filters/FiltersDrawer.tsx';
import { ActiveFilters } from '../filters/ActiveFilters.tsx';
import { useWideScreen } from '../shell/useWideScreen.ts';
import { useFavorites, type Favorites } from '../mine/useFavorites.ts';
import { useDisplay } from '../shell/display.ts';
import { withLaterStrings } from '../../i18n/setup.ts';
import { ErrorBoundary } from '../shell/ErrorBoundary.tsx';
import { Results, usePrefetchViews } from './Results.tsx';
import { shownDay } from './shownDay.ts';
import { Toolbar } from './Toolbar.tsx';
import { useEventClock } from './useEventClock.ts';
import { useJumpToNow } from './useJumpToNow.ts';
import { useScheduleFilters } from './useScheduleFilters.ts';
import { useScheduleChanges } from './useScheduleChanges.ts';
import { useScreenMarks } from '../../perf/marks.ts';
import { OpenSpeaker } from '../speakers/lazySpeakers.tsx';
import { lazyWithStrings, preloadable } from '../shell/preloadable.tsx';

interface Props {
  schedule: Schedule;
  viewState: ViewState;
  updateView: UpdateViewState;
}

// What the first paint does not show is loaded when first needed (and
// precached by the service worker, so offline too): a session's detail, a
// shared agenda, the notices and the calendar export. Now/next and up next
// show only while the event runs, the favorites notice only when saved
// favorites fail: most visits never need them.
const SessionDetail = preloadable(() => withLaterStrings(import('../session/SessionDetail.tsx')).then((module) => module.SessionDetail));
const SharedAgenda = lazyWithStrings(() => import('../mine/SharedAgenda.tsx').then((module) => module.SharedAgenda));
const NowNext = lazyWithStrings(() => import('./NowNext.tsx').then((module) => module.NowNext));
const UpNext = lazyWithStrings(() => import('../session/UpNext.tsx').then((module) => module.UpNext));
const FavoritesNotice = lazyWithStrings(() => import('../mine/FavoritesNotice.tsx').then((module) => module.FavoritesNotice));
const ScheduleChanges = lazyWithStrings(() => import('./ScheduleChanges.tsx').then((module) => module.ScheduleChanges));
const loadCalendarExport = () => import('../mine/calendarExport.ts');

const NO_FILTERS: Filters = { q: '', languages: [], tracks: [], types: [], favoritesOnly: false, recordedOnly: false };

export function ScheduleScreen({ schedule, viewState, updateView }: Props) {
  const display = useDisplay();
  const { t } = display;
  const favorites = useFavorites(schedule.conference.id);
  useScreenMarks();
  const updates = useScheduleChanges(schedule);
  const { tracksById, filters, options, days, now, today, day, starred, openSession } = useScreenData(schedule, viewState, favorites);
  const { scrollRequest, jumpToNow, cancelScroll } = useJumpToNow({ now, today, days, shown: filters.shown, viewState, updateView });
  usePrefetchViews(SessionDetail.preload);
  const wide = useWideScreen();
  // Filters start open beside the list on a wide screen, folded away on a phone.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();

  // A session and a speaker each open in place of the other.
  const onOpen = useCallback((id: string) => updateView({ session: id, speaker: undefined }), [updateView]);
  const onOpenSpeaker = useCallback((id: string) => updateView({ speaker: id, session: undefined }), [updateView]);
  const clear = () => clearAllFilters(updateView);
  const exportSessions = (sessions: readonly Session[], scope: string) =>
    void loadCalendarExport().then(({ downloadCalendar }) => downloadCalendar(schedule, sessions, display.language, t, scope));

  const detail = (
    <>
      {openSession && (
        <OpenSession
          session={openSession}
          tracksById={tracksById}
          favorites={favorites}
          onAddToCalendar={(session) => exportSessions([session], session.id)}
          onClose={() => updateView({ session: undefined })}
          onOpenSpeaker={onOpenSpeaker}
        />
      )}
      {viewState.speaker && (
        <OpenSpeaker schedule={schedule} id={viewState.speaker} onOpenSession={onOpen} onClose={() => updateView({ speaker: undefined })} />
      )}
    </>
  );
  const notice = (
    <>
      {favorites.notice && (
        <Suspense fallback={null}>
          <FavoritesNotice notice={favorites.notice} onDismiss={favorites.dismissNotice} />
        </Suspense>
      )}
      {updates.changes.length > 0 && (
        <Suspense fallback={null}>
          <ScheduleChanges changes={updates.changes} starredIds={favorites.set} onOpen={onOpen} onDismiss={updates.dismiss} />
        </Suspense>
      )}
    </>
  );
  // During the event, the list and the grid open at now, as the screen did.
  const changeView = (view: ViewMode) => {
    cancelScroll();
    updateView({ view });
    if (now !== undefined && view !== 'mine') jumpToNow(view);
  };

  if (viewState.agenda.length > 0) {
    return (
      <>
        {notice}
        <ErrorBoundary part="view" resetKey="agenda">
          <Suspense fallback={<p className="feed-loading">{t('list.loading')}</p>}>
            <SharedAgenda
              {...{ schedule, tracksById, favorites, onOpen }}
              agenda={viewState.agenda}
              onClose={() => updateView({ agenda: [] })}
            />
          </Suspense>
        </ErrorBoundary>
        {detail}
      </>
    );
  }
  return (
    <>
      {notice}
      <div className="schedule-screen">
        <Toolbar
          view={viewState.view}
          filters={filters.applied}
          starredCount={favorites.ids.length}
          narrow={!wide}
          filtersOpen={filtersOpen}
          filtersId={filtersId}
          onToggleFilters={() => setFiltersOpen(!filtersOpen)}
          onViewChange={changeView}
          updateView={updateView}
        >
          {now !== undefined && (
            <Suspense fallback={null}>
              <NowNext sessions={schedule.sessions} tracksById={tracksById} now={now} onOpen={onOpen} onJumpToNow={() => jumpToNow()} />
            </Suspense>
          )}
        </Toolbar>
        <FiltersAside
          {...{ filters, options, updateView, wide }}
          id={filtersId}
          open={wide || filtersOpen}
          starredCount={favorites.set.size}
          searchOnly={viewState.view === 'speakers'}
        />
        <section className="results" aria-label={t('list.label')}>
          {/* My schedule lists every favorite; the Speakers view counts speakers itself. */}
          {(viewState.view === 'list' || viewState.view === 'grid') && (
            <ActiveFilters
              filters={filters.applied}
              options={options}
              shown={filters.shown.length}
              total={schedule.sessions.length}
              onChange={updateView}
              onClear={clear}
            />
          )}
          {now !== undefined && (
            <Suspense fallback={null}>
              <UpNext starred={starred} now={now} onOpen={onOpen} />
            </Suspense>
          )}
          <ErrorBoundary part="view" resetKey={viewState.view}>
            <Results
              {...{ schedule, tracksById, days, day, favorites, now, scrollRequest, onOpen, onOpenSpeaker }}
              cancelled={updates.cancelled}
              view={viewState.view}
              shown={filters.shown}
              filters={filters.applied}
              onDayChange={(next) => updateView({ day: next })}
              onClearFilters={clear}
              onExportStarred={() => exportSessions(starred, 'favorites')}
            />
          </ErrorBoundary>
        </section>
      </div>
      {detail}
    </>
  );
}

/**
 * Clears every filter. The button just pressed goes away with the filters:
 * keyboard focus stays in the filters (the search box), or goes to the
 * results when the filters are folded away.
 */
function clearAllFilters(updateView: Props['updateView']): void {
  updateView(NO_FILTERS);
  const search = document.getElementById('search-input');
  (search?.offsetParent ? search : document.getElementById('sessions'))?.focus();
}

interface FiltersAsideProps {
  id: string;
  open: boolean;
  wide: boolean;
  filters: ReturnType<typeof useScheduleFilters>;
  options: ReturnType<typeof facetOptions>;
  starredCount: number;
  /** The Speakers view: the search box alone. */
  searchOnly: boolean;
  updateView: Props['updateView'];
}

function FiltersAside({ id, open, wide, filters, options, starredCount, searchOnly, updateView }: FiltersAsideProps) {
  const { t } = useDisplay();
  return (
    // Folded away on a phone, the aside takes no room (and no gap) in the column.
    <aside className={open ? 'filters' : 'filters folded'} aria-label={t('filters.label')}>
      <FiltersDrawer id={id} open={open}>
        <FilterPanel
          filters={filters.applied}
          options={options}
          counts={filters.counts}
          favoriteCount={starredCount}
          recordedCount={filters.recorded}
          searchOnly={searchOnly}
          onChange={updateView}
          withSearch={wide}
        />
      </FiltersDrawer>
    </aside>
  );
}

/** What the screen shows, derived from the schedule, the URL's view state, the stars and the clock. */
function useScreenData(schedule: Schedule, viewState: ViewState, favorites: Favorites) {
  const display = useDisplay();
  const { t, timeZone } = display;
  const tracksById = useMemo(() => new Map(schedule.tracks.map((track) => [track.id, track])), [schedule]);
  const filters = useScheduleFilters(schedule, viewState, favorites.set);
  const options = useMemo(() => facetOptions(schedule, display, t), [schedule, display, t]);
  const days = useMemo(() => daysWithSessions(schedule.sessions, timeZone), [schedule, timeZone]);
  const now = useEventClock(schedule.sessions);
  const today = now === undefined ? undefined : dayKeyOf(now, timeZone);
  const day = shownDay(days, viewState.day, today, filters.shown[0] && dayKeyOf(filters.shown[0].start, timeZone));
  const starred = useMemo(() => starredSessions(schedule.sessions, favorites.set), [schedule, favorites.set]);
  const openSession = viewState.session ? schedule.sessions.find((session) => session.id === viewState.session) : undefined;
  return { tracksById, filters, options, days, now, today, day, starred, openSession };
}

interface OpenSessionProps {
  session: Session;
  tracksById: ReadonlyMap<string, Track>;
  favorites: Favorites;
  onAddToCalendar: (session: Session) => void;
  onClose: () => void;
  onOpenSpeaker: (id: string) => void;
}

/** The open session's detail dialog, in its own error boundary. */
function OpenSession({ session, tracksById, favorites, onAddToCalendar, onClose, onOpenSpeaker }: OpenSessionProps) {
  return (
    <ErrorBoundary part="view" resetKey={session.id}>
      <Suspense fallback={null}>
        <SessionDetail.Component
          key={session.id}
          session={session}
          track={session.track ? tracksById.get(session.track) : undefined}
          starred={favorites.set.has(session.id)}
          onToggleFavorite={favorites.toggle}
          onAddToCalendar={onAddToCalendar}
          onClose={onClose}
          onOpenSpeaker={onOpenSpeaker}
        />
      </Suspense>
    </ErrorBoundary>
  );
}
