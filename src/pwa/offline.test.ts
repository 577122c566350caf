import { describe, expect, it } from 'vitest';
import { FEED_TIMEOUT_MS } from '../feed/useSchedule.ts';
import { isAppPage, isFeed, isSpeakerPhoto, WORKER_TIMEOUT_SECONDS } from './offline.ts';

const at = (href: string) => new URL(href);

describe('which requests the service worker answers from what it holds', () => {
  it.each(['https://example.org/', 'https://example.org/schedule/'])(
    'the app page under %s: the scope and index.html, any query',
    (scope) => {
      expect(isAppPage(at(scope), scope)).toBe(true);
      expect(isAppPage(at(`${scope}?view=grid&day=2022-04-26`), scope)).toBe(true);
      expect(isAppPage(at(`${scope}index.html?lang=zh`), scope)).toBe(true);
    },
  );

  it('never an icon, a missing page, a page outside the scope or on another origin', () => {
    const scope = 'https://example.org/schedule/';
    for (const href of [
      'https://example.org/schedule/icon-192.png',
      'https://example.org/schedule/no-such-page',
      'https://example.org/schedule/sub/',
      'https://example.org/',
      'https://example.org/other/index.html',
      'https://evil.example/schedule/',
    ]) {
      expect(isAppPage(at(href), scope), href).toBe(false);
    }
  });

  it('the feed next to the page only', () => {
    const scope = 'https://example.org/schedule/';
    expect(isFeed(at('https://example.org/schedule/sessions.json'), scope)).toBe(true);
    expect(isFeed(at('https://example.org/schedule/sessions.json?t=1'), scope)).toBe(true);
    expect(isFeed(at('https://example.org/sessions.json'), scope)).toBe(false);
    expect(isFeed(at('https://other.example/schedule/sessions.json'), scope)).toBe(false);
  });

  it('speaker photos in the speakers/ folder next to the page only', () => {
    const scope = 'https://example.org/schedule/';
    expect(isSpeakerPhoto(at('https://example.org/schedule/speakers/lin-sun-96.0a1b2c3d4e.webp'), scope)).toBe(true);
    for (const href of [
      'https://example.org/speakers/lin-sun-96.webp',
      'https://other.example/schedule/speakers/lin-sun-96.webp',
      'https://example.org/schedule/speakers/lin-sun.jpg',
      'https://example.org/schedule/speakers/deeper/lin-sun-96.webp',
      'https://example.org/schedule/sessions.json',
    ]) {
      expect(isSpeakerPhoto(at(href), scope), href).toBe(false);
    }
  });

  it('the worker gives up on the network before the page does, so its copy answers first', () => {
    expect(WORKER_TIMEOUT_SECONDS * 1000).toBeLessThan(FEED_TIMEOUT_MS);
  });
});
