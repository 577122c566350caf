// The JSON Schema of the native feed, format 1, generated from the app's own
// valibot schema (src/feed/schema.ts), so organisers' tools can validate a
// feed before publishing it. One source of truth: the rules come from the
// schema the app parses with; only what JSON Schema cannot say (a check
// written as code) is turned into a description here, by the check's message.
// Pure: `npm run feed-schema` (write-feed-schema.ts) writes the text to
// docs/feed.schema.json, and a test fails when the committed file drifts.
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import {
  ConferenceSchema,
  FeedEnvelopeSchema,
  LinkSchema,
  LocalizedTextSchema,
  PhotoSourceSchema,
  RoomSchema,
  SessionLinkSchema,
  SessionSchema,
  SpeakerProfileSchema,
  SpeakerSchema,
  TrackSchema,
} from '../src/feed/schema.ts';

/**
 * The whole feed with every part checked. The app itself parses the envelope
 * first and then each session on its own (so one broken session is skipped,
 * not fatal); a feed that passes this schema loses nothing to those checks.
 */
const FeedSchema = v.object({
  ...FeedEnvelopeSchema.entries,
  tracks: v.optional(v.array(TrackSchema), []),
  rooms: v.optional(v.array(RoomSchema), []),
  speakers: v.optional(v.array(SpeakerProfileSchema), []),
  sessions: v.array(SessionSchema),
});

/**
 * What each `v.check` in schema.ts means, keyed by its message. A check
 * missing here makes the generator throw, so a new rule cannot slip into the
 * app without being described to organisers.
 */
const CHECKS: Record<string, JsonSchema> = {
  'needs text in at least one language': {
    minProperties: 1,
    description: 'Language code -> plain text. At least one entry must hold text that is not blank.',
  },
  'not a real date': {
    description: 'A real calendar date and time (2022-02-31 or 24:00 are refused), with Z or an explicit offset.',
  },
  'only http(s) URLs': {
    description: 'An absolute http: or https: URL.',
  },
  'only https: URLs': {
    description: 'An absolute https: URL.',
  },
  'a relative path or an https: URL': {
    description:
      'A path relative to the feed (speakers/lin-sun-96.webp) or an absolute https: URL; no other scheme, no //host. ' +
      'A photo on another origin is shown only if the app was built to allow that origin.',
  },
  'needs a name': {
    minLength: 1,
    description: 'Not blank.',
  },
  'unknown IANA time zone': {
    description: 'An IANA time zone name, such as UTC, Europe/Berlin or Asia/Shanghai.',
  },
};

const FALLBACK_NOTE = 'A value that breaks this rule is dropped; the rest of the feed is kept.';

const SESSIONS_NOTE =
  'Checked one by one: a session that breaks a rule is skipped and reported, the others are shown; ' +
  'a bad entry in its `links` is dropped and reported, the session kept. ' +
  'Beyond what this schema can say: `end` must be after `start`; `track` and `room` must name an id in ' +
  "`tracks` / `rooms`; a speaker's `id` must name a profile in `speakers` (else the id is dropped, the name kept); " +
  'ids must be unique (the first session with an id is kept).';

const SPEAKERS_NOTE =
  'Speaker profiles, which sessions point to by `speakers[].id`. Checked one by one like sessions: ' +
  'a profile that breaks a rule is skipped and reported; a bad entry in its `links` or `photo` is dropped and reported, the profile kept.';

/**
 * A case-insensitive regular expression as a JSON Schema pattern, which has
 * no flags: each letter becomes both cases ([0-9a-f] -> [0-9a-fA-F], Z -> [Zz]).
 * Only the plain syntax the feed schema uses is handled; anything else throws.
 */
export function caseInsensitivePattern(source: string): string {
  const swap = (c: string) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());
  const isLetter = (c: string | undefined) => c !== undefined && /^[a-z]$/i.test(c);
  let out = '';
  for (let at = 0; at < source.length; at++) {
    const c = source[at] ?? '';
    if (c === '\\') {
      const next = source[at + 1] ?? '';
      if (/[xupPck]/.test(next)) throw new Error(`caseInsensitivePattern: unsupported escape \\${next} in ${source}`);
      out += c + next;
      at++;
    } else if (c === '(' && source[at + 1] === '?' && source[at + 2] === '<') {
      throw new Error(`caseInsensitivePattern: unsupported group in ${source}`);
    } else if (c === '[') {
      const close = source.indexOf(']', at + 1);
      if (close < 0) throw new Error(`caseInsensitivePattern: unclosed class in ${source}`);
      const body = source.slice(at + 1, close);
      if (body.includes('\\') || body.includes('[')) throw new Error(`caseInsensitivePattern: unsupported class [${body}]`);
      let extra = '';
      for (let i = body.startsWith('^') ? 1 : 0; i < body.length; i++) {
        const first = body[i];
        if (body[i + 1] === '-' && i + 2 < body.length) {
          const last = body[i + 2];
          if (isLetter(first) && isLetter(last) && first !== undefined && last !== undefined) extra += `${swap(first)}-${swap(last)}`;
          i += 2;
        } else if (isLetter(first) && first !== undefined) {
          extra += swap(first);
        }
      }
      out += `[${body}${extra}]`;
      at = close;
    } else {
      out += isLetter(c) ? `[${c}${swap(c)}]` : c;
    }
  }
  return out;
}

function appendDescription(schema: JsonSchema, note: string): JsonSchema {
  const description = typeof schema.description === 'string' ? `${schema.description} ${note}` : note;
  return { ...schema, description };
}

const CONFIG: ConversionConfig = {
  // draft-07: what most validators (ajv, editors' JSON tooling) read by default.
  target: 'draft-07',
  errorMode: 'throw',
  definitions: {
    Conference: ConferenceSchema,
    Track: TrackSchema,
    Room: RoomSchema,
    Session: SessionSchema,
    SessionLink: SessionLinkSchema,
    Speaker: SpeakerSchema,
    SpeakerProfile: SpeakerProfileSchema,
    Link: LinkSchema,
    PhotoSource: PhotoSourceSchema,
    LocalizedText: LocalizedTextSchema,
  },
  overrideAction: ({ valibotAction, jsonSchema }) => {
    if (valibotAction.type === 'regex') {
      const { requirement } = valibotAction as v.RegexAction<string, v.ErrorMessage<v.RegexIssue<string>> | undefined>;
      const flags = requirement.flags.replace('u', '');
      if (flags === '') return { ...jsonSchema, pattern: requirement.source };
      if (flags === 'i') return { ...jsonSchema, pattern: caseInsensitivePattern(requirement.source) };
      return undefined;
    }
    if (valibotAction.type === 'check') {
      const message = (valibotAction as v.CheckAction<unknown, string>).message;
      const meaning = CHECKS[message];
      if (meaning === undefined) throw new Error(`feed-json-schema: describe the check "${message}" in CHECKS`);
      const merged = { ...jsonSchema, ...meaning };
      return typeof jsonSchema.description === 'string' && typeof meaning.description === 'string'
        ? { ...merged, description: `${jsonSchema.description} ${meaning.description}` }
        : merged;
    }
    return undefined;
  },
  overrideSchema: ({ valibotSchema, jsonSchema }) => {
    if ('fallback' in valibotSchema) return appendDescription(jsonSchema, FALLBACK_NOTE);
    return undefined;
  },
};

/** Any valibot schema converted the way the feed is: checks described, case-insensitive patterns expanded. */
export function describedJsonSchema(schema: v.GenericSchema): JsonSchema {
  return toJsonSchema(schema, CONFIG);
}

/** The JSON Schema of format 1, with a title and the rules it cannot express. */
export function feedJsonSchema(): JsonSchema {
  const generated = describedJsonSchema(FeedSchema);
  const properties = generated.properties as Record<string, JsonSchema>;
  const sessions = properties.sessions;
  const speakers = properties.speakers;
  if (sessions === undefined || speakers === undefined) throw new Error('feed-json-schema: the feed has no sessions or speakers property');
  return {
    $schema: generated.$schema,
    title: 'Conference schedule feed, format 1',
    description:
      'The native feed the schedule app reads (docs/feed-format.md). Generated from src/feed/schema.ts by `npm run feed-schema`; do not edit. ' +
      'Unknown fields are ignored, so later versions of format 1 only add optional fields.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
    properties: {
      ...properties,
      speakers: appendDescription(speakers, SPEAKERS_NOTE),
      sessions: appendDescription(sessions, SESSIONS_NOTE),
    },
  };
}

/** The committed file's exact text. */
export function feedJsonSchemaText(): string {
  return `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
}
