// Test helpers: the bundled feed as the app will see it, and ways to serve others.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export interface FeedJson {
  conference: { id: string };
  tracks: { id: string }[];
  sessions: { id: string; language: string; track?: string; start: string; title: Record<string, string> }[];
}

export function bundledFeed(): FeedJson {
  return JSON.parse(readFileSync(new URL('../public/sessions.json', import.meta.url), 'utf8')) as FeedJson;
}

/** Serve `body` as sessions.json for this page. */
export async function serveFeed(page: Page, body: string | object): Promise<void> {
  await page.route('**/sessions.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body) }),
  );
}

/** Hold sessions.json until the returned function is called: the page stays in its loading state. */
export async function holdFeed(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/sessions.json', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Where the app keeps the bundled conference's favorites (src/state/favorites.ts). */
export const FAVORITES_KEY = 'schedule:v1:istiocon-2022:favorites';

/** Five favorites: long and short titles, on two days, two of them clashing. */
export const SAMPLE_FAVORITES = [
  'state-istio',
  'zero-trust-istio',
  'istio-0-to-60-workshop',
  'ecosystem-outlook-from-china',
  'istio-push-performance-optimization',
];
