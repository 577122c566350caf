// The figures taken in Chromium: cold loads with the app's phases, repeat
// visits, filter latency, grid render, heap. Each cold load gets a fresh
// browser context (empty HTTP cache, no service worker, no localStorage);
// every time is read on the page's own clock.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import {
  armChange,
  feedFetchTime,
  installProbe,
  interactiveAfter,
  loadReference,
  longestTaskAfter,
  milestoneTimes,
  settle,
  type LoadReference,
  type ArmOptions,
  type Change,
} from './probes.ts';
import { launchBareChromium, type BareChromium, type BarePage } from './bareChromium.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function installedChromium(): string {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium or set CHROMIUM_PATH`);
  return CHROMIUM;
}

/** The same Chromium over its bare DevTools pipe, for loads (bareChromium.ts). */
export function launchBare(): Promise<BareChromium> {
  return launchBareChromium(installedChromium());
}

/** Debian's Chromium (or CHROMIUM_PATH), headless, with nothing of its own on the network while it is measured. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: installedChromium(),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
  });
}

/** A copy of the built app and the sessions.json beside it, both files on the bench's static server. */
export interface FeedSource {
  name: string;
  /** The app's address: index.html and the feed next to it. */
  url: string;
}

/** The app's marks (src/perf/marks.ts), in the order a load reaches them. */
export const MILESTONES = ['feed:received', 'feed:parsed', 'render:committed', 'session:painted'] as const;
export type Milestone = (typeof MILESTONES)[number];

export interface LoadSample {
  visible: number;
  interactive: number;
  feedFetch?: number;
  heapBytes?: number;
  /** Milliseconds from navigation start to each of the app's marks. */
  milestones: Record<Milestone, number>;
  /** Timings that split the first phase: app script in, DOMContentLoaded, feed in. */
  reference: LoadReference;
}

const QUIET_MS = 200;
// Generous: a 5,000-session load at 4× CPU on a busy 2-core machine takes tens of seconds.
const LOAD_TIMEOUT_MS = 300_000;
const CHANGE_TIMEOUT_MS = 120_000;

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The screen a load is taken on: the bench's desktop window, or a phone's
 * (360×740 CSS pixels, the narrowest common Android width, at a phone's
 * pixel density, with touch), where the filters fold away and fewer cards
 * fill the first screen.
 */
export type Screen = 'desktop' | 'phone';
const SCREENS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
} as const;

// Every page the bench opens, through Playwright or the bare pipe, reads in this language and zone.
const LOCALE = 'en-US';
const TIME_ZONE = 'UTC';
// tsx compiles with esbuild's keepNames, which wraps named inner functions
// in __name(...): the probes, serialised into the page, need that helper there.
const NAME_HELPER = 'globalThis.__name ??= (target) => target;';

/** A Playwright page on the desktop window, the probe installed, the service worker blocked (the interactions and the reference loads). */
async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...SCREENS.desktop, locale: LOCALE, timezoneId: TIME_ZONE, serviceWorkers: 'block' });
  await context.addInitScript(NAME_HELPER);
  await context.addInitScript(installProbe);
  // Playwright's own 30 s would cut short a click the app takes longer to answer.
  context.setDefaultTimeout(CHANGE_TIMEOUT_MS);
  return { context, page: await context.newPage() };
}

/** What a load needs of a page, from Playwright or over the bare pipe: go to an address, run a probe. */
interface LoadingPage {
  goto(url: string): Promise<void>;
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

function playwrightLoading(page: Page): LoadingPage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'commit' });
    },
    // Playwright's own argument type (Unboxed) is wider than the probes need.
    run: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
  };
}

function bareLoading(page: BarePage): LoadingPage {
  return {
    goto: async (url) => {
      const { errorText } = (await page.send('Page.navigate', { url })) as { errorText?: string };
      if (errorText) throw new Error(`${url}: ${errorText}`);
    },
    run: async (fn, arg) => {
      // Page.navigate answers once the new document is committed; until its
      // first script has run, a probe may still meet the page it replaces.
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await page.run(fn, arg);
        } catch (error) {
          if (attempt >= 50 || !/context|window\.__bench|destroyed/i.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    },
  };
}

async function openAndWait(page: LoadingPage, url: string): Promise<{ visible: number; interactive: number }> {
  await page.goto(url);
  const visible = await withTimeout(
    // Optional: over the bare pipe a probe can reach the document being replaced, which has none (bareLoading retries).
    page.run(() => window.__bench?.visible ?? Promise.reject(new Error('no window.__bench in this document yet')), undefined),
    LOAD_TIMEOUT_MS,
    `${url}: first session`,
  );
  const interactive = await withTimeout(page.run(interactiveAfter, QUIET_MS), LOAD_TIMEOUT_MS, `${url}: interactive`);
  return { visible, interactive };
}

/**
 * Before the first interaction: loaded and interactive, and done drawing
 * (settle). Interactive alone is not enough: the list's steps are short
 * tasks, so the page is interactive while a step is still to come, and a step
 * landing after the click would count as the click's change.
 */
async function openAndSettled(page: Page, url: string): Promise<void> {
  await openAndWait(playwrightLoading(page), url);
  await page.evaluate(settle);
}

/**
 * A fresh browser context and page over the bare pipe (bareChromium.ts):
 * the screen, zone and language of Playwright's pages (freshPage), the same
 * probe, and the service worker blocked unless allowed (a worker installed by
 * one load would answer the next).
 */
async function freshBarePage(
  browser: BareChromium,
  {
    serviceWorkers = 'block',
    screen = 'desktop',
    cpuThrottle = 1,
  }: { serviceWorkers?: 'block' | 'allow'; screen?: Screen; cpuThrottle?: number },
): Promise<BarePage> {
  const page = await browser.newPage();
  const { viewport, ...device } = { deviceScaleFactor: 1, isMobile: false, hasTouch: false, ...SCREENS[screen] };
  await page.send('Page.enable');
  await page.send('Emulation.setDeviceMetricsOverride', {
    ...viewport,
    deviceScaleFactor: device.deviceScaleFactor,
    mobile: device.isMobile,
  });
  if (device.hasTouch) await page.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  await page.send('Emulation.setTimezoneOverride', { timezoneId: TIME_ZONE });
  await page.send('Emulation.setLocaleOverride', { locale: LOCALE });
  if (cpuThrottle > 1) await page.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  const scripts = [NAME_HELPER, `(${String(installProbe)})()`];
  if (serviceWorkers === 'block')
    scripts.push("ServiceWorkerContainer.prototype.register = () => Promise.reject(new Error('blocked by the bench'));");
  for (const source of scripts) await page.send('Page.addScriptToEvaluateOnNewDocument', { source });
  return page;
}

/** One cold load: first session painted, interactive, and optionally the JS heap after a forced GC. */
export async function coldLoad(
  browser: BareChromium,
  feed: FeedSource,
  options: { cpuThrottle: number; heap: boolean; screen?: Screen },
): Promise<LoadSample> {
  const page = await freshBarePage(browser, options);
  try {
    const loading = bareLoading(page);
    const { visible, interactive } = await openAndWait(loading, feed.url);
    const sample = await readLoad(loading, feed.url, visible, interactive);
    if (options.heap) {
      await page.send('HeapProfiler.collectGarbage');
      sample.heapBytes = ((await page.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    }
    return sample;
  } finally {
    await page.close();
  }
}

/**
 * A cold load as Playwright makes it, with DevTools' Network and Runtime
 * domains on in the page: how every load was taken before 2026-12-07
 * (bareChromium.ts says what they cost), kept for one reference row.
 */
export async function coldLoadUnderDevTools(browser: Browser, feed: FeedSource): Promise<LoadSample> {
  const { context, page } = await freshPage(browser);
  try {
    const loading = playwrightLoading(page);
    const { visible, interactive } = await openAndWait(loading, feed.url);
    return await readLoad(loading, feed.url, visible, interactive);
  } finally {
    await context.close();
  }
}

async function readLoad(page: LoadingPage, url: string, visible: number, interactive: number): Promise<LoadSample> {
  const feedFetch = await page.run(feedFetchTime, undefined);
  const milestones = await readMilestones(page, url);
  const reference = await page.run(loadReference, undefined);
  return { visible, interactive, feedFetch, milestones, reference };
}

async function readMilestones(page: LoadingPage, url: string): Promise<Record<Milestone, number>> {
  // session:painted is set a frame after the card appears: by "interactive" it has been.
  const times = await page.run(milestoneTimes, [...MILESTONES]);
  const milestones = {} as Record<Milestone, number>;
  MILESTONES.forEach((name, at) => {
    const time = times[at];
    if (time === null || time === undefined) throw new Error(`${url}: the app set no performance mark '${name}'`);
    milestones[name] = time;
  });
  return milestones;
}

export interface RepeatVisits {
  /** First session visible on each repeat visit, ms from its navigation start. */
  visible: number[];
  milestones: Record<Milestone, number>[];
}

/**
 * Repeat visits in one context with the service worker allowed: a first
 * visit installs the worker and saves the feed; once the worker controls the
 * page, `visits` navigations to the same address are measured (unthrottled).
 */
export async function repeatVisits(browser: BareChromium, feed: FeedSource, visits: number): Promise<RepeatVisits> {
  const page = await freshBarePage(browser, { serviceWorkers: 'allow' });
  try {
    const loading = bareLoading(page);
    await openAndWait(loading, feed.url);
    // The worker claims the page once active (clientsClaim); wait until it does.
    await withTimeout(
      loading.run(async () => {
        await navigator.serviceWorker.ready;
        while (!navigator.serviceWorker.controller) await new Promise((resolve) => setTimeout(resolve, 50));
      }, undefined),
      LOAD_TIMEOUT_MS,
      `${feed.url}: service worker`,
    );
    // One warm-up visit under the worker (its precache read once), discarded.
    await openAndWait(loading, feed.url);
    const result: RepeatVisits = { visible: [], milestones: [] };
    for (let visit = 0; visit < visits; visit += 1) {
      const { visible } = await openAndWait(loading, feed.url);
      if (!(await loading.run(() => navigator.serviceWorker.controller !== null, undefined)))
        throw new Error(`${feed.url}: repeat visit not controlled by the service worker`);
      result.visible.push(visible);
      result.milestones.push(await readMilestones(loading, feed.url));
    }
    return result;
  } finally {
    await page.close();
  }
}

async function timeChange(page: Page, arm: ArmOptions, act: () => Promise<void>, what: string): Promise<Change> {
  await page.evaluate(armChange, arm);
  await act();
  const change = await withTimeout(
    page.evaluate(() => window.__bench.change ?? Promise.reject(new Error('not armed'))),
    CHANGE_TIMEOUT_MS,
    `${what}: the list did not change`,
  );
  await page.evaluate(settle);
  return change;
}

export interface FilterSamples {
  chip: Change[];
  search: Change[];
}

export interface SeriesLimit {
  count: number;
  /**
   * Stop a series early once it has run this long. Only an app that takes
   * seconds per interaction reaches it, far past any budget, where more
   * samples would add minutes to the run and nothing to the verdict.
   */
  maxMs: number;
}

async function series(limit: SeriesLimit, measure: (at: number) => Promise<Change>): Promise<Change[]> {
  const started = Date.now();
  const samples: Change[] = [];
  while (samples.length < limit.count && (samples.length === 0 || Date.now() - started < limit.maxMs)) {
    samples.push(await measure(samples.length));
  }
  return samples;
}

/**
 * Clicks on the language chip named `chipLabel`, `limit` of them on the page
 * as it is: the first turns the chip on, each next one toggles it.
 */
const chipOf = (page: Page, chipLabel: RegExp): Locator =>
  page.getByRole('group', { name: 'Language', exact: true }).getByRole('button', { name: chipLabel });

async function chipClicks(page: Page, chipLabel: RegExp, limit: SeriesLimit, what: string): Promise<{ chip: Locator; samples: Change[] }> {
  const chip = chipOf(page, chipLabel);
  const samples = await series(limit, (at) =>
    timeChange(page, { eventType: 'click', awaiting: 'list' }, () => chip.click(), `${what}: chip click ${at + 1}`),
  );
  return { chip, samples };
}

/**
 * What the click at `at` of a chip series did. Turning a chip on removes
 * sessions; turning it off brings them back, which costs more. The median
 * of a mix of both is whichever kind the middle sample happened to be, so a
 * comparison reads them apart.
 */
export function chipTurned(at: number): 'on' | 'off' {
  return at % 2 === 0 ? 'on' : 'off';
}

/**
 * The first click of a chip on a fresh page: the tap a visitor makes first.
 * A series' p95 leaves it out (the 2 slowest of 50 are over it), yet it runs
 * code the page has not run before (the interpreter, lazy compiling) and
 * lays out what the load skipped (the Chinese cards' titles, with
 * content-visibility: the first CJK text laid out on the page).
 */
export async function firstChipClick(browser: Browser, feed: FeedSource, chipLabel: RegExp): Promise<Change> {
  const { context, page } = await freshPage(browser);
  try {
    await openAndSettled(page, feed.url);
    return await timeChange(
      page,
      { eventType: 'click', awaiting: 'list' },
      () => chipOf(page, chipLabel).click(),
      `${feed.name}: first chip click`,
    );
  } finally {
    await context.close();
  }
}

/** Clicks on a language chip, on and off, then `keys` typed into the search box, on one loaded page. */
export async function filterLatency(
  browser: Browser,
  feed: FeedSource,
  chipLabel: RegExp,
  keys: readonly string[],
  limit: SeriesLimit,
): Promise<FilterSamples> {
  const { context, page } = await freshPage(browser);
  try {
    await openAndSettled(page, feed.url);
    const { chip, samples: chipSamples } = await chipClicks(page, chipLabel, limit, feed.name);
    // An odd number of clicks leaves the chip on: turn it off so search starts from the whole feed.
    if ((await chip.getAttribute('aria-pressed')) === 'true') {
      await timeChange(page, { eventType: 'click', awaiting: 'list' }, () => chip.click(), `${feed.name}: chip off`);
    }
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.focus();
    const searchSamples = await series({ ...limit, count: Math.min(limit.count, keys.length) }, (at) => {
      const key = keys[at] ?? 'Backspace';
      return timeChange(
        page,
        { eventType: 'keydown', awaiting: 'list' },
        () => page.keyboard.press(key),
        `${feed.name}: keystroke ${at + 1} (${key})`,
      );
    });
    return { chip: chipSamples, search: searchSamples };
  } finally {
    await context.close();
  }
}

/**
 * Clicks on a language chip, on and off, with the grid open on `day`: a
 * filter where a big day draws only the cells near the screen, and each
 * click lays out a new window of them.
 */
export async function gridFilterLatency(
  browser: Browser,
  feed: FeedSource,
  day: string,
  chipLabel: RegExp,
  limit: SeriesLimit,
): Promise<Change[]> {
  const { context, page } = await freshPage(browser);
  try {
    await openAndSettled(page, `${feed.url}?view=grid&day=${day}`);
    return (await chipClicks(page, chipLabel, limit, `${feed.name}, grid`)).samples;
  } finally {
    await context.close();
  }
}

export interface FloorSamples {
  click: Change[];
  keystroke: Change[];
}

/**
 * The instrument's own floor: the same probe, clicks and keystrokes on a
 * page whose click or input changes one session attribute and does nothing
 * else. What it measures is the wait for the next frame plus the frame
 * itself, which no app takes below: read the filter figures against it.
 */
export async function probeFloor(browser: Browser, limit: SeriesLimit): Promise<FloorSamples> {
  const { context, page } = await freshPage(browser);
  try {
    await page.setContent(
      '<main><button type="button">Change</button><input type="search" aria-label="Search"><p data-session-id="0">A session</p></main>',
    );
    await page.evaluate(installProbe);
    await page.evaluate(() => {
      const session = document.querySelector('[data-session-id]');
      let changes = 0;
      const change = () => {
        changes += 1;
        session?.setAttribute('data-session-id', String(changes));
      };
      document.querySelector('button')?.addEventListener('click', change);
      document.querySelector('input')?.addEventListener('input', change);
    });
    const button = page.getByRole('button', { name: 'Change' });
    const click = await series(limit, (at) =>
      timeChange(page, { eventType: 'click', awaiting: 'list' }, () => button.click(), `floor: click ${at + 1}`),
    );
    await page.getByRole('searchbox', { name: 'Search' }).focus();
    const keystroke = await series(limit, (at) =>
      timeChange(
        page,
        { eventType: 'keydown', awaiting: 'list' },
        () => page.keyboard.press(at % 2 === 0 ? 'a' : 'Backspace'),
        `floor: keystroke ${at + 1}`,
      ),
    );
    return { click, keystroke };
  } finally {
    await context.close();
  }
}

/**
 * How fast this machine runs JavaScript now: a fixed loop of 10⁸ steps in a
 * fresh page, in ms per run. No figure of the app's is comparable between
 * runs on different days without it: this VM's speed has moved by half
 * between sessions, with the same code.
 */
export async function machineReference(browser: Browser, runs: number): Promise<number[]> {
  const { context, page } = await freshPage(browser);
  try {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      times.push(
        await page.evaluate(() => {
          const start = performance.now();
          let sum = 0;
          for (let step = 0; step < 1e8; step += 1) sum += step & 1;
          // Read, so the loop cannot be dropped as dead code.
          return sum > 0 ? performance.now() - start : Number.NaN;
        }),
      );
    }
    return times;
  } finally {
    await context.close();
  }
}

export interface GridSample {
  change: Change;
  /** Session elements in the grid once painted: fewer than the day has if the grid is virtualised. */
  sessionsInDom: number;
  /** The longest task in the second after that paint (0 if none passed 50 ms): the rest of the day the grid draws after it. */
  longestTaskAfter: number;
}

const GRID_AFTER_MS = 1000;

/**
 * How the grid's `day` comes on screen: a click on "Grid" with the list open
 * on that day, or a click on the day's tab with the grid open on `from`.
 */
export type GridEntry = { by: 'view switch' } | { by: 'day tab'; from: string };

/** From the click (`entry`) to the grid's sessions of `day` painted. */
export async function gridRender(
  browser: Browser,
  feed: FeedSource,
  day: string,
  entry: GridEntry = { by: 'view switch' },
): Promise<GridSample> {
  const { context, page } = await freshPage(browser);
  try {
    const tab = entry.by === 'day tab';
    await openAndSettled(page, tab ? `${feed.url}?view=grid&day=${entry.from}` : `${feed.url}?day=${day}`);
    const button = tab
      ? page.locator(`main .grid-view button:has(time[datetime="${day}"])`)
      : page.getByRole('group', { name: 'View', exact: true }).getByRole('button', { name: 'Grid', exact: true });
    // After a view switch only the grid renders sessions, so any session element
    // added is the grid's; after a day tab, the other day's cells go as well.
    const awaiting = tab ? 'list' : 'added';
    const change = await timeChange(page, { eventType: 'click', awaiting }, () => button.click(), `${feed.name}: grid by ${entry.by}`);
    if ((await button.getAttribute('aria-pressed')) !== 'true') throw new Error(`the ${entry.by} button is not pressed after the click`);
    const sessionsInDom = await page.locator('main [data-session-id]').count();
    const longestAfter = await page.evaluate(longestTaskAfter, { from: change.paintedAt, windowMs: GRID_AFTER_MS });
    return { change, sessionsInDom, longestTaskAfter: longestAfter };
  } finally {
    await context.close();
  }
}

export interface SpeakersSample {
  change: Change;
  speakersInDom: number;
}

/** The Speakers view's first render (its lazy chunk included): from the click on Speakers to the frame painted after the first speaker entry was added. */
export async function speakersRender(browser: Browser, feed: FeedSource): Promise<SpeakersSample> {
  const { context, page } = await freshPage(browser);
  try {
    await openAndSettled(page, feed.url);
    const button = page.getByRole('group', { name: 'View', exact: true }).getByRole('button', { name: 'Speakers', exact: true });
    const change = await timeChange(
      page,
      { eventType: 'click', awaiting: 'added', target: '[data-speaker-id]' },
      () => button.click(),
      `${feed.name}: speakers`,
    );
    if ((await button.getAttribute('aria-pressed')) !== 'true') throw new Error('the Speakers button is not pressed after the click');
    const speakersInDom = await page.locator('main [data-speaker-id]').count();
    return { change, speakersInDom };
  } finally {
    await context.close();
  }
}
