// The filters' container: beside the sessions on a wide screen (always shown,
// under a title), folded behind a "Filters" button on a phone. The button
// says how many filters are on, so a folded drawer never hides that the list
// is narrowed.
import { useId, useState, type ReactNode } from 'react';
import { FACETS, type Filters } from '../../schedule/filter.ts';
import { useDisplay } from '../shell/display.ts';

interface Props {
  filters: Filters;
  /** Open at first (a wide screen); the viewer decides after that. */
  defaultOpen: boolean;
  children: ReactNode;
}

function activeCount(filters: Filters): number {
  const facets = FACETS.reduce((sum, facet) => sum + filters[facet].length, 0);
  return facets + (filters.q.trim() ? 1 : 0) + (filters.favoritesOnly ? 1 : 0) + (filters.recordedOnly ? 1 : 0);
}

export function FiltersDrawer({ filters, defaultOpen, children }: Props) {
  const { t } = useDisplay();
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  const count = activeCount(filters);
  return (
    <div className={open ? 'filters-drawer open' : 'filters-drawer'}>
      {/* The aside landmark already carries this name for screen readers. */}
      <p className="filters-heading" aria-hidden="true">
        {t('filters.label')}
      </p>
      <button type="button" className="filters-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        <svg className="filters-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M3 5h18l-7 8v6l-4 2v-8z" />
        </svg>
        {t('filters.label')}
        {count > 0 && (
          <>
            <span className="count-pill" aria-hidden="true">
              {count}
            </span>
            <span className="visually-hidden"> ({t('filters.activeCount', { count })})</span>
          </>
        )}
        <svg className="chevron" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 9l6 6 6-6" />
        </svg>
      </button>
      <div id={bodyId} className="filters-body">
        {children}
      </div>
    </div>
  );
}
