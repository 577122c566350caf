// Above the results: the view switch (with Share and, during the event, Now)
// and the active filters.
import type { Filters } from '../../schedule/filter.ts';
import type { ViewMode } from '../../state/urlState.ts';
import type { UpdateViewState } from '../../state/useViewState.ts';
import { ActiveFilters } from '../filters/ActiveFilters.tsx';
import type { FacetOptions } from '../filters/facetOptions.ts';
import { useDisplay } from '../shell/display.ts';
import { ViewSwitch } from './ViewSwitch.tsx';

interface Props {
  view: ViewMode;
  filters: Filters;
  options: FacetOptions;
  shownCount: number;
  totalCount: number;
  starredCount: number;
  /** During the event only: scroll the view to now. */
  onJumpToNow: (() => void) | undefined;
  onViewChange: (view: ViewMode) => void;
  updateView: UpdateViewState;
  onClearFilters: () => void;
}

export function Toolbar({
  view,
  filters,
  options,
  shownCount,
  totalCount,
  starredCount,
  onJumpToNow,
  onViewChange,
  updateView,
  onClearFilters,
}: Props) {
  const { t } = useDisplay();
  return (
    <div className="toolbar">
      <ViewSwitch view={view} favoriteCount={starredCount} onChange={onViewChange}>
        {onJumpToNow && (view === 'list' || view === 'grid') && (
          <button type="button" className="button button-now" onClick={onJumpToNow}>
            {t('live.now')}
          </button>
        )}
      </ViewSwitch>
      {/* My schedule lists every favorite; the Speakers view counts speakers itself. */}
      {(view === 'list' || view === 'grid') && (
        <ActiveFilters
          filters={filters}
          options={options}
          shown={shownCount}
          total={totalCount}
          onChange={updateView}
          onClear={onClearFilters}
        />
      )}
    </div>
  );
}
