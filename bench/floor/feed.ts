// What any schedule page must do before its first session shows, and nothing
// more: fetch the feed (preloaded, as the app's is), JSON.parse it, and list
// each session's title and start in the viewer's zone (the first Intl format
// loads ICU's data, which every page that shows a time pays). No validation,
// no strings, no filters: the floor pages (plain.ts, react.ts) each render
// this list their own way, and the bench reads the app against them.
// Marks: the app's own names (src/perf/marks.ts), so the bench reads both alike.

export interface FloorSession {
  id: string;
  title: string;
  start: string;
}

interface RawSession {
  id?: unknown;
  title?: { en?: unknown };
  start?: unknown;
}

export async function loadSessions(): Promise<FloorSession[]> {
  const response = await fetch('sessions.json', { headers: { accept: 'application/json' } });
  const text = await response.text();
  performance.mark('feed:received');
  const { sessions } = JSON.parse(text) as { sessions: RawSession[] };
  const format = new Intl.DateTimeFormat(navigator.language, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
  const shown = sessions.map((session) => ({
    id: String(session.id),
    title: String(session.title?.en ?? ''),
    start: format.format(new Date(String(session.start))),
  }));
  performance.mark('feed:parsed');
  return shown;
}

/** render:committed now; session:painted after the next frame (as the app: rAF, then a task). */
export function markRendered(): void {
  performance.mark('render:committed');
  requestAnimationFrame(() => setTimeout(() => performance.mark('session:painted')));
}
