// Free-text search. The query lives in the URL; this only shows and edits it.
import type { Filters } from '../../schedule/filter.ts';
import { useDisplay } from '../shell/display.ts';

interface Props {
  query: string;
  onChange: (change: Partial<Filters>, options?: { replace?: boolean }) => void;
}

export const SEARCH_INPUT_ID = 'search-input';

export function SearchField({ query, onChange }: Props) {
  const { t } = useDisplay();
  return (
    <div className="search">
      <label htmlFor={SEARCH_INPUT_ID}>{t('filters.search')}</label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={query}
        placeholder={t('filters.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        // The first keystroke starts a history entry; the rest of the word edits it.
        onChange={(event) => onChange({ q: event.target.value }, { replace: query !== '' })}
      />
    </div>
  );
}
