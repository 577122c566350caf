import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  buildSearchIndex,
  searchIndexBuilder,
  facetValues,
  filterSessions,
  normalizeForSearch,
  toggleValue,
  type Filters,
} from './filter.ts';
import { facetCounts, makeSchedule } from './testSchedule.ts';

const recordedCount = (...args: Parameters<typeof applyFilters>) => applyFilters(...args).recorded;

const schedule = makeSchedule([
  {
    id: 'zero-trust',
    title: { en: 'Zero Trust with Istio' },
    track: 'security',
    language: 'en',
    type: 'keynote',
    speakers: [{ name: 'Eric Brewer' }],
  },
  {
    id: 'ebpf',
    title: { en: 'Use eBPF instead of iptables', zh: '使用 eBPF 代替 iptables 加速 Istio 数据平面' },
    track: 'networking',
    language: 'zh',
  },
  {
    id: 'push',
    title: { zh: 'istio推送的性能优化经验', en: 'Lessons learned optimizing Istio push performance' },
    track: 'networking',
    language: 'zh',
    abstract: { zh: '介绍istio中的服务/配置数据流转和推送的流程' },
  },
  { id: 'cafe', title: { en: 'Café tables' }, language: 'en', type: 'social', tags: ['Networking-Event'] },
  { id: 'tls', title: { en: 'TLS Origination' }, track: 'security', language: 'en', abstract: { en: 'Egress, certificates; mTLS.' } },
]);
const context = { index: buildSearchIndex(schedule), favorites: new Set(['tls', 'push']) };
const none: Filters = { q: '', languages: [], tracks: [], types: [], favoritesOnly: false };
const ids = (filters: Partial<Filters>) =>
  filterSessions(schedule.sessions, { ...none, ...filters }, context)
    .map((s) => s.id)
    .sort();

describe('normalizeForSearch', () => {
  it('folds case, accents and full-width forms, and leaves Chinese alone', () => {
    expect(normalizeForSearch('Café CRÈME')).toBe('cafe creme');
    expect(normalizeForSearch('ＩＳＴＩＯ')).toBe('istio');
    expect(normalizeForSearch('服务网格')).toBe('服务网格');
  });
});

describe('searchIndexBuilder', () => {
  const many = makeSchedule(
    Array.from({ length: 100 }, (_, at) => ({
      id: `s${at}`,
      title: { en: `Talk ${at}` },
      start: '2022-04-25T15:00:00Z',
      end: '2022-04-25T16:00:00Z',
    })),
  );

  it('stops when asked, between slices, and completes to the same index as one build', () => {
    const builder = searchIndexBuilder(many);
    expect(builder.step(() => true)).toBe(false);
    const partial = builder.complete();
    expect(builder.step(() => true)).toBe(true);
    expect([...partial]).toEqual([...buildSearchIndex(many)]);
    expect(builder.complete()).toBe(partial);
  });

  it('builds a slice of sessions per step, not the whole feed', () => {
    const builder = searchIndexBuilder(many);
    let asked = 0;
    builder.step(() => ++asked === 2);
    expect(asked).toBe(2);
    expect(builder.step(() => false)).toBe(true);
  });
});

describe('filterSessions', () => {
  it('returns everything with no filter', () => {
    expect(ids({})).toHaveLength(5);
  });

  it('filters by delivery language, track and type, OR within a facet and AND across', () => {
    expect(ids({ languages: ['zh'] })).toEqual(['ebpf', 'push']);
    expect(ids({ tracks: ['security'] })).toEqual(['tls', 'zero-trust']);
    expect(ids({ tracks: ['security', 'networking'], languages: ['en'] })).toEqual(['tls', 'zero-trust']);
    expect(ids({ types: ['keynote', 'social'] })).toEqual(['cafe', 'zero-trust']);
  });

  it('searches titles in both languages, speakers, abstracts and tags', () => {
    expect(ids({ q: 'brewer' })).toEqual(['zero-trust']);
    expect(ids({ q: '数据平面' })).toEqual(['ebpf']);
    expect(ids({ q: '推送' })).toEqual(['push']);
    expect(ids({ q: 'push performance' })).toEqual(['push']);
    expect(ids({ q: 'networking-event' })).toEqual(['cafe']);
    expect(ids({ q: 'CERTIFICATES' })).toEqual(['tls']);
  });

  it('is accent-insensitive both ways', () => {
    expect(ids({ q: 'cafe' })).toEqual(['cafe']);
    expect(ids({ q: 'CAFÉ' })).toEqual(['cafe']);
  });

  it('needs every search word, in any order', () => {
    expect(ids({ q: 'istio zero' })).toEqual(['zero-trust']);
    expect(ids({ q: 'istio nothing-like-this' })).toEqual([]);
  });

  it('does not match a term across two fields', () => {
    expect(ids({ q: 'tablesnetworking' })).toEqual([]);
  });

  it('keeps only favorites when asked', () => {
    expect(ids({ favoritesOnly: true })).toEqual(['push', 'tls']);
  });
});

describe('facetCounts', () => {
  it('counts each option as if it were chosen alone within its facet', () => {
    const counts = facetCounts(schedule.sessions, { ...none, languages: ['zh'] }, context);
    // Language counts ignore the language choice itself.
    expect(Object.fromEntries(counts.languages)).toEqual({ en: 3, zh: 2 });
    // Track and type counts respect it.
    expect(Object.fromEntries(counts.tracks)).toEqual({ networking: 2 });
    expect(Object.fromEntries(counts.types)).toEqual({ talk: 2 });
  });

  it('applies the search text to every facet', () => {
    const counts = facetCounts(schedule.sessions, { ...none, q: 'istio' }, context);
    expect(Object.fromEntries(counts.languages)).toEqual({ en: 1, zh: 2 });
    expect(Object.fromEntries(counts.tracks)).toEqual({ security: 1, networking: 2 });
  });

  it('agrees with filterSessions for every single option', () => {
    const filters: Filters = { ...none, tracks: ['security'], q: 't' };
    const counts = facetCounts(schedule.sessions, filters, context);
    for (const [language, count] of counts.languages) {
      expect(filterSessions(schedule.sessions, { ...filters, languages: [language] }, context)).toHaveLength(count);
    }
  });
});

describe('applyFilters', () => {
  // Every combination of these, on a feed with recordings, extra languages and sessions without a track.
  const feed = makeSchedule([
    ...schedule.sessions.map((session) => ({
      id: session.id,
      title: session.title,
      track: session.track,
      language: session.language,
      type: session.type,
    })),
    {
      id: 'both',
      title: { en: 'Istio in two languages' },
      language: 'de',
      tags: ['lang:en'],
      links: [{ kind: 'recording', url: 'https://www.youtube.com/watch?v=2' }],
    },
    {
      id: 'watch',
      title: { en: 'Watch TLS' },
      track: 'security',
      language: 'zh',
      links: [{ kind: 'recording', url: 'https://www.youtube.com/watch?v=1' }],
    },
  ]);
  const feedContext = { index: buildSearchIndex(feed), favorites: new Set(['tls', 'watch', 'both']) };
  const subsets = <T>(values: readonly T[]): T[][] =>
    values.reduce<T[][]>((all, value) => [...all, ...all.map((some) => [...some, value])], [[]]);
  const combinations: Filters[] = [];
  for (const q of ['', 'istio', 't'])
    for (const languages of subsets(['en', 'zh', 'de']))
      for (const tracks of subsets(['security', 'networking']))
        for (const types of [[], ['talk'], ['keynote', 'social']])
          for (const favoritesOnly of [false, true])
            for (const recordedOnly of [false, true]) combinations.push({ q, languages, tracks, types, favoritesOnly, recordedOnly });

  it('shows what filterSessions shows, and counts what each single choice would show', () => {
    for (const filters of combinations) {
      const { shown, counts, recorded } = applyFilters(feed.sessions, filters, feedContext);
      expect(shown).toEqual(filterSessions(feed.sessions, filters, feedContext));
      expect(recorded).toBe(filterSessions(feed.sessions, { ...filters, recordedOnly: true }, feedContext).length);
      for (const facet of ['languages', 'tracks', 'types'] as const) {
        for (const [value, count] of counts[facet]) {
          expect(filterSessions(feed.sessions, { ...filters, [facet]: [value] }, feedContext)).toHaveLength(count);
        }
        // A value is missing from the counts only where choosing it would show nothing.
        for (const value of ['en', 'zh', 'de', 'security', 'networking', 'talk', 'keynote', 'social']) {
          if (counts[facet].has(value)) continue;
          expect(filterSessions(feed.sessions, { ...filters, [facet]: [value] }, feedContext)).toHaveLength(0);
        }
      }
    }
    expect(combinations).toHaveLength(3 * 8 * 4 * 3 * 2 * 2);
  });
});

describe('toggleValue', () => {
  it('adds and removes', () => {
    expect(toggleValue(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleValue(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('language facet of imported feeds', () => {
  const imported = makeSchedule([
    { id: 'both', language: 'de', tags: ['lang:en'] },
    { id: 'unstated', language: 'und' },
    { id: 'english', language: 'en' },
  ]);
  const importedContext = { index: buildSearchIndex(imported), favorites: new Set<string>() };

  it('counts a "de, en" session for each language and leaves "not stated" out of the chips', () => {
    const counts = facetCounts(imported.sessions, none, importedContext);
    expect(Object.fromEntries(counts.languages)).toEqual({ de: 1, en: 2 });
    const unstated = imported.sessions.find((s) => s.id === 'unstated');
    expect(unstated && facetValues(unstated, 'languages')).toEqual([]);
  });

  it('files a session under each language once, in the order given, and an unstated one under its extras only', () => {
    const sessions = makeSchedule([
      { id: 'repeat', language: 'en', tags: ['lang:en', 'lang:de', 'lang:de', 'keynote'] },
      { id: 'extras', language: 'und', tags: ['lang:fr', 'lang:fr', 'lang:it'] },
      { id: 'one-extra', language: 'und', tags: ['lang:ja'] },
      { id: 'untagged', language: 'zh', tags: ['lang'] },
    ]).sessions;
    expect(Object.fromEntries(sessions.map((session) => [session.id, facetValues(session, 'languages')]))).toEqual({
      repeat: ['en', 'de'],
      extras: ['fr', 'it'],
      'one-extra': ['ja'],
      untagged: ['zh'],
    });
  });

  it('finds a "de, en" session under either language', () => {
    const english = filterSessions(imported.sessions, { ...none, languages: ['en'] }, importedContext)
      .map((s) => s.id)
      .sort();
    expect(english).toEqual(['both', 'english']);
  });
});

describe('the recording chip', () => {
  const recorded = makeSchedule([
    { id: 'watch', language: 'en', links: [{ kind: 'recording', url: 'https://www.youtube.com/watch?v=1' }] },
    { id: 'slides-only', language: 'en', links: [{ kind: 'slides', url: 'https://example.com/s.pdf' }] },
    { id: 'zh-watch', language: 'zh', links: [{ kind: 'recording', url: 'https://www.bilibili.com/video/1' }] },
    { id: 'none', language: 'zh' },
  ]);
  const recordedContext = { index: buildSearchIndex(recorded), favorites: new Set<string>() };
  const shown = (filters: Partial<Filters>) => filterSessions(recorded.sessions, { ...none, ...filters }, recordedContext).map((s) => s.id);

  it('leaves only sessions with a recording, and counts what it would leave under the other filters', () => {
    expect(shown({ recordedOnly: true })).toEqual(['watch', 'zh-watch']);
    expect(recordedCount(recorded.sessions, none, recordedContext)).toBe(2);
    expect(recordedCount(recorded.sessions, { ...none, languages: ['zh'] }, recordedContext)).toBe(1);
    // Its own choice does not change its count.
    expect(recordedCount(recorded.sessions, { ...none, recordedOnly: true }, recordedContext)).toBe(2);
    expect(facetCounts(recorded.sessions, { ...none, recordedOnly: true }, recordedContext).languages).toEqual(
      new Map([
        ['en', 1],
        ['zh', 1],
      ]),
    );
  });
});
