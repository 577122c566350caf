// The URL is the store for view state: reading subscribes to history changes,
// writing pushes (or replaces) a history entry so back/forward step through it.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './urlState.ts';

const CHANGE_EVENT = 'schedule:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const readSearch = () => window.location.search;

export type UpdateViewState = (change: Partial<ViewState>, options?: { replace?: boolean }) => void;

export function useViewState(): [ViewState, UpdateViewState] {
  const search = useSyncExternalStore(subscribe, readSearch);
  const state = useMemo(() => parseViewState(search), [search]);
  const update = useCallback<UpdateViewState>((change, options) => {
    const next = { ...parseViewState(window.location.search), ...change };
    const url = `${window.location.pathname}${serializeViewState(next)}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    // A replace keeps the entry's state: the reader's place (ui/shell/scrollMemory.ts).
    if (options?.replace) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [state, update];
}
