import { describe, expect, it } from 'vitest';
import { spokenDuration } from './duration.ts';

const minutes = (count: number) => count * 60_000;

describe('spokenDuration', () => {
  it('says hours and minutes, exact when the total falls on 5 minutes', () => {
    expect(spokenDuration(minutes(95))).toEqual({ hours: 1, minutes: 35, approximate: false });
    expect(spokenDuration(minutes(120))).toEqual({ hours: 2, minutes: 0, approximate: false });
    expect(spokenDuration(minutes(25))).toEqual({ hours: 0, minutes: 25, approximate: false });
  });

  it('rounds other totals to 5 minutes and says so', () => {
    expect(spokenDuration(minutes(96))).toEqual({ hours: 1, minutes: 35, approximate: true });
    expect(spokenDuration(minutes(118))).toEqual({ hours: 2, minutes: 0, approximate: true });
  });

  it('keeps a few minutes exact rather than "about 0", and never goes negative', () => {
    expect(spokenDuration(minutes(2))).toEqual({ hours: 0, minutes: 2, approximate: false });
    expect(spokenDuration(-5)).toEqual({ hours: 0, minutes: 0, approximate: false });
    expect(spokenDuration(Number.NaN)).toEqual({ hours: 0, minutes: 0, approximate: false });
  });
});
