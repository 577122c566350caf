// The viewer's favorites for one conference, as React state over one
// FavoritesStore (state/favorites.ts): every change is applied to what
// storage holds, so tabs never erase each other's stars, and the list is
// re-read when another tab changes it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { browserStorage } from '../../lib/storage.ts';
import { favoritesStore, isFavoritesEvent, type LoadStatus, type SaveResult } from '../../state/favorites.ts';

/** What the viewer should be told, once (by FavoritesNotice): their favorites could not be read, or cannot be saved. */
export type FavoritesProblem = 'unreadable' | 'unsaved';

export interface Favorites {
  ids: readonly string[];
  set: ReadonlySet<string>;
  toggle: (id: string) => void;
  addAll: (ids: readonly string[]) => void;
  notice?: FavoritesProblem;
  dismissNotice: () => void;
}

const UNREADABLE: readonly LoadStatus[] = ['corrupt', 'partial', 'future-version'];

function noticeFor(status: LoadStatus): FavoritesProblem | undefined {
  if (UNREADABLE.includes(status)) return 'unreadable';
  return status === 'unavailable' ? 'unsaved' : undefined;
}

interface State {
  ids: readonly string[];
  set: ReadonlySet<string>;
}

const stateOf = (ids: readonly string[]): State => ({ ids, set: new Set(ids) });

export function useFavorites(conferenceId: string): Favorites {
  const [store] = useState(() => favoritesStore(browserStorage(), conferenceId));
  const [state, setState] = useState<State>(() => stateOf(store.ids()));
  const [notice, setNotice] = useState<FavoritesProblem | undefined>(() => noticeFor(store.loadStatus));
  // Each notice is shown at most once per visit, even after it is dismissed.
  const told = useRef(new Set<FavoritesProblem>(notice ? [notice] : []));

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (!isFavoritesEvent(event, conferenceId)) return;
      store.reload();
      setState(stateOf(store.ids()));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [conferenceId, store]);

  const show = useCallback(
    (result: SaveResult) => {
      setState(stateOf(store.ids()));
      if (result !== 'saved' && !told.current.has('unsaved')) {
        told.current.add('unsaved');
        setNotice('unsaved');
      }
    },
    [store],
  );

  const toggle = useCallback((id: string) => show(store.toggle(id)), [show, store]);
  const addAll = useCallback((added: readonly string[]) => show(store.addAll(added)), [show, store]);
  const dismissNotice = useCallback(() => setNotice(undefined), []);

  return { ids: state.ids, set: state.set, toggle, addAll, notice, dismissNotice };
}
