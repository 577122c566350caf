// The pure half of `npm run bench:ab`: what to compare, and the table of the
// two builds' samples side by side. bench/ab.ts takes the samples.
import { percentile, table } from './report.ts';

export const PARTS = ['istio', 'repeat', 'big', 'grid', 'filters', 'big-filters', 'grid-filters'] as const;
export type Part = (typeof PARTS)[number];

export interface AbOptions {
  /** Two git revisions (anything `git worktree add` takes), or "." for the working tree as it is. */
  revisions: [string, string];
  /** Rounds of the pair; the first is discarded (it warms the OS file cache and the server). */
  rounds: number;
  /** CPU throttling rate for the cold loads. */
  cpu: number;
  parts: Part[];
  /** Sessions in the generated feed (the "big" parts): 5,000 unless told. */
  sessions: number;
  /** How late the servers answer each request, in ms (a network's round trip): none unless told. */
  latency: number;
}

const USAGE =
  'usage: npm run bench:ab -- <revision A> <revision B> [--rounds N] [--cpu RATE] [--sessions N] [--latency MS] [--only istio,repeat,big,grid,filters,big-filters,grid-filters]  ("." is the working tree)';

/** The command line, or a one-line reason it cannot be used. */
export function parseAbArgs(args: readonly string[]): AbOptions | { error: string } {
  const revisions: string[] = [];
  let rounds = 11;
  let cpu = 1;
  let sessions = 5000;
  let latency = 0;
  let parts: Part[] = ['istio', 'grid'];
  for (let at = 0; at < args.length; at += 1) {
    const arg = args[at] ?? '';
    const value = args[at + 1];
    if (arg === '--rounds' || arg === '--cpu' || arg === '--sessions' || arg === '--latency') {
      const number = Number(value);
      const least = arg === '--rounds' ? 2 : arg === '--latency' ? 0 : 1;
      if (value === undefined || !Number.isInteger(number) || number < least)
        return { error: `${arg} wants a whole number of at least ${least}. ${USAGE}` };
      if (arg === '--rounds') rounds = number;
      else if (arg === '--cpu') cpu = number;
      else if (arg === '--latency') latency = number;
      else sessions = number;
      at += 1;
    } else if (arg === '--only') {
      const names = (value ?? '').split(',').filter(Boolean);
      const unknown = names.find((name) => !(PARTS as readonly string[]).includes(name));
      if (names.length === 0 || unknown !== undefined) return { error: `--only takes ${PARTS.join(', ')}. ${USAGE}` };
      parts = names as Part[];
      at += 1;
    } else if (arg.startsWith('--')) {
      return { error: `unknown option ${arg}. ${USAGE}` };
    } else {
      revisions.push(arg);
    }
  }
  const [a, b] = revisions;
  if (revisions.length !== 2 || a === undefined || b === undefined) return { error: USAGE };
  return { revisions: [a, b], rounds, cpu, parts, sessions, latency };
}

export interface Compared {
  label: string;
  a: readonly number[];
  b: readonly number[];
}

const ms = (value: number) => value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** One row per figure: each build's p50 with its quartiles and its p95 (the filter budgets' figure), and B's p50 less A's. */
export function compareTable(names: [string, string], rows: readonly Compared[]): string {
  const cell = (samples: readonly number[]) =>
    samples.length === 0
      ? ''
      : `${ms(percentile(samples, 50))} (${ms(percentile(samples, 25))}–${ms(percentile(samples, 75))}) ${ms(percentile(samples, 95))}`;
  const delta = (row: Compared) => {
    if (row.a.length === 0 || row.b.length === 0) return '';
    const change = percentile(row.b, 50) - percentile(row.a, 50);
    return `${change > 0 ? '+' : ''}${ms(change)}`;
  };
  return table(
    [
      ['ms, p50 (p25–p75) p95', `A: ${names[0]}`, `B: ${names[1]}`, 'B − A (p50)', 'n'],
      ...rows.map((row) => [row.label, cell(row.a), cell(row.b), delta(row), `${row.a.length}/${row.b.length}`]),
    ],
    [1, 2, 3, 4],
  );
}
