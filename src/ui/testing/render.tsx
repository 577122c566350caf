// Renders a component or hook the way App.tsx does: with the display context
// and English strings. For tests under `// @vitest-environment happy-dom`.
import { render, renderHook, type RenderHookResult, type RenderResult } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement, ReactNode } from 'react';
import en from '../../i18n/locales/en.json';
import enLater from '../../i18n/locales/en.later.json';
import { DisplayContext, type Display } from '../shell/display.ts';

void i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
});
// Both halves, merged group by group as the app merges them when it loads the
// later one with the first lazy view (a group such as `links` is in both).
i18next.addResourceBundle('en', 'translation', enLater, true);

export const testDisplay: Display = { language: 'en', locale: 'en-GB', timeZone: 'UTC', t: i18next.t };

function Providers({ children }: { children: ReactNode }) {
  return <DisplayContext value={testDisplay}>{children}</DisplayContext>;
}

export function renderWithProviders(element: ReactElement): RenderResult {
  return render(element, { wrapper: Providers });
}

export function renderHookWithProviders<Result, Props>(hook: (props: Props) => Result): RenderHookResult<Result, Props> {
  return renderHook(hook, { wrapper: Providers });
}
