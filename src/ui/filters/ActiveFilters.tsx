// The active filters at a glance, each removable, and one "clear all".
import { FACETS, hasActiveFilters, type Facet, type Filters } from '../../schedule/filter.ts';
import type { ChipOption } from './ChipGroup.tsx';
import { useDisplay } from '../shell/display.ts';

interface Props {
  filters: Filters;
  options: Record<Facet, ChipOption[]>;
  shown: number;
  total: number;
  onChange: (change: Partial<Filters>) => void;
  onClear: () => void;
}

export function ActiveFilters({ filters, options, shown, total, onChange, onClear }: Props) {
  const { t } = useDisplay();
  const active = hasActiveFilters(filters);
  return (
    <div className={active ? 'active-filters narrowed' : 'active-filters'} aria-live="polite">
      <p className="result-count">{active ? t('filters.showing', { shown, total }) : t('list.sessionCount', { count: total })}</p>
      {active && (
        <ul className="active-list" aria-label={t('filters.active')}>
          {filters.q.trim() && (
            <li>
              <button
                type="button"
                className="active-chip"
                onClick={() => onChange({ q: '' })}
                aria-label={t('filters.remove', { name: filters.q })}
              >
                “{filters.q}” <span aria-hidden="true">×</span>
              </button>
            </li>
          )}
          {(
            [
              ['favoritesOnly', '★', t('filters.favoritesOnly')],
              ['recordedOnly', '▶', t('links.hasRecording')],
            ] as const
          ).map(([key, mark, name]) =>
            filters[key] ? (
              <li key={key}>
                <button
                  type="button"
                  className="active-chip"
                  onClick={() => onChange({ [key]: false })}
                  aria-label={t('filters.remove', { name })}
                >
                  {mark} {name} <span aria-hidden="true">×</span>
                </button>
              </li>
            ) : null,
          )}
          {FACETS.flatMap((facet) =>
            filters[facet].map((value) => {
              const label = options[facet].find((option) => option.value === value)?.label ?? value;
              return (
                <li key={`${facet}:${value}`}>
                  <button
                    type="button"
                    className="active-chip"
                    onClick={() => onChange({ [facet]: filters[facet].filter((item) => item !== value) })}
                    aria-label={t('filters.remove', { name: label })}
                  >
                    {label} <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            }),
          )}
          <li>
            <button type="button" className="link-button" onClick={onClear}>
              {t('filters.clearAll')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
