// The last feed that loaded and validated, kept so a reload without network
// still shows the schedule. Stored as the raw text: it is re-validated on the
// way back in, like any other untrusted input.
import { readItem, removeItem, STORAGE_KEYS, writeItem } from '../state/storage.ts';

export interface SavedFeed {
  url: string;
  savedAt: number;
  text: string;
}

// localStorage holds about five million characters per origin; leave room
// for favorites and settings rather than evict them.
const MAX_SAVED_CHARS = 3_000_000;

export function saveFeedCopy(copy: SavedFeed): void {
  if (copy.text.length > MAX_SAVED_CHARS) {
    removeItem(STORAGE_KEYS.lastGoodFeed);
    return;
  }
  writeItem(STORAGE_KEYS.lastGoodFeed, JSON.stringify(copy));
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
