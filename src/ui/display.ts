// How to show things to this viewer: language, Intl locale, time zone.
import { createContext, useContext } from 'react';
import type { UiLanguage } from '../i18n/language.ts';

export interface Display {
  language: UiLanguage;
  locale: string;
  timeZone: string;
}

export const DisplayContext = createContext<Display>({ language: 'en', locale: 'en-US', timeZone: 'UTC' });

export function useDisplay(): Display {
  return useContext(DisplayContext);
}
