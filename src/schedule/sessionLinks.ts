// How a link out of the app is named: the site it goes to, for a screen
// reader ("Recording on youtube.com") and for a link without a label.
import type { LinkKind, SessionLink } from '../model/schedule.ts';

/** The host a URL goes to, without a leading "www."; '' for a URL that does not parse. */
export function linkHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const ORDER: readonly LinkKind[] = ['recording', 'slides', 'other'];

/** A session's links, recordings first, then slides, then the rest; `kinds` picks which. */
export function sessionLinks(links: readonly SessionLink[], kinds: readonly LinkKind[] = ORDER): SessionLink[] {
  return ORDER.filter((kind) => kinds.includes(kind)).flatMap((kind) => links.filter((link) => link.kind === kind));
}
