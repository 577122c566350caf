// What to type and click, chosen with the app's own parser and filter code so
// that every interaction really changes what the list shows on screen.
import { parseFeed } from '../src/feed/parse.ts';
import { applyFilters, buildSearchIndex, type Filters } from '../src/schedule/filter.ts';
import type { Schedule } from '../src/model/schedule.ts';

// A change only in row 500 of the list would be invisible (and absent from
// the DOM of a virtualised list, which holds about ten rows at 1280x800): an
// interaction must change the first few rows.
const TOP_ROWS = 4;
const MAX_WORD = 12;
const NO_FILTERS: Filters = { q: '', languages: [], tracks: [], types: [], favoritesOnly: false };

export function parseSchedule(raw: unknown): Schedule {
  const result = parseFeed(raw);
  if (!result.ok) throw new Error(`the app refuses the feed: ${result.failure} ${result.detail}`);
  return result.schedule;
}

function topRows(schedule: Schedule): (filters: Partial<Filters>) => string {
  const context = { index: buildSearchIndex(schedule), favorites: new Set<string>() };
  return (filters) =>
    applyFilters(schedule.sessions, { ...NO_FILTERS, ...filters }, context)
      .shown.slice(0, TOP_ROWS)
      .map((session) => session.id)
      .join(' ');
}

/**
 * The longest word of the feed (then the first alphabetically) such that each
 * keystroke of typing it, and so each Backspace deleting it, changes the first
 * rows of the list and leaves at least one session. Deterministic per feed.
 */
export function searchWord(schedule: Schedule): string {
  const top = topRows(schedule);
  const cache = new Map<string, string>();
  const topFor = (q: string) => cache.get(q) ?? cache.set(q, top({ q })).get(q) ?? '';
  const words = new Set<string>();
  for (const haystack of buildSearchIndex(schedule).values()) {
    for (const word of haystack.split(/[^a-z]+/)) if (word.length > 0 && word.length <= MAX_WORD) words.add(word);
  }
  const candidates = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const found = candidates.find((word) =>
    [...word].every((_, at) => {
      const shown = topFor(word.slice(0, at + 1));
      return shown !== '' && shown !== topFor(word.slice(0, at));
    }),
  );
  if (!found) throw new Error('no word in the feed changes the list at every keystroke');
  return found;
}

/** Type the word, delete it, again, until `count` keystrokes. */
export function keystrokes(word: string, count: number): string[] {
  const cycle = [...word, ...[...word].map(() => 'Backspace')];
  return Array.from({ length: count }, (_, at) => cycle[at % cycle.length] ?? 'Backspace');
}

/** Does turning this language chip on (and off) change the first rows? */
export function languageChipChangesList(schedule: Schedule, language: string): boolean {
  const top = topRows(schedule);
  const chosen = top({ languages: [language] });
  return chosen !== '' && chosen !== top({});
}
