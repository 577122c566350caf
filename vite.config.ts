/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import {
  contentSecurityPolicy as buildContentSecurityPolicy,
  DEFAULT_FEED_URL,
  feedLocation,
  withFeedPreload,
  type FeedLocation,
} from './scripts/feed-location.ts';
import { parseImageOrigins, withImageOrigins } from './src/model/imageOrigins.ts';

// Where the feed is (VITE_FEED_URL at build time, else sessions.json beside
// index.html), resolved once from Vite's env, which also reads .env files.
// The service worker routes only the same-origin sessions.json: a feed on
// another origin goes to the network, and offline the page shows the copy it
// saved itself (src/feed/savedFeed.ts).
function configuredFeed(config: ResolvedConfig): FeedLocation {
  const value: unknown = config.env.VITE_FEED_URL;
  return feedLocation(typeof value === 'string' ? value : undefined);
}

// The feed's preload in index.html follows the configured URL (dev and build).
function feedPreload(): Plugin {
  let url = DEFAULT_FEED_URL;
  return {
    name: 'feed-preload',
    configResolved: (config) => {
      url = configuredFeed(config).url;
    },
    transformIndexHtml: (html) => withFeedPreload(html, url),
  };
}

// Built pages only: the dev server needs inline scripts for hot reload.
function contentSecurityPolicy(): Plugin {
  let policy = buildContentSecurityPolicy(feedLocation(undefined));
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved: (config) => {
      // Photos from another origin only where VITE_IMAGE_ORIGINS names it; the
      // app reads the same variable through the same module (ui/speakers/photoPolicy.ts).
      const images: unknown = config.env.VITE_IMAGE_ORIGINS;
      policy = withImageOrigins(
        buildContentSecurityPolicy(configuredFeed(config)),
        parseImageOrigins(typeof images === 'string' ? images : undefined),
      );
    },
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

// The Speakers view, a speaker's detail and what they share with a session's
// detail (its speaker links and other links): one chunk, so the first page
// names one file for them rather than six.
const SPEAKERS_CHUNK = new RegExp(
  [
    String.raw`/ui/speakers/(SpeakersView|SpeakerDetail|SpeakerAvatar|SpeakerNames)\.tsx$`,
    String.raw`/ui/speakers/(photoPolicy|speakersChunk)\.ts$`,
    String.raw`/ui/session/OutLinks\.tsx$`,
    String.raw`/state/speakerLinks\.ts$`,
    String.raw`/model/imageOrigins\.ts$`,
    String.raw`/schedule/(speakers|speakerIds)\.ts$`,
  ].join('|'),
);

// Code only the lazy chunks use: the grid, the virtual list (big feeds), the
// reader's place across a reload, the Chinese strings, the importers, date-fns-tz (the grid's day start), My schedule and a shared agenda, a
// session's detail, the changes notice, the calendar export, and the Speakers
// view with a speaker's detail (and the speaker links of a session's). A module
// listed here that the first page also imports would be fetched on demand
// before the first paint: list only what a dynamic import() alone reaches.
const LAZY_ONLY = new RegExp(
  [
    String.raw`/ui/grid/(GridView\.tsx|GridSession\.tsx|useGridViewport\.ts)$`,
    String.raw`/VirtualList\.tsx$`,
    String.raw`/(zh|en\.later|zh\.later)\.json$`,
    String.raw`/feed/import/(frab|sessionize|pretalxWidget|scheduleV2|opass|common|detect)\.ts$`,
    String.raw`/ui/mine/(MyScheduleView|SharedAgenda)\.tsx$`,
    String.raw`/ui/mine/(calendarExport|download)\.ts$`,
    String.raw`/export/ics\.ts$`,
    String.raw`/schedule/conflicts\.ts$`,
    String.raw`/ui/session/SessionDetail\.tsx$`,
    String.raw`/ui/screen/ScheduleChanges\.tsx$`,
    String.raw`/ui/session/UpNext\.tsx$`,
    String.raw`/ui/shell/(FeedProblems|UpdatePrompt)\.tsx$`,
    String.raw`/ui/mine/FavoritesNotice\.tsx$`,
    String.raw`/ui/shell/(TimeZonePanel\.tsx|ModalDialog\.tsx|formatDuration\.ts|scrollMemory\.ts)$`,
    String.raw`/schedule/(zoneSearch|duration|diff)\.ts$`,
    String.raw`/model/zones\.ts$`,
    String.raw`/ui/screen/NowNext\.tsx$`,
    String.raw`/schedule/grid\.ts$`,
    String.raw`/model/dayStart\.ts$`,
    SPEAKERS_CHUNK.source,
    String.raw`virtual:pwa-register`,
    String.raw`/(react-virtual|virtual-core|workbox-window|date-fns|date-fns-tz)/`,
  ].join('|'),
);

// The service worker (src/pwa/sw.ts, built from Workbox's modules; the
// precache list is injected from the files written to dist/). Registration is
// in src/pwa/serviceWorker.ts, bundled: no inline script, for the CSP.
function offlineWorker() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/pwa',
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: false,
    // public/manifest.webmanifest is the manifest; the plugin does not write one.
    manifest: false,
    injectManifest: {
      globPatterns: ['**/*.{html,js,css,png,svg,ico,webmanifest}'],
    },
  });
}

// Safari and iOS 16.4, Firefox 115 ESR, Chrome and Edge 111.
const BROWSER_TARGETS = ['safari16.4', 'ios16.4', 'firefox115', 'chrome111', 'edge111'];

// Relative base: the built app works from any folder it is copied to,
// and the feed (sessions.json unless VITE_FEED_URL says otherwise) is
// fetched relative to index.html.
export default defineConfig({
  base: './',
  plugins: [react(), feedPreload(), contentSecurityPolicy(), offlineWorker()],
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: fileURLToPath(new URL('./src/lib/useSyncExternalStore.ts', import.meta.url)),
      },
    ],
  },
  build: {
    // The oldest engines supported (README, "Browsers"): syntax is lowered
    // for them, and Lightning CSS lowers light-dark() into variables that
    // follow color-scheme.
    target: BROWSER_TARGETS,
    cssTarget: BROWSER_TARGETS,
    // The page has no <link rel=modulepreload> of its own; the polyfill only
    // helps Safari < 17 preload a lazy chunk's imports, which it then fetches
    // on import instead: not worth half a kilobyte on every first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first page needs in one chunk: left to itself the
        // bundler splits out each module a lazy chunk shares, and the extra
        // chunks cost a request and about 2 KB gzip of glue.
        codeSplitting: {
          groups: [
            { name: 'app', test: (id: string) => !LAZY_ONLY.test(id) },
            { name: 'speakers', test: SPEAKERS_CHUNK },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    // Pure modules run in node; component and hook tests opt into a DOM with
    // `// @vitest-environment happy-dom` at their top.
    environment: 'node',
    // The property tests run thousands of cases: on a busy 2-core machine
    // they take seconds, and a test must not fail on time.
    testTimeout: 120_000,
  },
});
