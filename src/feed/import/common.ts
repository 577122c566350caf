// What every foreign-shape converter shares. A converter only maps untrusted
// JSON to a native format-1 feed (docs/feed-format.md) and lists what it could
// not map; finishImport then runs the native parser on the result, so every
// shape gets the same guarantees: nothing throws, each string is cut to a cap
// before any work on it, problems are per session.
import { isRecord } from '../../lib/isRecord.ts';
import { fromZonedTime } from 'date-fns-tz';
import { parseInstant } from '../../model/instant.ts';
import { HEX_COLOR_PATTERN, isHttpsUrl, isHttpUrl, isLanguageTag, isPhotoUrl, MAX_ID_LENGTH as MAX_ID } from '../../model/rules.ts';
import { isValidTimeZone } from '../../model/time.ts';
import { parseFeed, type FeedProblem, type ParseResult } from '../parse.ts';
import type { LinkKind, SessionType } from '../../model/schedule.ts';

export type Json = Record<string, unknown>;

export interface ImportProblem {
  /** Position of the item in the shape's own list of sessions/talks/events; -1 when not one item's. */
  index: number;
  id?: string;
  reason: string;
}

export interface NativeSession {
  id: string;
  title: Record<string, string>;
  start: string;
  end: string;
  type: SessionType;
  track?: string;
  room?: string;
  language: string;
  speakers: NativeSpeaker[];
  abstract?: Record<string, string>;
  tags?: string[];
  links?: NativeSessionLink[];
}

/** A session's speaker: the name, and the profile's id where the export describes the person. */
export interface NativeSpeaker {
  name: string;
  id?: string;
}

export interface NativeLink {
  url: string;
  label?: string;
}

export interface NativeSessionLink extends NativeLink {
  kind: LinkKind;
}

export interface NativeProfile {
  id: string;
  name: string;
  role?: string;
  bio?: Record<string, string>;
  links: NativeLink[];
  /** Exports carry one picture of unknown size: size 0. */
  photo: { url: string; size: number }[];
}

export interface NativePart {
  id: string;
  name: Record<string, string>;
  color?: string;
}

export interface NativeFeed {
  format: 1;
  conference: { id: string; name: Record<string, string>; timezone: string; url?: string };
  tracks: NativePart[];
  rooms: NativePart[];
  speakers?: NativeProfile[];
  sessions: NativeSession[];
}

/** A converter's answer: a native feed, or a refusal that says why (and how to fix it when it can). */
export type ImportResult =
  | {
      ok: true;
      feed: NativeFeed;
      problems: ImportProblem[];
      /** For each native session, the index of the item it came from, so the parser's problems name the export's item. */
      origins: number[];
    }
  | { ok: false; detail: string };

export const MINUTE = 60_000;
// The native schema refuses longer texts; a long description should not cost the session.
export const MAX_TEXT = 20_000;
// Names, ids, dates, codes: far shorter when real. Cut before any cleaning.
const MAX_FIELD = 1_000;
// Nobody publishes this many sessions; past it the rest are reported, not read, to bound the time.
export const MAX_ITEMS = 20_000;
const NAIVE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;

// The app's own check (lib/isRecord.ts), offered here with the converters' other helpers.
export { isRecord };

/** The list at `value`, or [] for anything else; never longer than MAX_ITEMS. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value.slice(0, MAX_ITEMS) : [];
}

/** The problem to report when a list is longer than list() reads: nothing is dropped unsaid. */
export function overflow(value: unknown, what: string): ImportProblem[] {
  return Array.isArray(value) && value.length > MAX_ITEMS
    ? [{ index: -1, reason: `only the first ${MAX_ITEMS} of ${value.length} ${what} are read` }]
    : [];
}

/** A short field, cut to MAX_FIELD, then trimmed; '' for anything but a string. */
export function trimmed(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_FIELD).trim() : '';
}

/** A key that is a string in one item and a number in the next ("12" and 12) as one string. */
export function keyOf(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return trimmed(value);
}

/** A long text (title, abstract) as plain text: line ends unified, trimmed, at most MAX_TEXT. */
export function longText(value: unknown): string {
  if (typeof value !== 'string') return '';
  const out = value.slice(0, MAX_TEXT).replace(/\r\n?/g, '\n').trim();
  return out.length > MAX_TEXT ? `${out.slice(0, MAX_TEXT - 1)}…` : out;
}

/** Lowercase [a-z0-9-], diacritics folded, at most 200 characters; '' when nothing is left. */
export function slugify(value: string): string {
  return value
    .slice(0, MAX_FIELD)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
}

/** Ids handed out so far, and per base the next number to try (so many alike names stay linear). */
export interface SlugRegistry {
  taken: Set<string>;
  next: Map<string, number>;
}

export function slugRegistry(): SlugRegistry {
  return { taken: new Set(), next: new Map() };
}

/** The slug of `name` (or `fallback`), made unique with -2, -3 ... */
export function uniqueSlug(name: string, fallback: string, registry: SlugRegistry): string {
  const base = slugify(name) || fallback;
  let id = base;
  let n = registry.next.get(base) ?? 2;
  while (registry.taken.has(id)) {
    id = `${base.slice(0, MAX_ID - String(n).length - 1)}-${n}`;
    n += 1;
  }
  if (id !== base) registry.next.set(base, n);
  registry.taken.add(id);
  return id;
}

/**
 * A session id that stays the same across reloads of the same export: the
 * export's own id, and when an export repeats it (one talk given twice, a
 * series), the id plus its start in UTC ("42-20240316t0915"). Never a running
 * number: a favorite or deep link to the second slot would move to another
 * session when an earlier one is added. Undefined when even that is taken
 * (the same id twice at the same start is the same session listed twice).
 */
export function stableSessionId(base: string, startMs: number, taken: Set<string>): string | undefined {
  const slug = slugify(base);
  if (slug === '') return undefined;
  // Slots are remembered beside the ids ("\0" never occurs in a slug).
  const slot = `\0${slug}@${startMs}`;
  if (taken.has(slot)) return undefined;
  taken.add(slot);
  let id = slug;
  if (taken.has(id)) {
    const stamp = new Date(startMs).toISOString().slice(0, 16).replace(/[-:]/g, '').toLowerCase();
    id = `${slug.slice(0, MAX_ID - stamp.length - 1)}-${stamp}`;
    if (taken.has(id)) return undefined;
  }
  taken.add(id);
  return id;
}

/** The model's zone check, under the name the converters read best with. */
export const isTimeZone = isValidTimeZone;

export function httpUrl(value: unknown): string | undefined {
  const text = trimmed(value);
  return isHttpUrl(text) ? text : undefined;
}

/**
 * A link's URL: absolute, or relative to `base` (frab's attachments are
 * paths on the export's own host). Only https: is carried over: exports
 * list plenty of http: homepages, and the native feed links https: only, so
 * they are left out here rather than reported on every import.
 */
export function httpsLink(value: unknown, base?: string): string | undefined {
  const text = trimmed(value);
  if (text === '') return undefined;
  let url = text;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text) && base !== undefined && isHttpUrl(base) && (text.startsWith('/') || text.startsWith('.'))) {
    try {
      url = new URL(text, base).href;
    } catch {
      return undefined;
    }
  }
  return isHttpsUrl(url) && url.length <= 2000 ? url : undefined;
}

/** A speaker's picture, as the feed takes it: an https: URL (or a path relative to `base`), one rendition of unknown size. */
export function photoOf(value: unknown, base?: string): NativeProfile['photo'] {
  const url = httpsLink(isRecord(value) ? value.url : value, base);
  return url !== undefined && isPhotoUrl(url) ? [{ url, size: 0 }] : [];
}

const RECORDING_HOSTS = /(?:^|\.)(?:youtube\.com|youtu\.be|vimeo\.com|media\.ccc\.de|peertube\.[a-z.]+|bilibili\.com)$/i;
const SLIDE_HOSTS = /(?:^|\.)(?:speakerdeck\.com|slideshare\.net|slides\.com)$/i;

/**
 * What a link is, from the export's own type (SLIDES, VIDEO ...) where it
 * has one, else from its title and host: a video site is a recording, a deck
 * site or a title saying slides is slides, anything else other.
 */
export function linkKind(url: string, title: string, type = ''): LinkKind {
  const declared = type.toLowerCase();
  if (/slide/.test(declared)) return 'slides';
  if (/video|recording/.test(declared)) return 'recording';
  const host = hostOf(url);
  if (host === undefined) return 'other';
  if (RECORDING_HOSTS.test(host) || /\b(?:video|recording|aufzeichnung)\b/i.test(title)) return 'recording';
  if (SLIDE_HOSTS.test(host) || /slide|folie|deck|presentation|präsentation|praese/i.test(title)) return 'slides';
  return 'other';
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** Links as `{url, title}` (frab, schedule v2, Sessionize), https: only, at most 20, each labelled with its title. */
export function linkList(value: unknown, options: { base?: string; kind?: LinkKind; skipTypes?: RegExp } = {}): NativeSessionLink[] {
  const out: NativeSessionLink[] = [];
  for (const entry of list(value).slice(0, 20)) {
    if (!isRecord(entry)) continue;
    const type = trimmed(entry.type);
    if (options.skipTypes?.test(type)) continue;
    const url = httpsLink(entry.url, options.base);
    if (url === undefined || out.some((link) => link.url === url)) continue;
    // Schedule v2 links may have only a type (FEEDBACK) or a service (MASTODON): that is their label then.
    const named = trimmed(entry.title) || trimmed(entry.name) || trimmed(entry.service) || type;
    const label = (/^[A-Z_]+$/.test(named) ? named.charAt(0) + named.slice(1).toLowerCase().replace(/_/g, ' ') : named).slice(0, 200);
    const kind = options.kind ?? linkKind(url, label, type);
    out.push(label === '' ? { kind, url } : { kind, url, label });
  }
  return out;
}

/**
 * Speaker profiles keyed by the export's own person key (id, code, guid, or
 * the name when there is none), native ids unique slugs of the name, so one
 * person named by several sessions is one profile.
 */
export class ProfileTable {
  readonly profiles: NativeProfile[] = [];
  private readonly byKey = new Map<string, NativeProfile>();
  private readonly registry = slugRegistry();

  add(key: string, profile: Omit<NativeProfile, 'id'>): string | undefined {
    const known = this.byKey.get(key);
    if (known !== undefined) return known.id;
    if (key === '' || profile.name === '' || this.profiles.length >= MAX_ITEMS) return undefined;
    const id = uniqueSlug(profile.name, 'speaker', this.registry);
    const native: NativeProfile = { id, ...profile };
    this.byKey.set(key, native);
    this.profiles.push(native);
    return id;
  }

  get(key: string): NativeProfile | undefined {
    return this.byKey.get(key);
  }

  /** A session's speaker as `{name, id}`: the name as the session gives it, else the profile's. */
  speaker(key: string, name = ''): NativeSpeaker | undefined {
    const profile = this.byKey.get(key);
    const shown = name || profile?.name || '';
    if (shown === '') return undefined;
    return profile === undefined ? { name: shown } : { name: shown, id: profile.id };
  }
}

export function color(value: unknown): string | undefined {
  const text = trimmed(value);
  return HEX_COLOR_PATTERN.test(text) ? text : undefined;
}

/** An instant written with Z or an offset, used exactly as written (pretalx breaks mix UTC and +11:00). */
export function offsetInstant(value: unknown): number | undefined {
  return parseInstant(trimmed(value));
}

/**
 * A wall time without offset ("2024-03-16T09:00:00") in `zone`; undefined
 * when it is not one, or names a time that does not exist (31 February).
 */
export function zonedInstant(value: unknown, zone: string): number | undefined {
  const text = trimmed(value);
  const match = NAIVE_DATE_TIME.exec(text);
  if (!match) return undefined;
  // parseInstant checks the calendar (month lengths, 24:00); as UTC it only tests the numbers.
  if (parseInstant(`${text}Z`) === undefined) return undefined;
  try {
    const ms = fromZonedTime(text, zone).getTime();
    return Number.isFinite(ms) ? ms : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The languages a field names: "en", "de, en", "pt_BR", "English", "中文".
 * Empty, "und", "none" and codes no engine knows are no language ("not
 * stated"): shown as a raw code or as "root" they are noise.
 */
export function languageTags(value: unknown): string[] {
  const out: string[] = [];
  for (const part of trimmed(value).split(/[,;/+]|\s+and\s+|\s*&\s*/)) {
    const tag = languageTag(part);
    if (tag !== undefined && !out.includes(tag)) out.push(tag);
  }
  return out;
}

const LANGUAGE_NAMES = new Map(
  Object.entries({
    english: 'en',
    german: 'de',
    deutsch: 'de',
    chinese: 'zh',
    中文: 'zh',
    華語: 'zh',
    英文: 'en',
    英語: 'en',
    japanese: 'ja',
    日本語: 'ja',
    french: 'fr',
    français: 'fr',
    spanish: 'es',
    español: 'es',
    'zh-tw': 'zh-TW',
  }),
);

function languageTag(raw: string): string | undefined {
  const word = raw.trim().toLowerCase();
  const named = LANGUAGE_NAMES.get(word);
  if (named !== undefined) return named;
  const [primary = '', ...rest] = raw.trim().replace(/_/g, '-').split('-');
  const code = [primary.toLowerCase(), ...rest].join('-');
  if (!isLanguageTag(code) || primary.toLowerCase() === 'und' || primary.toLowerCase() === 'mul' || primary.toLowerCase() === 'zxx')
    return undefined;
  return isKnownLanguage(code) ? code : undefined;
}

// Intl.DisplayNames with fallback 'none' answers undefined for a code it has no name for.
let displayNames: Intl.DisplayNames | null | undefined;

function isKnownLanguage(code: string): boolean {
  if (displayNames === undefined) {
    try {
      displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    } catch {
      displayNames = null;
    }
  }
  // No DisplayNames in this engine: the pattern is all we can check.
  if (displayNames === null) return true;
  try {
    return displayNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The session's `language` for the native feed: the first named language, or
 * "und" (not stated), which the app leaves out of the language facet. The
 * others of a multi-language value ("de, en") are kept as `lang:xx` tags.
 */
export function sessionLanguage(tags: readonly string[]): { language: string; extra: string[] } {
  const [first, ...rest] = tags;
  return { language: first ?? 'und', extra: rest.map((tag) => `lang:${tag}`) };
}

/** The text language to key a plain string under: the session's language, else English. */
export function textLanguage(language: string): string {
  return language === 'und' ? 'en' : language;
}

/**
 * A translated text: a plain string (in `fallback`) or an object of language
 * -> string (pretalx i18n fields). Keys that are no language tag are dropped.
 */
export function localized(value: unknown, fallback: string): Record<string, string> {
  if (typeof value === 'string') {
    const text = longText(value);
    return text === '' ? {} : { [fallback]: text };
  }
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  let count = 0;
  for (const [key, entry] of Object.entries(value)) {
    if (++count > 50) break;
    const lang = key.replace(/_/g, '-');
    if (!isLanguageTag(lang)) continue;
    const text = longText(entry);
    if (text !== '') out[lang] = text;
  }
  return out;
}

export function hasText(text: Record<string, string>): boolean {
  return Object.keys(text).length > 0;
}

const TYPE_NAMES = new Map<string, SessionType>(
  Object.entries({
    lecture: 'talk',
    talk: 'talk',
    session: 'talk',
    workshop: 'workshop',
    tutorial: 'workshop',
    'lightning talk': 'lightning',
    lightning: 'lightning',
    lightningtalk: 'lightning',
    panel: 'panel',
    podium: 'panel',
    keynote: 'keynote',
    meetup: 'social',
    social: 'social',
    party: 'social',
    break: 'break',
    pause: 'break',
    lunch: 'break',
    sponsor: 'sponsor',
    'case study': 'case-study',
  } satisfies Record<string, SessionType>),
);

/** A session type from a free-text name; undefined when the name says nothing we know. */
export function typeFromName(value: unknown): SessionType | undefined {
  const name = trimmed(value)
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  const exact = TYPE_NAMES.get(name);
  if (exact) return exact;
  if (name.includes('lightning')) return 'lightning';
  if (name.includes('keynote')) return 'keynote';
  if (name.includes('workshop') || name.includes('tutorial')) return 'workshop';
  if (name.includes('panel') || name.includes('podium')) return 'panel';
  if (/\b(?:break|lunch)\b/.test(name)) return 'break';
  return undefined;
}

/** A quote of a bad value for a reason; never JSON.stringify untrusted input (deep nesting overflows). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value ?? null);
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
}

/** Start and end as native instants; a reason when they cannot be. */
export function span(start: number | undefined, end: number | undefined): { start: string; end: string } | string {
  if (start === undefined) return 'no usable start';
  if (end === undefined) return 'no usable end';
  const startDate = new Date(start);
  const endDate = new Date(end);
  if (Number.isNaN(startDate.getTime()) || Number.isNaN(endDate.getTime())) return 'date out of range';
  return { start: startDate.toISOString(), end: endDate.toISOString() };
}

/** Named parts (rooms, tracks) keyed by the export's id, with native ids made unique. */
export class PartTable {
  readonly parts: NativePart[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly registry = slugRegistry();

  constructor(private readonly fallback: string) {}

  add(key: string, name: Record<string, string>, partColor?: string): string | undefined {
    if (key === '' || this.byKey.has(key)) return this.byKey.get(key);
    if (!hasText(name)) return undefined;
    const id = uniqueSlug(name.en ?? Object.values(name)[0] ?? '', this.fallback, this.registry);
    this.byKey.set(key, id);
    this.parts.push(partColor === undefined ? { id, name } : { id, name, color: partColor });
    return id;
  }

  get(key: string): string | undefined {
    return this.byKey.get(key);
  }
}

/**
 * A converted shape, validated: the parse result (items the converter could
 * not map first, prefixed with the shape's label, then the parser's own) and
 * the native feed, which is what gets saved as the last good copy.
 */
export function finishImport(label: string, imported: ImportResult): { result: ParseResult; native: unknown } {
  if (!imported.ok) return { result: { ok: false, failure: 'not-a-feed', detail: imported.detail }, native: null };
  const result = parseFeed(imported.feed);
  if (!result.ok) return { result, native: imported.feed };
  const unmapped: FeedProblem[] = imported.problems.map((problem) => ({
    part: 'session',
    index: problem.index,
    id: problem.id,
    reason: `${label}: ${problem.reason}`,
  }));
  // Every session index then counts in the export's own list, whoever found the problem.
  const checked = result.problems.map((problem) =>
    problem.part === 'session' && problem.index >= 0 ? { ...problem, index: imported.origins[problem.index] ?? problem.index } : problem,
  );
  return { result: { ...result, problems: [...unmapped, ...checked] }, native: imported.feed };
}

/** "H:MM", "HH:MM" or "D:HH:MM" to milliseconds; undefined otherwise. */
export function durationMs(value: unknown): number | undefined {
  const parts = trimmed(value).split(':');
  if (parts.length < 2 || parts.length > 3 || !parts.every((part, at) => (at === 0 ? /^\d{1,2}$/ : /^\d{2}$/).test(part))) return undefined;
  const [a = 0, b = 0, c = 0] = parts.map(Number);
  if (parts.length === 2) return b > 59 ? undefined : (a * 60 + b) * MINUTE;
  return b > 23 || c > 59 ? undefined : (a * 1440 + b * 60 + c) * MINUTE;
}

const OFFSET_SUFFIX = /([+-])(\d{2}):?(\d{2})$|[Zz]$/;

/**
 * A zone for a conference that names none: the fixed-offset Etc/GMT zone of
 * the offset most of its instants carry (Etc signs are inverted: +08:00 is
 * Etc/GMT-8), UTC when that is not a whole hour or nothing carries one. Only
 * the "conference time" view depends on it; the instants come from the text.
 */
export function zoneFromOffsets(values: readonly unknown[]): string {
  const counts = new Map<number, number>();
  for (const value of values) {
    const match = OFFSET_SUFFIX.exec(trimmed(value));
    if (!match) continue;
    const minutes = match[1] === undefined ? 0 : (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
    counts.set(minutes, (counts.get(minutes) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [minutes, count] of counts) if (count > bestCount) [best, bestCount] = [minutes, count];
  if (best === 0 || best % 60 !== 0) return 'UTC';
  const zone = `Etc/GMT${best > 0 ? '-' : '+'}${Math.abs(best / 60)}`;
  return isTimeZone(zone) ? zone : 'UTC';
}
