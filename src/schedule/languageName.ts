// "English" / "英语" for a language code, in the viewer's locale.
const namers = new Map<string, Intl.DisplayNames | undefined>();

export function languageName(code: string, locale: string): string {
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
