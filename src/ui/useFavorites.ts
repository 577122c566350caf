// The viewer's favorites for one conference: read from storage once, kept in
// React state (so they work even where storage does not), saved on every
// change, and re-read when another tab changes them.
import { useCallback, useEffect, useRef, useState } from 'react';
import { browserStorage, isFavoritesEvent, loadFavorites, saveFavorites, type LoadStatus } from '../state/favorites.ts';

/** What the viewer should be told, once: their favorites could not be read, or cannot be saved. */
export type FavoritesNotice = 'unreadable' | 'unsaved';

export interface Favorites {
  ids: readonly string[];
  set: ReadonlySet<string>;
  toggle: (id: string) => void;
  addAll: (ids: readonly string[]) => void;
  notice?: FavoritesNotice;
  dismissNotice: () => void;
}

const UNREADABLE: readonly LoadStatus[] = ['corrupt', 'partial', 'future-version'];

function noticeFor(status: LoadStatus): FavoritesNotice | undefined {
  if (UNREADABLE.includes(status)) return 'unreadable';
  return status === 'unavailable' ? 'unsaved' : undefined;
}

interface State {
  ids: readonly string[];
  set: ReadonlySet<string>;
}

const stateOf = (ids: readonly string[]): State => ({ ids, set: new Set(ids) });

export function useFavorites(conferenceId: string): Favorites {
  const [initial] = useState(() => loadFavorites(browserStorage(), conferenceId));
  const [state, setState] = useState<State>(() => stateOf(initial.ids));
  const [notice, setNotice] = useState<FavoritesNotice | undefined>(() => noticeFor(initial.status));
  // The ids as last committed, for changes made faster than React re-renders.
  const current = useRef(initial.ids);
  // Each notice is shown at most once per visit, even after it is dismissed.
  const told = useRef(new Set<FavoritesNotice>(notice ? [notice] : []));

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (!isFavoritesEvent(event, conferenceId)) return;
      current.current = loadFavorites(browserStorage(), conferenceId).ids;
      setState(stateOf(current.current));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [conferenceId]);

  const commit = useCallback(
    (change: (ids: readonly string[]) => string[]) => {
      const ids = change(current.current);
      current.current = ids;
      setState(stateOf(ids));
      if (saveFavorites(browserStorage(), conferenceId, ids) !== 'saved' && !told.current.has('unsaved')) {
        told.current.add('unsaved');
        setNotice('unsaved');
      }
    },
    [conferenceId],
  );

  const toggle = useCallback(
    (id: string) => commit((ids) => (ids.includes(id) ? ids.filter((item) => item !== id) : [...ids, id])),
    [commit],
  );
  const addAll = useCallback((added: readonly string[]) => commit((ids) => [...new Set([...ids, ...added])]), [commit]);
  const dismissNotice = useCallback(() => setNotice(undefined), []);

  return { ids: state.ids, set: state.set, toggle, addAll, notice, dismissNotice };
}
