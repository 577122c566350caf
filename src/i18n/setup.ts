import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import type enLater from './locales/en.later.json';
import type { UiLanguage } from '../model/language.ts';

// English ships in the main bundle (it is also the fallback); Chinese is a
// separate chunk fetched only by viewers who use it.
const loaders: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: typeof en }>> = {
  zh: () => import('./locales/zh.json'),
};

// Strings only lazy chunks use (a session's detail, My schedule, a shared
// agenda, the changes, favorites and update notices, the zone panel, the
// speakers, the grid) are a chunk per language too, fetched with the first of
// those views (withLaterStrings) and merged into the same namespace: the
// first page carries none of them.
const laterLoaders: Record<UiLanguage, () => Promise<{ default: typeof enLater }>> = {
  en: () => import('./locales/en.later.json'),
  zh: () => import('./locales/zh.later.json'),
};
const laterLoaded = new Set<UiLanguage>();
let laterWanted = false;

// Not i18next.hasResourceBundle: the later strings alone make a bundle too.
const firstLoaded = new Set<UiLanguage>();

async function loadStrings(language: UiLanguage): Promise<void> {
  if (laterWanted) await loadLater(language);
  if (language === 'en' || firstLoaded.has(language)) return;
  const { default: strings } = await loaders[language]();
  i18next.addResourceBundle(language, 'translation', strings, true);
  firstLoaded.add(language);
}

async function loadLater(language: UiLanguage): Promise<void> {
  // English is every language's fallback, so it comes too.
  const wanted = [...new Set<UiLanguage>(['en', language])].filter((each) => !laterLoaded.has(each));
  const loaded = await Promise.all(wanted.map((each) => laterLoaders[each]().then((module) => [each, module.default] as const)));
  for (const [each, strings] of loaded) {
    i18next.addResourceBundle(each, 'translation', strings, true);
    laterLoaded.add(each);
  }
}

/** `module` (a lazy chunk's import), once the strings only lazy chunks use are in. */
export async function withLaterStrings<T>(module: Promise<T>): Promise<T> {
  laterWanted = true;
  const [loaded] = await Promise.all([module, loadLater(currentLanguage())]);
  return loaded;
}

function currentLanguage(): UiLanguage {
  return i18next.language === 'zh' ? 'zh' : 'en';
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
