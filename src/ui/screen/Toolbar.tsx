// The row above the results: on a phone the Filters button, the view switch
// (with Share and, during the event, Now) and a search button, in one row
// that stays at the top of the screen, so search and the views are one tap
// away from anywhere in the list. On a wide screen the filters and the search
// sit beside the results and only the view switch is here.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Filters } from '../../schedule/filter.ts';
import type { ViewMode } from '../../state/urlState.ts';
import type { UpdateViewState } from '../../state/useViewState.ts';
import { FiltersToggle } from '../filters/FiltersDrawer.tsx';
import { SEARCH_INPUT_ID, SearchField } from '../filters/SearchField.tsx';
import { useDisplay } from '../shell/display.ts';
import { ViewSwitch } from './ViewSwitch.tsx';
import { ToggleIconButton } from '../shell/ToggleIconButton.tsx';

interface Props {
  view: ViewMode;
  filters: Filters;
  starredCount: number;
  /** A phone: the filters are folded away and the search has its own button. */
  narrow: boolean;
  filtersOpen: boolean;
  filtersId: string;
  onToggleFilters: () => void;
  onViewChange: (view: ViewMode) => void;
  updateView: UpdateViewState;
  /** Under the row, sticking with it: what is on now and next (during the event). */
  children?: ReactNode;
}

export function Toolbar({
  view,
  filters,
  starredCount,
  narrow,
  filtersOpen,
  filtersId,
  onToggleFilters,
  onViewChange,
  updateView,
  children,
}: Props) {
  const { t } = useDisplay();
  const [searchOpen, setSearchOpen] = useState(() => filters.q !== '');
  const toolbarRef = useStickyHeight();
  const searchShown = narrow && view !== 'mine' && searchOpen;
  const toggleSearch = () => {
    setSearchOpen(!searchOpen);
    // Opened to type: the field takes the focus once it is in the page.
    if (!searchOpen) requestAnimationFrame(() => document.getElementById(SEARCH_INPUT_ID)?.focus());
  };
  return (
    <div className="toolbar" ref={toolbarRef}>
      <div className="toolbar-row">
        <FiltersToggle filters={filters} open={filtersOpen} controls={filtersId} onToggle={onToggleFilters} />
        <ViewSwitch view={view} favoriteCount={starredCount} onChange={onViewChange} />
        {narrow && view !== 'mine' && (
          <ToggleIconButton
            className="icon-button search-toggle"
            label={t('filters.search')}
            expanded={searchShown}
            controls={searchShown ? SEARCH_INPUT_ID : undefined}
            iconPath="M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM15.5 15.5L20 20"
            onClick={toggleSearch}
          />
        )}
      </div>
      {view !== 'mine' && children}
      {searchShown && (
        <div className="toolbar-search">
          <SearchField query={filters.q} onChange={updateView} />
        </div>
      )}
    </div>
  );
}

/**
 * Keeps the day headings under the toolbar while it sticks to the top (a
 * phone), and focus scrolled into view clear of it: its height goes into two
 * rules in a stylesheet of their own. Not a custom property on <html>, which
 * every element inherits: writing that restyled the whole page (310
 * elements, 24-38 ms on a slow phone-sized load right after the first paint,
 * `npm run bench:after-paint -- --phone`). A rule is matched again only by the
 * elements it names. A toolbar that does not stick (a desktop) writes nothing.
 */
function useStickyHeight() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const toolbar = ref.current;
    if (!toolbar) return;
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    let written = '';
    const publish = () => {
      const height = getComputedStyle(toolbar).position === 'sticky' ? toolbar.offsetHeight : 0;
      const rules = height > 0 ? `.day-header{top:${height}px}html{scroll-padding-top:calc(${height}px + var(--day-heading-room))}` : '';
      if (rules === written) return;
      written = rules;
      sheet.replaceSync(rules);
    };
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(toolbar);
    window.addEventListener('resize', publish);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', publish);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, []);
  return ref;
}
