// Every localStorage access goes through here: storage may be missing,
// disabled (throws on access), full (throws on write) or hold anything.
export const STORAGE_KEYS = {
  language: 'schedule:v1:language',
  timeZone: 'schedule:v1:timezone',
  lastGoodFeed: 'schedule:v1:last-good-feed',
  theme: 'schedule:v1:theme',
} as const;

/** The browser's localStorage, or undefined where merely touching it throws (sandboxed iframes, some private modes). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readItem(key: string): string | undefined {
  try {
    return browserStorage()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the value could not be saved (no storage, quota, private mode). */
export function writeItem(key: string, value: string): boolean {
  try {
    const store = browserStorage();
    if (!store) return false;
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(key: string): void {
  try {
    browserStorage()?.removeItem(key);
  } catch {
    // Nothing to do: there is no storage to clean.
  }
}
