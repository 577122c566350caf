import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from './instant.ts';

describe('parseInstant', () => {
  it.each([
    ['2022-04-25T15:00:00Z', Date.UTC(2022, 3, 25, 15)],
    ['2022-04-25T23:00:00+08:00', Date.UTC(2022, 3, 25, 15)],
    ['2022-04-25T08:00-07:00', Date.UTC(2022, 3, 25, 15)],
    ['2022-04-25t15:00:00z', Date.UTC(2022, 3, 25, 15)],
    ['2022-04-25T15:00:00.123456789Z', Date.UTC(2022, 3, 25, 15, 0, 0, 123)],
    ['2022-04-25T20:30:00+05:30', Date.UTC(2022, 3, 25, 15)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['0050-01-01T00:00:00Z', new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(50)],
  ])('reads %s from its numbers', (text, instant) => {
    expect(parseInstant(text)).toBe(instant);
  });

  it('agrees with Date.parse wherever ECMAScript specifies Date.parse', () => {
    for (const text of ['2022-04-25T15:00:00.000Z', '1999-12-31T23:59:59+14:00', '2038-01-19T03:14:07-12:00']) {
      expect(parseInstant(text)).toBe(Date.parse(text));
    }
  });

  it.each([
    '2022-02-30T10:00:00Z',
    '2023-02-29T10:00:00Z',
    '2022-04-25T24:00:00Z',
    '2022-04-25T10:60:00Z',
    '2022-04-25T10:00:00',
    '2022-04-25 10:00:00Z',
    '2022-04-25T10:00:00+0800',
    '2022-04-25T10:00:00+25:00',
    'Mon, 25 Apr 2022 15:00:00 GMT',
    '',
  ])('refuses %j', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });
});

describe('parseInstant against the engine', () => {
  it('agrees with Date.parse on every instant ECMAScript specifies, from year 0 to 9999', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }),
        (date) => {
          const text = date.toISOString();
          expect(parseInstant(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
