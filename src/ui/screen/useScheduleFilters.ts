// The URL's filters applied to the feed: cleaned of values this feed does not
// have, searched through a deferred query and an index built once per feed.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Schedule, Session } from '../../model/schedule.ts';
import {
  buildSearchIndex,
  facetCounts,
  filterSessions,
  hasRecording,
  recordedCount,
  knownFacetValues,
  type FacetCounts,
  type Filters,
  type SearchIndex,
} from '../../schedule/filter.ts';
import type { ViewState } from '../../state/urlState.ts';

const NO_INDEX: SearchIndex = new Map();

// The search index takes ~0.2 s on 5,000 sessions: build it just after the
// first paint, or at once if the page opens on a search.
const INDEX_DELAY_MS = 200;

export interface ScheduleFilters {
  /** What the sessions are filtered by (the search text lags while typing). */
  applied: Filters;
  /** The same, with the search text as typed: what the filter controls show. */
  asTyped: Filters;
  shown: Session[];
  counts: FacetCounts;
  /** How many sessions "Has recording" would leave; undefined when the feed has no recording. */
  recorded: number | undefined;
}

export function useScheduleFilters(schedule: Schedule, viewState: ViewState, starredIds: ReadonlySet<string>): ScheduleFilters {
  // Typing stays responsive: the list catches up with the search box.
  const q = useDeferredValue(viewState.q);
  const [indexWanted, setIndexWanted] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setIndexWanted(true), INDEX_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);
  const searching = q.trim() !== '';
  const needIndex = indexWanted || searching;
  const index = useMemo(() => (needIndex ? buildSearchIndex(schedule) : NO_INDEX), [schedule, needIndex]);
  // The URL may name tracks or types this feed does not have: ignore those.
  const known = useMemo(() => knownFacetValues(schedule), [schedule]);
  const languages = useMemo(() => viewState.languages.filter((value) => known.languages.has(value)), [viewState.languages, known]);
  const tracks = useMemo(() => viewState.tracks.filter((value) => known.tracks.has(value)), [viewState.tracks, known]);
  const types = useMemo(() => viewState.types.filter((value) => known.types.has(value)), [viewState.types, known]);
  const { favoritesOnly } = viewState;
  const anyRecording = useMemo(() => schedule.sessions.some(hasRecording), [schedule]);
  // A feed without recordings has no chip: a recording=1 in the URL would narrow to nothing.
  const recordedOnly = anyRecording && viewState.recordedOnly;
  const applied = useMemo<Filters>(
    () => ({ q, languages, tracks, types, favoritesOnly, recordedOnly }),
    [q, languages, tracks, types, favoritesOnly, recordedOnly],
  );
  // Without a search the index is not read: keep the context (and the list) stable when it arrives.
  const searchIndex = searching ? index : NO_INDEX;
  const context = useMemo(() => ({ index: searchIndex, favorites: starredIds }), [searchIndex, starredIds]);
  const shown = useMemo(() => filterSessions(schedule.sessions, applied, context), [schedule, applied, context]);
  const counts = useMemo(() => facetCounts(schedule.sessions, applied, context), [schedule, applied, context]);
  const recorded = useMemo(
    () => (anyRecording ? recordedCount(schedule.sessions, applied, context) : undefined),
    [schedule, applied, context, anyRecording],
  );
  const asTyped = useMemo(() => ({ ...applied, q: viewState.q }), [applied, viewState.q]);
  return { applied, asTyped, shown, counts, recorded };
}
