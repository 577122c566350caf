import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/feed/parse.ts';
import { adjacentDay, busiestDay, FEED_DAYS, generateFeed } from './gen-feed.ts';

// Generated once: 5,000 sessions take a moment to build and parse, many
// moments on a busy machine, hence the long timeouts.
const feed = generateFeed();
const SLOW = { timeout: 60_000 };

describe('generateFeed', () => {
  it('is a feed the app accepts whole: no problem, every session kept', SLOW, () => {
    const result = parseFeed(JSON.parse(JSON.stringify(feed)));
    if (!result.ok) throw new Error(`refused: ${result.failure} ${result.detail}`);
    expect(result.problems).toEqual([]);
    expect(result.schedule.sessions).toHaveLength(5000);
    expect(result.schedule.tracks).toHaveLength(10);
    expect(result.schedule.rooms).toHaveLength(20);
    const days = new Set(result.schedule.sessions.map((session) => new Date(session.start).toISOString().slice(0, 10)));
    expect([...days].sort()).toEqual([...FEED_DAYS]);
  });

  it('is deterministic: same seed, same bytes; another seed, another feed', SLOW, () => {
    expect(JSON.stringify(generateFeed())).toBe(JSON.stringify(feed));
    expect(JSON.stringify(generateFeed({ sessions: 5000, seed: 2 }))).not.toBe(JSON.stringify(feed));
  });

  it('has realistic field sizes and both languages, some sessions bilingual', () => {
    const lengths = (pick: 'title' | 'abstract') =>
      feed.sessions.flatMap((session) => Object.values(session[pick] ?? {}).map((text) => text.length));
    expect(Math.min(...lengths('title'))).toBeGreaterThanOrEqual(30);
    expect(Math.max(...lengths('title'))).toBeLessThanOrEqual(90);
    expect(Math.min(...lengths('abstract'))).toBeGreaterThanOrEqual(300);
    expect(Math.max(...lengths('abstract'))).toBeLessThanOrEqual(1200);
    // Breaks and socials have no speakers; every other session has one to three.
    const speakerCounts = new Set(
      feed.sessions.filter((session) => session.type !== 'break' && session.type !== 'social').map((session) => session.speakers?.length),
    );
    expect(speakerCounts).toEqual(new Set([1, 2, 3]));
    expect(new Set(feed.sessions.map((session) => session.language))).toEqual(new Set(['en', 'zh']));
    expect(feed.sessions.some((session) => session.title.en !== undefined && session.title.zh !== undefined)).toBe(true);
    expect(feed.sessions.some((session) => session.abstract?.en !== undefined && session.abstract.zh !== undefined)).toBe(true);
  });

  it('has a profile for every speaker, with ids, roles, some bios and a few relative photos', () => {
    const ids = new Set(feed.speakers.map((profile) => profile.id));
    expect(ids.size).toBe(feed.speakers.length);
    const pointed = feed.sessions.flatMap((session) => (session.speakers ?? []).map((speaker) => speaker.id));
    expect(pointed.every((id) => id !== undefined && ids.has(id))).toBe(true);
    expect(feed.speakers.every((profile) => profile.role)).toBe(true);
    const withBio = feed.speakers.filter((profile) => profile.bio).length;
    const withPhoto = feed.speakers.filter((profile) => profile.photo).length;
    expect(withBio).toBeGreaterThan(feed.speakers.length / 5);
    expect(withPhoto).toBeGreaterThan(0);
    expect(withPhoto).toBeLessThan(feed.speakers.length / 5);
    expect(feed.speakers.flatMap((profile) => profile.photo ?? []).every((photo) => !/^[a-z]+:/.test(photo.url))).toBe(true);
  });

  it('can be smaller, and names its busiest day', () => {
    const small = generateFeed({ sessions: 50, seed: 7 });
    expect(small.sessions).toHaveLength(50);
    expect(FEED_DAYS).toContain(busiestDay(feed));
  });

  it('names the day before a day, or after the first', () => {
    expect(adjacentDay('2025-09-16')).toBe('2025-09-15');
    expect(adjacentDay('2025-09-15')).toBe('2025-09-16');
  });
});
