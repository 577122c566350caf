import { describe, expect, it } from 'vitest';
import { canLoadImage, parseImageOrigins, withImageOrigins } from './imageOrigins.ts';

const POLICY = "default-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'";

describe('image origins', () => {
  it('reads https origins, space- or comma-separated, and nothing by default', () => {
    expect(parseImageOrigins(undefined)).toEqual([]);
    expect(parseImageOrigins('  ')).toEqual([]);
    expect(parseImageOrigins('https://a.example.org, https://b.example.org/ https://a.example.org')).toEqual([
      'https://a.example.org',
      'https://b.example.org',
    ]);
  });

  it('fails the build on anything but an https origin', () => {
    for (const bad of [
      'http://a.example.org',
      'https://a.example.org/photos',
      '*',
      'https://*.example.org',
      'a.example.org',
      'https://u:p@a.example.org',
    ])
      expect(() => parseImageOrigins(bad), bad).toThrow(/VITE_IMAGE_ORIGINS/);
  });

  it('adds the origins to img-src only, and leaves the policy unchanged without any', () => {
    expect(withImageOrigins(POLICY, [])).toBe(POLICY);
    expect(withImageOrigins(POLICY, ['https://a.example.org'])).toBe(
      "default-src 'self'; script-src 'self'; img-src 'self' data: https://a.example.org; connect-src 'self'",
    );
    expect(() => withImageOrigins("default-src 'self'", ['https://a.example.org'])).toThrow();
  });

  it('loads a photo from the page’s own origin or a named one, and nothing else', () => {
    const page = 'https://schedule.example.org/istiocon/?view=speakers';
    expect(canLoadImage('speakers/lin-sun-96.jpg', page, [])).toBe(true);
    expect(canLoadImage('/photos/a.jpg', page, [])).toBe(true);
    expect(canLoadImage('https://schedule.example.org/p.jpg', page, [])).toBe(true);
    expect(canLoadImage('https://cdn.example.net/p.jpg', page, [])).toBe(false);
    expect(canLoadImage('https://cdn.example.net/p.jpg', page, ['https://cdn.example.net'])).toBe(true);
    expect(canLoadImage('http://cdn.example.net/p.jpg', page, ['https://cdn.example.net'])).toBe(false);
    expect(canLoadImage('//cdn.example.net/p.jpg', page, [])).toBe(false);
    expect(canLoadImage('data:image/png;base64,AAAA', page, [])).toBe(false);
    expect(canLoadImage('javascript:alert(1)', page, [])).toBe(false);
    expect(canLoadImage('http://[bad', page, [])).toBe(false);
    expect(canLoadImage('p.jpg', 'http://127.0.0.1:4173/', [])).toBe(true);
  });
});
