// The speakers directory: everyone who speaks, with their sessions, sorted
// and grouped under index letters for the viewer's language. Pure: the
// Speakers view and the speaker's detail only show what this returns.
import { displayName, type Schedule, type Session, type SpeakerProfile } from '../model/schedule.ts';
import { normalizeForSearch, searchTerms } from './filter.ts';
import { speakerIdOf } from './speakerIds.ts';

export interface SpeakerEntry {
  /** The profile's id, or for a speaker the feed names only, one derived from the name (stable across loads). */
  id: string;
  /** The name as shown (a Chinese name family name first). */
  name: string;
  /** The profile's role, else the companies the sessions give, joined. */
  role?: string;
  profile?: SpeakerProfile;
  /** In schedule order. */
  sessions: Session[];
}

/**
 * Every speaker once: each profile (with or without sessions) and each name
 * a session gives without a profile id, the same name on several sessions
 * being one person (an id with no profile behind it stands for its name
 * alone). Entries come in the order first met; sort them with
 * `sortSpeakers`.
 */
export function speakerDirectory(schedule: Schedule): SpeakerEntry[] {
  const entries = new Map<string, SpeakerEntry & { companies: Set<string> }>();
  for (const profile of schedule.speakers) {
    if (entries.has(profile.id)) continue;
    entries.set(profile.id, {
      id: profile.id,
      name: displayName(profile.name),
      role: profile.role,
      profile,
      sessions: [],
      companies: new Set(),
    });
  }
  for (const session of schedule.sessions) {
    for (const speaker of session.speakers) {
      const id = speakerIdOf(speaker);
      let entry = entries.get(id);
      if (!entry) {
        entry = { id, name: displayName(speaker.name), sessions: [], companies: new Set() };
        entries.set(id, entry);
      }
      if (!entry.sessions.includes(session)) entry.sessions.push(session);
      if (speaker.affiliation) entry.companies.add(speaker.affiliation);
    }
  }
  return [...entries.values()].map(({ companies, ...entry }) => ({
    ...entry,
    role: entry.role ?? (companies.size > 0 ? [...companies].join(', ') : undefined),
  }));
}

// The first character of each pinyin initial's block in Chinese (pinyin)
// collation: a Han name belongs under the last boundary that sorts before it.
// No dictionary needed, and the letters follow the collator's own order.
const PINYIN_BOUNDARIES: readonly (readonly [string, string])[] = [
  ['A', '阿'],
  ['B', '八'],
  ['C', '嚓'],
  ['D', '咑'],
  ['E', '妸'],
  ['F', '发'],
  ['G', '旮'],
  ['H', '哈'],
  ['J', '丌'],
  ['K', '咔'],
  ['L', '垃'],
  ['M', '妈'],
  ['N', '拏'],
  ['O', '噢'],
  ['P', '妑'],
  ['Q', '七'],
  ['R', '呥'],
  ['S', '仨'],
  ['T', '他'],
  ['W', '屲'],
  ['X', '夕'],
  ['Y', '丫'],
  ['Z', '帀'],
];

const HAN = /^\p{Script=Han}/u;
const LATIN_LETTER = /^[A-Z]$/;
/** The index heading for names that start with neither a Latin letter nor a Han character. */
export const OTHER_LETTER = '#';

const pinyinCollator = new Intl.Collator('zh-CN');

/** The index letter a name is listed under: its first Latin letter, a Han name's pinyin initial, else '#'. */
export function indexLetter(name: string): string {
  const first = name.trim().normalize('NFKD').replace(/\p{M}/gu, '').charAt(0);
  const upper = first.toUpperCase();
  if (LATIN_LETTER.test(upper)) return upper;
  if (HAN.test(name.trim())) {
    const character = Array.from(name.trim())[0] ?? '';
    let letter = OTHER_LETTER;
    for (const [candidate, boundary] of PINYIN_BOUNDARIES) {
      if (pinyinCollator.compare(character, boundary) >= 0) letter = candidate;
      else break;
    }
    return letter;
  }
  return OTHER_LETTER;
}

export interface SpeakerGroup {
  letter: string;
  speakers: SpeakerEntry[];
}

/** The collator for names in a UI language: Chinese names in pinyin order under zh-CN. */
export function nameCollator(locale: string): Intl.Collator {
  return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
}

/**
 * Speakers under their index letters, A to Z then '#', each group in the
 * collation order of the viewer's locale (so under zh-CN the Chinese names
 * under "L" follow pinyin: 李 before 刘).
 */
export function groupSpeakers(entries: readonly SpeakerEntry[], locale: string): SpeakerGroup[] {
  const collator = nameCollator(locale);
  const groups = new Map<string, SpeakerEntry[]>();
  for (const entry of entries) {
    const letter = indexLetter(entry.name);
    const group = groups.get(letter);
    if (group) group.push(entry);
    else groups.set(letter, [entry]);
  }
  const rank = (letter: string) => (letter === OTHER_LETTER ? '\uffff' : letter);
  return [...groups.entries()]
    .sort(([a], [b]) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0))
    .map(([letter, speakers]) => ({
      letter,
      speakers: speakers.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id)),
    }));
}

/** Speakers whose name, role or companies hold every search term (the same folding as the session search). */
export function searchSpeakers(entries: readonly SpeakerEntry[], query: string): SpeakerEntry[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = haystackOf(entry);
    return terms.every((term) => haystack.includes(term));
  });
}

/**
 * The groups (already sorted, see groupSpeakers) narrowed to the speakers a
 * query matches, empty groups left out: a keystroke filters, it never sorts
 * or groups again.
 */
export function searchGroups(groups: readonly SpeakerGroup[], query: string): readonly SpeakerGroup[] {
  if (searchTerms(query).length === 0) return groups;
  return groups
    .map(({ letter, speakers }) => ({ letter, speakers: searchSpeakers(speakers, query) }))
    .filter((group) => group.speakers.length > 0);
}

// Folded once per entry, not once per keystroke.
const haystacks = new WeakMap<SpeakerEntry, string>();

function haystackOf(entry: SpeakerEntry): string {
  let haystack = haystacks.get(entry);
  if (haystack === undefined) {
    haystack = normalizeForSearch([entry.name, entry.profile?.name ?? '', entry.role ?? ''].join('\u0000'));
    haystacks.set(entry, haystack);
  }
  return haystack;
}

/**
 * Up to two letters for a speaker without a photo: a Chinese name's family
 * name (its first character once shown family name first), else the first
 * letters of the first and last words ("Lin Sun" -> "LS").
 */
export function initials(name: string): string {
  const trimmed = name.trim();
  if (HAN.test(trimmed)) return Array.from(trimmed)[0] ?? '';
  const words = trimmed.split(/[\s\-.]+/).filter((word) => /^\p{L}/u.test(word));
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (word: string | undefined) => (word ? (Array.from(word)[0] ?? '').toUpperCase() : '');
  return letter(first) + letter(last) || (Array.from(trimmed)[0] ?? '?');
}
