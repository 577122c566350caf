// npm run bench:ab -- <revision A> <revision B> [--rounds N] [--cpu RATE] [--sessions N] [--latency MS] [--only istio,repeat,big,grid,filters,big-filters,grid-filters]
//
// Two builds measured in turn, in one browser: this machine's speed drifts
// by 20 % and more within an hour, so one `npm run bench` before a change and
// one after cannot tell a 5 % gain from the drift; loads of A and B taken
// alternately, with the order swapped every round, can. The figures are the
// bench's own (bench/measure.ts), on the same feeds: IstioCon's cold loads
// with the app's phases, its repeat visits, the 5,000-session feed's cold
// loads, its busiest grid day (by the Grid button and by its day tab), 20 chip clicks and 20
// keystrokes on IstioCon (or on 5,000 sessions), and 20 chip clicks with the grid open on that day.
// `--sessions N` generates a feed of N sessions in place of the 5,000 (400,
// the most the list draws without virtualising, say). `--latency MS` has
// both servers answer every request that late, as over a network with that
// round trip: work a change overlaps with the downloads shows only then.
// Prints p50 and quartiles for each build, and never fails on a time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import type { BareChromium } from './bareChromium.ts';
import { adjacentDay, busiestDay, generateFeed } from './gen-feed.ts';
import {
  chipTurned,
  coldLoad,
  filterLatency,
  gridFilterLatency,
  gridRender,
  launchBare,
  launchChromium,
  MILESTONES,
  repeatVisits,
  type FeedSource,
} from './measure.ts';
import { keystrokes, parseSchedule, searchWord } from './plan.ts';
import { compareTable, parseAbArgs, type Compared, type Part } from './compare.ts';
import { BIG_PATH, buildRevision, writeBigCopy } from './build.ts';
import { startStaticServer } from '../scripts/static-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Inside node_modules so it is never committed; one folder per side.
const OUT_DIR = 'node_modules/.bench-ab';
const PORTS = [Number(process.env.BENCH_PORT ?? 4177), Number(process.env.BENCH_PORT ?? 4177) + 1] as const;
const INTERACTIONS = 20;
// Repeat visits per round, after the visit that installs the worker.
const REPEAT_VISITS = 3;

const log = (line: string) => console.error(`bench:ab: ${line}`);

async function main(): Promise<void> {
  const options = parseAbArgs(process.argv.slice(2));
  if ('error' in options) {
    console.error(options.error);
    process.exit(2);
  }
  const { revisions, rounds, cpu, parts, sessions, latency } = options;
  const generated = generateFeed({ sessions, seed: 1 });
  const bigJson = JSON.stringify(generated);
  const day = busiestDay(generated);
  const sides = revisions.map((revision, at) => {
    const outDir = `${OUT_DIR}/${at === 0 ? 'a' : 'b'}`;
    log(`building ${revision} into ${outDir}`);
    buildRevision(revision, outDir);
    writeBigCopy(outDir, bigJson);
    return { revision, outDir, port: PORTS[at] ?? 0 };
  });

  // The search word from the working tree's IstioCon feed, as `npm run bench` chooses it.
  const word = searchWord(parseSchedule(JSON.parse(readFileSync(`${ROOT}public/sessions.json`, 'utf8'))));
  const bigWord = searchWord(parseSchedule(generated));
  const servers = await Promise.all(
    sides.map((side) => startStaticServer({ root: `${ROOT}${side.outDir}`, port: side.port, latencyMs: latency })),
  );
  const browser = await launchChromium();
  const bare = await launchBare();
  const samples = new Map<string, [number[], number[]]>();
  const add = (label: string, side: number, value: number) => {
    const pair = samples.get(label) ?? [[], []];
    pair[side]?.push(value);
    samples.set(label, pair);
  };
  try {
    for (let round = 0; round < rounds; round += 1) {
      log(`round ${round + 1} of ${rounds}${round === 0 ? ' (discarded)' : ''}`);
      // A then B in even rounds, B then A in odd ones: neither always goes first.
      const order = round % 2 === 0 ? [0, 1] : [1, 0];
      for (const side of order) {
        const { port } = sides[side] ?? { port: 0 };
        const istio: FeedSource = { name: 'IstioCon', url: `http://127.0.0.1:${port}/` };
        const big: FeedSource = { name: `${sessions.toLocaleString('en-US')} generated`, url: `http://127.0.0.1:${port}/${BIG_PATH}` };
        const record = round > 0 ? (label: string, value: number) => add(label, side, value) : () => undefined;
        for (const part of parts) await measure(part, { istio, big, day, word, bigWord, cpu, record, browser, bare });
      }
    }
  } finally {
    await browser.close();
    await bare.close();
    for (const server of servers) server.close();
  }
  const rows: Compared[] = [...samples].map(([label, [a, b]]) => ({ label, a, b }));
  console.log(`${rounds - 1} rounds, CPU ${cpu}×${latency > 0 ? `, every file ${latency} ms late` : ''}, ${new Date().toISOString()}`);
  console.log(compareTable(revisions, rows));
}

interface Context {
  istio: FeedSource;
  big: FeedSource;
  day: string;
  word: string;
  bigWord: string;
  cpu: number;
  record: (label: string, value: number) => void;
  browser: Browser;
  /** Loads and repeat visits go through the bare pipe (bareChromium.ts), as in `npm run bench`. */
  bare: BareChromium;
}

async function measure(part: Part, { istio, big, day, word, bigWord, cpu, record, browser, bare }: Context): Promise<void> {
  if (part === 'istio' || part === 'big') {
    const feed = part === 'istio' ? istio : big;
    const sample = await coldLoad(bare, feed, { cpuThrottle: cpu, heap: false });
    record(`${feed.name}: first session visible`, sample.visible);
    // Work a change adds after the first paint shows here, not in the row above.
    record(`${feed.name}: interactive`, sample.interactive);
    let before = 0;
    for (const mark of MILESTONES) {
      record(`${feed.name}: phase → ${mark}`, sample.milestones[mark] - before);
      before = sample.milestones[mark];
    }
  } else if (part === 'repeat') {
    const { visible, milestones } = await repeatVisits(bare, istio, REPEAT_VISITS);
    visible.forEach((value, at) => {
      record(`${istio.name} repeat: first session visible`, value);
      let before = 0;
      for (const mark of MILESTONES) {
        record(`${istio.name} repeat: phase → ${mark}`, (milestones[at]?.[mark] ?? Number.NaN) - before);
        before = milestones[at]?.[mark] ?? Number.NaN;
      }
    });
  } else if (part === 'grid') {
    const grid = await gridRender(browser, big, day);
    record(`${big.name}: grid ${day}`, grid.change.latency);
    record(`${big.name}: grid ${day}, longest task in the second after`, grid.longestTaskAfter);
    const byTab = await gridRender(browser, big, day, { by: 'day tab', from: adjacentDay(day) });
    record(`${big.name}: grid ${day} by its day tab`, byTab.change.latency);
    record(`${big.name}: grid ${day} by its day tab, longest task after`, byTab.longestTaskAfter);
  } else if (part === 'grid-filters') {
    const chips = await gridFilterLatency(browser, big, day, /^Chinese\b/, { count: INTERACTIONS, maxMs: 60_000 });
    chips.forEach((change, at) => record(`${big.name}: chip "Chinese" ${chipTurned(at)} in the grid of ${day}`, change.latency));
  } else {
    const [feed, feedWord] = part === 'filters' ? [istio, word] : [big, bigWord];
    const { chip, search } = await filterLatency(browser, feed, /^Chinese\b/, keystrokes(feedWord, INTERACTIONS), {
      count: INTERACTIONS,
      maxMs: 60_000,
    });
    chip.forEach((change, at) => record(`${feed.name}: chip "Chinese" ${chipTurned(at)}`, change.latency));
    // Each round's page is fresh: its first click is the visitor's first tap, also among the "on" above.
    if (chip[0]) record(`${feed.name}: chip "Chinese", first click on the page`, chip[0].latency);
    for (const change of search) record(`${feed.name}: search "${feedWord}"`, change.latency);
  }
}

await main();
