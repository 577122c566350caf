import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feed/parse.ts';
import { applyFilters, buildSearchIndex, type Filters } from '../../src/schedule/filter.ts';
import { searchWord } from '../plan.ts';
import { floorSessions, matching, type RawFeed } from './feed.ts';

// The bundled IstioCon feed, which the bench serves to the app and the floor pages alike.
const raw = JSON.parse(readFileSync(new URL('../../public/sessions.json', import.meta.url), 'utf8')) as RawFeed;
const parsed = parseFeed(raw);
if (!parsed.ok) throw new Error(`the bundled feed was refused: ${parsed.detail}`);
const { schedule } = parsed;
const floor = floorSessions(raw, new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', hour: 'numeric' }));
const none: Filters = { q: '', languages: [], tracks: [], types: [], favoritesOnly: false, recordedOnly: false };

describe('the floor pages’ filter', () => {
  const word = searchWord(schedule);
  const typed = [...word].map((_, at) => word.slice(0, at + 1));

  it.each([false, true])('leaves the sessions the app leaves, as the bench types its word (Chinese chip on: %s)', (chinese) => {
    const context = { index: buildSearchIndex(schedule), favorites: new Set<string>() };
    for (const q of ['', ...typed]) {
      // Ids sorted: the app lists by start time, the floor in the feed's order.
      const app = applyFilters(schedule.sessions, { ...none, q, languages: chinese ? ['zh'] : [] }, context).shown.map(({ id }) => id);
      const shown = floor.filter(matching({ chinese, q })).map(({ id }) => id);
      expect(shown.sort(), q).toEqual(app.sort());
    }
  });

  it('changes what it leaves at every keystroke of the word, as the app does', () => {
    const counts = ['', ...typed].map((q) => floor.filter(matching({ chinese: false, q })).length);
    expect(new Set(counts).size).toBe(counts.length);
  });
});
