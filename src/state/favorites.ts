// The viewer's favorite sessions, one localStorage key per conference.
// Storage is injected so tests can hand in broken fakes; the browser's may be
// missing, throw on every access (private mode), be full, or hold a value
// written by a newer or a buggy app. None of that may throw or lose a favorite:
// a value this app cannot fully read is copied to a backup key before the main
// key is ever overwritten, and loading never writes anything.

import { isId } from '../model/rules.ts';

export const FAVORITES_VERSION = 1;

/** Session ids follow the feed's id rule. */
export const isSessionId = isId;

export function favoritesKey(conferenceId: string): string {
  return `schedule:v1:${conferenceId}:favorites`;
}

/** Where an unreadable value is moved before the main key is overwritten. */
export function favoritesBackupKey(conferenceId: string, timestamp: number): string {
  return `${favoritesKey(conferenceId)}:unreadable:${timestamp}`;
}

export type LoadStatus =
  /** Read as written. */
  | 'ok'
  /** Nothing stored yet. */
  | 'empty'
  /** No storage, or reading threw: favorites live for this visit only. */
  | 'unavailable'
  /** A version-1 value with some unreadable entries; the readable ids are returned. */
  | 'partial'
  /** Not JSON, or JSON of another shape; nothing could be read. */
  | 'corrupt'
  /** Written by a newer app; ids are read if they still look like ids. */
  | 'future-version';

export interface LoadResult {
  /** Unique, in the order they were added. */
  ids: string[];
  status: LoadStatus;
}

export type SaveResult = 'saved' | 'unavailable' | 'quota';

export function loadFavorites(storage: Storage | undefined, conferenceId: string): LoadResult {
  if (!storage) return { ids: [], status: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(favoritesKey(conferenceId));
  } catch {
    return { ids: [], status: 'unavailable' };
  }
  return raw === null ? { ids: [], status: 'empty' } : readValue(raw);
}

/**
 * Writes the whole list. A stored value that is not a clean version-1 value is
 * first copied to favoritesBackupKey; if that copy fails, nothing is written.
 * Saving the ids that are already readable writes nothing, so a value from a
 * newer app survives until the viewer really changes a favorite.
 */
export function saveFavorites(
  storage: Storage | undefined,
  conferenceId: string,
  ids: readonly string[],
  now: number = Date.now(),
): SaveResult {
  if (!storage) return 'unavailable';
  const key = favoritesKey(conferenceId);
  try {
    const next = uniqueIds(ids);
    const current = storage.getItem(key);
    if (current !== null) {
      const stored = readValue(current);
      if (sameIds(stored.ids, next)) return 'saved';
      if (stored.status !== 'ok') storage.setItem(freeBackupKey(storage, conferenceId, now), current);
    }
    storage.setItem(key, JSON.stringify({ version: FAVORITES_VERSION, ids: next }));
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'unavailable';
  }
}

/** One change the viewer makes: star some sessions, or unstar one. */
export type FavoritesChange = { add: readonly string[] } | { remove: string };

export function applyChange(ids: readonly string[], change: FavoritesChange): string[] {
  return 'remove' in change ? ids.filter((id) => id !== change.remove) : uniqueIds([...ids, ...change.add]);
}

/**
 * Applies one change to what storage holds now, not to a list kept in
 * memory: another tab may have written since this one last read (its storage
 * event not handled yet, the tab busy or asleep), and writing a whole list
 * from memory would erase that tab's stars. On success, `ids` is what
 * storage now holds, the other tabs' changes included.
 */
export function updateFavorites(
  storage: Storage | undefined,
  conferenceId: string,
  change: FavoritesChange,
  now: number = Date.now(),
): { result: 'saved'; ids: string[] } | { result: Exclude<SaveResult, 'saved'> } {
  const stored = loadFavorites(storage, conferenceId);
  if (stored.status === 'unavailable') return { result: 'unavailable' };
  const ids = applyChange(stored.ids, change);
  const result = saveFavorites(storage, conferenceId, ids, now);
  return result === 'saved' ? { result, ids } : { result };
}

/** One tab's favorites: what it shows, kept in memory so they work where storage does not. */
export interface FavoritesStore {
  ids(): readonly string[];
  /** How the stored value read when the store was made. */
  readonly loadStatus: LoadStatus;
  toggle(id: string): SaveResult;
  addAll(ids: readonly string[]): SaveResult;
  /** Re-reads storage, after another tab wrote to it. */
  reload(): void;
}

export function favoritesStore(storage: Storage | undefined, conferenceId: string, clock: () => number = Date.now): FavoritesStore {
  const initial = loadFavorites(storage, conferenceId);
  let ids: readonly string[] = initial.ids;
  const change = (next: FavoritesChange): SaveResult => {
    const outcome = updateFavorites(storage, conferenceId, next, clock());
    // Storage that cannot be written still leaves the change in this tab.
    ids = outcome.result === 'saved' ? outcome.ids : applyChange(ids, next);
    return outcome.result;
  };
  return {
    ids: () => ids,
    loadStatus: initial.status,
    // Add or remove as the viewer saw it: the star they pressed shows this tab's state.
    toggle: (id) => change(ids.includes(id) ? { remove: id } : { add: [id] }),
    addAll: (added) => change({ add: added }),
    reload: () => {
      const loaded = loadFavorites(storage, conferenceId);
      if (loaded.status !== 'unavailable') ids = loaded.ids;
    },
  };
}

/** For `storage` events from other tabs: does this one concern our favorites? (A null key means the storage was cleared.) */
export function isFavoritesEvent(event: { key: string | null }, conferenceId: string): boolean {
  return event.key === null || event.key === favoritesKey(conferenceId);
}

/** The store keeps ids the feed no longer has (a session may come back); this tells them apart. */
export function splitByFeed(ids: readonly string[], sessionIds: ReadonlySet<string>): { present: string[]; missing: string[] } {
  const present: string[] = [];
  const missing: string[] = [];
  for (const id of ids) (sessionIds.has(id) ? present : missing).push(id);
  return { present, missing };
}

// Shared agendas (a URL parameter). Ids travel by name, not by index, so a
// link keeps working after the feed adds, drops or reorders sessions; '.' is
// unreserved in URLs and never in an id, so the text needs no escaping.
export const MAX_SHARED_IDS = 200;
export const MAX_SHARED_LENGTH = 4000;

/** Ids joined with '.', cut at a whole id so decodeFavorites reads back exactly this prefix. */
export function encodeFavorites(ids: readonly string[]): string {
  let encoded = '';
  for (const id of uniqueIds(ids).slice(0, MAX_SHARED_IDS)) {
    const next = encoded ? `${encoded}.${id}` : id;
    if (next.length > MAX_SHARED_LENGTH) break;
    encoded = next;
  }
  return encoded;
}

/** Never throws: a hand-edited or truncated link yields whatever ids are still whole. */
export function decodeFavorites(param: string): string[] {
  const parts = param.slice(0, MAX_SHARED_LENGTH).split('.');
  // A cut through an id could leave a prefix that happens to name another session.
  if (param.length > MAX_SHARED_LENGTH && param[MAX_SHARED_LENGTH] !== '.') parts.pop();
  return uniqueIds(parts).slice(0, MAX_SHARED_IDS);
}

function uniqueIds(values: readonly unknown[]): string[] {
  return [...new Set(values.filter(isSessionId))];
}

function readValue(raw: string): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ids: [], status: 'corrupt' };
  }
  if (typeof value !== 'object' || value === null || !('version' in value)) return { ids: [], status: 'corrupt' };
  const { version } = value;
  const rawIds = 'ids' in value && Array.isArray(value.ids) ? (value.ids as unknown[]) : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > FAVORITES_VERSION) {
    return { ids: rawIds ? uniqueIds(rawIds) : [], status: 'future-version' };
  }
  if (version !== FAVORITES_VERSION || !rawIds) return { ids: [], status: 'corrupt' };
  const ids = uniqueIds(rawIds);
  return { ids, status: rawIds.every(isSessionId) ? 'ok' : 'partial' };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** Two backups in the same millisecond must not overwrite each other. */
function freeBackupKey(storage: Storage, conferenceId: string, now: number): string {
  for (let stamp = now; stamp < now + 1000; stamp += 1) {
    const key = favoritesBackupKey(conferenceId, stamp);
    if (storage.getItem(key) === null) return key;
  }
  throw new Error('no free backup key');
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = 'name' in error ? error.name : undefined;
  const code = 'code' in error ? error.code : undefined;
  // Chrome/Safari: QuotaExceededError (code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED (code 1014).
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
