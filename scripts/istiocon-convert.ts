// IstioCon 2022 session files (YAML front matter + Markdown abstract) to the
// native feed, format 1 (docs/feed-format.md). Pure: no fs, no process; the
// CLI (build-feed.ts) and the tests feed it file names and texts.
//
// Everything unexpected throws an Error naming the file and the field, so a
// change in the data fails the build instead of quietly shipping a broken feed.
import { parseDocument } from 'yaml';
import { ENGLISH_TITLES, SLUG_IDS, TRACK_NAMES_ZH } from './istiocon-translations.ts';
import { isHttpsUrl } from '../src/model/rules.ts';
import type { LinkKind, SessionType } from '../src/model/schedule.ts';

export interface LocalText {
  en?: string;
  zh?: string;
}

export interface NativeSession {
  id: string;
  title: LocalText;
  start: string;
  end: string;
  type: SessionType;
  track?: string;
  language: 'en' | 'zh';
  speakers: NativeSpeaker[];
  abstract?: LocalText;
  links?: NativeSessionLink[];
}

export interface NativeSpeaker {
  name: string;
  /** The profile's id, when a speaker file has this name. */
  id?: string;
}

export interface NativeSessionLink {
  kind: LinkKind;
  url: string;
}

export interface NativeLink {
  url: string;
  label: string;
}

export interface NativePhoto {
  /** Relative to the feed (public/sessions.json). */
  url: string;
  size: number;
}

export interface NativeSpeakerProfile {
  id: string;
  name: string;
  role?: string;
  bio?: LocalText;
  links: NativeLink[];
  photo: NativePhoto[];
}

export interface NativeTrack {
  id: string;
  name: LocalText;
  color: string;
}

export interface NativeFeed {
  format: 1;
  conference: { id: string; name: LocalText; timezone: string; url: string };
  tracks: NativeTrack[];
  speakers: NativeSpeakerProfile[];
  sessions: NativeSession[];
}

export interface SeedFile {
  /** File name, used in every error message. */
  name: string;
  text: string;
}

export const CONFERENCE: NativeFeed['conference'] = {
  id: 'istiocon-2022',
  name: { en: 'IstioCon 2022', zh: 'IstioCon 2022' },
  timezone: 'UTC',
  url: 'https://events.istio.io/istiocon-2022/',
};

interface TrackDef {
  id: string;
  /** The `track` field as the session files spell it (compared case-insensitively). */
  dataName: string;
  en: string;
  color: string;
}

// Ordered as on the public program page's track filter, then Listening
// (which only the listening sessions use). Colours all reach >= 4.5:1
// against white text.
const TRACK_DEFS: readonly TrackDef[] = [
  { id: 'keynote', dataName: 'Keynote', en: 'Keynote', color: '#6a1b9a' },
  { id: 'getting-started', dataName: 'Getting started', en: 'Getting started', color: '#2e7d32' },
  { id: 'use-case', dataName: 'Use case', en: 'Use case', color: '#a84300' },
  {
    id: 'tools-features-functionality',
    dataName: 'Tools, features & functionality',
    en: 'Tools, features & functionality',
    color: '#1565c0',
  },
  {
    id: 'infrastructure-networking',
    dataName: 'Infrastructure & networking',
    en: 'Infrastructure & networking',
    color: '#00695c',
  },
  {
    id: 'tech-evolution-whats-next',
    dataName: "Tech evolution & what's next",
    en: "Tech evolution & what's next",
    color: '#c2185b',
  },
  { id: 'listening', dataName: 'listening session', en: 'Listening sessions', color: '#5d4037' },
];

export function buildTracks(): NativeTrack[] {
  return TRACK_DEFS.map((def) => {
    const zh = TRACK_NAMES_ZH[def.id];
    if (zh === undefined) throw new Error(`istiocon-translations.ts: no Chinese name for track "${def.id}"`);
    return { id: def.id, name: { en: def.en, zh }, color: def.color };
  });
}

const ID_PATTERN = /^[a-z0-9-]+$/;
const HAN = /\p{Script=Han}/u;
// The files give UTC instants; milliseconds, if any, must be zero.
const INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.0+)?Z$/;

type Fail = (problem: string) => never;

export class SessionFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'SessionFileError';
  }
}

export interface SessionFile {
  name: string;
  fields: Record<string, unknown>;
  body: string;
  draft: boolean;
}

/** Splits a session file into its front matter (parsed) and its Markdown body. */
export function readSessionFile(name: string, text: string): SessionFile {
  const fail: Fail = (problem) => {
    throw new SessionFileError(name, problem);
  };
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if (lines[0]?.trimEnd() !== '---') fail('does not start with a "---" front matter line');
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close < 0) fail('front matter is not closed by a "---" line');

  // uniqueKeys: false because b1b.md repeats `slides:`; the last value wins.
  const doc = parseDocument(lines.slice(1, close).join('\n'), { uniqueKeys: false });
  const trouble = [...doc.errors, ...doc.warnings][0];
  if (trouble) fail(`front matter is not valid YAML: ${trouble.message.split('\n')[0] ?? ''}`);
  const fields: unknown = doc.toJS();
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) fail('front matter is not a mapping');

  const record = fields as Record<string, unknown>;
  const draft = record.draft ?? false;
  if (typeof draft !== 'boolean') return fail(`draft must be true or false, got ${JSON.stringify(draft)}`);
  return { name, fields: record, body: lines.slice(close + 1).join('\n'), draft };
}

/** Parses and converts one file; null for a draft (not on the public page). */
export function convertSessionFile(name: string, text: string): NativeSession | null {
  const file = readSessionFile(name, text);
  return file.draft ? null : convertSession(file);
}

/** Converts a parsed file to a native session, draft or not. */
export function convertSession(file: SessionFile): NativeSession {
  const fail: Fail = (problem) => {
    throw new SessionFileError(file.name, problem);
  };
  /** A scalar field as trimmed text; '' when empty or absent. */
  const text = (key: string): string => {
    const value = file.fields[key];
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number') return String(value);
    return fail(`${key} must be text, got ${JSON.stringify(value)}`);
  };

  const id = sessionId(text('url'), fail);
  const titleText = text('title');
  if (titleText === '') fail('title is empty');
  const title = splitTitle(titleText, fail);
  const start = instant(file.fields.time_start, 'time_start', fail);
  const end = instant(file.fields.time_end, 'time_end', fail);
  if (Date.parse(end) <= Date.parse(start)) fail(`time_end ${end} is not after time_start ${start}`);
  const track = trackId(text('track'), text('track_slug'), fail);
  const type = sessionType(text('session_type'), titleText, track, fail);
  const language = languageCode(text('language'), fail);
  const speakers = speakerList(file.fields.speakers, fail);
  const abstract = splitAbstract(file.body, fail);
  const links = sessionLinks(text('video'), text('slides'), fail);

  // Key order here is the key order in sessions.json.
  return {
    id,
    title,
    start,
    end,
    type,
    ...(track === undefined ? {} : { track }),
    language,
    speakers,
    ...(abstract === undefined ? {} : { abstract }),
    ...(links.length === 0 ? {} : { links }),
  };
}

/** Where the site served the decks named by `slides`. */
export const SLIDES_BASE = 'https://events.istio.io/istiocon-2022/slides/';

/** The recording (`video`, a YouTube link) and the deck (`slides`, a file name under SLIDES_BASE, or a full URL). */
export function sessionLinks(video: string, slides: string, fail: Fail = plainFail): NativeSessionLink[] {
  const links: NativeSessionLink[] = [];
  if (video !== '') {
    if (!isHttpsUrl(video)) return fail(`video must be an https: URL, got ${JSON.stringify(video)}`);
    links.push({ kind: 'recording', url: video });
  }
  if (slides !== '') {
    // d5c's deck is a published Google Slides URL instead of a file name.
    const url = /^[a-z][a-z0-9+.-]*:/i.test(slides) ? slides : `${SLIDES_BASE}${encodeURIComponent(slides)}`;
    if (!isHttpsUrl(url)) return fail(`slides must be a file name or an https: URL, got ${JSON.stringify(slides)}`);
    links.push({ kind: 'slides', url });
  }
  return links;
}

function sessionId(url: string, fail: Fail): string {
  const match = /^\/sessions\/([^/]+)\/?$/.exec(url);
  if (!match?.[1]) return fail(`url must look like /sessions/<slug>, got ${JSON.stringify(url)}`);
  const slug = match[1];
  const id = SLUG_IDS[slug] ?? slug;
  if (!ID_PATTERN.test(id)) {
    return fail(`url slug "${slug}" is not [a-z0-9-]+: add an id for it to SLUG_IDS in istiocon-translations.ts`);
  }
  return id;
}

// "English（中文）" or "English(中文)": the Chinese part in full-width or
// ASCII parentheses at the very end, nothing Chinese before it.
const BILINGUAL_TITLE = /^([^()（）]*?)\s*[（(]([^()（）]*)[）)]\s*$/u;

/** A title as localised text: English, Chinese with a written English title, or split. */
export function splitTitle(title: string, fail: Fail = plainFail): LocalText {
  if (!HAN.test(title)) return { en: title };
  const match = BILINGUAL_TITLE.exec(title);
  const en = match?.[1]?.trim() ?? '';
  const zh = match?.[2]?.trim() ?? '';
  if (match && /[A-Za-z]/.test(en) && !HAN.test(en) && HAN.test(zh)) return { en, zh };
  const written = ENGLISH_TITLES[title];
  if (written === undefined) {
    return fail(`title "${title}" is in Chinese only: add an English title to ENGLISH_TITLES in istiocon-translations.ts`);
  }
  return { zh: title, en: written };
}

function instant(value: unknown, key: string, fail: Fail): string {
  let text: string;
  if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString();
  else if (typeof value === 'string') text = value.trim();
  else return fail(`${key} must be a UTC instant like 2022-04-25T15:00:00.000Z, got ${JSON.stringify(value)}`);
  const seconds = INSTANT.exec(text)?.[1];
  const time = seconds === undefined ? Number.NaN : Date.parse(`${seconds}Z`);
  // The round trip catches dates that do not exist, e.g. 2022-04-31 or 25:00.
  if (seconds === undefined || Number.isNaN(time) || new Date(time).toISOString() !== `${seconds}.000Z`) {
    return fail(`${key} must be a UTC instant like 2022-04-25T15:00:00.000Z, got ${JSON.stringify(text)}`);
  }
  return `${seconds}Z`;
}

function trackId(name: string, slug: string, fail: Fail): string | undefined {
  // An empty `track` is a session outside the tracks: the sponsor messages
  // (c1b, d1b, f1b, g1b) and the draft networking event c8, whose leftover
  // `track_slug: tools-features-functionality` does not fit it.
  if (name === '') return undefined;
  const def = TRACK_DEFS.find((candidate) => candidate.id === slug);
  if (!def) return fail(`unknown track_slug ${JSON.stringify(slug)} (track "${name}")`);
  if (def.dataName.toLowerCase() !== name.toLowerCase()) {
    return fail(`track "${name}" does not match track_slug "${slug}" (expected "${def.dataName}")`);
  }
  return def.id;
}

export function sessionType(raw: string, title: string, track: string | undefined, fail: Fail = plainFail): SessionType {
  // The one file with an empty session_type is c8 "Networking event: Space
  // Escape Room" (an hour-long virtual escape room for teams, with a prize):
  // a social event, like any "Networking event" title.
  if (/^networking event\b/i.test(title)) return 'social';
  // Sessions outside every track are the short sponsor messages.
  if (track === undefined) return 'sponsor';
  switch (raw.toLowerCase()) {
    case 'presentation':
      return track === 'keynote' ? 'keynote' : 'talk';
    case 'lightning talk':
      return 'lightning';
    case 'panel':
      return 'panel';
    case 'workshop':
      return 'workshop';
    case 'listening':
      // An open-mic feedback session led by maintainers: the closest type.
      return 'panel';
    case '':
      return fail('session_type is empty');
    default:
      return fail(`unknown session_type ${JSON.stringify(raw)}`);
  }
}

function languageCode(language: string, fail: Fail): 'en' | 'zh' {
  if (language === 'English') return 'en';
  if (language === 'Chinese') return 'zh';
  return fail(`language must be English or Chinese, got ${JSON.stringify(language)}`);
}

function speakerList(value: unknown, fail: Fail): NativeSpeaker[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return fail('speakers must be a list of names');
  return value.map((entry: unknown) => {
    if (typeof entry !== 'string' || entry.trim() === '') return fail(`speakers has an entry that is not a name: ${JSON.stringify(entry)}`);
    return { name: entry.trim() };
  });
}

/** The square renditions the build ships of each speaker photo, in CSS pixels. */
export const PHOTO_SIZES = [96, 192] as const;

/**
 * A rendition's path, relative to the feed. `sourceHash` names the original
 * and the encoder's settings, so a changed photo gets a new URL and a
 * cache-first service worker never serves the old one.
 */
export function photoPath(id: string, size: number, sourceHash: string): string {
  return `speakers/${id}-${size}.${sourceHash}.webp`;
}

// Front matter keys of the speaker files that hold a profile link, with the label shown for it.
const SPEAKER_LINKS: readonly (readonly [key: string, label: string])[] = [
  ['twitter', 'Twitter'],
  ['linkedin', 'LinkedIn'],
  ['github', 'GitHub'],
  ['facebook', 'Facebook'],
  ['instagram', 'Instagram'],
];

export interface SpeakerFileProfile {
  profile: Omit<NativeSpeakerProfile, 'photo'>;
  /** The photo's file name in speaker-images/; undefined when the file names none. */
  image?: string;
}

/** Converts one speakers/<slug>.md file; throws naming the file and the field. */
export function convertSpeakerFile(name: string, text: string): SpeakerFileProfile {
  const file = readSessionFile(name, text);
  const fail: Fail = (problem) => {
    throw new SessionFileError(name, problem);
  };
  const field = (key: string): string => {
    const value = file.fields[key];
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value.trim();
    return fail(`${key} must be text, got ${JSON.stringify(value)}`);
  };
  const speakerName = field('title');
  if (speakerName === '') fail("title (the speaker's name) is empty");
  const imagePath = field('image');
  const image = imagePath === '' ? undefined : imagePath.slice(imagePath.lastIndexOf('/') + 1);
  const id = speakerId(name, image, fail);
  const role = field('designation');
  const bio = splitBio(file.body, fail);
  const links = SPEAKER_LINKS.flatMap(([key, label]) => {
    const value = field(key);
    if (value === '') return [];
    // LinkedIn and the others answer http: with a redirect to https:; the feed carries https: only.
    const url = value.replace(/^http:\/\//i, 'https://');
    if (!isHttpsUrl(url)) return fail(`${key} must be an http(s) URL, got ${JSON.stringify(value)}`);
    return [{ url, label }];
  });
  const profile = {
    id,
    name: speakerName,
    ...(role === '' ? {} : { role }),
    ...(bio === undefined ? {} : { bio }),
    links,
  };
  return image === undefined ? { profile } : { profile, image };
}

/** The file's slug, or for the four files named in Chinese (楚瑜-谢.md) the image's, which is written in pinyin. */
function speakerId(name: string, image: string | undefined, fail: Fail): string {
  const slug = name.replace(/\.md$/, '');
  if (ID_PATTERN.test(slug)) return slug;
  const imageSlug = image?.replace(/\.[a-z]+$/i, '');
  if (imageSlug !== undefined && ID_PATTERN.test(imageSlug)) return imageSlug;
  return fail(`neither the file name nor the image gives an id matching [a-z0-9-]+`);
}

/**
 * A paragraph is Chinese when Han characters are at least a quarter of its
 * letters: an English bio that names a Chinese book title stays English,
 * a Chinese one with English product names stays Chinese.
 */
function isChineseParagraph(paragraph: string): boolean {
  const han = paragraph.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = paragraph.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 4 >= latin;
}

/** A bio as localised text: English paragraphs in `en`, Chinese ones in `zh` (one file has both). */
export function splitBio(body: string, fail: Fail = plainFail): LocalText | undefined {
  const paragraphs = abstractParagraphs(body);
  const html = paragraphs.find((paragraph) => HTML_TAG.test(paragraph));
  if (html !== undefined) fail(`bio has HTML mixed into text: ${JSON.stringify(html.slice(0, 80))}`);
  const zh = paragraphs.filter(isChineseParagraph);
  const en = paragraphs.filter((paragraph) => !isChineseParagraph(paragraph));
  if (zh.length === 0 && en.length === 0) return undefined;
  return {
    ...(en.length === 0 ? {} : { en: en.join('\n\n') }),
    ...(zh.length === 0 ? {} : { zh: zh.join('\n\n') }),
  };
}

// A line that is nothing but one HTML element, e.g. the workshop
// registration buttons: <a class="..." href="...">Register for this workshop</a>
const HTML_ONLY_LINE = /^(?:<([a-z][a-z0-9]*)\b[^>]*>[^<]*<\/\1\s*>|<[a-z][a-z0-9]*\b[^>]*\/?>)$/i;
const HTML_TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/i;
const MARKDOWN_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g;

/** The abstract's paragraphs: plain lines, blank-line separated, HTML-only lines dropped. */
export function abstractParagraphs(body: string): string[] {
  const lines = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => !HTML_ONLY_LINE.test(line))
    .map((line) => line.replace(MARKDOWN_LINK, '$1 ($2)'));
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line !== '') {
      current.push(line);
    } else if (current.length > 0) {
      paragraphs.push(current.join('\n'));
      current = [];
    }
  }
  return paragraphs;
}

/**
 * English then Chinese: `en` is the paragraphs before the first Chinese one,
 * `zh` the first through the last Chinese paragraph, and any paragraphs after
 * that (b4's "References:" links) belong to both.
 */
export function splitAbstract(body: string, fail: Fail = plainFail): LocalText | undefined {
  const paragraphs = abstractParagraphs(body);
  const html = paragraphs.find((paragraph) => HTML_TAG.test(paragraph));
  if (html !== undefined) fail(`abstract has HTML mixed into text: ${JSON.stringify(html.slice(0, 80))}`);
  if (paragraphs.length === 0) return undefined;
  const isChinese = (paragraph: string) => HAN.test(paragraph);
  const first = paragraphs.findIndex(isChinese);
  if (first < 0) return { en: paragraphs.join('\n\n') };
  const last = paragraphs.length - 1 - [...paragraphs].reverse().findIndex(isChinese);
  const before = paragraphs.slice(0, first);
  const after = paragraphs.slice(last + 1);
  const zh = [...paragraphs.slice(first, last + 1), ...after].join('\n\n');
  if (before.length === 0) return { zh };
  return { en: [...before, ...after].join('\n\n'), zh };
}

function plainFail(problem: string): never {
  throw new Error(problem);
}

export interface BuiltFeed {
  feed: NativeFeed;
  /** Names of the files skipped as `draft: true`. */
  drafts: string[];
  /** Session id -> the file it came from. */
  sourceOf: Map<string, string>;
  /** Speaker names in sessions that no speaker file has ("file: name"). */
  unmatched: string[];
  /** Profile id -> the original photo's file name in speaker-images/. */
  imageOf: Map<string, string>;
}

export interface SpeakerSeeds {
  /** speakers/*.md */
  files: readonly SeedFile[];
  /**
   * The photos there are: file name in speaker-images/ -> a short hash of
   * its bytes and the encoder settings (speaker-photos.ts), which names the renditions.
   */
  imageHashes: ReadonlyMap<string, string>;
}

const NO_SPEAKERS: SpeakerSeeds = { files: [], imageHashes: new Map() };

/**
 * Converts every file, skipping drafts; throws one Error listing every file
 * that could not be converted. Sessions are sorted by start, then id;
 * profiles by id. A session's speaker gets the id of the profile with the
 * same name.
 */
export function buildFeed(files: readonly SeedFile[], speakerSeeds: SpeakerSeeds = NO_SPEAKERS): BuiltFeed {
  const problems: string[] = [];
  const { speakers, imageOf } = buildProfiles(speakerSeeds, problems);
  const idByName = new Map(speakers.map((profile) => [profile.name, profile.id]));
  const drafts: string[] = [];
  const sessions: NativeSession[] = [];
  const sourceOf = new Map<string, string>();
  const unmatched: string[] = [];
  for (const { name, text } of [...files].sort((a, b) => compare(a.name, b.name))) {
    try {
      const session = convertSessionFile(name, text);
      if (session === null) {
        drafts.push(name);
        continue;
      }
      const other = sourceOf.get(session.id);
      if (other !== undefined) throw new SessionFileError(name, `id "${session.id}" is already used by ${other}`);
      sourceOf.set(session.id, name);
      session.speakers = session.speakers.map((speaker) => {
        const id = idByName.get(speaker.name);
        if (id === undefined && speakers.length > 0) unmatched.push(`${name}: ${speaker.name}`);
        return id === undefined ? speaker : { ...speaker, id };
      });
      sessions.push(session);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : `${name}: ${String(error)}`);
    }
  }
  if (problems.length > 0) throw new Error(`cannot convert ${problems.length} file(s):\n${problems.join('\n')}`);
  sessions.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || compare(a.id, b.id));
  // A track whose sessions were all drafts (the listening sessions) would be an
  // empty filter chip: leave it out.
  const tracks = buildTracks().filter((track) => sessions.some((session) => session.track === track.id));
  return { feed: { format: 1, conference: CONFERENCE, tracks, speakers, sessions }, drafts, sourceOf, unmatched, imageOf };
}

function buildProfiles(seeds: SpeakerSeeds, problems: string[]): { speakers: NativeSpeakerProfile[]; imageOf: Map<string, string> } {
  const speakers: NativeSpeakerProfile[] = [];
  const imageOf = new Map<string, string>();
  const fileOf = new Map<string, string>();
  for (const { name, text } of seeds.files) {
    try {
      const { profile, image } = convertSpeakerFile(name, text);
      const other = fileOf.get(profile.id) ?? speakers.find((known) => known.name === profile.name)?.id;
      if (other !== undefined) throw new SessionFileError(name, `id "${profile.id}" or name "${profile.name}" is already used by ${other}`);
      fileOf.set(profile.id, name);
      let photo: NativePhoto[] = [];
      if (image !== undefined) {
        const hash = seeds.imageHashes.get(image);
        if (hash === undefined) throw new SessionFileError(name, `image "${image}" is not in speaker-images/`);
        imageOf.set(profile.id, image);
        photo = PHOTO_SIZES.map((size) => ({ url: photoPath(profile.id, size, hash), size }));
      }
      speakers.push({ ...profile, photo });
    } catch (error) {
      problems.push(error instanceof Error ? error.message : `${name}: ${String(error)}`);
    }
  }
  speakers.sort((a, b) => compare(a.id, b.id));
  return { speakers, imageOf };
}

/** The feed as written to public/sessions.json. */
export function serializeFeed(feed: NativeFeed): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
