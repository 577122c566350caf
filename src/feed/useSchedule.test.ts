// The feed's transport: the timeout, what may replace the last good copy, and
// a copy the service worker answers with. fetch and storage are fakes.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '../lib/storage.ts';
import { FEED_TIMEOUT_MS, FeedError, feedWaitMs, fetchFeed, loadFeed, SAVE_FALLBACK_MS, savedFeed } from './useSchedule.ts';
import { SAVED_AT_HEADER } from '../pwa/offline.ts';

const URL_ = 'https://example.org/sessions.json';

/** The copy is saved once a session is painted; in a page that paints none, as here, after SAVE_FALLBACK_MS. */
async function afterSave(): Promise<void> {
  await vi.advanceTimersByTimeAsync(SAVE_FALLBACK_MS);
}

const session = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  title: { en: id },
  start: '2022-04-25T15:00:00Z',
  end: '2022-04-25T15:30:00Z',
  type: 'talk',
  language: 'en',
  ...overrides,
});
const feedText = (sessions: unknown[]) => JSON.stringify({ format: 1, conference: { id: 'c', name: { en: 'C' } }, sessions });

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function answer(body: string, headers: Record<string, string> = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status: 200, headers })),
  );
}

describe('feedWaitMs', () => {
  it("counts the visit's first wait from when the page began to load, so a slow start-up is not added to it", () => {
    for (const started of [0, 400, 1_500, 2_900]) expect(started + feedWaitMs(true, started, false)).toBe(FEED_TIMEOUT_MS);
  });

  it('still waits a moment when the script started late, for an answer that may be arriving', () => {
    expect(feedWaitMs(true, 3_800, false)).toBe(1_000);
    expect(feedWaitMs(true, 60_000, false)).toBe(1_000);
  });

  it('waits the whole time on later fetches, and under a service worker, whose own shorter wait ends first', () => {
    expect(feedWaitMs(false, 1_500, false)).toBe(FEED_TIMEOUT_MS);
    expect(feedWaitMs(false, 600_000, false)).toBe(FEED_TIMEOUT_MS);
    expect(feedWaitMs(true, 1_500, true)).toBe(FEED_TIMEOUT_MS);
  });
});

describe('fetchFeed', () => {
  it('gives up on a server that accepts the connection and never answers', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) =>
            init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      ),
    );
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let settled: unknown;
    void fetchFeed(URL_, undefined, 2_500).catch((caught: unknown) => (settled = caught));
    await vi.advanceTimersByTimeAsync(2_499);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBeInstanceOf(FeedError);
    expect(settled).toMatchObject({ kind: 'timeout', retryable: false });
  });

  it('keeps a good feed as the last good copy, once it is on screen', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    answer(feedText([session('a')]));
    const loaded = await fetchFeed(URL_);
    expect(loaded.schedule.sessions.map((kept) => kept.id)).toEqual(['a']);
    expect(loaded.savedAt).toBeUndefined();
    expect(savedFeed(URL_)).toBeUndefined();
    await afterSave();
    expect(savedFeed(URL_)?.schedule.sessions.map((kept) => kept.id)).toEqual(['a']);
  });

  it('refuses a feed whose every session is broken, and the last good copy stays', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    answer(feedText([session('a')]));
    await fetchFeed(URL_);
    await afterSave();
    const before = storage.getItem(STORAGE_KEYS.lastGoodFeed);
    expect(before).not.toBeNull();
    answer(feedText([session('b', { end: '2000-01-01T00:00:00Z' }), session('c', { type: 'nonsense' })]));
    await expect(fetchFeed(URL_)).rejects.toMatchObject({ kind: 'no-sessions' });
    expect(storage.getItem(STORAGE_KEYS.lastGoodFeed)).toBe(before);
  });

  it('shows an empty but valid feed without keeping it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    answer(feedText([session('a')]));
    await fetchFeed(URL_);
    await afterSave();
    const before = storage.getItem(STORAGE_KEYS.lastGoodFeed);
    expect(before).not.toBeNull();
    answer(feedText([]));
    expect((await fetchFeed(URL_)).schedule.sessions).toEqual([]);
    await afterSave();
    expect(storage.getItem(STORAGE_KEYS.lastGoodFeed)).toBe(before);
  });

  it("reads the service worker's saved copy as saved, not fresh, and does not save it again", async () => {
    answer(feedText([session('a')]), { [SAVED_AT_HEADER]: '1650000000000' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const loaded = await fetchFeed(URL_);
    expect(loaded.savedAt).toBe(1_650_000_000_000);
    await afterSave();
    expect(storage.getItem(STORAGE_KEYS.lastGoodFeed)).toBeNull();
  });
});

describe('loadFeed', () => {
  const key = ['feed', URL_];

  it("puts the worker's copy on screen when nothing is there, and still fails so the page says it is a copy", async () => {
    const client = new QueryClient();
    answer(feedText([session('a')]), { [SAVED_AT_HEADER]: '1650000000000' });
    await expect(loadFeed(client, key, URL_)).rejects.toMatchObject({ kind: 'network', retryable: false });
    expect(client.getQueryData(key)).toMatchObject({ savedAt: 1_650_000_000_000 });
  });

  it("never replaces a fresher schedule with the worker's copy", async () => {
    const client = new QueryClient();
    answer(feedText([session('fresh')]));
    client.setQueryData(key, await fetchFeed(URL_));
    answer(feedText([session('old')]), { [SAVED_AT_HEADER]: '1650000000000' });
    await expect(loadFeed(client, key, URL_)).rejects.toBeInstanceOf(FeedError);
    expect(client.getQueryData<{ schedule: { sessions: { id: string }[] } }>(key)?.schedule.sessions[0]?.id).toBe('fresh');
  });

  it('hands the feed over only once what must be in before it is shown (the view for its size) is in', async () => {
    answer(feedText([session('a'), session('b')]));
    let viewIn: () => void = () => undefined;
    const seen: number[] = [];
    const beforeShown = vi.fn(async (feed: { schedule: { sessions: unknown[] } }) => {
      seen.push(feed.schedule.sessions.length);
      await new Promise<void>((resolve) => (viewIn = resolve));
    });
    let handedOver = false;
    const loading = loadFeed(new QueryClient(), key, URL_, undefined, beforeShown).then((feed) => {
      handedOver = true;
      return feed;
    });
    await vi.waitFor(() => expect(beforeShown).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(handedOver).toBe(false);
    viewIn();
    expect((await loading).schedule.sessions).toHaveLength(2);
    expect(seen).toEqual([2]);
  });
});
