// Which shape a parsed JSON document is, from its structure alone. Kept apart
// from the converters, which are lazy chunks: this runs on every feed.
import { isRecord } from '../../lib/isRecord.ts';
import { isFrabSchedule, isNativeFeed } from '../parse.ts';

export type FeedShape = 'native' | 'frab' | 'schedule-v2' | 'pretalx-widget' | 'sessionize' | 'opass';

export const SHAPE_NAMES: Record<FeedShape, string> = {
  native: "this app's own feed (format 1)",
  frab: 'a frab/pretalx schedule.json export',
  'schedule-v2': 'a C3VOC schedule v2 (schedule.events)',
  'pretalx-widget': 'a pretalx widget schedule.json (talks, rooms, timezone)',
  sessionize: 'a Sessionize "All data" answer (sessions, speakers, categories, rooms)',
  opass: 'an OPass session.json (sessions, speakers, session_types, rooms)',
};

export const NOT_A_FEED = `this is not a feed I can read: expected one of ${Object.values(SHAPE_NAMES).join('; ')}`;

/** The shape of `raw`; undefined when it is none of them. Most specific first. */
export function detectShape(raw: unknown): FeedShape | undefined {
  if (!isRecord(raw)) return undefined;
  if (isNativeFeed(raw)) return 'native';
  // v2 keeps a conference.days summary (no rooms in it) but its events sit in schedule.events.
  if (isRecord(raw.schedule) && Array.isArray(raw.schedule.events)) return 'schedule-v2';
  if (isFrabSchedule(raw)) return 'frab';
  if (Array.isArray(raw.talks) && Array.isArray(raw.rooms)) return 'pretalx-widget';
  if (Array.isArray(raw.sessions) && Array.isArray(raw.session_types) && Array.isArray(raw.rooms)) return 'opass';
  if (Array.isArray(raw.sessions) && Array.isArray(raw.speakers) && Array.isArray(raw.categories) && Array.isArray(raw.rooms))
    return 'sessionize';
  if (isRecord(raw.conference) && Array.isArray(raw.sessions)) return 'native';
  return undefined;
}
