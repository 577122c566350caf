// Fetched text to a parse result, in whichever format it came. The frab /
// pretalx converter is loaded only when a feed has that shape: most feeds are
// native, and its code is a tenth of the app's own.
import { isFrabSchedule, parseFeed, readJson, type ParseResult } from './parse.ts';

export interface ReadFeed {
  result: ParseResult;
  /** What to keep as the last good copy: native JSON, so a reload parses it without the converter. */
  savedText: string;
}

export async function readFeedText(text: string): Promise<ReadFeed> {
  const json = readJson(text);
  if (!json.ok) return { result: json, savedText: text };
  if (!isFrabSchedule(json.raw)) return { result: parseFeed(json.raw), savedText: text };
  const { importFrabFeed } = await import('./import/frab.ts');
  const { result, native } = importFrabFeed(json.raw);
  return { result, savedText: JSON.stringify(native) };
}
