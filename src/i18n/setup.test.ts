import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { setupI18n, switchLanguage, withLaterStrings } from './setup.ts';

describe('the strings, first page and later', () => {
  it('has the later strings once a lazy view asked, and Chinese whole after a switch', async () => {
    await setupI18n('en');
    expect(i18next.exists('agenda.close')).toBe(false);
    await withLaterStrings(Promise.resolve());
    expect(i18next.t('agenda.close')).toBe('Back to the full schedule');
    // The later Chinese strings must not stand in for the whole of Chinese.
    await switchLanguage('zh');
    expect(i18next.t('app.schedule')).toBe('日程');
    expect(i18next.t('agenda.close')).toBe('返回完整日程');
  });
});
