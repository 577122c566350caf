// npm run bench:after-paint: what the main thread does right after the first
// paint, where `npm run bench` sees only its sum (first session visible,
// interactive). Builds the app, serves it, traces cold IstioCon loads in
// headless Chromium and prints, per load, the long tasks of the second after
// the first paint, how many elements had their style recalculated in it, and
// every style invalidation of <html> or <body> (a restyle of every element
// when what changed is inherited) with the script line that caused it.
// Counts and causes, not a verdict: nothing here fails on a time.
//
//   npx tsx bench/after-paint.ts [--loads 5] [--phone]
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startStaticServer } from '../scripts/static-server.ts';
import { buildApp } from './build.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Beside the bench's own build, and not minified: the causes it prints name the app's own functions.
const OUT_DIR = 'node_modules/.bench-after-paint-dist';
const PORT = Number(process.env.BENCH_TRACE_PORT ?? 4176);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WINDOW_US = 1_000_000;
const LONG_TASK_MS = 8;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: { nodeName?: string; reason?: string; stackTrace?: { functionName: string; url: string; lineNumber: number }[] };
    /** On UpdateLayoutTree: how many elements had their style recalculated. */
    elementCount?: number;
  };
}

const { values } = parseArgs({ options: { loads: { type: 'string', default: '5' }, phone: { type: 'boolean', default: false } } });
const loads = Number(values.loads);
const viewport = values.phone ? { width: 360, height: 740 } : { width: 1280, height: 800 };

buildApp(OUT_DIR, { minify: false });
const server = await startStaticServer({ root: `${ROOT}${OUT_DIR}`, port: PORT });
const browser = await chromium.launch({ executablePath: CHROMIUM });

const ms = (us: number) => (us / 1000).toFixed(1);
const causes = new Map<string, number>();
const longestTasks: number[] = [];
const blockingTimes: number[] = [];
const restyledElements: number[] = [];
const restyleTimes: number[] = [];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(`IstioCon, ${viewport.width}×${viewport.height}, ${loads} cold loads (one more first, discarded); times from the first paint`);
try {
  for (let load = 0; load <= loads; load += 1) {
    const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'UTC', serviceWorkers: 'block' });
    const page = await context.newPage();
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'blink.user_timing',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.invalidationTracking',
        'disabled-by-default-devtools.timeline.stack',
      ],
    });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(() => performance.getEntriesByName('session:painted').length > 0, null, { timeout: 120_000 });
    await page.waitForTimeout(WINDOW_US / 1000 + 200);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    await context.close();
    if (load === 0) continue;

    const painted = traceEvents.find((event) => event.name === 'session:painted');
    const committed = traceEvents.find((event) => event.name === 'render:committed');
    if (!painted || !committed) throw new Error('the app set no render:committed or session:painted mark');
    const onMain = (event: TraceEvent) => event.pid === painted.pid && event.tid === painted.tid;
    const firstPaint = traceEvents.find((event) => onMain(event) && event.name === 'Paint' && event.ts > committed.ts);
    if (!firstPaint) throw new Error('no Paint after render:committed');
    const start = firstPaint.ts;
    const inWindow = (event: TraceEvent) => onMain(event) && event.ts >= start && event.ts < start + WINDOW_US;

    const longTasks = traceEvents.filter((event) => inWindow(event) && event.name === 'RunTask' && (event.dur ?? 0) > LONG_TASK_MS * 1000);
    const tasks = longTasks.map((event) => `+${ms(event.ts - start)}: ${ms(event.dur ?? 0)}`);
    const longest = Math.max(0, ...longTasks.map((event) => event.dur ?? 0));
    // Total blocking time, as Lighthouse counts it: what each task spends past 50 ms.
    const blocking = longTasks.reduce((sum, event) => sum + Math.max(0, (event.dur ?? 0) - 50_000), 0);
    longestTasks.push(longest);
    blockingTimes.push(blocking);
    const recalcs = traceEvents.filter((event) => inWindow(event) && event.name === 'UpdateLayoutTree');
    const restyled = recalcs.reduce((sum, event) => sum + (event.args?.elementCount ?? 0), 0);
    const restyleTime = recalcs.reduce((sum, event) => sum + (event.dur ?? 0), 0);
    restyledElements.push(restyled);
    restyleTimes.push(restyleTime);
    const restyles = traceEvents.filter(
      (event) =>
        inWindow(event) &&
        event.name === 'StyleRecalcInvalidationTracking' &&
        /^(HTML|BODY)\b/.test(event.args?.data?.nodeName ?? '') &&
        event.args?.data?.stackTrace !== undefined,
    );
    for (const event of restyles) {
      const frame = event.args?.data?.stackTrace?.[0];
      const cause = `${event.args?.data?.reason ?? 'invalidated'} on ${event.args?.data?.nodeName ?? '?'}, by ${frame?.functionName || '(anonymous)'} (${frame?.url.split('/').pop() ?? '?'}:${(frame?.lineNumber ?? 0) + 1})`;
      causes.set(cause, (causes.get(cause) ?? 0) + 1);
    }
    console.log(
      `load ${load}: session:painted +${ms(painted.ts - start)} ms; longest task ${ms(longest)} ms, blocking ${ms(blocking)} ms; tasks over ${LONG_TASK_MS} ms in the next second (start: ms): ${tasks.join(', ') || 'none'}; style recalculated for ${restyled} elements in ${ms(restyleTime)} ms; invalidations of <html> or <body>: ${restyles.length}`,
    );
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
console.log(
  `Median over ${loads} loads: longest task ${ms(median(longestTasks))} ms, blocking time (past 50 ms per task) ${ms(median(blockingTimes))} ms, style recalculated for ${median(restyledElements)} elements in ${ms(median(restyleTimes))} ms`,
);
console.log(
  causes.size === 0
    ? 'No style invalidation of <html> or <body> after the first paint.'
    : `Style invalidations of <html> or <body> after the first paint, over all loads:\n${[...causes].map(([cause, count]) => `  ${count}× ${cause}`).join('\n')}`,
);
