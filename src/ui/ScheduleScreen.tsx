// The schedule with its filters and the chosen view. Everything derived here
// (search index, filtered sessions, facet counts) is memoised from the feed
// and the URL state, never stored twice.
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schedule } from '../feed/parse.ts';
import type { Track } from '../feed/schema.ts';
import { buildSearchIndex, facetCounts, filterSessions, hasActiveFilters, type Filters } from '../schedule/filter.ts';
import { daysWithSessions } from '../schedule/grid.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/urlState.ts';
import type { UpdateViewState } from '../state/useViewState.ts';
import { ActiveFilters } from './ActiveFilters.tsx';
import { useDisplay } from './display.ts';
import { facetOptions } from './facetOptions.ts';
import { FilterPanel } from './FilterPanel.tsx';
import { GridView } from './GridView.tsx';
import { ListView } from './ListView.tsx';
import { ViewSwitch } from './ViewSwitch.tsx';

interface Props {
  schedule: Schedule;
  tracksById: ReadonlyMap<string, Track>;
  viewState: ViewState;
  updateView: UpdateViewState;
  favorites: ReadonlySet<string>;
}

const NO_FILTERS = {
  q: DEFAULT_VIEW_STATE.q,
  languages: DEFAULT_VIEW_STATE.languages,
  tracks: DEFAULT_VIEW_STATE.tracks,
  types: DEFAULT_VIEW_STATE.types,
  favoritesOnly: DEFAULT_VIEW_STATE.favoritesOnly,
};

export function ScheduleScreen({ schedule, tracksById, viewState, updateView, favorites }: Props) {
  const { t } = useTranslation();
  const display = useDisplay();
  const index = useMemo(() => buildSearchIndex(schedule), [schedule]);
  // Typing stays responsive: the list catches up with the search box.
  const q = useDeferredValue(viewState.q);
  const { languages, tracks, types, favoritesOnly } = viewState;
  const filters = useMemo<Filters>(() => ({ q, languages, tracks, types, favoritesOnly }), [q, languages, tracks, types, favoritesOnly]);
  const context = useMemo(() => ({ index, favorites }), [index, favorites]);
  const shown = useMemo(() => filterSessions(schedule.sessions, filters, context), [schedule, filters, context]);
  const counts = useMemo(() => facetCounts(schedule.sessions, filters, context), [schedule, filters, context]);
  const options = useMemo(() => facetOptions(schedule, display, t), [schedule, display, t]);
  const days = useMemo(() => daysWithSessions(schedule.sessions, display.timeZone), [schedule, display.timeZone]);
  const day = viewState.day && days.includes(viewState.day) ? viewState.day : days[0];

  // Filters start open beside the list on a wide screen, folded away on a phone.
  const [filtersOpen] = useState(() => window.matchMedia('(min-width: 56rem)').matches);
  const onOpen = (id: string) => updateView({ session: id });
  const clear = () => updateView(NO_FILTERS);
  const liveFilters = { ...filters, q: viewState.q };

  return (
    <div className="schedule-screen">
      <aside className="filters" aria-label={t('filters.label')}>
        <details className="filters-drawer" open={filtersOpen}>
          <summary>{t('filters.label')}</summary>
          <FilterPanel filters={liveFilters} options={options} counts={counts} favoriteCount={favorites.size} onChange={updateView} />
        </details>
      </aside>
      <section className="results" aria-label={t('list.label')}>
        <div className="toolbar">
          <ViewSwitch view={viewState.view} onChange={(view) => updateView({ view })} />
          <ActiveFilters filters={liveFilters} options={options} shown={shown.length} total={schedule.sessions.length} onChange={updateView} onClear={clear} />
        </div>
        {shown.length === 0 && hasActiveFilters(filters) ? (
          <div className="empty-results">
            <p>{t('filters.noMatch')}</p>
            <button type="button" className="button" onClick={clear}>
              {t('filters.clearAll')}
            </button>
          </div>
        ) : viewState.view === 'grid' && day ? (
          <GridView schedule={schedule} sessions={shown} days={days} day={day} onDayChange={(next) => updateView({ day: next })} onOpen={onOpen} />
        ) : (
          <ListView sessions={shown} tracksById={tracksById} onOpen={onOpen} />
        )}
      </section>
    </div>
  );
}
