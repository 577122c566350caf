// Typed keys: a key missing from en.json and en.later.json is a type error.
import 'i18next';
import type en from './locales/en.json';
import type enLater from './locales/en.later.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & typeof enLater };
  }
}
