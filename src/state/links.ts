// Every URL the app builds, in one place: the page's own address plus a query
// that urlState.ts can read back.
import { encodeFavorites } from './favorites.ts';
import { parseViewState, serializeViewState } from './urlState.ts';

/** The page's address without its query: where every link points. */
function pageUrl(): URL {
  return new URL(`${window.location.origin}${window.location.pathname}`);
}

/** The address the deep links were last built for, and what each of them starts with. */
let prefixFrom: string | undefined;
let prefix = '?';

/**
 * The deep link to a session or a speaker, keeping the rest of the current
 * view (relative); it takes the place of an open session or speaker. Every
 * card renders one, on every filter change: the view is read once per
 * address, not once per card. The canonical query ends with `session=` or
 * `speaker=` (urlState.ts), so this is the URL serializeViewState writes.
 */
export function deepLink(key: 'session' | 'speaker', id: string): string {
  const { search } = window.location;
  if (search !== prefixFrom) {
    prefixFrom = search;
    const rest = serializeViewState({ ...parseViewState(search), session: undefined, speaker: undefined });
    prefix = rest ? `${rest}&` : '?';
  }
  return prefix + new URLSearchParams({ [key]: id });
}

export const sessionHref = (id: string): string => deepLink('session', id);

/** An absolute link to a session, without the viewer's filters (for calendar files). */
export function sessionPermalink(id: string): string {
  const url = pageUrl();
  url.searchParams.set('session', id);
  return url.href;
}

/** A link that opens these sessions as a read-only shared agenda. */
export function agendaLink(ids: readonly string[]): string {
  const url = pageUrl();
  url.searchParams.set('agenda', encodeFavorites(ids));
  return url.href;
}
