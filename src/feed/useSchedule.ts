// The one server resource: the session feed, fetched once and validated.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseFeedText, type FeedFailure, type FeedProblem, type Schedule } from './parse.ts';

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
}

/** The default feed sits next to index.html, so a copied build serves its own. */
export function defaultFeedUrl(): string {
  return new URL('sessions.json', document.baseURI).href;
}

export async function fetchFeed(url: string, signal?: AbortSignal): Promise<LoadedFeed> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    throw new FeedError('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`);
  const result = parseFeedText(await response.text());
  if (!result.ok) throw new FeedError(result.failure, result.detail);
  return { schedule: result.schedule, problems: result.problems };
}

export function feedQueryOptions(url: string = defaultFeedUrl()) {
  return queryOptions({
    queryKey: ['feed', url],
    queryFn: ({ signal }) => fetchFeed(url, signal),
    staleTime: 5 * 60_000,
    // A malformed feed will not fix itself by asking again at once; a flaky network might.
    retry: (failures, error) => error instanceof FeedError && error.kind === 'network' && failures < 2,
  });
}

export function useSchedule() {
  return useQuery(feedQueryOptions());
}
