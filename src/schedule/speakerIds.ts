// Which id a session's speaker goes by in the Speakers view and in
// `?speaker=`: the profile's id where the feed gives one, else one derived
// from the name. Kept apart from speakers.ts, which is in the Speakers
// view's lazy chunk: the session detail links to speakers from the first page.
import { displayName, type Speaker } from '../model/schedule.ts';
import { normalizeForSearch } from './filter.ts';

/** Ids derived from a name: a prefix profiles in the feed are unlikely to use, and a hash of the name. */
const NAME_ID_PREFIX = 'name-';

/** FNV-1a over the UTF-16 code units, as 8 hex digits: short, stable, an id by the feed's rules. */
function nameHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The id of a speaker the feed names without a profile: the same for "阳 唐" and "唐阳", "Lin Sun" and "lin  sun". */
export function nameSpeakerId(name: string): string {
  return `${NAME_ID_PREFIX}${nameHash(normalizeForSearch(displayName(name).replace(/\s+/g, ' ').trim()))}`;
}

export function speakerIdOf(speaker: Speaker): string {
  return speaker.id ?? nameSpeakerId(speaker.name);
}
