import { describe, expect, it } from 'vitest';
import { abstractNeedsMarker, pickText } from './localize.ts';

describe('pickText', () => {
  it('takes the viewer’s language, else English, and says when it fell back', () => {
    expect(pickText({ en: 'Hello', zh: '你好' }, 'zh')).toEqual({ text: '你好', lang: 'zh', fallback: false });
    expect(pickText({ en: 'Hello' }, 'zh')).toEqual({ text: 'Hello', lang: 'en', fallback: true });
  });
});

describe('abstractNeedsMarker', () => {
  it('marks the other language once per card: on the title when both fell back to it', () => {
    expect(abstractNeedsMarker({ en: 'Title' }, { en: 'Abstract' }, 'zh')).toBe(false);
  });
  it('marks the abstract when only the abstract is in another language', () => {
    expect(abstractNeedsMarker({ en: 'Title', zh: '标题' }, { en: 'Abstract' }, 'zh')).toBe(true);
    expect(abstractNeedsMarker({ zh: '标题' }, { en: 'Abstract' }, 'zh')).toBe(true);
  });
  it('never marks an abstract in the viewer’s language', () => {
    expect(abstractNeedsMarker({ en: 'Title' }, { zh: '摘要' }, 'zh')).toBe(false);
  });
});
