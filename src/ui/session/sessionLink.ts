// The props of every link to a session's detail: the app opens the detail in
// place on a plain click and leaves any other click (a new tab) to the browser.
import type { SyntheticEvent } from 'react';
import { inApp, sessionHref } from '../../state/links.ts';

/**
 * Cards and grid cells are memoised, so a link keeps the href of its last
 * render, from before any filter changed since. Rather than render every card
 * again on each filter (some 3 ms of a grid tap), the href is written afresh
 * from the address whenever the link may be followed, copied or shown: when a
 * pointer or the focus reaches it, and before its context menu.
 */
export function sessionLinkProps(id: string, onOpen: (id: string) => void) {
  const refresh = (event: SyntheticEvent<HTMLAnchorElement>) => event.currentTarget.setAttribute('href', sessionHref(id));
  return {
    href: sessionHref(id),
    onPointerEnter: refresh,
    onFocus: refresh,
    onContextMenu: refresh,
    onClick: inApp(() => onOpen(id)),
  };
}
