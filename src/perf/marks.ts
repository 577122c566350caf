// The app's own milestones on a load, as User Timing marks, so a profile or
// the bench (bench/README.md, "Phases") can tell which phase a change moved.
// Each is set once per page: the first feed, the first screen, the first card.
import { useLayoutEffect } from 'react';
import { afterNextPaint } from '../lib/later.ts';

// feed:gave-up: the page stopped waiting for a feed server that did not answer.
export type Milestone = 'feed:received' | 'feed:parsed' | 'render:committed' | 'session:painted' | 'feed:gave-up';

const reached = (name: Milestone) => performance.getEntriesByName(name, 'mark').length > 0;

/** Tasks waiting for the first session to be painted (afterFirstSession). */
const waitingForFirstSession = new Set<() => void>();

export function markOnce(name: Milestone): void {
  if (reached(name)) return;
  performance.mark(name);
  if (name !== 'session:painted') return;
  for (const wake of waitingForFirstSession) wake();
  waitingForFirstSession.clear();
}

/**
 * Runs `task` once, in a task of its own, after the visit's first session
 * card is painted; after the next paint when it has been already, and after
 * `fallbackMs` when no card comes (an empty feed, a tab that paints nothing).
 * For work the first screen must not wait for, that a frame painted earlier
 * (the app's shell) would let in too soon.
 */
export function afterFirstSession(task: () => void, fallbackMs: number): void {
  if (reached('session:painted')) {
    afterNextPaint(task);
    return;
  }
  // Whichever comes first cancels the other: the mark clears the fallback,
  // the fallback takes this task off the mark's list.
  const fallback = setTimeout(() => {
    waitingForFirstSession.delete(wake);
    task();
  }, fallbackMs);
  const wake = () => {
    clearTimeout(fallback);
    setTimeout(task, 0);
  };
  waitingForFirstSession.add(wake);
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
    if (reached('session:painted')) return;
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
