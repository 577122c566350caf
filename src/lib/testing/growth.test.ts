import { describe, expect, it } from 'vitest';
import { growth, LINEAR_LIMIT } from './growth.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index % 7);

function sum(values: number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Every pair: the shape the limit is there to catch. */
function pairs(values: number[]): number {
  let same = 0;
  for (let i = 0; i < values.length; i += 1) for (let j = i + 1; j < values.length; j += 1) if (values[i] === values[j]) same += 1;
  return same;
}

describe('growth', () => {
  it('reads a linear step under the limit and a quadratic one over it, retries and all', () => {
    expect(growth(sum, numbers, 20_000)).toBeLessThan(LINEAR_LIMIT);
    expect(growth(pairs, numbers, 300)).toBeGreaterThan(LINEAR_LIMIT);
  });
});
