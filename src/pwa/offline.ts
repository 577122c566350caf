// What the page and the service worker (src/pwa/sw.ts) agree on. Plain code,
// no DOM and no worker globals, so both builds and the unit tests share it.

/** The Cache Storage cache holding the last good feed: the page writes it, the worker reads it. */
export const FEED_CACHE = 'schedule-feed';

/** On the copy in FEED_CACHE: when it was saved. A response that carries it is that copy, not the network's answer. */
export const SAVED_AT_HEADER = 'x-schedule-saved-at';

/**
 * How long the worker waits for the network, for the page and for the feed,
 * before it answers from what it holds. Shorter than the page's own wait for
 * the feed (FEED_TIMEOUT_MS, below), so the worker's copy
 * answers first.
 */
export const WORKER_TIMEOUT_SECONDS = 3;

/**
 * How long the page waits for the feed's server to start answering. A server
 * that accepts the connection and then says nothing ("lie-fi") would
 * otherwise leave the page waiting for minutes. Longer than the service
 * worker's own wait (WORKER_TIMEOUT_SECONDS), so the worker's saved copy answers
 * first when there is one. Only the wait for the first byte: a big feed on a
 * slow line is still arriving, and is not cut off.
 */
export const FEED_TIMEOUT_MS = 4_000;

/** The feed's file name, next to index.html. */
export const FEED_FILE = 'sessions.json';

/**
 * The app's own page: the scope itself or its index.html, whatever the query
 * (the view lives in the query). Only these navigations may be answered with
 * the precached page; an icon, a 404 or another app's page under the same
 * origin never is.
 */
export function isAppPage(url: URL, scope: string): boolean {
  const base = new URL(scope);
  return url.origin === base.origin && (url.pathname === base.pathname || url.pathname === `${base.pathname}index.html`);
}

/** The feed next to the page, whatever the query. */
export function isFeed(url: URL, scope: string): boolean {
  const base = new URL(scope);
  return url.origin === base.origin && url.pathname === `${base.pathname}${FEED_FILE}`;
}

/** The Cache Storage cache for the speakers' photo renditions the worker has fetched. */
export const PHOTO_CACHE = 'schedule-speaker-photos';

/**
 * More than any feed's renditions (IstioCon 2022: 86 speakers x 2 sizes);
 * the least recently used go first, so renditions of an old feed age out.
 */
export const MAX_CACHED_PHOTOS = 600;

/**
 * A speaker photo rendition next to the bundled feed (speakers/*.webp, as
 * `npm run feed` writes them). Their names carry a hash of the original, so
 * a cached file is never stale: the worker answers them from its cache.
 */
export function isSpeakerPhoto(url: URL, scope: string): boolean {
  const base = new URL(scope);
  const folder = `${base.pathname}speakers/`;
  return url.origin === base.origin && url.pathname.startsWith(folder) && /^[^/]+\.webp$/.test(url.pathname.slice(folder.length));
}
