// The time zone in force: the URL's when it names one (a shared link), else
// the viewer's remembered choice, else their own zone. The URL carries it
// whenever it is not the viewer's own, so a copied link keeps it.
import { useCallback, useEffect } from 'react';
import { isValidTimeZone, localTimeZone } from '../../model/time.ts';
import { readItem, removeItem, STORAGE_KEYS, writeItem } from '../../lib/storage.ts';
import type { ViewState } from '../../state/urlState.ts';
import type { UpdateViewState } from '../../state/useViewState.ts';

function rememberedZone(): string | undefined {
  const zone = readItem(STORAGE_KEYS.timeZone);
  return zone && isValidTimeZone(zone) ? zone : undefined;
}

export function useTimeZone(viewState: ViewState, updateView: UpdateViewState): [string, (zone: string) => void] {
  const local = localTimeZone();
  const zone = viewState.tz ?? rememberedZone() ?? local;
  const wanted = zone === local ? undefined : zone;

  useEffect(() => {
    if (viewState.tz !== wanted) updateView({ tz: wanted }, { replace: true });
  }, [viewState.tz, wanted, updateView]);

  const setZone = useCallback(
    (next: string) => {
      if (next === local) removeItem(STORAGE_KEYS.timeZone);
      else writeItem(STORAGE_KEYS.timeZone, next);
      updateView({ tz: next === local ? undefined : next });
    },
    [local, updateView],
  );
  return [zone, setZone];
}
