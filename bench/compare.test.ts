import { describe, expect, it } from 'vitest';
import { compareTable, parseAbArgs } from './compare.ts';

describe('parseAbArgs', () => {
  it('takes two revisions and defaults to 11 rounds of IstioCon loads and the grid at 1×', () => {
    expect(parseAbArgs(['main~1', '.'])).toEqual({
      revisions: ['main~1', '.'],
      rounds: 11,
      cpu: 1,
      parts: ['istio', 'grid'],
      sessions: 5000,
      latency: 0,
    });
  });

  it('reads the options wherever they stand', () => {
    expect(
      parseAbArgs([
        '--rounds',
        '7',
        'a1b2c3',
        '--cpu',
        '4',
        'HEAD',
        '--only',
        'big,filters,grid-filters',
        '--sessions',
        '400',
        '--latency',
        '20',
      ]),
    ).toEqual({
      revisions: ['a1b2c3', 'HEAD'],
      rounds: 7,
      cpu: 4,
      parts: ['big', 'filters', 'grid-filters'],
      sessions: 400,
      latency: 20,
    });
  });

  it.each([
    [[]],
    [['HEAD']],
    [['a', 'b', 'c']],
    [['a', 'b', '--rounds']],
    [['a', 'b', '--rounds', '1']],
    [['a', 'b', '--cpu', '2.5']],
    [['a', 'b', '--sessions', '0']],
    [['a', 'b', '--latency', '-20']],
    [['a', 'b', '--latency', '2.5']],
    [['a', 'b', '--only', 'grid,heap']],
    [['a', 'b', '--fast']],
  ])('refuses %j with a line that says how to call it', (args) => {
    const parsed = parseAbArgs(args);
    expect(parsed).toHaveProperty('error');
    expect('error' in parsed && parsed.error).toContain('usage: npm run bench:ab');
  });
});

describe('compareTable', () => {
  it('prints each build’s median, quartiles and p95, and the change of the median', () => {
    const lines = compareTable(
      ['HEAD~1', 'HEAD'],
      [
        { label: 'grid', a: [300, 100, 200, 400], b: [150, 250, 50, 350] },
        { label: 'chip', a: [10], b: [] },
      ],
    ).split('\n');
    expect(lines[0]).toMatch(/^ms, p50 \(p25–p75\) p95 +A: HEAD~1 +B: HEAD +B − A \(p50\) +n$/);
    // Nearest rank on four samples: p25 the 1st, p50 the 2nd, p75 the 3rd, p95 the 4th.
    expect(lines[1]).toMatch(/^grid +200\.0 \(100\.0–300\.0\) 400\.0 +150\.0 \(50\.0–250\.0\) 350\.0 +-50\.0 +4\/4$/);
    expect(lines[2]).toMatch(/^chip +10\.0 \(10\.0–10\.0\) 10\.0 +1\/0$/);
  });
});
