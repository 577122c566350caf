// The theme in force: the remembered choice, put on <html data-theme> where the
// stylesheet picks it up, and kept in step with other tabs.
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { isThemeEvent, loadThemeChoice, saveThemeChoice, themeAttribute, type ThemeChoice } from '../../state/theme.ts';

function applyTheme(choice: ThemeChoice): void {
  const attribute = themeAttribute(choice);
  if (attribute) document.documentElement.dataset.theme = attribute;
  else delete document.documentElement.dataset.theme;
}

export function useTheme(): [ThemeChoice, (next: ThemeChoice) => void] {
  const [choice, setChoice] = useState(loadThemeChoice);
  // Before paint, so a remembered dark theme never flashes light after a render.
  useLayoutEffect(() => applyTheme(choice), [choice]);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (isThemeEvent(event)) setChoice(loadThemeChoice());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const choose = useCallback((next: ThemeChoice) => {
    saveThemeChoice(next);
    setChoice(next);
  }, []);
  return [choice, choose];
}
