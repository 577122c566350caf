// Every URL the app builds, in one place: the page's own address plus a query
// that urlState.ts can read back.
import { encodeFavorites } from './favorites.ts';
import { currentSearch } from './address.ts';
import { parseViewState, serializeViewState } from './urlState.ts';

/** The page's address without its query: where every link points. */
function pageUrl(): URL {
  return new URL(`${window.location.origin}${window.location.pathname}`);
}

/** The deep link to a session, keeping the rest of the current view (relative); it takes the place of an open speaker. */
export function sessionHref(id: string): string {
  return serializeViewState({ ...parseViewState(currentSearch()), session: id, speaker: undefined }) || '?';
}

interface LinkClick {
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  button: number;
  preventDefault(): void;
}

/** A link's click handler: a plain left click opens in the app; a modified or middle click is left to the browser (a new tab). */
export function inApp(open: () => void): (event: LinkClick) => void {
  return (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    open();
  };
}

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
