import { describe, expect, it } from 'vitest';
import { linkHost } from './sessionLinks.ts';

describe('linkHost', () => {
  it('names the host without www.', () => {
    expect(linkHost('https://www.youtube.com/watch?v=abc')).toBe('youtube.com');
    expect(linkHost('https://static.sched.com/slides.pdf')).toBe('static.sched.com');
    expect(linkHost('not a url')).toBe('');
  });
});
