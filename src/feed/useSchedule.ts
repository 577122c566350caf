// The one server resource: the session feed, fetched once and validated.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { parseFeedText, type FeedFailure, type FeedProblem, type ParseResult } from './parse.ts';
import { resolveFeedUrl } from './feedUrl.ts';
import { readFeedText } from './readFeed.ts';
import { loadFeedCopy, saveFeedCopy, savedAtOf } from './savedFeed.ts';
import type { Schedule } from '../model/schedule.ts';
import { afterFirstSession, markOnce } from '../perf/marks.ts';
import { FEED_TIMEOUT_MS } from '../pwa/offline.ts';

export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'no-sessions' | FeedFailure;

export class FeedError extends Error {
  readonly kind: FeedErrorKind;
  /** Worth asking again at once: a dropped connection may come back, a malformed feed or a silent server will not. */
  readonly retryable: boolean;
  constructor(kind: FeedErrorKind, detail: string, retryable = kind === 'network') {
    super(detail);
    this.name = 'FeedError';
    this.kind = kind;
    this.retryable = retryable;
  }
}

export interface LoadedFeed {
  schedule: Schedule;
  problems: FeedProblem[];
  /** Set when this is a copy saved on an earlier visit, not a fresh fetch. */
  savedAt?: number;
}

// FEED_TIMEOUT_MS lives beside the worker's own wait, which must be shorter.
export { FEED_TIMEOUT_MS };

/**
 * How long a fetch of the feed waits for its first byte. The visit's first
 * fetch counts FEED_TIMEOUT_MS from when the page began to load, not from
 * when this script got round to asking: the <link rel=preload> in index.html
 * has been asking the server since the HTML was parsed, and the attendee has
 * been waiting since the tap. On a slow phone the script's start-up is
 * seconds of that wait. It still waits a moment for an answer that may be
 * arriving. Under a service worker the page's wait stays FEED_TIMEOUT_MS from
 * the fetch: the worker's own, shorter wait then ends first, and its saved
 * copy answers.
 */
export function feedWaitMs(first: boolean, sincePageStartMs: number, underWorker: boolean): number {
  if (!first || underWorker) return FEED_TIMEOUT_MS;
  return Math.max(LAST_MOMENT_MS, FEED_TIMEOUT_MS - sincePageStartMs);
}
/** The least the visit's first fetch waits, when the script started late. */
const LAST_MOMENT_MS = 1_000;
let firstFetch = true;

/** None on a first visit, in some private modes, or on plain http. */
const controlledByWorker = () =>
  typeof navigator !== 'undefined' && 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;

/** The build's VITE_FEED_URL, else sessions.json next to index.html (so a copied build serves its own). */
export function defaultFeedUrl(): string {
  return resolveFeedUrl(import.meta.env.VITE_FEED_URL, document.baseURI);
}

/** When no session is painted (an empty feed, a hidden tab), the good copy is saved after this anyway. */
export const SAVE_FALLBACK_MS = 3_000;

async function fetchWithin(url: string, signal: AbortSignal | undefined, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    markOnce('feed:gave-up');
    controller.abort();
  }, timeoutMs);
  try {
    return await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (timedOut) throw new FeedError('timeout', `no answer in ${(timeoutMs / 1000).toFixed(1)} s`);
    throw new FeedError('network', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A parse result that may replace what is on screen and be kept as the last
 * good copy: it must hold at least one session. A feed whose every session
 * is broken is a failure (the good copy stays); an empty but valid feed is
 * shown, and not kept.
 */
export function judgeFeed(
  result: ParseResult,
): ({ ok: true; keep: boolean } & Omit<LoadedFeed, 'savedAt'>) | { ok: false; error: FeedError } {
  if (!result.ok) return { ok: false, error: new FeedError(result.failure, result.detail) };
  const { schedule, problems } = result;
  if (schedule.sessions.length > 0) return { ok: true, schedule, problems, keep: true };
  const first = problems[0];
  if (first) return { ok: false, error: new FeedError('no-sessions', `${problems.length} broken, none valid; the first: ${first.reason}`) };
  return { ok: true, schedule, problems, keep: false };
}

export async function fetchFeed(url: string, signal?: AbortSignal, timeoutMs = FEED_TIMEOUT_MS): Promise<LoadedFeed> {
  const response = await fetchWithin(url, signal, timeoutMs);
  if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`);
  // The bytes, then TextDecoder: the same UTF-8 reading as text() (BOM dropped,
  // bad bytes replaced), but Chromium's text() decodes through its page-text
  // decoder, 250-370 ms for a 10 MB feed here against 190-245 for both steps.
  const text = new TextDecoder().decode(await response.arrayBuffer());
  markOnce('feed:received');
  const { result, savedText } = await readFeedText(text, { timeZone: import.meta.env.VITE_FEED_TIMEZONE });
  markOnce('feed:parsed');
  const verdict = judgeFeed(result);
  if (!verdict.ok) throw verdict.error;
  const { schedule, problems } = verdict;
  const savedAt = savedAtOf(response);
  if (savedAt !== undefined) return { schedule, problems, savedAt };
  // Saving writes the whole text to Cache Storage and localStorage (50 ms for
  // a 10 MB feed, 20–35 ms for IstioCon's on the bench): after the sessions
  // are on screen, not before. Not merely after the next paint: on a first
  // visit that is the page's empty shell, and the save landed between the
  // first render and its paint.
  if (verdict.keep) {
    const copy = { url, savedAt: Date.now(), text: savedText };
    afterFirstSession(() => saveFeedCopy(copy), SAVE_FALLBACK_MS);
  }
  return { schedule, problems };
}

/** The copy saved by the last good fetch, validated again. */
export function savedFeed(url: string): LoadedFeed | undefined {
  const copy = loadFeedCopy(url);
  if (!copy) return undefined;
  markOnce('feed:received');
  const result = parseFeedText(copy.text);
  markOnce('feed:parsed');
  return result.ok && result.schedule.sessions.length > 0
    ? { schedule: result.schedule, problems: result.problems, savedAt: copy.savedAt }
    : undefined;
}

/**
 * What must be in before a fetched feed goes on screen: the code of the view
 * its size needs (main.tsx). It never rejects: a chunk that did not load is
 * the view's to report when it renders.
 */
export type BeforeShown = (feed: LoadedFeed) => Promise<unknown>;

/**
 * The query's fetch. When the service worker answered with its saved copy,
 * the network did not: that copy goes on screen unless something newer is
 * there already, and the fetch still fails, so the page says it is showing a
 * saved copy (as it does for the localStorage one) and offers Retry.
 */
export async function loadFeed(
  client: QueryClient,
  queryKey: readonly unknown[],
  url: string,
  signal?: AbortSignal,
  beforeShown?: BeforeShown,
): Promise<LoadedFeed> {
  const wait = feedWaitMs(firstFetch, performance.now(), controlledByWorker());
  firstFetch = false;
  const loaded = await fetchFeed(url, signal, wait);
  await beforeShown?.(loaded);
  if (loaded.savedAt === undefined) return loaded;
  const shown = client.getQueryData<LoadedFeed>(queryKey);
  if (!shown || (shown.savedAt !== undefined && shown.savedAt < loaded.savedAt)) client.setQueryData(queryKey, loaded);
  throw new FeedError('network', 'the service worker answered with its saved copy', false);
}

export function feedQueryOptions(url: string = defaultFeedUrl(), beforeShown?: BeforeShown) {
  return queryOptions({
    queryKey: ['feed', url],
    queryFn: ({ client, queryKey, signal }) => loadFeed(client, queryKey, url, signal, beforeShown),
    staleTime: 5 * 60_000,
    // During the event the programme changes: look again every few minutes,
    // when the tab comes back and when the network returns (react-query's
    // own timers, paused while the tab is hidden). What changed is shown by
    // ui/screen/ScheduleChanges.tsx.
    refetchInterval: 5 * 60_000,
    refetchOnWindowFocus: true,
    refetchOnReconnect: true,
    // Show the last good copy at once; the fetch on mount replaces it, and a
    // failed fetch leaves it on screen (react-query keeps data on error).
    initialData: () => savedFeed(url),
    initialDataUpdatedAt: 0,
    retry: (failures, error) => error instanceof FeedError && error.retryable && failures < 2,
  });
}

export function useSchedule() {
  return useQuery(feedQueryOptions());
}
