import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { detectLanguage } from './model/language.ts';
import { setupI18n } from './i18n/setup.ts';
import { resolveLanguage } from './state/preferences.ts';
import { App } from './App.tsx';
import { feedQueryOptions } from './feed/useSchedule.ts';
import { ErrorBoundary } from './ui/shell/ErrorBoundary.tsx';
import { registerServiceWorker } from './pwa/serviceWorker.ts';
import './styles.css';

const initialLanguage = resolveLanguage(new URLSearchParams(window.location.search).get('lang'), detectLanguage(navigator.languages));

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

if (import.meta.env.PROD) void registerServiceWorker().catch(() => undefined);

// The feed is fetched (from its <link rel=preload>) and parsed while the
// strings load and the shell renders, not after the first render mounts
// the query.
void queryClient.prefetchQuery(feedQueryOptions());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The viewer's language is in before the first render, so nothing flashes in English.
await setupI18n(initialLanguage);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary part="app">
        <App />
      </ErrorBoundary>
    </QueryClientProvider>
  </StrictMode>,
);
