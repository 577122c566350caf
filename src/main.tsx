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
// strings load, not after the first render mounts the query.
const feedOptions = feedQueryOptions();
const feedIn = queryClient.prefetchQuery(feedOptions);
const hasSavedCopy = queryClient.getQueryData(feedOptions.queryKey) !== undefined;
// A big feed's list is a chunk of its own (the virtual list): fetched as the
// feed arrives, so the list renders at once, not through a loading state.
const sessionCount = () => queryClient.getQueryData(feedOptions.queryKey)?.schedule.sessions.length ?? 0;
const listReady = (hasSavedCopy ? preloadListFor(sessionCount()) : feedIn.then(() => preloadListFor(sessionCount()))).catch(
  () => undefined,
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The viewer's language is in before the first render, so nothing flashes in English.
await setupI18n(initialLanguage);
// A feed already downloaded (it comes beside this script) is on the first
// render: drawing the loading state first, only to replace it, put the
// sessions ~40 ms later. A slow feed gets the loading state after a moment;
// a saved copy (initialData) is there at once.
await Promise.race([listReady, new Promise((resolve) => setTimeout(resolve, FEED_WAIT_MS))]);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary part="app">
        <App />
      </ErrorBoundary>
    </QueryClientProvider>
  </StrictMode>,
);

// The worker (and workbox-window) is fetched and run once the page is idle:
// evaluated on the way, it sat between the feed and the first sessions.
if (import.meta.env.PROD)
  whenIdle(() => void registerServiceWorker().catch(() => undefined), SERVICE_WORKER_WAIT_MS, SERVICE_WORKER_WAIT_MS);
