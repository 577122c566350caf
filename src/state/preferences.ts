// Every preference (UI language, time zone, theme) is resolved the same way,
// here: the URL's value (a shared link, back/forward) over the remembered one
// over what the browser says. A value that fails its check counts as absent.
import { asUiLanguage, type UiLanguage } from '../model/language.ts';
import { isValidTimeZone } from '../model/time.ts';
import { readItem, STORAGE_KEYS } from '../lib/storage.ts';

export interface PreferenceSources<T> {
  fromUrl?: string | null | undefined;
  stored?: string | null | undefined;
  detected: T;
}

export function resolvePreference<T>(check: (value: string) => T | undefined, { fromUrl, stored, detected }: PreferenceSources<T>): T {
  const pick = (value: string | null | undefined) => (value ? check(value) : undefined);
  return pick(fromUrl) ?? pick(stored) ?? detected;
}

/**
 * What the URL carries for a preference: nothing when it is what the browser
 * would pick anyway, so a shared link names only a real choice.
 */
export function urlPreference<T>(value: T, detected: T): T | undefined {
  return value === detected ? undefined : value;
}

const asTimeZone = (zone: string) => (isValidTimeZone(zone) ? zone : undefined);

export function resolveLanguage(fromUrl: string | null | undefined, detected: UiLanguage): UiLanguage {
  return resolvePreference(asUiLanguage, { fromUrl, stored: readItem(STORAGE_KEYS.language), detected });
}

export function resolveTimeZone(fromUrl: string | undefined, localZone: string): string {
  return resolvePreference(asTimeZone, { fromUrl, stored: readItem(STORAGE_KEYS.timeZone), detected: localZone });
}
