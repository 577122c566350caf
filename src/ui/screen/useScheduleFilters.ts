// The URL's filters applied to the feed: cleaned of values this feed does not
// have, searched through an index built once per feed.
import { useEffect, useMemo } from 'react';
import type { Schedule, Session } from '../../model/schedule.ts';
import {
  applyFilters,
  hasRecording,
  knownFacetValues,
  type FacetCounts,
  type Filters,
  searchIndexBuilder,
  type SearchIndex,
  type SearchIndexBuilder,
} from '../../schedule/filter.ts';
import type { ViewState } from '../../state/urlState.ts';
import { whenIdle } from '../../lib/later.ts';

const NO_INDEX: SearchIndex = new Map();
const NO_STARS: ReadonlySet<string> = new Set();

// The search index takes ~0.1 s on 5,000 sessions: it is built in slices of
// a few milliseconds when the page is idle (at the latest after
// INDEX_DEADLINE_MS; 200 ms where the browser has no requestIdleCallback),
// so it neither holds up the first paint nor blocks a tap, and is finished
// at once when a search comes first.
const INDEX_DEADLINE_MS = 2_000;
const INDEX_FALLBACK_MS = 200;
const SLICE_MS = 6;

export interface ScheduleFilters {
  /** What the sessions are filtered by: the URL's filters, less values this feed does not have. */
  applied: Filters;
  shown: Session[];
  counts: FacetCounts;
  /** How many sessions "Has recording" would leave; undefined when the feed has no recording. */
  recorded: number | undefined;
}

export function useScheduleFilters(schedule: Schedule, viewState: ViewState, starredIds: ReadonlySet<string>): ScheduleFilters {
  // The list follows each keystroke in the same render, not a deferred one
  // (useDeferredValue): on 5,000 sessions the filter and the list take ~7 ms,
  // so the list paints in the next frame (search p50 19 ms), where a deferred
  // list always waited for a second frame (p50 33 ms). The list is virtualised
  // above 400 sessions, so only the filter grows with the feed.
  const { q } = viewState;
  const indexBuilder = useMemo(() => searchIndexBuilder(schedule), [schedule]);
  useEffect(() => buildInSlices(indexBuilder), [indexBuilder]);
  const searching = q.trim() !== '';
  // The URL may name tracks or types this feed does not have: ignore those.
  const known = useMemo(() => knownFacetValues(schedule), [schedule]);
  // Keyed by content: the URL is read afresh on every change (a view switch
  // too), and new arrays with the same values must not filter and count
  // 5,000 sessions again.
  const languages = useKnownValues(viewState.languages, known.languages);
  const tracks = useKnownValues(viewState.tracks, known.tracks);
  const types = useKnownValues(viewState.types, known.types);
  const { favoritesOnly } = viewState;
  const anyRecording = useMemo(() => schedule.sessions.some(hasRecording), [schedule]);
  // A feed without recordings has no chip: a recording=1 in the URL would narrow to nothing.
  const recordedOnly = anyRecording && viewState.recordedOnly;
  const applied = useMemo<Filters>(
    () => ({ q, languages, tracks, types, favoritesOnly, recordedOnly }),
    [q, languages, tracks, types, favoritesOnly, recordedOnly],
  );
  // Without a search the index is not read. complete() returns the same Map
  // every time, so the context (and the list) stay stable while typing.
  const searchIndex = searching ? indexBuilder.complete() : NO_INDEX;
  // The stars are read only with "My favorites" on. Otherwise a star filtered
  // and counted every session again and handed the list a new result, which
  // restarts its drawing: the cards past the first screenful vanished for
  // three frames and were created again, under the viewer's eyes when the
  // star was deep in the list.
  const favorites = favoritesOnly ? starredIds : NO_STARS;
  const context = useMemo(() => ({ index: searchIndex, favorites }), [searchIndex, favorites]);
  const { shown, counts, recorded } = useMemo(() => applyFilters(schedule.sessions, applied, context), [schedule, applied, context]);
  return { applied, shown, counts, recorded: anyRecording ? recorded : undefined };
}

/** Builds the index a slice at a time from the first idle moment on. Returns a cancel. */
function buildInSlices(builder: SearchIndexBuilder): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const until = performance.now() + SLICE_MS;
    if (!builder.step(() => performance.now() >= until)) timer = setTimeout(slice, 0);
  };
  const cancelIdle = whenIdle(slice, INDEX_DEADLINE_MS, INDEX_FALLBACK_MS);
  return () => {
    cancelIdle();
    clearTimeout(timer);
  };
}

const KEY_SEPARATOR = '\u0000';

/** The values this feed has, as an array that keeps its identity while its contents do. */
function useKnownValues(values: readonly string[], known: ReadonlySet<string>): string[] {
  const key = values.filter((value) => known.has(value)).join(KEY_SEPARATOR);
  return useMemo(() => (key === '' ? [] : key.split(KEY_SEPARATOR)), [key]);
}
