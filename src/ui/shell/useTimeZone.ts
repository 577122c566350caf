// The time zone in force: the URL's when it names one (a shared link), else
// the viewer's remembered choice, else their own zone. The URL carries it
// whenever it is not the viewer's own, so a copied link keeps it.
import { useCallback, useEffect } from 'react';
import { localTimeZone } from '../../model/time.ts';
import { removeItem, STORAGE_KEYS, writeItem } from '../../lib/storage.ts';
import { resolveTimeZone, urlPreference } from '../../state/preferences.ts';
import type { ViewState } from '../../state/urlState.ts';
import type { UpdateViewState } from '../../state/useViewState.ts';

export function useTimeZone(viewState: ViewState, updateView: UpdateViewState): [string, (zone: string) => void] {
  const local = localTimeZone();
  const zone = resolveTimeZone(viewState.tz, local);
  const wanted = urlPreference(zone, local);

  // Write-back only: the URL follows the zone in force.

  useEffect(() => {
    if (viewState.tz !== wanted) updateView({ tz: wanted }, { replace: true });
  }, [viewState.tz, wanted, updateView]);

  const setZone = useCallback(
    (next: string) => {
      if (next === local) removeItem(STORAGE_KEYS.timeZone);
      else writeItem(STORAGE_KEYS.timeZone, next);
      updateView({ tz: urlPreference(next, local) });
    },
    [local, updateView],
  );
  return [zone, setZone];
}
