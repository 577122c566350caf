// The shapes every layer shares: the feed's parser produces them, the pure
// schedule functions read them, the UI shows them. No code here, only types;
// feed/schema.ts checks untrusted JSON against the same shapes.

export const SESSION_TYPES = [
  'keynote',
  'talk',
  'case-study',
  'lightning',
  'panel',
  'workshop',
  'sponsor',
  'social',
  'break',
] as const;
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

/** "Name (Affiliation)", or the name alone. */
export function speakerLabel(speaker: Speaker): string {
  return speaker.affiliation ? `${speaker.name} (${speaker.affiliation})` : speaker.name;
}
