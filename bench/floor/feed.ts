// What any schedule page must do before its first session shows, and nothing
// more: fetch the feed (preloaded, as the app's is), JSON.parse it, and list
// each session's title and start in the viewer's zone (the first Intl format
// loads ICU's data, which every page that shows a time pays). No validation,
// no strings, no styles: the floor pages (plain.ts, react.ts) each render
// this list their own way, and the bench reads the app against them.
// Marks: the app's own names (src/perf/marks.ts), so the bench reads both alike.
//
// The same pages filter the list, as the app does, by the Chinese chip and a
// search box: the floor of a tap. A session's search text is what the app
// searches (src/schedule/filter.ts: titles and abstracts in every language,
// speakers, tags), normalised and split into words by the app's own
// functions, so the bench's search word changes the list here at every
// keystroke, as it does in the app.
import { normalizeForSearch, searchTerms } from '../../src/schedule/filter.ts';

export interface FloorSession {
  id: string;
  title: string;
  start: string;
  language: string;
  /** Lower-case, accent-free search text: the app's haystack, without speakers' roles. */
  haystack: string;
}

export interface FloorFilter {
  chinese: boolean;
  q: string;
}

interface RawSession {
  id?: unknown;
  title?: Record<string, unknown>;
  abstract?: Record<string, unknown>;
  speakers?: { name?: unknown; affiliation?: unknown }[];
  tags?: unknown[];
  language?: unknown;
  start?: unknown;
}

function haystackOf(session: RawSession): string {
  const parts = [
    ...Object.values(session.title ?? {}),
    ...(session.speakers ?? []).flatMap((speaker) => [speaker.name, speaker.affiliation]),
    ...Object.values(session.abstract ?? {}),
    ...(session.tags ?? []),
  ];
  return normalizeForSearch(parts.filter((part) => typeof part === 'string').join('\u0000'));
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
    language: String(session.language),
    haystack: haystackOf(session),
  }));
  performance.mark('feed:parsed');
  return shown;
}

/** Whether a session shows under this filter: in Chinese if the chip is on, with every word of the search in its text. */
export function matches(session: FloorSession, { chinese, q }: FloorFilter): boolean {
  if (chinese && session.language !== 'zh') return false;
  return searchTerms(q).every((term) => session.haystack.includes(term));
}

/** render:committed now; session:painted after the next frame (as the app: rAF, then a task). */
export function markRendered(): void {
  performance.mark('render:committed');
  requestAnimationFrame(() => setTimeout(() => performance.mark('session:painted')));
}
