import { describe, expect, it } from 'vitest';
import { languageName } from './languageName.ts';

describe('languageName', () => {
  it('names a language in the viewer locale', () => {
    expect(languageName('de', 'en')).toBe('German');
  });

  it('never shows "root" or a raw code: und, empty and unknown codes are "not stated"', () => {
    expect(languageName('und', 'en')).toBe('Not stated');
    expect(languageName('', 'en')).toBe('Not stated');
    expect(languageName('qqq', 'en')).toBe('Not stated');
    expect(languageName('und', 'zh-CN')).toBe('未注明');
  });
});
