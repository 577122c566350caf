// The UI languages the app speaks, and the browser's preference among them.
// Which one is in force is resolved with the other preferences (state/preferences.ts).
export const UI_LANGUAGES = ['en', 'zh'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function asUiLanguage(value: string | null | undefined): UiLanguage | undefined {
  return UI_LANGUAGES.find((lang) => lang === value);
}

/** First supported language among the browser's preferences; zh-* -> zh, else en. */
export function detectLanguage(preferences: readonly string[]): UiLanguage {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** The Intl locale for dates and numbers in a UI language. */
export function intlLocale(language: UiLanguage, preferences: readonly string[]): string {
  if (language === 'zh') return 'zh-CN';
  // Keep the viewer's own English (en-GB writes 24-hour times, en-US 12-hour).
  return preferences.find((tag) => tag.toLowerCase().startsWith('en')) ?? 'en-US';
}
