// The user tasks every engine must pass, written once over EnginePage. Each
// engine's spec (firefox.spec.ts, webkit.spec.ts) runs this list; Chromium
// runs the fuller Playwright specs beside it.
import { expect } from '@playwright/test';
import ICAL from 'ical.js';
import { bundledFeed } from '../feed.ts';
import { speakerIdFor, withRecording, type SpeakersFeedJson } from '../speakers-feed.ts';
import { DIST, serve } from '../server.ts';
import type { EnginePage } from './driver.ts';
import { WATCH_FIRST_FRAME, watchFirstFrame, type FirstFrame } from '../firstFrame.ts';
import { CARD_IN_SIGHT, dayHeadingLanding } from '../place.ts';

const feed = bundledFeed();
const WAIT_MS = 20_000;
const card = (id: string) => `main [data-session-id="${id}"]`;
const cards = 'main article[data-session-id]';

export interface TaskContext {
  baseURL: string;
  /** A page in a fresh browser whose process runs in this zone. */
  open(timeZone: string, locale?: string): Promise<EnginePage>;
}

export interface EngineTask {
  name: string;
  run(context: TaskContext): Promise<void>;
}

/** Polls a function body in the page until it returns true. */
export async function waitFor(page: EnginePage, body: string, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if ((await page.run<boolean>(body)) === true) return;
    } catch (error) {
      // The page may be between documents.
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${page.engine}: timed out waiting for ${what}${last ? ` (${String(last)})` : ''}`);
}

const count = (page: EnginePage, selector: string) =>
  page.run<number>(`return document.querySelectorAll(${JSON.stringify(selector)}).length`);
const textOf = (page: EnginePage, selector: string) =>
  page.run<string>(`return document.querySelector(${JSON.stringify(selector)})?.textContent?.trim() ?? ''`);

async function waitForCount(page: EnginePage, selector: string, expected: number): Promise<void> {
  await waitFor(page, `return document.querySelectorAll(${JSON.stringify(selector)}).length === ${expected}`, `${expected} × ${selector}`);
}

async function waitForText(page: EnginePage, selector: string, text: string): Promise<void> {
  await waitFor(
    page,
    `return document.querySelector(${JSON.stringify(selector)})?.textContent?.trim() === ${JSON.stringify(text)}`,
    `"${text}" in ${selector}`,
  );
}

/** Clicks (a real click, through the driver) the first element under `scope` whose text matches. */
async function clickText(page: EnginePage, scope: string, pattern: RegExp): Promise<void> {
  const selector = '[data-engine-target]';
  await waitFor(
    page,
    `document.querySelector(${JSON.stringify(selector)})?.removeAttribute('data-engine-target');
     const found = [...document.querySelectorAll(${JSON.stringify(scope)})].find((el) => new RegExp(${JSON.stringify(pattern.source)}, ${JSON.stringify(pattern.flags)}).test(el.textContent ?? ''));
     found?.setAttribute('data-engine-target', '');
     return Boolean(found);`,
    `${scope} matching ${pattern}`,
  );
  await page.click(selector);
  await page.run(`document.querySelector(${JSON.stringify(selector)})?.removeAttribute('data-engine-target')`);
}

async function openList(context: TaskContext, timeZone: string, query = '', locale?: string): Promise<EnginePage> {
  const page = await context.open(timeZone, locale);
  await page.goto(`${context.baseURL}${query}`);
  await waitForCount(page, cards, feed.sessions.length);
  return page;
}

/** A task body with its page closed afterwards, whatever happens. */
function withPage(open: (context: TaskContext) => Promise<EnginePage>, body: (page: EnginePage, context: TaskContext) => Promise<void>) {
  return async (context: TaskContext) => {
    const page = await open(context);
    try {
      await body(page, context);
    } finally {
      await page.close();
    }
  };
}

// State of Istio, 15:00 UTC on 25 April 2022, in three zones (one with a
// half-hour offset and an old ICU name, Asia/Calcutta).
const STATE_OF_ISTIO_AT = [
  { zone: 'Asia/Shanghai', time: '23:00', offset: 'UTC+8', day: '2022年4月25日星期一' },
  { zone: 'America/Los_Angeles', time: '08:00', offset: 'UTC−7', day: '2022年4月25日星期一' },
  { zone: 'Asia/Kolkata', time: '20:30', offset: 'UTC+5:30', day: '2022年4月25日星期一' },
];

const SEARCH_WORD = 'envoy';
type FeedSession = (typeof feed.sessions)[number] & { abstract?: Record<string, string>; speakers?: { name: string }[]; tags?: string[] };
const searchable = (session: FeedSession) =>
  [
    ...Object.values(session.title),
    ...Object.values(session.abstract ?? {}),
    ...(session.speakers ?? []).map((speaker) => speaker.name),
    ...(session.tags ?? []),
  ]
    .join('\n')
    .toLowerCase();

export const TASKS: EngineTask[] = [
  {
    name: 'the bundled feed loads with all 65 sessions',
    run: withPage(
      (context) => openList(context, 'Asia/Shanghai'),
      async (page) => {
        expect(feed.sessions.length).toBe(65);
        expect(await count(page, cards)).toBe(65);
      },
    ),
  },
  ...STATE_OF_ISTIO_AT.map(({ zone, time, offset, day }): EngineTask => ({
    name: `State of Istio shows at ${time} in ${zone}`,
    run: withPage(
      (context) => openList(context, zone, '?lang=zh'),
      async (page) => {
        await waitForText(page, `${card('state-istio')} time`, time);
        expect(await textOf(page, 'main section.day:has([data-session-id="state-istio"]) h2')).toBe(day);
        expect(await textOf(page, '.tz-picker summary')).toBe(`时间按 ${zone}（${offset}）显示`);
      },
    ),
  })),
  {
    name: 'switches to 简体中文 and back',
    run: withPage(
      (context) => openList(context, 'Asia/Shanghai', '?lang=en'),
      async (page) => {
        expect(await textOf(page, 'h1')).toContain('Schedule');
        await clickText(page, 'header button', /^简体中文$/);
        await waitFor(
          page,
          `return document.documentElement.lang === 'zh-CN' && document.querySelector('h1').textContent.includes('日程')`,
          'Chinese UI',
        );
        await waitForCount(page, cards, 65);
        await clickText(page, 'header button', /^English$/);
        await waitFor(
          page,
          `return document.documentElement.lang === 'en' && document.querySelector('h1').textContent.includes('Schedule')`,
          'English UI',
        );
      },
    ),
  },
  {
    name: 'a language chip and a search narrow the list, with the counts right',
    run: withPage(
      (context) => openList(context, 'Asia/Shanghai', '?lang=en'),
      async (page) => {
        const chinese = feed.sessions.filter((session) => session.language === 'zh').length;
        // The chip says how many sessions it leaves ("Chinese" + its count).
        const chip = await page.run<string | undefined>(
          `return [...document.querySelectorAll('.chip-group button')].map((b) => b.textContent).find((t) => t.startsWith('Chinese'))`,
        );
        expect(chip).toBe(`Chinese${chinese}`);
        await clickText(page, '.chip-group button', /^Chinese\d/);
        await waitForCount(page, cards, chinese);
        await clickText(page, '.chip-group button', /^Chinese\d/);
        await waitForCount(page, cards, 65);

        const matching = feed.sessions.filter((session) => searchable(session).includes(SEARCH_WORD));
        expect(matching.length).toBeGreaterThan(1);
        await page.type('input[type=search]', SEARCH_WORD);
        await waitForCount(page, cards, matching.length);
        const shown = await page.run<string[]>(
          `return [...document.querySelectorAll(${JSON.stringify(cards)})].map((el) => el.dataset.sessionId)`,
        );
        expect(shown.sort()).toEqual(matching.map((session) => session.id).sort());
        expect(await page.run<string>(`return document.body.textContent`)).toContain(`Showing ${matching.length} of 65 sessions`);
      },
    ),
  },
  {
    name: 'the first frame after a chip shows the cards on screen, not empty boxes',
    run: withPage(
      (context) => openList(context, 'UTC', '?lang=en'),
      async (page) => {
        await waitFor(page, `return document.querySelector('main [aria-busy="true"]') === null`, 'every card drawn');
        for (const turned of ['on', 'off']) {
          await page.run(`${WATCH_FIRST_FRAME};`);
          await clickText(page, '.chip-group button', /^Chinese\d/);
          await waitFor(page, 'return window.__firstFrame != null', `the first frame after the chip went ${turned}`);
          const frame = await page.run<FirstFrame>('return window.__firstFrame');
          expect(frame.onScreen, `cards on screen, chip ${turned}`).toBeGreaterThan(0);
          expect(frame.skipped, `cards painted empty, chip ${turned}`).toBe(0);
          await waitFor(page, `return document.querySelector('main [aria-busy="true"]') === null`, 'every card drawn');
        }
      },
    ),
  },
  {
    name: 'a session link drawn before a chip was pressed carries the chip once it has the focus',
    run: withPage(
      (context) => openList(context, 'Asia/Shanghai', '?lang=en'),
      async (page) => {
        await clickText(page, '.chip-group button', /^English\d/);
        await waitForCount(page, cards, feed.sessions.filter((session) => session.language === 'en').length);
        const query = await page.run<string>(
          `const link = document.querySelector(${JSON.stringify(`${card('state-istio')} h3 a`)}); link.focus(); return link.search`,
        );
        const params = new URLSearchParams(query);
        expect([params.get('language'), params.get('session')]).toEqual(['en', 'state-istio']);
      },
    ),
  },
  {
    name: '?session= opens the detail',
    run: withPage(
      (context) => context.open('Asia/Shanghai'),
      async (page, { baseURL }) => {
        await page.goto(`${baseURL}?session=state-istio&lang=en`);
        await waitFor(
          page,
          `return document.querySelector('dialog[open]')?.textContent?.includes('State of Istio') === true`,
          'the detail dialog',
        );
      },
    ),
  },
  {
    name: 'a starred session is still starred after a reload',
    run: withPage(
      (context) => openList(context, 'Asia/Shanghai', '?lang=en'),
      async (page, { baseURL }) => {
        const star = `${card('state-istio')} .star-button`;
        expect(await page.run<string>(`return document.querySelector(${JSON.stringify(star)}).getAttribute('aria-pressed')`)).toBe('false');
        await page.click(star);
        await waitFor(
          page,
          `return document.querySelector(${JSON.stringify(star)}).getAttribute('aria-pressed') === 'true'`,
          'the star pressed',
        );
        await page.goto(`${baseURL}?lang=en&reloaded=1`);
        await waitForCount(page, cards, 65);
        await waitFor(
          page,
          `return document.querySelector(${JSON.stringify(star)}).getAttribute('aria-pressed') === 'true'`,
          'the star still pressed',
        );
      },
    ),
  },
  {
    name: 'the grid renders a day with a column per track',
    run: withPage(
      (context) => context.open('UTC'),
      async (page, { baseURL }) => {
        await page.goto(`${baseURL}?view=grid&day=2022-04-26&lang=en`);
        const day = feed.sessions.filter((session) => session.start.startsWith('2022-04-26'));
        await waitForCount(page, 'main .grid-session', day.length);
        const placed = await page.run<[string, string][]>(
          `return [...document.querySelectorAll('main .grid-session')].map((el) => [el.dataset.sessionId, el.closest('.grid-column')?.dataset.columnId ?? '?'])`,
        );
        expect(new Map(placed)).toEqual(new Map(day.map((session) => [session.id, session.track ?? ''])));
        const columns = await page.run<string[]>(`return [...document.querySelectorAll('.grid-column')].map((el) => el.dataset.columnId)`);
        // A column for each track on that day (and '' for sessions with none).
        expect(new Set(columns)).toEqual(new Set(day.map((session) => session.track ?? '')));
        // The grid's own strings come in a later chunk, with the grid's code:
        // named in either language, never by its key.
        const gridName = `document.querySelector('main .grid-scroll')?.getAttribute('aria-label')`;
        expect(await page.run<string>(`return ${gridName}`)).toBe('Timetable');
        await page.goto(`${baseURL}?view=grid&day=2022-04-26&lang=zh`);
        await waitFor(page, `return ${gridName} === '时间表'`, 'the grid named in Chinese');
      },
    ),
  },
  {
    name: 'a day tab in the list scrolls to its day, tapped as soon as the list shows',
    run: withPage(
      (context) => context.open('UTC'),
      async (page, { baseURL }) => {
        const days = [...new Set(feed.sessions.map((session) => session.start.slice(0, 10)))].sort();
        const lastDay = days.at(-1) ?? '';
        const heading = `document.getElementById(${JSON.stringify(`day-${lastDay}`)})`;
        await page.goto(`${baseURL}?lang=en`);
        await waitFor(page, `return document.querySelector(${JSON.stringify(cards)}) !== null`, 'the first card');
        await clickText(page, `nav.day-jump time[datetime="${lastDay}"]`, /./);
        await waitFor(
          page,
          `const box = ${heading}?.getBoundingClientRect();
           return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;`,
          `the heading of ${lastDay} in sight`,
        );
        // Another day, every card drawn: the first frame after the jump shows the cards it lands on.
        await waitFor(page, `return document.querySelector('main [aria-busy="true"]') === null`, 'every card drawn');
        const secondDay = days[1] ?? '';
        await page.run(`${watchFirstFrame('click')};`);
        await clickText(page, `nav.day-jump time[datetime="${secondDay}"]`, /./);
        await waitFor(page, 'return window.__firstFrame != null', `the first frame after the jump to ${secondDay}`);
        const frame = await page.run<FirstFrame>('return window.__firstFrame');
        expect(frame.onScreen, 'cards on screen after the jump').toBeGreaterThan(0);
        expect(frame.skipped, 'cards painted empty after the jump').toBe(0);
        // Its heading lands where it sticks (a negative scroll-margin), not the page's scroll-padding lower.
        await waitFor(
          page,
          `const landing = ${dayHeadingLanding(secondDay)}; return landing?.off === 0 && landing.others === 0;`,
          `the heading of ${secondDay} where it sticks, no other day's above it`,
        );
        // And it has the focus, so the next Tab goes on from that day.
        expect(await page.run<string | undefined>('return document.activeElement?.id')).toBe(`day-${secondDay}`);
      },
    ),
  },
  {
    name: 'a reload keeps the reader’s place in the list',
    run: withPage(
      (context) => openList(context, 'UTC', '?lang=en'),
      async (page) => {
        await waitFor(
          page,
          `return performance.getEntriesByType('resource').some((entry) => entry.name.includes('scrollMemory'))`,
          'the scroll memory chunk',
        );
        await page.run('window.scrollTo(0, 6000)');
        // The place is written to the history entry once scrolling stops.
        await waitFor(page, 'return typeof history.state?.place?.id === "string"', 'the place kept');
        const before = await page.run<string | null>(`return ${CARD_IN_SIGHT}`);
        expect(before).toBeTruthy();
        await page.run('setTimeout(() => location.reload(), 0)');
        await waitFor(page, `return performance.getEntriesByType('navigation')[0]?.type === 'reload'`, 'the reload');
        await waitForCount(page, cards, feed.sessions.length);
        await waitFor(page, `return ${CARD_IN_SIGHT} === ${JSON.stringify(before)}`, `${before} in sight again`);
      },
    ),
  },
  {
    name: 'a reload keeps the grid’s place in its box',
    run: withPage(
      (context) => context.open('UTC'),
      async (page, { baseURL }) => {
        await page.goto(`${baseURL}?view=grid&day=2022-04-26&lang=en`);
        await waitFor(page, `return document.querySelector('main .grid-session') !== null`, 'the grid');
        await waitFor(page, `return history.scrollRestoration === 'manual'`, 'the scroll memory chunk');
        const offsets = `(() => { const box = document.querySelector('.grid-scroll'); return box ? [box.scrollTop, box.scrollLeft].join(',') : ''; })()`;
        await page.run(`document.querySelector('.grid-scroll').scrollTo({ top: 600, left: 200 })`);
        const before = await page.run<string>(`return ${offsets}`);
        expect(before).not.toBe('0,0');
        // The place is written to the history entry once scrolling stops.
        await waitFor(
          page,
          `return [history.state?.place?.grid?.top, history.state?.place?.grid?.left].join(',') === ${JSON.stringify(before)}`,
          'the place kept',
        );
        await page.run('setTimeout(() => location.reload(), 0)');
        await waitFor(page, `return performance.getEntriesByType('navigation')[0]?.type === 'reload'`, 'the reload');
        await waitFor(page, `return ${offsets} === ${JSON.stringify(before)}`, `the grid at ${before} again`);
      },
    ),
  },
  {
    name: 'My schedule exports an .ics that ical.js reads',
    run: withPage(
      (context) => openList(context, 'Asia/Shanghai', '?lang=en'),
      async (page) => {
        await page.click(`${card('state-istio')} .star-button`);
        await clickText(page, '[role=group] button', /^My schedule/);
        await waitForCount(page, cards, 1);
        // Read the file the app hands to the browser: the Blob behind the download link.
        await page.run(`
          window.__ics = undefined;
          const create = URL.createObjectURL;
          URL.createObjectURL = (blob) => { blob.text().then((text) => (window.__ics = text)); return create.call(URL, blob); };`);
        await clickText(page, 'main button', /^Export my schedule \(\.ics\)$/);
        await waitFor(page, 'return typeof window.__ics === "string"', 'the .ics text');
        const text = await page.run<string>('return window.__ics');
        const calendar = new ICAL.Component(ICAL.parse(text));
        const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
        expect(events.map((event) => event.summary)).toEqual(['State of Istio']);
        const start = feed.sessions.find((session) => session.id === 'state-istio')?.start ?? '';
        expect(events[0]?.startDate.toJSDate().getTime()).toBe(Date.parse(start));
      },
    ),
  },
  {
    name: 'the "Has recording" chip leaves the sessions with a recording',
    run: withPage(
      (context) => openList(context, 'UTC', '?lang=en'),
      async (page) => {
        const recorded = withRecording(feed as SpeakersFeedJson);
        expect(recorded.length).toBe(59);
        await clickText(page, '.filter-panel button', /^▶ Has recording\d+$/);
        await waitForCount(page, cards, recorded.length);
        expect(await page.run<string>('return location.search')).toContain('recording=1');
        const session = recorded[0];
        const url = session?.links?.find((link) => link.kind === 'recording')?.url ?? '';
        const link = `${card(session?.id ?? '')} a[href="${url}"]`;
        expect(await page.run<string[]>(`const a = document.querySelector(${JSON.stringify(link)}); return [a?.target, a?.rel]`)).toEqual([
          '_blank',
          'noopener noreferrer',
        ]);
      },
    ),
  },
  {
    name: '?speaker= opens the speaker’s detail, also on reload',
    run: withPage(
      (context) => context.open('UTC'),
      async (page, { baseURL }) => {
        const url = `${baseURL}?view=speakers&lang=zh&speaker=${speakerIdFor(feed as SpeakersFeedJson, 'Lin Sun')}`;
        const open = `return document.querySelector('dialog[open] h2')?.textContent === 'Lin Sun' && document.querySelectorAll('dialog[open] li a').length > 0`;
        await page.goto(url);
        await waitFor(page, open, 'the speaker dialog');
        await page.goto(`${url}&reloaded=1`);
        await waitFor(page, open, 'the speaker dialog after a reload');
        // Every speaker, once the rest has followed the first screenful.
        await waitFor(page, `return document.querySelectorAll('main .speaker-entry').length > 50`, 'the whole list of speakers');
        expect(await count(page, 'main nav.letter-index a')).toBeGreaterThan(10);
      },
    ),
  },
  {
    name: 'the time zone picker changes the times',
    run: withPage(
      (context) => openList(context, 'Asia/Shanghai', '?lang=zh'),
      async (page) => {
        await waitForText(page, `${card('state-istio')} time`, '23:00');
        await page.click('.tz-picker summary');
        // The panel is its own chunk, loaded when the picker opens.
        await waitFor(page, `return document.querySelector('.tz-picker input') !== null`, 'the zone panel');
        await page.type('.tz-picker input', 'Asia/Kathmandu');
        await waitForText(page, `${card('state-istio')} time`, '20:45');
        expect(await textOf(page, '.tz-picker summary')).toBe('时间按 Asia/Kathmandu（UTC+5:45）显示');
      },
    ),
  },
  {
    name: 'after one visit the app opens with the server gone (service worker)',
    run: async (context) => {
      // A server of this task's own, on a real-host server (404s), that it can stop.
      const site = await serve({ root: DIST });
      const url = `${site.url}?lang=en`;
      const page = await context.open('Asia/Shanghai');
      try {
        await page.goto(url);
        await waitForCount(page, cards, 65);
        await waitFor(page, 'return Boolean(navigator.serviceWorker?.controller)', 'the service worker to control the page');
        // Prove the sessions come from the worker: not from the page's own saved copy.
        await page.run('localStorage.clear()');
        await site.close();
        await page.goto(url);
        await waitForCount(page, cards, 65);
      } finally {
        await site.close();
        await page.close();
      }
    },
  },
];
