// The feed contract (docs/feed-format.md, format 1) as a schema. Validation is
// split in two levels on purpose: the envelope (format, conference, arrays of
// tracks, rooms, speakers and sessions) must hold or the whole feed is
// refused, while each entry is checked on its own so one broken session never
// hides the rest.
import * as v from 'valibot';
import { parseInstant } from '../model/instant.ts';
import { HEX_COLOR_PATTERN, ID_PATTERN, MAX_ID_LENGTH, isHttpUrl, isHttpsUrl, isPhotoUrl, LANGUAGE_TAG_PATTERN } from '../model/rules.ts';
import {
  SESSION_TYPES,
  LINK_KINDS,
  type Conference,
  type Link,
  type LocalizedText,
  type PhotoSource,
  type Room,
  type Session,
  type SessionLink,
  type Speaker,
  type SpeakerProfile,
  type Track,
} from '../model/schedule.ts';
import { isValidTimeZone } from '../model/time.ts';

const MAX_TEXT = 20_000;

// Each schema's output must be the model's shape (model/schedule.ts): a field
// added to one and not the other is a type error here. The schema keeps its
// own inferred type, so v.InferInput still describes the feed's JSON.
const shapeOf =
  <Model>() =>
  <Schema extends v.GenericSchema<unknown, Model>>(schema: Schema): Schema =>
    schema;
// RFC 3339 with Z or an explicit offset; a bare local time is refused since
// it names no instant.
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'id must match [a-z0-9-]+'), v.maxLength(MAX_ID_LENGTH));

const PlainText = v.pipe(v.string(), v.maxLength(MAX_TEXT));

/** Language code -> plain text, at least one non-empty entry. */
export const LocalizedTextSchema = shapeOf<LocalizedText>()(
  v.pipe(
    v.record(v.pipe(v.string(), v.regex(LANGUAGE_TAG_PATTERN)), PlainText),
    v.check((text) => Object.values(text).some((value) => value.trim() !== ''), 'needs text in at least one language'),
  ),
);

const Instant = v.pipe(
  v.string(),
  v.regex(INSTANT_PATTERN, 'not an RFC 3339 instant'),
  // From the text's own numbers (instant.ts): Date.parse differs between engines.
  v.check((text) => parseInstant(text) !== undefined, 'not a real date'),
);

const HttpUrl = v.pipe(v.string(), v.maxLength(2000), v.check(isHttpUrl, 'only http(s) URLs'));

const TimeZone = v.pipe(v.string(), v.check(isValidTimeZone, 'unknown IANA time zone'));

export const ConferenceSchema = shapeOf<Conference>()(
  v.object({
    id: Id,
    name: LocalizedTextSchema,
    timezone: v.optional(TimeZone, 'UTC'),
    // A bad URL is dropped rather than refusing the whole feed.
    url: v.optional(v.fallback(v.optional(HttpUrl), undefined)),
  }),
);

export const TrackSchema = shapeOf<Track>()(
  v.object({
    id: Id,
    name: LocalizedTextSchema,
    // Colours end up in style attributes: anything but #rgb/#rrggbb is dropped.
    color: v.optional(v.fallback(v.optional(v.pipe(v.string(), v.regex(HEX_COLOR_PATTERN))), undefined)),
  }),
);

export const RoomSchema = shapeOf<Room>()(
  v.object({
    id: Id,
    name: LocalizedTextSchema,
  }),
);

export const SpeakerSchema = shapeOf<Speaker>()(
  v.object({
    name: v.pipe(PlainText, v.minLength(1)),
    affiliation: v.optional(PlainText),
    // Must name a profile in the feed's `speakers`; parse.ts drops (and reports) one that does not.
    id: v.optional(Id),
  }),
);

const HttpsUrl = v.pipe(v.string(), v.maxLength(2000), v.check(isHttpsUrl, 'only https: URLs'));

const LinkLabel = v.pipe(PlainText, v.maxLength(200));

export const SessionLinkSchema = shapeOf<SessionLink>()(
  v.object({
    kind: v.picklist(LINK_KINDS),
    url: HttpsUrl,
    label: v.optional(LinkLabel),
  }),
);

export const LinkSchema = shapeOf<Link>()(
  v.object({
    url: HttpsUrl,
    label: v.optional(LinkLabel),
  }),
);

/** The largest photo rendition the feed may declare, in CSS pixels. */
export const MAX_PHOTO_SIZE = 4096;

export const PhotoSourceSchema = shapeOf<PhotoSource>()(
  v.object({
    url: v.pipe(v.string(), v.maxLength(2000), v.check(isPhotoUrl, 'a relative path or an https: URL')),
    // 0 when the feed does not know the size (an imported export's avatar).
    size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PHOTO_SIZE)), 0),
  }),
);

/**
 * A speaker's profile. Its `links` and `photo` entries are checked one by one
 * in parse.ts (a bad one is dropped and reported, the profile kept); here
 * they must all hold, as the JSON Schema says.
 */
export const SpeakerProfileSchema = shapeOf<SpeakerProfile>()(
  v.object({
    id: Id,
    name: v.pipe(
      PlainText,
      v.maxLength(500),
      v.check((name) => name.trim() !== '', 'needs a name'),
    ),
    role: v.optional(v.pipe(PlainText, v.maxLength(500))),
    bio: v.optional(LocalizedTextSchema),
    links: v.optional(v.array(LinkSchema), []),
    photo: v.optional(v.array(PhotoSourceSchema), []),
  }),
);

/** A session as written in the feed: start and end are still RFC 3339 text. */
export type SessionInput = Omit<Session, 'start' | 'end'> & { start: string; end: string };

export const SessionSchema = shapeOf<SessionInput>()(
  v.object({
    id: Id,
    title: LocalizedTextSchema,
    start: Instant,
    end: Instant,
    type: v.picklist(SESSION_TYPES),
    track: v.optional(Id),
    room: v.optional(Id),
    language: v.pipe(v.string(), v.regex(LANGUAGE_TAG_PATTERN, 'not a language code')),
    speakers: v.optional(v.array(SpeakerSchema), []),
    abstract: v.optional(LocalizedTextSchema),
    tags: v.optional(v.array(v.pipe(v.string(), v.maxLength(100))), []),
    links: v.optional(v.array(SessionLinkSchema), []),
  }),
);

/** The envelope: everything but the sessions themselves, which are checked one by one. */
export const FeedEnvelopeSchema = v.object({
  format: v.literal(1),
  conference: ConferenceSchema,
  tracks: v.optional(v.array(v.unknown()), []),
  rooms: v.optional(v.array(v.unknown()), []),
  speakers: v.optional(v.array(v.unknown()), []),
  sessions: v.array(v.unknown()),
});
