// Fetched text to a parse result, in whichever format it came. Each foreign
// shape's converter is loaded only when a feed has that shape: most feeds are
// native, and the converters are a tenth of the app's own code. So is the
// shape detection: a native feed is read without it.
import { isNativeFeed, parseFeed, readJson, type ParseResult } from './parse.ts';

export interface ReadFeed {
  result: ParseResult;
  /** What to keep as the last good copy: native JSON, so a reload parses it without the converter. */
  savedText: string;
}

export interface ReadFeedOptions {
  /** The conference's IANA zone, for shapes whose times carry no offset (Sessionize): VITE_FEED_TIMEZONE. */
  timeZone?: string;
}

export async function readFeedText(text: string, options: ReadFeedOptions = {}): Promise<ReadFeed> {
  const json = readJson(text);
  if (!json.ok) return { result: json, savedText: text };
  const imported = await importShape(json.raw, options);
  if (imported === 'native') return { result: parseFeed(json.raw), savedText: text };
  const { result, native } = imported;
  return { result, savedText: native === null ? text : JSON.stringify(native) };
}

async function importShape(raw: unknown, options: ReadFeedOptions): Promise<'native' | { result: ParseResult; native: unknown }> {
  if (isNativeFeed(raw)) return 'native';
  const { detectShape, NOT_A_FEED } = await import('./import/detect.ts');
  switch (detectShape(raw)) {
    case 'native':
      return 'native';
    case 'frab':
      return (await import('./import/frab.ts')).importFrabFeed(raw);
    case 'sessionize':
      return (await import('./import/sessionize.ts')).importSessionize(raw, options);
    case 'schedule-v2':
      return (await import('./import/scheduleV2.ts')).importScheduleV2(raw);
    case 'opass':
      return (await import('./import/opass.ts')).importOpass(raw, options);
    case 'pretalx-widget':
      return (await import('./import/pretalxWidget.ts')).importPretalxWidget(raw);
    default:
      return { result: { ok: false, failure: 'not-a-feed', detail: NOT_A_FEED }, native: null };
  }
}
