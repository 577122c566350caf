import { describe, expect, it } from 'vitest';
import { shownDay } from './shownDay.ts';

const DAYS = ['2022-04-25', '2022-04-26', '2022-04-27'];

describe('shownDay', () => {
  it('keeps the day in the URL when the feed has it', () => {
    expect(shownDay(DAYS, '2022-04-27', '2022-04-26', '2022-04-25')).toBe('2022-04-27');
  });
  it('opens on today during the event', () => {
    expect(shownDay(DAYS, undefined, '2022-04-26', '2022-04-25')).toBe('2022-04-26');
  });
  it('ignores a URL day or a today the feed does not have', () => {
    expect(shownDay(DAYS, '2030-01-01', '2030-01-01', '2022-04-26')).toBe('2022-04-26');
  });
  it('falls back to the first day', () => {
    expect(shownDay(DAYS, undefined, undefined, undefined)).toBe('2022-04-25');
    expect(shownDay([], undefined, undefined, undefined)).toBeUndefined();
  });
});
