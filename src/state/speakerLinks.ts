// The links the Speakers view, a speaker's detail and a session's speakers
// build; apart from links.ts, which the first page loads, because only these
// lazy views use them.
import { currentSearch } from './address.ts';
import { parseViewState, serializeViewState } from './urlState.ts';

/** The deep link to a speaker's detail, keeping the rest of the current view; it takes the place of an open session. */
export function speakerHref(id: string): string {
  return serializeViewState({ ...parseViewState(currentSearch()), speaker: id, session: undefined }) || '?';
}

/**
 * Both deep links over one reading of the current view, for a page of
 * thousands of links (the Speakers view of a big feed). The canonical query
 * ends with `session=` or `speaker=` (urlState.ts), so each link is the rest
 * of the view plus that one parameter: the same URL serializeViewState writes.
 */
export function deepLinks(): { session: (id: string) => string; speaker: (id: string) => string } {
  const rest = serializeViewState({ ...parseViewState(currentSearch()), session: undefined, speaker: undefined });
  const withParam = (key: string, id: string) => `${rest || '?'}${rest ? '&' : ''}${key}=${encodeURIComponent(id)}`;
  return { session: (id) => withParam('session', id), speaker: (id) => withParam('speaker', id) };
}
