// The links the Speakers view, a speaker's detail and a session's speakers
// build; apart from links.ts, which the first page loads, because only these
// lazy views use them.
import { deepLink } from './links.ts';

/** The deep link to a speaker's detail, keeping the rest of the current view; it takes the place of an open session. */
export const speakerHref = (id: string): string => deepLink('speaker', id);

/** A plain left click that the app handles itself; a modified or middle click is left to the browser (a new tab). */
export function isPlainClick(event: { metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; button: number }): boolean {
  return !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0);
}
