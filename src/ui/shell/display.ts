// How to show things to this viewer: language, Intl locale, time zone.
import { createContext, useContext } from 'react';
import i18next, { type TFunction } from 'i18next';
import type { UiLanguage } from '../../model/language.ts';

export interface Display {
  language: UiLanguage;
  locale: string;
  timeZone: string;
  /**
   * The UI strings. Taken once at the top and handed down here: react-i18next's
   * useTranslation clones the i18n instance per component, which cost ~1.5 ms
   * per session card.
   */
  t: TFunction;
}

export const DisplayContext = createContext<Display>({ language: 'en', locale: 'en-US', timeZone: 'UTC', t: i18next.t });

export function useDisplay(): Display {
  return useContext(DisplayContext);
}
