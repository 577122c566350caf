import { describe, expect, it } from 'vitest';
import enFirst from './locales/en.json';
import zhFirst from './locales/zh.json';
import enLater from './locales/en.later.json';
import zhLater from './locales/zh.later.json';
import { detectLanguage, intlLocale } from '../model/language.ts';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function values(tree: object): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'object' && value !== null ? values(value) : [String(value)]));
}

// A group can be split: the first page's keys in one file, the rest in the other.
const merged = (first: object, later: object): object =>
  Object.fromEntries(
    [...new Set([...Object.keys(first), ...Object.keys(later)])].map((group) => {
      const a = (first as Record<string, unknown>)[group];
      const b = (later as Record<string, unknown>)[group];
      return [group, typeof a === 'object' && typeof b === 'object' && a && b ? { ...a, ...b } : (a ?? b)];
    }),
  );
const en = merged(enFirst, enLater);
const zh = merged(zhFirst, zhLater);

describe('locale files', () => {
  it('split the same keys between the first page and the later chunk, none in both', () => {
    expect(keys(zhLater).sort()).toEqual(keys(enLater).sort());
    expect(keys(enFirst).filter((key) => keys(enLater).includes(key))).toEqual([]);
  });

  it('have exactly the same keys in English and Chinese', () => {
    const missingInZh = keys(en).filter((key) => !keys(zh).includes(key));
    const missingInEn = keys(zh).filter((key) => !keys(en).includes(key));
    expect({ missingInZh, missingInEn }).toEqual({ missingInZh: [], missingInEn: [] });
  });

  it('have no empty strings, and the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    for (const key of keys(en)) {
      const path = key.split('.');
      const pick = (tree: object) => path.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
      expect(pick(en), key).not.toBe('');
      expect(pick(zh), key).not.toBe('');
      expect(placeholders(pick(zh)), key).toEqual(placeholders(pick(en)));
    }
    expect(values(zh).length).toBe(values(en).length);
  });
});

describe('UI language', () => {
  it('detects Chinese from any zh-* preference, else English', () => {
    expect(detectLanguage(['zh-TW', 'en'])).toBe('zh');
    expect(detectLanguage(['fr-FR', 'zh-CN'])).toBe('zh');
    expect(detectLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(detectLanguage(['fr-FR'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });

  it('keeps the viewer’s English for Intl, and uses zh-CN for Chinese', () => {
    expect(intlLocale('en', ['en-GB', 'en-US'])).toBe('en-GB');
    expect(intlLocale('en', ['zh-CN'])).toBe('en-US');
    expect(intlLocale('zh', ['en-GB'])).toBe('zh-CN');
  });
});
