// The small rules every layer checks the same way: the feed's schema, the
// importers, the URL state and the favorites store. (Time zones are checked
// by isValidTimeZone in time.ts, beside the formatter cache it uses.)

/** Ids of sessions, tracks, rooms and conferences. */
export const ID_PATTERN = /^[a-z0-9-]+$/;
export const MAX_ID_LENGTH = 200;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/** A language tag as the feed format uses them: en, zh, zh-Hant, pt-BR ... */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG_PATTERN.test(value);
}

/** A colour the feed may give a track: #rgb or #rrggbb, nothing that could carry CSS. */
export const HEX_COLOR_PATTERN = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** An absolute http: or https: URL (never javascript:, data: ...). */
export function isHttpUrl(text: string): boolean {
  try {
    const protocol = new URL(text).protocol;
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** An absolute https: URL: the only kind of link a session or a speaker may carry. */
export function isHttpsUrl(text: string): boolean {
  return isHttpUrl(text) && text.startsWith('https:');
}

/**
 * A photo is loaded from the feed's own folder (a relative path, resolved
 * against the feed's URL) or from an https: origin the build's CSP names.
 * Anything that could carry a scheme of its own (data:, javascript:, a
 * protocol-relative //host) is refused here.
 */
export function isPhotoUrl(text: string): boolean {
  if (text.trim() !== text || text === '') return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return isHttpsUrl(text);
  if (/^[/\\]{2}/.test(text) || text.includes('\\')) return false;
  // Control characters and spaces have no place in a path the feed writes.
  return /^[^\s\p{Cc}]+$/u.test(text);
}
