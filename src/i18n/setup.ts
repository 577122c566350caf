import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import type { UiLanguage } from '../model/language.ts';

// English ships in the main bundle (it is also the fallback); Chinese is a
// separate chunk fetched only by viewers who use it.
const loaders: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: typeof en }>> = {
  zh: () => import('./locales/zh.json'),
};

async function loadStrings(language: UiLanguage): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  const { default: strings } = await loaders[language]();
  i18next.addResourceBundle(language, 'translation', strings);
}

/** Ready once the first language's strings are in: render after this resolves. */
export async function setupI18n(language: UiLanguage) {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    // React escapes text itself; i18next must not escape twice.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  await switchLanguage(language);
  return i18next;
}

/** Loads the language's strings if needed, then switches to it. */
export async function switchLanguage(language: UiLanguage): Promise<void> {
  try {
    await loadStrings(language);
  } catch {
    // The chunk could not be fetched (offline before it was cached): stay in
    // the current language rather than show raw keys.
    return;
  }
  await i18next.changeLanguage(language);
}
