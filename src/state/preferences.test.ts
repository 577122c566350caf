import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '../lib/storage.ts';
import { asUiLanguage } from '../model/language.ts';
import { resolveLanguage, resolvePreference, resolveTimeZone, urlPreference } from './preferences.ts';

function fakeStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe('resolvePreference: URL > stored > detected', () => {
  it('prefers the URL, then the remembered choice, then detection; ignores junk', () => {
    expect(resolvePreference(asUiLanguage, { fromUrl: 'zh', stored: 'en', detected: 'en' })).toBe('zh');
    expect(resolvePreference(asUiLanguage, { fromUrl: null, stored: 'zh', detected: 'en' })).toBe('zh');
    expect(resolvePreference(asUiLanguage, { fromUrl: 'klingon', stored: 'garbage', detected: 'en' })).toBe('en');
    expect(resolvePreference(asUiLanguage, { fromUrl: '', stored: '', detected: 'zh' })).toBe('zh');
  });

  it('the URL names a preference only when it differs from what the browser picks', () => {
    expect(urlPreference('zh', 'en')).toBe('zh');
    expect(urlPreference('en', 'en')).toBeUndefined();
  });
});

describe('language and zone read what storage remembers', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', fakeStorage({ [STORAGE_KEYS.language]: 'zh', [STORAGE_KEYS.timeZone]: 'Asia/Tokyo' }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('language: URL, then stored, then detected', () => {
    expect(resolveLanguage('en', 'en')).toBe('en');
    expect(resolveLanguage(null, 'en')).toBe('zh');
  });

  it('zone: URL, then stored, then the viewer’s own; an unknown zone counts as absent', () => {
    expect(resolveTimeZone('Europe/Berlin', 'UTC')).toBe('Europe/Berlin');
    expect(resolveTimeZone('Mars/Olympus', 'UTC')).toBe('Asia/Tokyo');
    localStorage.setItem(STORAGE_KEYS.timeZone, 'not a zone');
    expect(resolveTimeZone(undefined, 'UTC')).toBe('UTC');
  });
});
