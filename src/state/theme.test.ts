import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '../lib/storage.ts';
import { asThemeChoice, isThemeEvent, loadThemeChoice, saveThemeChoice, themeAttribute } from './theme.ts';

/** Just enough of Storage for storage.ts, optionally failing the way browsers do. */
function fakeStorage(options: { failWrite?: boolean; failRead?: boolean } = {}) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => {
      if (options.failRead) throw new DOMException('The operation is insecure.', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (options.failWrite) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('theme choice', () => {
  it('follows the system until the viewer picks a theme', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    expect(loadThemeChoice()).toBe('system');
  });

  it('remembers light and dark, and forgets the key for system', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    expect(saveThemeChoice('dark')).toBe(true);
    expect(storage.items.get(STORAGE_KEYS.theme)).toBe('dark');
    expect(loadThemeChoice()).toBe('dark');
    saveThemeChoice('light');
    expect(loadThemeChoice()).toBe('light');
    expect(saveThemeChoice('system')).toBe(true);
    expect(storage.items.has(STORAGE_KEYS.theme)).toBe(false);
    expect(loadThemeChoice()).toBe('system');
  });

  it('treats junk in storage as system', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    for (const junk of ['', 'DARK', 'sepia', '"dark"', 'null']) {
      storage.items.set(STORAGE_KEYS.theme, junk);
      expect(loadThemeChoice(), junk).toBe('system');
    }
  });

  it('never throws when storage is missing, unreadable or full', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(loadThemeChoice()).toBe('system');
    expect(saveThemeChoice('dark')).toBe(false);
    vi.stubGlobal('localStorage', fakeStorage({ failRead: true }));
    expect(loadThemeChoice()).toBe('system');
    vi.stubGlobal('localStorage', fakeStorage({ failWrite: true }));
    expect(saveThemeChoice('dark')).toBe(false);
    expect(saveThemeChoice('system')).toBe(true);
  });

  it('parses only the three choices', () => {
    expect(asThemeChoice('system')).toBe('system');
    expect(asThemeChoice('light')).toBe('light');
    expect(asThemeChoice('dark')).toBe('dark');
    expect(asThemeChoice('auto')).toBeUndefined();
    expect(asThemeChoice(null)).toBeUndefined();
    expect(asThemeChoice(undefined)).toBeUndefined();
  });

  it('marks the page only for an explicit choice', () => {
    expect(themeAttribute('system')).toBeUndefined();
    expect(themeAttribute('light')).toBe('light');
    expect(themeAttribute('dark')).toBe('dark');
  });

  it('hears other tabs change the theme or clear storage', () => {
    expect(isThemeEvent({ key: STORAGE_KEYS.theme })).toBe(true);
    expect(isThemeEvent({ key: null })).toBe(true);
    expect(isThemeEvent({ key: STORAGE_KEYS.language })).toBe(false);
  });
});
