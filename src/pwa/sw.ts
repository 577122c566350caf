// The service worker, built by vite-plugin-pwa (injectManifest) from Workbox's
// modules: the list of files to precache is injected after the build, from
// the files actually written to dist/, each revisioned by its content, so a
// changed icon or manifest is a new worker that installed clients are offered.
//
// Not generateSW: its options refuse a timeout on a network-only route, and
// it puts the precache before every other route, so the page would always
// come from the cache first.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { FEED_CACHE, isAppPage, isFeed, isSpeakerPhoto, MAX_CACHED_PHOTOS, PHOTO_CACHE, WORKER_TIMEOUT_SECONDS } from './offline.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

// Routes match in the order they are registered: these two come before the precache.

// The page: from the network, so a deploy is seen at once; with no network,
// or no answer within the wait, the precached index.html, whose scripts are
// precached with it. Nothing fetched is stored as the page.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && isAppPage(url, self.registration.scope),
  new NetworkOnly({ networkTimeoutSeconds: WORKER_TIMEOUT_SECONDS, plugins: [new PrecacheFallbackPlugin({ fallbackURL: 'index.html' })] }),
);

// The feed: from the network, else the copy the page saved. The page writes
// that cache only once a feed has validated (src/feed/savedFeed.ts); the
// worker never writes it, or a broken or empty feed would be kept.
registerRoute(
  ({ url }) => isFeed(url, self.registration.scope),
  new NetworkFirst({
    cacheName: FEED_CACHE,
    networkTimeoutSeconds: WORKER_TIMEOUT_SECONDS,
    plugins: [{ cacheWillUpdate: async () => null }],
  }),
);

// Speaker photos: not precached (the 96 px set alone would add 86 files,
// ~120 KB, to every install, most never looked at), but kept once shown, so
// a photo seen once shows offline too. Their names change with their content.
registerRoute(
  ({ url }) => isSpeakerPhoto(url, self.registration.scope),
  new CacheFirst({
    cacheName: PHOTO_CACHE,
    plugins: [new ExpirationPlugin({ maxEntries: MAX_CACHED_PHOTOS, purgeOnQuotaError: true })],
  }),
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// The first worker takes the open page at once, so it works offline after one
// visit; a new version waits until the viewer clicks Reload (src/ui/UpdatePrompt.tsx).
clientsClaim();
self.addEventListener('message', (event) => {
  // 'skip-waiting' is what pages built with the earlier hand-written worker
  // send: without it their Reload button could not hand over to this one.
  const data: unknown = event.data;
  if (data === 'skip-waiting' || (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING'))
    void self.skipWaiting();
});

// The earlier hand-written worker kept everything in caches named
// schedule-<12 hex digits>; nothing reads them any more.
const LEGACY_CACHE = /^schedule-[0-9a-f]{12}$/;
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((key) => LEGACY_CACHE.test(key)).map((key) => caches.delete(key)))));
});
