import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zh from './locales/zh.json';
import { detectLanguage, intlLocale } from '../model/language.ts';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function values(tree: object): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'object' && value !== null ? values(value) : [String(value)]));
}

describe('locale files', () => {
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
