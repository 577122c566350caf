// The feed contract (docs/feed-format.md, format 1) as a schema. Validation is
// split in two levels on purpose: the envelope (format, conference, tracks,
// rooms, a sessions array) must hold or the whole feed is refused, while each
// session is checked on its own so one broken session never hides the rest.
import * as v from 'valibot';
import { parseInstant } from './instant.ts';

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

const MAX_TEXT = 20_000;
const ID_PATTERN = /^[a-z0-9-]+$/;
// A language tag as FEED.md uses them: en, zh, zh-Hant, pt-BR ...
const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
// RFC 3339 with Z or an explicit offset; a bare local time is refused since
// it names no instant.
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const COLOR_PATTERN = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'id must match [a-z0-9-]+'), v.maxLength(200));

const PlainText = v.pipe(v.string(), v.maxLength(MAX_TEXT));

/** Language code -> plain text, at least one non-empty entry. */
export const LocalizedTextSchema = v.pipe(
  v.record(v.pipe(v.string(), v.regex(LANG_PATTERN)), PlainText),
  v.check(
    (text) => Object.values(text).some((value) => value.trim() !== ''),
    'needs text in at least one language',
  ),
);

const Instant = v.pipe(
  v.string(),
  v.regex(INSTANT_PATTERN, 'not an RFC 3339 instant'),
  // From the text's own numbers (instant.ts): Date.parse differs between engines.
  v.check((text) => parseInstant(text) !== undefined, 'not a real date'),
);

const HttpUrl = v.pipe(
  v.string(),
  v.maxLength(2000),
  v.check((text) => {
    try {
      const protocol = new URL(text).protocol;
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'only http(s) URLs'),
);

const TimeZone = v.pipe(
  v.string(),
  v.check((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'unknown IANA time zone'),
);

export const ConferenceSchema = v.object({
  id: Id,
  name: LocalizedTextSchema,
  timezone: v.optional(TimeZone, 'UTC'),
  // A bad URL is dropped rather than refusing the whole feed.
  url: v.optional(v.fallback(v.optional(HttpUrl), undefined)),
});

export const TrackSchema = v.object({
  id: Id,
  name: LocalizedTextSchema,
  // Colours end up in style attributes: anything but #rgb/#rrggbb is dropped.
  color: v.optional(v.fallback(v.optional(v.pipe(v.string(), v.regex(COLOR_PATTERN))), undefined)),
});

export const RoomSchema = v.object({
  id: Id,
  name: LocalizedTextSchema,
});

export const SpeakerSchema = v.object({
  name: v.pipe(PlainText, v.minLength(1)),
  affiliation: v.optional(PlainText),
});

export const SessionSchema = v.object({
  id: Id,
  title: LocalizedTextSchema,
  start: Instant,
  end: Instant,
  type: v.picklist(SESSION_TYPES),
  track: v.optional(Id),
  room: v.optional(Id),
  language: v.pipe(v.string(), v.regex(LANG_PATTERN, 'not a language code')),
  speakers: v.optional(v.array(SpeakerSchema), []),
  abstract: v.optional(LocalizedTextSchema),
  tags: v.optional(v.array(v.pipe(v.string(), v.maxLength(100))), []),
});

/** The envelope: everything but the sessions themselves, which are checked one by one. */
export const FeedEnvelopeSchema = v.object({
  format: v.literal(1),
  conference: ConferenceSchema,
  tracks: v.optional(v.array(v.unknown()), []),
  rooms: v.optional(v.array(v.unknown()), []),
  sessions: v.array(v.unknown()),
});

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Conference = v.InferOutput<typeof ConferenceSchema>;
export type Track = v.InferOutput<typeof TrackSchema>;
export type Room = v.InferOutput<typeof RoomSchema>;
export type Speaker = v.InferOutput<typeof SpeakerSchema>;
export type SessionInput = v.InferOutput<typeof SessionSchema>;
