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
// speakers with their companies and roles, tags), normalised and split into words by the app's own
// functions, so the bench's search word changes the list here at every
// keystroke, as it does in the app.
import { normalizeForSearch, searchTerms } from '../../src/schedule/filter.ts';

export interface FloorSession {
  id: string;
  title: string;
  start: string;
  language: string;
  /** Lower-case, accent-free search text: the app's haystack. */
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
  speakers?: { id?: unknown; name?: unknown; affiliation?: unknown }[];
  tags?: unknown[];
  language?: unknown;
  start?: unknown;
}

/** The feed as the floor pages read it: its sessions, and the speakers' profiles for their roles. */
export interface RawFeed {
  sessions: RawSession[];
  speakers?: { id?: unknown; role?: unknown }[];
}

function haystackOf(session: RawSession, roles: ReadonlyMap<unknown, unknown>): string {
  const parts = [
    ...Object.values(session.title ?? {}),
    ...(session.speakers ?? []).flatMap((speaker) => [speaker.name, speaker.affiliation, roles.get(speaker.id)]),
    ...Object.values(session.abstract ?? {}),
    ...(session.tags ?? []),
  ];
  return normalizeForSearch(parts.filter((part) => typeof part === 'string').join('\u0000'));
}

export async function loadSessions(): Promise<FloorSession[]> {
  const response = await fetch('sessions.json', { headers: { accept: 'application/json' } });
  const text = await response.text();
  performance.mark('feed:received');
  const shown = floorSessions(
    JSON.parse(text) as RawFeed,
    new Intl.DateTimeFormat(navigator.language, { weekday: 'short', hour: 'numeric', minute: '2-digit' }),
  );
  performance.mark('feed:parsed');
  return shown;
}

/** The feed's sessions as the floor pages list them: id, English title, start, language, search text. */
export function floorSessions({ sessions, speakers = [] }: RawFeed, format: Intl.DateTimeFormat): FloorSession[] {
  const roles = new Map(speakers.map((profile) => [profile.id, profile.role]));
  return sessions.map((session) => ({
    id: String(session.id),
    title: String(session.title?.en ?? ''),
    start: format.format(new Date(String(session.start))),
    language: String(session.language),
    haystack: haystackOf(session, roles),
  }));
}

/**
 * Which sessions show under this filter: in Chinese if the chip is on, with
 * every word of the search in their text. The words are split once a
 * filter, as the app's applyFilters does, not once a session.
 */
export function matching(filter: FloorFilter): (session: FloorSession) => boolean {
  const terms = searchTerms(filter.q);
  return (session) => (!filter.chinese || session.language === 'zh') && terms.every((term) => session.haystack.includes(term));
}

/** render:committed now; session:painted after the next frame (as the app: rAF, then a task). */
export function markRendered(): void {
  performance.mark('render:committed');
  requestAnimationFrame(() => setTimeout(() => performance.mark('session:painted')));
}
