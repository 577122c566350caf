import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { detectLanguage } from './model/language.ts';
import { setupI18n } from './i18n/setup.ts';
import { resolveLanguage } from './state/preferences.ts';
import { App } from './App.tsx';
import { feedQueryOptions } from './feed/useSchedule.ts';
import { preloadListFor } from './ui/list/ListView.tsx';
import { ErrorBoundary } from './ui/shell/ErrorBoundary.tsx';
import { registerServiceWorker } from './pwa/serviceWorker.ts';
import { whenIdle } from './lib/later.ts';
import './styles.css';

const initialLanguage = resolveLanguage(new URLSearchParams(window.location.search).get('lang'), detectLanguage(navigator.languages));

/** How long the first render waits for a feed that is not in yet (spinners that flash by in less only distract). */
const FEED_WAIT_MS = 300;
const SERVICE_WORKER_WAIT_MS = 2_000;

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

// The feed is fetched (from its <link rel=preload>) and parsed while the
// strings load, not after the first render mounts the query. A big feed's
// list is a chunk of its own (the virtual list): a fetched feed is handed to
// React once that chunk is in too, so the list renders at once. Handed over
// before it, the list suspended on the chunk, and React holds a Suspense
// boundary's content back until 300 ms after its fallback showed
// (preloadable.tsx): the 5,000-session feed's first card waited on that.
// Later fetches (useSchedule's own options) do not wait: a feed that grows
// past the list's limit between two fetches shows its loading state a moment.
const feedOptions = feedQueryOptions(undefined, preloadListFor);
const feedIn = queryClient.prefetchQuery(feedOptions);
// A saved copy (initialData) is there at once: only the list's chunk to wait for.
const savedCopy = queryClient.getQueryData(feedOptions.queryKey);
const listReady = savedCopy ? preloadListFor(savedCopy) : feedIn;

// Not top-level awaits: this module is in the chunk every lazy chunk imports
// from, and a chunk cannot run while one it imports is suspended at a
// top-level await. The virtual list's chunk, which the first render of a big
// feed waits for (listReady), waited for this module, and so the render for
// FEED_WAIT_MS (main.test.ts).
async function start(): Promise<void> {
  // The viewer's language is in before the first render, so nothing flashes in English.
  await setupI18n(initialLanguage);
  // A feed already downloaded (it comes beside this script) is on the first
  // render: drawing the loading state first, only to replace it, put the
  // sessions ~40 ms later. A slow feed gets the loading state after a moment;
  // a saved copy (initialData) is there at once.
  await Promise.race([listReady, new Promise((resolve) => setTimeout(resolve, FEED_WAIT_MS))]);

  // No #root is a broken build: React's own error says so ("Target container is not a DOM element").
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary part="app">
          <App />
        </ErrorBoundary>
      </QueryClientProvider>
    </StrictMode>,
  );

  // Once the page is idle: the reader's place kept across a reload, and the
  // worker (with workbox-window), which, evaluated on the way, sat between the
  // feed and the first sessions.
  whenIdle(
    () => {
      void import('./ui/shell/scrollMemory.ts');
      if (import.meta.env.PROD) void registerServiceWorker().catch(() => undefined);
    },
    SERVICE_WORKER_WAIT_MS,
    SERVICE_WORKER_WAIT_MS,
  );
}

void start();
