import { parseViewState, serializeViewState } from '../state/urlState.ts';

/** The deep link to a session, keeping the rest of the current view. */
export function sessionHref(id: string): string {
  return serializeViewState({ ...parseViewState(window.location.search), session: id }) || '?';
}
