import { afterEach, describe, expect, it } from 'vitest';
import { markOnce } from './marks.ts';

describe('markOnce', () => {
  afterEach(() => performance.clearMarks());

  it('sets a milestone once: the first time it is reached is the one that counts', () => {
    markOnce('feed:received');
    const first = performance.getEntriesByName('feed:received', 'mark')[0]?.startTime;
    markOnce('feed:received');
    const marks = performance.getEntriesByName('feed:received', 'mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.startTime).toBe(first);
  });
});
