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
  // Both halves: the app loads the later one with the first lazy view.
  resources: { en: { translation: { ...en, ...enLater } } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

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
