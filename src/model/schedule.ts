// The shapes every layer shares: the feed's parser produces them, the pure
// schedule functions read them, the UI shows them. No code here, only types;
// feed/schema.ts checks untrusted JSON against the same shapes.

export const SESSION_TYPES = ['keynote', 'talk', 'case-study', 'lightning', 'panel', 'workshop', 'sponsor', 'social', 'break'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** Language tag -> text, with at least one non-empty entry. */
export type LocalizedText = Record<string, string>;

export interface Conference {
  id: string;
  name: LocalizedText;
  /** IANA zone the conference happens in. */
  timezone: string;
  url?: string | undefined;
}

export interface Track {
  id: string;
  name: LocalizedText;
  /** #rgb or #rrggbb. */
  color?: string | undefined;
}

export interface Room {
  id: string;
  name: LocalizedText;
}

/** A session's speaker as the session names them; `id` points into Schedule.speakers where the feed has profiles. */
export interface Speaker {
  name: string;
  affiliation?: string | undefined;
  id?: string | undefined;
}

export const LINK_KINDS = ['recording', 'slides', 'other'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** An https: link out of the app; `label` is the feed's own words for it. */
export interface Link {
  url: string;
  label?: string | undefined;
}

export interface SessionLink extends Link {
  kind: LinkKind;
}

/** One square rendition of a speaker's photo; `size` in CSS pixels at 1x is the width and height. */
export interface PhotoSource {
  url: string;
  size: number;
}

/** A speaker's profile: who they are, apart from any one session. */
export interface SpeakerProfile {
  id: string;
  name: string;
  /** Role and company as one line ("Cloud Engineer, Humana"). */
  role?: string | undefined;
  bio?: LocalizedText | undefined;
  links: Link[];
  /** Square renditions, smallest first; empty when there is no photo (the UI shows initials). */
  photo: PhotoSource[];
}

export interface Session {
  id: string;
  title: LocalizedText;
  /** Epoch milliseconds: cheap to compare, sort and bucket. */
  start: number;
  end: number;
  type: SessionType;
  track?: string | undefined;
  room?: string | undefined;
  /** Language tag of the talk itself. */
  language: string;
  speakers: Speaker[];
  abstract?: LocalizedText | undefined;
  tags: string[];
  /** Recordings, slides and other links, https: only. */
  links: SessionLink[];
}

export interface Schedule {
  conference: Conference;
  tracks: Track[];
  rooms: Room[];
  /** Speaker profiles that sessions point to by Speaker.id; empty for names-only feeds. */
  speakers: SpeakerProfile[];
  /** Sorted by start, then end, then id. */
  sessions: Session[];
}

// How a person's name is shown. Feeds built from Western forms write a
// Chinese name given-name first with a space ("阳 唐"); in Chinese the
// family name comes first, with no space (唐阳). Only a two-part name whose
// parts are both Han characters is turned: "Lin Sun", "Sun Lin" or a mixed
// "Zhang 三" stay as written.
const HAN = /^\p{Script=Han}+$/u;

export function displayName(name: string): string {
  const parts = name.trim().split(/\s+/);
  const [given, family] = parts;
  if (parts.length === 2 && given && family && HAN.test(given) && HAN.test(family)) return `${family}${given}`;
  return name;
}

/** "Name (Affiliation)", or the name alone. */
export function speakerLabel(speaker: Speaker): string {
  const name = displayName(speaker.name);
  return speaker.affiliation ? `${name} (${speaker.affiliation})` : name;
}
