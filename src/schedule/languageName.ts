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

function lookUp(code: string, locale: string): string {
  if (!namers.has(locale)) {
    try {
      namers.set(locale, new Intl.DisplayNames([locale], { type: 'language' }));
    } catch {
      namers.set(locale, undefined);
    }
  }
  try {
    return namers.get(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}
