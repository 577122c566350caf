// The one server resource: the session feed, fetched once and validated.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseFeedText, type FeedFailure, type FeedProblem, type Schedule } from './parse.ts';
import { resolveFeedUrl } from './feedUrl.ts';
import { readFeedText } from './readFeed.ts';
import { loadFeedCopy, saveFeedCopy } from './savedFeed.ts';

export type FeedErrorKind = 'network' | 'http' | FeedFailure;

export class FeedError extends Error {
  readonly kind: FeedErrorKind;
  constructor(kind: FeedErrorKind, detail: string) {
    super(detail);
    this.name = 'FeedError';
    this.kind = kind;
  }
}

export interface LoadedFeed {
  schedule: Schedule;
  problems: FeedProblem[];
  /** Set when this is the copy saved on an earlier visit, not a fresh fetch. */
  savedAt?: number;
}

/** The build's VITE_FEED_URL, else sessions.json next to index.html (so a copied build serves its own). */
export function defaultFeedUrl(): string {
  return resolveFeedUrl(import.meta.env.VITE_FEED_URL, document.baseURI);
}

export async function fetchFeed(url: string, signal?: AbortSignal): Promise<LoadedFeed> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    throw new FeedError('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`);
  const text = await response.text();
  const { result, savedText } = await readFeedText(text);
  if (!result.ok) throw new FeedError(result.failure, result.detail);
  saveFeedCopy({ url, savedAt: Date.now(), text: savedText });
  return { schedule: result.schedule, problems: result.problems };
}

/** The copy saved by the last good fetch, validated again. */
export function savedFeed(url: string): LoadedFeed | undefined {
  const copy = loadFeedCopy(url);
  if (!copy) return undefined;
  const result = parseFeedText(copy.text);
  return result.ok ? { schedule: result.schedule, problems: result.problems, savedAt: copy.savedAt } : undefined;
}

export function feedQueryOptions(url: string = defaultFeedUrl()) {
  return queryOptions({
    queryKey: ['feed', url],
    queryFn: ({ signal }) => fetchFeed(url, signal),
    staleTime: 5 * 60_000,
    // Show the last good copy at once; the fetch on mount replaces it, and a
    // failed fetch leaves it on screen (react-query keeps data on error).
    initialData: () => savedFeed(url),
    initialDataUpdatedAt: 0,
    // A malformed feed will not fix itself by asking again at once; a flaky network might.
    retry: (failures, error) => error instanceof FeedError && error.kind === 'network' && failures < 2,
  });
}

export function useSchedule() {
  return useQuery(feedQueryOptions());
}
