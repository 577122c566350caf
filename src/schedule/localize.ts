// Which language of a localised text to show, and whether that is a fallback.
import type { LocalizedText } from '../model/schedule.ts';

export interface PickedText {
  text: string;
  /** The language the text is actually in (for the element's lang attribute). */
  lang: string;
  /** True when the viewer's language was missing and another was shown. */
  fallback: boolean;
}

function baseLanguage(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? tag;
}

export function pickText(text: LocalizedText, language: string): PickedText {
  const entries = Object.entries(text).filter(([, value]) => value.trim() !== '');
  const wanted = baseLanguage(language);
  const exact = entries.find(([lang]) => lang === language) ?? entries.find(([lang]) => baseLanguage(lang) === wanted);
  if (exact) return { text: exact[1], lang: exact[0], fallback: false };
  // Prefer English, the conference's lingua franca, then whatever there is.
  const other = entries.find(([lang]) => baseLanguage(lang) === 'en') ?? entries[0];
  return other ? { text: other[1], lang: other[0], fallback: true } : { text: '', lang: language, fallback: false };
}

/**
 * Whether an abstract needs its own "shown in another language" marker: not
 * when the title beside it already carries one for the same language. Once
 * per card is enough; twice reads like a second badge.
 */
export function abstractNeedsMarker(title: LocalizedText, abstract: LocalizedText, language: string): boolean {
  const shownAbstract = pickText(abstract, language);
  if (!shownAbstract.fallback) return false;
  const shownTitle = pickText(title, language);
  return !(shownTitle.fallback && shownTitle.lang === shownAbstract.lang);
}
