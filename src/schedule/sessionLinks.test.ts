import { describe, expect, it } from 'vitest';
import type { SessionLink } from '../model/schedule.ts';
import { linkHost, sessionLinks } from './sessionLinks.ts';

describe('session links', () => {
  it('names the host without www.', () => {
    expect(linkHost('https://www.youtube.com/watch?v=abc')).toBe('youtube.com');
    expect(linkHost('https://static.sched.com/slides.pdf')).toBe('static.sched.com');
    expect(linkHost('not a url')).toBe('');
  });

  it('puts recordings first, then slides, then the rest, and picks kinds', () => {
    const links: SessionLink[] = [
      { kind: 'other', url: 'https://github.com/x' },
      { kind: 'slides', url: 'https://example.com/s.pdf' },
      { kind: 'recording', url: 'https://www.youtube.com/watch?v=1' },
    ];
    expect(sessionLinks(links).map((link) => link.kind)).toEqual(['recording', 'slides', 'other']);
    expect(sessionLinks(links, ['recording', 'slides']).map((link) => link.kind)).toEqual(['recording', 'slides']);
  });
});
