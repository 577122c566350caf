// Search and facet chips. State lives in the URL; this only shows and edits it.
import { FACETS, toggleValue, type Facet, type FacetCounts, type Filters } from '../../schedule/filter.ts';
import { SearchField } from './SearchField.tsx';
import { ChipGroup, type ChipOption } from './ChipGroup.tsx';
import { useDisplay } from '../shell/display.ts';

interface Props {
  filters: Filters;
  options: Record<Facet, ChipOption[]>;
  counts: FacetCounts;
  /** How many favorites there are; the favorites-only chip shows once there is one. */
  favoriteCount: number;
  /** How many sessions the "Has recording" chip would leave; undefined hides it (a feed without recordings). */
  recordedCount?: number;
  /** The search box alone (the Speakers view, which the chips do not narrow). */
  searchOnly?: boolean;
  onChange: (change: Partial<Filters>, options?: { replace?: boolean }) => void;
  /** The search field heads the panel on a wide screen; on a phone it has its own button in the toolbar. */
  withSearch: boolean;
}

export function FilterPanel({ filters, options, counts, favoriteCount, recordedCount, searchOnly = false, onChange, withSearch }: Props) {
  const { t } = useDisplay();
  const legends: Record<Facet, string> = {
    languages: t('filters.language'),
    tracks: t('filters.track'),
    types: t('filters.type'),
  };
  return (
    <div className="filter-panel">
      {withSearch && <SearchField query={filters.q} onChange={onChange} />}
      {!searchOnly && recordedCount !== undefined && (
        <button
          type="button"
          className="chip chip-favorites"
          aria-pressed={filters.recordedOnly === true}
          disabled={!filters.recordedOnly && recordedCount === 0}
          onClick={() => onChange({ recordedOnly: !filters.recordedOnly })}
        >
          <span aria-hidden="true">▶</span> {t('links.hasRecording')}
          <span className="chip-count">{recordedCount}</span>
        </button>
      )}
      {!searchOnly && favoriteCount > 0 && (
        <button
          type="button"
          className="chip chip-favorites"
          aria-pressed={filters.favoritesOnly}
          onClick={() => onChange({ favoritesOnly: !filters.favoritesOnly })}
        >
          <span aria-hidden="true">★</span> {t('filters.favoritesOnly')}
          <span className="chip-count">{favoriteCount}</span>
        </button>
      )}
      {FACETS.map((facet) =>
        !searchOnly && options[facet].length > 1 ? (
          <ChipGroup
            key={facet}
            legend={legends[facet]}
            options={options[facet]}
            selected={filters[facet]}
            counts={counts[facet]}
            onToggle={(value) => onChange({ [facet]: toggleValue(filters[facet], value) })}
          />
        ) : null,
      )}
    </div>
  );
}
