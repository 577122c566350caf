// Everything the viewer chose, to and from the URL query string. The URL is
// untrusted: unknown keys are ignored and bad values are dropped, never thrown.
import { asUiLanguage, type UiLanguage } from '../model/language.ts';
import { isId, isLanguageTag } from '../model/rules.ts';
import { isValidTimeZone, type DayKey } from '../model/time.ts';
import { decodeFavorites, encodeFavorites } from './favorites.ts';

export type ViewMode = 'list' | 'grid' | 'mine' | 'speakers';
const VIEW_MODES: readonly ViewMode[] = ['list', 'grid', 'mine', 'speakers'];

export interface ViewState {
  view: ViewMode;
  /** Local day shown by the grid. */
  day?: DayKey;
  /** Session open in the detail panel. */
  session?: string;
  /** Speaker open in the speaker's detail (a profile id, or one derived from a name). */
  speaker?: string;
  /** UI language, present only when it differs from the detected one. */
  lang?: UiLanguage;
  /** Time zone, present only when it is not the viewer's own. */
  tz?: string;
  q: string;
  languages: readonly string[];
  tracks: readonly string[];
  types: readonly string[];
  favoritesOnly: boolean;
  /** Only sessions with a recording. */
  recordedOnly: boolean;
  /** Someone else's favorites, opened from a shared link: shown read-only. */
  agenda: readonly string[];
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'list',
  q: '',
  languages: [],
  tracks: [],
  types: [],
  favoritesOnly: false,
  recordedOnly: false,
  agenda: [],
};

const MAX_QUERY = 200;
const MAX_LIST = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function list(params: URLSearchParams, key: string, valid: (item: string) => boolean): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  const items = raw.slice(0, 4000).split(',').filter(valid);
  return [...new Set(items)].slice(0, MAX_LIST);
}

function single(params: URLSearchParams, key: string, valid: (value: string) => boolean): string | undefined {
  const raw = params.get(key);
  return raw !== null && valid(raw) ? raw : undefined;
}

export function parseViewState(search: string | URLSearchParams): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    view: VIEW_MODES.find((mode) => mode === params.get('view')) ?? 'list',
    day: single(params, 'day', (value) => DAY.test(value) && !Number.isNaN(Date.parse(value))),
    session: single(params, 'session', isId),
    speaker: single(params, 'speaker', isId),
    lang: asUiLanguage(params.get('lang')),
    tz: single(params, 'tz', isValidTimeZone),
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    languages: list(params, 'language', isLanguageTag),
    tracks: list(params, 'track', isId),
    types: list(params, 'type', isId),
    favoritesOnly: params.get('fav') === '1',
    recordedOnly: params.get('recording') === '1',
    agenda: decodeFavorites(params.get('agenda') ?? ''),
  };
}

/** Canonical query string ('' for the default view): same state, same URL. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== 'list') params.set('view', state.view);
  if (state.day) params.set('day', state.day);
  if (state.languages.length) params.set('language', state.languages.join(','));
  if (state.tracks.length) params.set('track', state.tracks.join(','));
  if (state.types.length) params.set('type', state.types.join(','));
  if (state.q) params.set('q', state.q);
  if (state.favoritesOnly) params.set('fav', '1');
  if (state.recordedOnly) params.set('recording', '1');
  if (state.tz) params.set('tz', state.tz);
  if (state.lang) params.set('lang', state.lang);
  if (state.agenda.length) params.set('agenda', encodeFavorites(state.agenda));
  if (state.session) params.set('session', state.session);
  if (state.speaker) params.set('speaker', state.speaker);
  const query = params.toString();
  return query ? `?${query}` : '';
}
