import { describe, expect, it } from 'vitest';
import { displayName, speakerLabel } from './schedule.ts';

describe('displayName', () => {
  it.each([
    ['阳 唐', '唐阳'],
    ['楚瑜 谢', '谢楚瑜'],
    ['  楚瑜   谢 ', '谢楚瑜'],
    ['Lin Sun', 'Lin Sun'],
    ['Zhang 三', 'Zhang 三'],
    ['欧阳 娜娜 李', '欧阳 娜娜 李'],
    ['唐阳', '唐阳'],
    ['', ''],
  ])('shows %j as %j', (name, shown) => {
    expect(displayName(name)).toBe(shown);
  });

  it('adds the affiliation in brackets when there is one', () => {
    expect(speakerLabel({ name: '阳 唐', affiliation: 'Tetrate' })).toBe('唐阳 (Tetrate)');
    expect(speakerLabel({ name: 'Lin Sun' })).toBe('Lin Sun');
  });
});
