// "English" / "英语" for a language code, in the viewer's locale.
const namers = new Map<string, Intl.DisplayNames | undefined>();
// Every card names its language: remember the answers (`of` costs ~0.1 ms).
const names = new Map<string, string>();

export function languageName(code: string, locale: string): string {
  const key = `${locale}|${code}`;
  let name = names.get(key);
  if (name === undefined) {
    name = lookUp(code, locale);
    if (names.size < 1000) names.set(key, name);
  }
  return name;
}

// "und" (not stated) is "root" to ICU, and a code it does not know comes back
// as the raw code: neither means anything to an attendee. The words live here,
// not in the i18n files, because the badge that shows them (ui/) is being
// restructured in parallel; move them to an i18n key with it.
const NOT_STATED = new Map([
  ['zh', '未注明'],
  ['en', 'Not stated'],
]);

function notStated(locale: string): string {
  return NOT_STATED.get(locale.split('-')[0]?.toLowerCase() ?? '') ?? 'Not stated';
}

function lookUp(code: string, locale: string): string {
  if (code === 'und' || code === '') return notStated(locale);
  const name = named(code, locale);
  // No DisplayNames in this engine: the code is the best there is.
  if (name === undefined) return code;
  return name === code || name.toLowerCase() === 'root' ? notStated(locale) : name;
}

function named(code: string, locale: string): string | undefined {
  if (!namers.has(locale)) {
    try {
      namers.set(locale, new Intl.DisplayNames([locale], { type: 'language' }));
    } catch {
      namers.set(locale, undefined);
    }
  }
  const namer = namers.get(locale);
  if (namer === undefined) return undefined;
  try {
    return namer.of(code) ?? code;
  } catch {
    // A malformed tag: not a language anyone stated.
    return code;
  }
}
