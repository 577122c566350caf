// The viewer's preferences, read through one hook: the UI language, the time
// zone and the theme, each resolved by state/preferences.ts (URL > stored >
// detected) and written back by its own small hook.
import type { ViewState } from '../../state/urlState.ts';
import type { UpdateViewState } from '../../state/useViewState.ts';
import type { UiLanguage } from '../../model/language.ts';
import type { ThemeChoice } from '../../state/theme.ts';
import { useTheme } from './useTheme.ts';
import { useTimeZone } from './useTimeZone.ts';
import { useUiLanguage } from './useUiLanguage.ts';

export interface Preferences {
  language: UiLanguage;
  setLanguage: (next: UiLanguage) => void;
  timeZone: string;
  setTimeZone: (zone: string) => void;
  theme: ThemeChoice;
  setTheme: (next: ThemeChoice) => void;
}

export function usePreferences(viewState: ViewState, updateView: UpdateViewState): Preferences {
  const [language, setLanguage] = useUiLanguage(viewState, updateView);
  const [timeZone, setTimeZone] = useTimeZone(viewState, updateView);
  const [theme, setTheme] = useTheme();
  return { language, setLanguage, timeZone, setTimeZone, theme, setTheme };
}
