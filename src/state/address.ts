// The page's address: the store of the view state (urlState.ts reads and
// writes its query). A change is the page's at once (currentSearch, and every
// subscriber told) and the browser's history's after the next paint: each
// history call took 1-2 ms of the tap that waits for that paint (a profile of
// chip taps; bench/README.md, "The budgets against the floors"). Changes are
// written in order, and before the page goes away; one the browser refuses
// is kept and tried again. A viewer's own back or forward in between wins:
// what was not yet written is dropped.
import { afterNextPaint } from '../lib/later.ts';

const CHANGE_EVENT = 'schedule:urlchange';

interface Change {
  /** The query, as `location.search` will read once written ('' for none). */
  search: string;
  replace: boolean;
}

/** Safari refuses more than so many history calls in a while: the changes it refused are tried again this much later. */
const RETRY_MS = 1_000;

let unwritten: Change[] = [];

function writeOut(): void {
  while (unwritten.length > 0) {
    const { search, replace } = unwritten[0] as Change;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    try {
      // A replace keeps the entry's state: the reader's place (ui/shell/scrollMemory.ts).
      if (replace) window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(null, '', url);
    } catch {
      // Kept, so the page goes on showing what the viewer chose.
      window.setTimeout(writeOut, RETRY_MS);
      return;
    }
    unwritten.shift();
  }
}

if (typeof window !== 'undefined') {
  // Registered when the module loads, so before any subscriber: they read the address after the drop.
  window.addEventListener('popstate', () => void (unwritten = []));
  window.addEventListener('pagehide', writeOut);
}

/** The current query ('' or '?…'), changes not yet in history included. */
export function currentSearch(): string {
  return unwritten[unwritten.length - 1]?.search ?? window.location.search;
}

/** Calls `onChange` after each change of the address: the app's own, and the viewer's back and forward. */
export function subscribeToAddress(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** Makes `search` ('' or '?…') the page's query: a new history entry, or this one's with `replace`. Nothing happens if it already is. */
export function changeSearch(search: string, { replace = false }: { replace?: boolean } = {}): void {
  if (search === currentSearch()) return;
  if (unwritten.length === 0) afterNextPaint(writeOut);
  unwritten.push({ search, replace });
  window.dispatchEvent(new Event(CHANGE_EVENT));
}
