// Filtering and facet counts. The search text of every session is normalised
// once per feed (SearchIndex); each keystroke then costs a substring scan.
import type { Schedule, Session } from '../model/schedule.ts';

export interface Filters {
  q: string;
  languages: readonly string[];
  tracks: readonly string[];
  types: readonly string[];
  favoritesOnly: boolean;
  /** Only sessions with a recording to watch (absent: off). */
  recordedOnly?: boolean;
}

export const FACETS = ['languages', 'tracks', 'types'] as const;
export type Facet = (typeof FACETS)[number];

/** Importers keep a session's further languages ("de, en") as tags with this prefix. */
export const EXTRA_LANGUAGE_TAG = 'lang:';

/**
 * Where a session sits in each facet: none for a session without a track or
 * with no stated language ("und"), which would otherwise be a chip named
 * "root" or "und"; several for a session given in more than one language.
 */
export function facetValues(session: Session, facet: Facet): readonly string[] {
  return facetsOf(session)[facet];
}

type SessionFacets = Record<Facet, readonly string[]> & { recorded: boolean };

// Sessions are never changed once parsed, so what they file under is worked
// out once per session: each keystroke on 5,000 sessions asks again.
const facetCache = new WeakMap<Session, SessionFacets>();

// Most sessions file under one language, one track and one type, and a feed
// has few of each: one shared array per value, not three new ones a session
// (the first pass over 5,000 sessions, in the first render, made 20,000).
const NONE: readonly string[] = [];
const single = new Map<string, readonly string[]>();
const MAX_SINGLES = 10_000;

function only(value: string): readonly string[] {
  let values = single.get(value);
  if (values === undefined) {
    values = [value];
    if (single.size < MAX_SINGLES) single.set(value, values);
  }
  return values;
}

function languagesOf(session: Session): readonly string[] {
  let languages: string[] | undefined;
  for (const tag of session.tags) {
    if (!tag.startsWith(EXTRA_LANGUAGE_TAG)) continue;
    languages ??= session.language === 'und' ? [] : [session.language];
    const language = tag.slice(EXTRA_LANGUAGE_TAG.length);
    if (!languages.includes(language)) languages.push(language);
  }
  if (languages !== undefined) return languages.length === 1 ? only(languages[0] as string) : languages;
  return session.language === 'und' ? NONE : only(session.language);
}

function facetsOf(session: Session): SessionFacets {
  let facets = facetCache.get(session);
  if (facets === undefined) {
    facets = {
      languages: languagesOf(session),
      tracks: session.track === undefined ? NONE : only(session.track),
      types: only(session.type),
      recorded: session.links.some((link) => link.kind === 'recording'),
    };
    facetCache.set(session, facets);
  }
  return facets;
}

/**
 * Case-, width- and accent-insensitive form of a text: "Café" and "CAFE"
 * both become "cafe", full-width "ＩＳＴＩＯ" becomes "istio". Chinese text
 * passes through unchanged, so it matches by plain substring.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchTerms(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/).filter(Boolean);
}

export type SearchIndex = ReadonlyMap<string, string>;

/** Whether a session has a recording to watch. */
export function hasRecording(session: Session): boolean {
  return facetsOf(session).recorded;
}

/**
 * One normalised haystack per session: titles and abstracts in every
 * language, speakers with their companies and, where the feed has a profile,
 * their roles; tags.
 */
export function buildSearchIndex(schedule: Schedule): SearchIndex {
  return searchIndexBuilder(schedule).complete();
}

export interface SearchIndexBuilder {
  /** Indexes sessions until `stop()` says so (asked every few sessions); true once every session is in. */
  step(stop: () => boolean): boolean;
  /** Indexes what is left and returns the whole index (the same Map every time). */
  complete(): SearchIndex;
}

const SESSIONS_PER_STOP_CHECK = 32;

/**
 * The index built a slice at a time, so a page can build it between frames
 * (100 ms for 5,000 sessions in one go) and finish it at once when a search
 * comes first.
 */
export function searchIndexBuilder(schedule: Schedule): SearchIndexBuilder {
  const index = new Map<string, string>();
  const { sessions } = schedule;
  const roles = new Map(schedule.speakers.map((profile) => [profile.id, profile.role ?? '']));
  let next = 0;
  const step = (stop: () => boolean) => {
    while (next < sessions.length) {
      const session = sessions[next++];
      if (session) index.set(session.id, sessionHaystack(session, roles));
      if (next % SESSIONS_PER_STOP_CHECK === 0 && stop()) break;
    }
    return next >= sessions.length;
  };
  return {
    step,
    complete: () => {
      step(() => false);
      return index;
    },
  };
}

function sessionHaystack(session: Session, roles: ReadonlyMap<string, string>): string {
  const parts = [
    ...Object.values(session.title),
    ...session.speakers.flatMap((speaker) => [speaker.name, speaker.affiliation ?? '', (speaker.id && roles.get(speaker.id)) ?? '']),
    ...Object.values(session.abstract ?? {}),
    ...session.tags,
  ];
  // \u0000 keeps a term from matching across two fields.
  return normalizeForSearch(parts.join('\u0000'));
}

export interface FilterContext {
  index: SearchIndex;
  favorites: ReadonlySet<string>;
}

type Check = (session: Session) => boolean;
/** A facet's filter, asked of what a session files under (facetsOf): applyFilters looks those up once a session. */
type FacetCheck = (facets: SessionFacets) => boolean;

function facetCheck(filters: Filters, facet: Facet): FacetCheck | undefined {
  const chosen = filters[facet];
  if (chosen.length === 0) return undefined;
  const wanted = new Set(chosen);
  return (facets) => {
    for (const value of facets[facet]) if (wanted.has(value)) return true;
    return false;
  };
}

function otherChecks(filters: Filters, context: FilterContext): Check[] {
  const checks: Check[] = [];
  const terms = searchTerms(filters.q);
  if (terms.length > 0) {
    checks.push((session) => {
      const haystack = context.index.get(session.id) ?? '';
      return terms.every((term) => haystack.includes(term));
    });
  }
  if (filters.favoritesOnly) checks.push((session) => context.favorites.has(session.id));
  if (filters.recordedOnly) checks.push(hasRecording);
  return checks;
}

/**
 * What the filters leave, written as plainly as it can be: the app runs
 * applyFilters, and the tests hold applyFilters to this.
 */
export function filterSessions(sessions: readonly Session[], filters: Filters, context: FilterContext): Session[] {
  const checks: Check[] = [
    ...FACETS.filter((facet) => filters[facet].length > 0).map(
      (facet): Check =>
        (session) =>
          facetValues(session, facet).some((value) => filters[facet].includes(value)),
    ),
    ...otherChecks(filters, context),
  ];
  if (checks.length === 0) return [...sessions];
  return sessions.filter((session) => checks.every((check) => check(session)));
}

export type FacetCounts = Record<Facet, Map<string, number>>;

export interface FilterOutcome {
  /** The sessions every filter leaves, in feed order. */
  shown: Session[];
  /**
   * For each facet, how many sessions each of its values would leave: every
   * other active filter applies, the facet's own choice does not (so picking a
   * second language widens, and the count says by how much).
   */
  counts: FacetCounts;
  /** How many sessions the "Has recording" chip would leave: every other active filter applies. */
  recorded: number;
}

/**
 * What the filters leave, the chips' counts and the recording count, in one
 * pass: on 5,000 sessions a keystroke's search runs once per session, not
 * once for each of the three.
 */
export function applyFilters(sessions: readonly Session[], filters: Filters, context: FilterContext): FilterOutcome {
  const shown: Session[] = [];
  const counts: FacetCounts = { languages: new Map(), tracks: new Map(), types: new Map() };
  let recorded = 0;
  const facetChecks = FACETS.map((facet) => facetCheck(filters, facet));
  // The recording filter is applied below: its own count ignores it.
  const rest = otherChecks({ ...filters, recordedOnly: false }, context);
  // Plain loops with no array per session: a keystroke on 5,000 sessions runs
  // this body 5,000 times, and the first few run before the JIT has warmed up.
  for (const session of sessions) {
    if (!passesAll(rest, session)) continue;
    const facets = facetsOf(session);
    let failed = 0;
    let failedAt = -1;
    for (let position = 0; position < facetChecks.length; position += 1) {
      const check = facetChecks[position];
      if (check !== undefined && !check(facets)) {
        failed += 1;
        failedAt = position;
      }
    }
    if (failed === 0 && facets.recorded) recorded += 1;
    if (filters.recordedOnly && !facets.recorded) continue;
    if (failed === 0) shown.push(session);
    if (failed > 1) continue;
    for (let position = 0; position < FACETS.length; position += 1) {
      // Counted where every other facet passes: this one's own choice may fail.
      if (failed === 1 && position !== failedAt) continue;
      const facet = FACETS[position] as Facet;
      const map = counts[facet];
      for (const value of facets[facet]) map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return { shown, counts, recorded };
}

function passesAll(checks: readonly Check[], session: Session): boolean {
  for (const check of checks) if (!check(session)) return false;
  return true;
}

/** The values each facet can take in this feed. */
export function knownFacetValues(schedule: Schedule): Record<Facet, ReadonlySet<string>> {
  const values: Record<Facet, Set<string>> = { languages: new Set(), tracks: new Set(), types: new Set() };
  for (const session of schedule.sessions) {
    const facets = facetsOf(session);
    for (const facet of FACETS) {
      for (const value of facets[facet]) values[facet].add(value);
    }
  }
  return values;
}

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.q.trim() !== '' || filters.favoritesOnly || filters.recordedOnly === true || FACETS.some((facet) => filters[facet].length > 0)
  );
}

/** Adds the value when absent, removes it when present; keeps the order stable. */
export function toggleValue(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}

/** The sessions the viewer starred, in schedule order. */
export function starredSessions(sessions: readonly Session[], starredIds: ReadonlySet<string>): Session[] {
  return sessions.filter((session) => starredIds.has(session.id));
}
