// The filters' container: beside the sessions on a wide screen (always shown,
// under a title), folded away on a phone and opened by the Filters button in
// the toolbar's row. The button says how many filters are on, so a folded
// drawer never hides that the list is narrowed.
import type { ReactNode } from 'react';
import { FACETS, type Filters } from '../../schedule/filter.ts';
import { useDisplay } from '../shell/display.ts';

function activeCount(filters: Filters): number {
  const facets = FACETS.reduce((sum, facet) => sum + filters[facet].length, 0);
  return facets + (filters.q.trim() ? 1 : 0) + (filters.favoritesOnly ? 1 : 0) + (filters.recordedOnly ? 1 : 0);
}

interface ToggleProps {
  filters: Filters;
  open: boolean;
  /** The drawer's id. */
  controls: string;
  onToggle: () => void;
}

/** The phone's Filters button (hidden on a wide screen, where the filters are always open). */
export function FiltersToggle({ filters, open, controls, onToggle }: ToggleProps) {
  const { t } = useDisplay();
  const count = activeCount(filters);
  return (
    <button type="button" className="filters-toggle" aria-expanded={open} aria-controls={controls} onClick={onToggle}>
      <svg className="filters-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M3 5h18l-7 8v6l-4 2v-8z" />
      </svg>
      <span className="filters-label">{t('filters.label')}</span>
      {count > 0 && (
        <>
          <span className="count-pill" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden"> ({t('filters.activeCount', { count })})</span>
        </>
      )}
    </button>
  );
}

interface DrawerProps {
  id: string;
  open: boolean;
  children: ReactNode;
}

export function FiltersDrawer({ id, open, children }: DrawerProps) {
  const { t } = useDisplay();
  return (
    <div className={open ? 'filters-drawer open' : 'filters-drawer'}>
      {/* The aside landmark already carries this name for screen readers. */}
      <p className="filters-heading" aria-hidden="true">
        {t('filters.label')}
      </p>
      <div id={id} className="filters-body">
        {children}
      </div>
    </div>
  );
}
