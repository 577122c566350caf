// The colour theme the viewer chose: follow the system (the default, stored as
// nothing), or always light, or always dark. Remembered per browser.
import { readItem, removeItem, STORAGE_KEYS, writeItem } from '../lib/storage.ts';
import { resolvePreference } from './preferences.ts';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export function asThemeChoice(value: string | null | undefined): ThemeChoice | undefined {
  return THEME_CHOICES.find((choice) => choice === value);
}

/** What was remembered; anything unreadable or unknown means "follow the system". */
export function loadThemeChoice(): ThemeChoice {
  // No URL carries a theme: it is the viewer's, not the link's.
  return resolvePreference(asThemeChoice, { stored: readItem(STORAGE_KEYS.theme), detected: 'system' });
}

/** Returns false when the choice could not be remembered (it still applies for this visit). */
export function saveThemeChoice(choice: ThemeChoice): boolean {
  // "system" is the default: clearing the key keeps a later change of default possible.
  if (choice === 'system') {
    removeItem(STORAGE_KEYS.theme);
    return true;
  }
  return writeItem(STORAGE_KEYS.theme, choice);
}

/** The value of <html data-theme>; none when the system decides (prefers-color-scheme). */
export function themeAttribute(choice: ThemeChoice): 'light' | 'dark' | undefined {
  return choice === 'system' ? undefined : choice;
}

/** Whether a storage event from another tab is about the theme. */
export function isThemeEvent(event: { key: string | null }): boolean {
  // key is null when another tab cleared all of storage.
  return event.key === null || event.key === STORAGE_KEYS.theme;
}
