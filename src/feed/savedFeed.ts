// The last feed that loaded and validated, kept so a reload without network
// still shows the schedule. Stored as the raw text: it is re-validated on the
// way back in, like any other untrusted input.
//
// Two copies of it. localStorage is read synchronously at start-up, so the
// saved schedule is on screen at once; the service worker's cache answers
// the feed's own URL when the network does not, and holds feeds too big for
// localStorage. Only the page writes either copy: the page is what validates
// a feed, and a worker that cached whatever the server sent would keep a
// broken or empty one.
import { FEED_CACHE, SAVED_AT_HEADER } from '../pwa/offline.ts';
import { readItem, removeItem, STORAGE_KEYS, writeItem } from '../lib/storage.ts';

export interface SavedFeed {
  url: string;
  savedAt: number;
  text: string;
}

// localStorage holds about five million characters per origin; leave room
// for favorites and settings rather than evict them.
const MAX_SAVED_CHARS = 3_000_000;

export function saveFeedCopy(copy: SavedFeed): void {
  void saveWorkerCopy(copy);
  if (copy.text.length > MAX_SAVED_CHARS) {
    removeItem(STORAGE_KEYS.lastGoodFeed);
    return;
  }
  writeItem(STORAGE_KEYS.lastGoodFeed, JSON.stringify(copy));
}

async function saveWorkerCopy({ url, savedAt, text }: SavedFeed): Promise<void> {
  try {
    if (typeof caches === 'undefined') return;
    const cache = await caches.open(FEED_CACHE);
    const headers = { 'content-type': 'application/json; charset=utf-8', [SAVED_AT_HEADER]: String(savedAt) };
    await cache.put(url, new Response(text, { headers }));
  } catch {
    // No Cache Storage (insecure context, private mode, quota): the localStorage copy still holds.
  }
}

/** When a fetched response is the worker's saved copy, the time it was saved; undefined for the network's own answer. */
export function savedAtOf(response: Pick<Response, 'headers'>): number | undefined {
  const value = Number(response.headers.get(SAVED_AT_HEADER) ?? Number.NaN);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

export function loadFeedCopy(url: string): SavedFeed | undefined {
  const raw = readItem(STORAGE_KEYS.lastGoodFeed);
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { url: savedUrl, savedAt, text } = value as Record<string, unknown>;
    if (savedUrl !== url || typeof savedAt !== 'number' || typeof text !== 'string') return undefined;
    return { url, savedAt, text };
  } catch {
    return undefined;
  }
}
