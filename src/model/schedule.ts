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

export interface Speaker {
  name: string;
  affiliation?: string | undefined;
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
}

export interface Schedule {
  conference: Conference;
  tracks: Track[];
  rooms: Room[];
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
