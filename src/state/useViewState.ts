// The view state, read from the page's address (address.ts) and written back
// to it: a change is a new history entry, unless it asks to replace this one,
// so back and forward step through the views.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { changeSearch, currentSearch, subscribeToAddress } from './address.ts';
import { parseViewState, serializeViewState, type ViewState } from './urlState.ts';

export type UpdateViewState = (change: Partial<ViewState>, options?: { replace?: boolean }) => void;

export function useViewState(): [ViewState, UpdateViewState] {
  const search = useSyncExternalStore(subscribeToAddress, currentSearch);
  const state = useMemo(() => parseViewState(search), [search]);
  const update = useCallback<UpdateViewState>((change, options) => {
    changeSearch(serializeViewState({ ...parseViewState(currentSearch()), ...change }), options);
  }, []);
  return [state, update];
}
