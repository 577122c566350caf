import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, DEFAULT_FEED_URL, feedLocation, withFeedPreload } from './feed-location.ts';

const PRETALX = 'https://pretalx.example.org/democon/schedule/export/schedule.json';

/** The policy as directive name -> sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources];
    }),
  );
}

describe('feedLocation', () => {
  it('defaults to sessions.json beside the page', () => {
    expect(feedLocation(undefined)).toEqual({ url: DEFAULT_FEED_URL });
    expect(feedLocation('  ')).toEqual({ url: 'sessions.json' });
  });

  it('keeps a relative URL as it is: same origin, nothing to allow', () => {
    expect(feedLocation('feeds/democon.json')).toEqual({ url: 'feeds/democon.json' });
    expect(feedLocation('/schedule.json')).toEqual({ url: '/schedule.json' });
  });

  it('gives an absolute URL its origin', () => {
    expect(feedLocation(PRETALX)).toEqual({ url: PRETALX, origin: 'https://pretalx.example.org' });
    expect(feedLocation('http://127.0.0.1:8080/s.json')).toEqual({ url: 'http://127.0.0.1:8080/s.json', origin: 'http://127.0.0.1:8080' });
  });

  it('fails the build on a URL the page cannot or should not fetch', () => {
    expect(() => feedLocation('//pretalx.example.org/s.json')).toThrow(/write the scheme/);
    expect(() => feedLocation('javascript:alert(1)')).toThrow(/only http\(s\)/);
    expect(() => feedLocation('data:application/json,{}')).toThrow(/only http\(s\)/);
    expect(() => feedLocation('https://user:secret@pretalx.example.org/s.json')).toThrow(/user name or password/);
    expect(() => feedLocation('https://exa mple.org/')).toThrow(/not a URL/);
  });
});

describe('contentSecurityPolicy', () => {
  it('connects to its own origin only, by default or for a relative feed', () => {
    const policy = directives(contentSecurityPolicy(feedLocation(undefined)));
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy(feedLocation('feeds/x.json'))).toBe(contentSecurityPolicy(feedLocation(undefined)));
  });

  it('adds exactly the remote feed origin to connect-src, and nothing anywhere else', () => {
    const local = directives(contentSecurityPolicy(feedLocation(undefined)));
    const remote = directives(contentSecurityPolicy(feedLocation(PRETALX)));
    expect(remote.get('connect-src')).toEqual(["'self'", 'https://pretalx.example.org']);
    for (const [name, sources] of remote) {
      if (name !== 'connect-src') expect(sources, name).toEqual(local.get(name));
    }
    expect(remote.get('img-src')).toEqual(["'self'", 'data:']);
    expect([...remote.values()].flat().some((source) => source.includes('*'))).toBe(false);
  });

  it('keeps the rules that make untrusted feed text harmless', () => {
    const policy = directives(contentSecurityPolicy(feedLocation(PRETALX)));
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
  });
});

describe('withFeedPreload', () => {
  const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

  it('leaves index.html as it is for the default feed', () => {
    expect(withFeedPreload(html, 'sessions.json')).toBe(html);
  });

  it('points the preload of index.html at the configured URL, escaped, and changes nothing else', () => {
    const out = withFeedPreload(html, `${PRETALX}?lang=en&v=2`);
    expect(out).toContain(
      `<link rel="preload" href="${PRETALX}?lang=en&amp;v=2" as="fetch" type="application/json" crossorigin="anonymous" />`,
    );
    expect(out.replace(`${PRETALX}?lang=en&amp;v=2`, 'sessions.json')).toBe(html);
  });

  it('fails loudly when index.html lost its preload', () => {
    expect(() => withFeedPreload('<html><head><link rel="icon" href="x.png"></head></html>', 'sessions.json')).toThrow(
      /no <link rel="preload"/,
    );
  });
});
