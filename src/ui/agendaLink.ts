import { encodeFavorites } from '../state/favorites.ts';

/** A link that opens these sessions as a read-only shared agenda. */
export function agendaLink(ids: readonly string[]): string {
  const url = new URL(`${window.location.origin}${window.location.pathname}`);
  url.searchParams.set('agenda', encodeFavorites(ids));
  return url.href;
}
