// The app's own milestones on a load, as User Timing marks, so a profile or
// the bench (bench/README.md, "Phases") can tell which phase a change moved.
// Each is set once per page: the first feed, the first screen, the first card.
import { useLayoutEffect } from 'react';

// feed:gave-up: the page stopped waiting for a feed server that did not answer.
export type Milestone = 'feed:received' | 'feed:parsed' | 'render:committed' | 'session:painted' | 'feed:gave-up';

export function markOnce(name: Milestone): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

// The frame that shows the first session card has been painted: a rAF runs
// just before paint, a message posted from it just after.
function markWhenPainted(): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => markOnce('session:painted');
    channel.port2.postMessage(undefined);
  });
}

/** 'render:committed' at the screen's first commit, then 'session:painted' once a card (data-session-id) is on screen. */
export function useScreenMarks(): void {
  useLayoutEffect(() => {
    markOnce('render:committed');
    if (performance.getEntriesByName('session:painted', 'mark').length > 0) return;
    if (document.querySelector('[data-session-id]')) return markWhenPainted();
    // A lazy list (5,000 sessions) shows its cards a chunk later.
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-session-id]')) return;
      observer.disconnect();
      markWhenPainted();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}
