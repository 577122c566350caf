import { describe, expect, it } from 'vitest';
import { resolveFeedUrl } from './feedUrl.ts';

describe('resolveFeedUrl', () => {
  const page = 'https://example.org/conf/2025/index.html';

  it('defaults to sessions.json beside the page, in whatever folder it is', () => {
    expect(resolveFeedUrl(undefined, page)).toBe('https://example.org/conf/2025/sessions.json');
    expect(resolveFeedUrl('  ', 'https://example.org/')).toBe('https://example.org/sessions.json');
  });

  it('resolves a relative URL against the page and keeps an absolute one', () => {
    expect(resolveFeedUrl('feeds/democon.json', page)).toBe('https://example.org/conf/2025/feeds/democon.json');
    expect(resolveFeedUrl('../common.json', page)).toBe('https://example.org/conf/common.json');
    const remote = 'https://pretalx.example.org/democon/schedule/export/schedule.json';
    expect(resolveFeedUrl(remote, page)).toBe(remote);
  });
});
