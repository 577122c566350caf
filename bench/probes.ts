// Code that runs inside the page. Playwright serialises each exported
// function on its own, so a function may use only its arguments, browser
// globals and what installProbe left on window.__bench: never an import or
// another function of this module.
//
// Times are performance.now() readings: milliseconds since the navigation
// started, on the page's own clock, so no Node <-> browser round trip is in them.

export interface LongTask {
  start: number;
  end: number;
}

export interface Change {
  /** From the input event's timestamp (when the browser received it, as INP counts) to the frame after the change. */
  latency: number;
  /** From the first listener on the page seeing the event to the same frame: latency minus input delay. */
  fromHandler: number;
  /** When that frame was painted, on the page's clock. */
  paintedAt: number;
}

export interface BenchProbe {
  /** Resolves when the first session element has been painted with its contents (afterShown). */
  visible: Promise<number>;
  longTasks: LongTask[];
  /** Set by armChange; resolves once the awaited change has been painted. */
  change?: Promise<Change>;
  /** Calls back after the next frame has been painted: a rAF runs just before paint, a posted message just after. */
  afterPaint: (done: () => void) => void;
  /**
   * Calls back after the first painted frame in which every element matching
   * `target` on screen shows its contents: one whose `content-visibility:
   * auto` still skips them was painted as an empty box.
   */
  afterShown: (target: string, done: () => void) => void;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

/** Init script: in every new document, before the app's own scripts. */
export function installProbe(): void {
  const afterPaint = (done: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(undefined);
    });
  // A card with content-visibility: auto that moves onto the screen (a filter
  // took away the cards above it) keeps its contents skipped until Blink's
  // check after the next frame: that frame shows an empty box, and the
  // contents come a frame later. checkVisibility tells the two apart.
  const skippedOnScreen = (target: string) =>
    [...document.querySelectorAll(target)].some((element) => {
      const inside = element.firstElementChild ?? element;
      if (!inside.checkVisibility() || inside.checkVisibility({ contentVisibilityAuto: true })) return false;
      const { top, bottom } = element.getBoundingClientRect();
      return bottom > 0 && top < window.innerHeight;
    });
  const afterShown = (target: string, done: () => void) => afterPaint(() => (skippedOnScreen(target) ? afterShown(target, done) : done()));
  const longTasks: LongTask[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const visible = new Promise<number>((resolve) => {
    // Whatever renders sessions (list, grid, a virtualised list) marks each with data-session-id.
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-session-id]')) return;
      observer.disconnect();
      afterShown('[data-session-id]', () => resolve(performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  window.__bench = { visible, longTasks, afterPaint, afterShown };
}

/**
 * Interactive: the first session has been painted and then the main thread
 * has gone `quietMs` without a long task (> 50 ms). The figure is when the
 * last long task before that quiet window ended (or the first paint, if none did).
 */
export async function interactiveAfter(quietMs: number): Promise<number> {
  const probe = window.__bench;
  const visible = await probe.visible;
  return new Promise<number>((resolve) => {
    const check = () => {
      const busyUntil = Math.max(visible, ...probe.longTasks.map((task) => task.end));
      if (performance.now() - busyUntil >= quietMs) resolve(busyUntil);
      else setTimeout(check, 25);
    };
    check();
  });
}

export interface ArmOptions {
  /** The event whose timestamp starts the clock: 'click' for a chip, 'keydown' for a keystroke. */
  eventType: 'click' | 'keydown';
  /**
   * 'list': a session element was added, removed or re-pointed (a filter changed what is shown).
   * 'added': a session element was added (a view appeared).
   */
  awaiting: 'list' | 'added';
  /** What counts as an element of the view: session elements unless said otherwise (the Speakers view: speaker entries). */
  target?: string;
}

/**
 * Starts watching before the input is sent; window.__bench.change resolves
 * after the session elements inside <main> have changed and the next frame
 * has been painted. Only session elements count: the search box, chip counts
 * and the active-filter chips change at once, while a deferred list catches
 * up later, and that later paint is what the viewer waits for. Only elements
 * in the DOM count, so a virtualised list is measured by what it shows.
 */
export function armChange({ eventType, awaiting, target = '[data-session-id]' }: ArmOptions): void {
  const probe = window.__bench;
  let eventTime: number | undefined;
  let handlerTime: number | undefined;
  window.addEventListener(
    eventType,
    (event) => {
      eventTime = event.timeStamp;
      handlerTime = performance.now();
    },
    { capture: true, once: true },
  );
  const isSession = (node: Node) => node instanceof Element && (node.matches(target) || node.querySelector(target) !== null);
  probe.change = new Promise<Change>((resolve, reject) => {
    const observer = new MutationObserver((records) => {
      const changed = records.some(
        (record) =>
          record.type === 'attributes' ||
          [...record.addedNodes].some(isSession) ||
          (awaiting === 'list' && [...record.removedNodes].some(isSession)),
      );
      if (!changed) return;
      observer.disconnect();
      probe.afterShown(target, () => {
        const painted = performance.now();
        if (eventTime === undefined || handlerTime === undefined) reject(new Error(`sessions changed before any ${eventType} event`));
        else resolve({ latency: painted - eventTime, fromHandler: painted - handlerTime, paintedAt: painted });
      });
    });
    observer.observe(document.querySelector('main') ?? document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-session-id'],
    });
  });
}

/**
 * Lets the page finish what the last interaction started (effects, URL
 * update, idle work): a frame and an idle moment, again while anything is
 * still aria-busy (the list draws its cards a few dozen a frame, with idle
 * moments between the steps) or while session elements were added or
 * removed since the last look (the grid grows its window around the screen
 * a frame at a time, and an idle moment can fall between two of its steps:
 * the next interaction then saw cells come before its own click), for at
 * most ten seconds.
 */
export function settle(): Promise<void> {
  const giveUpAt = performance.now() + 10_000;
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
  });
  observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
  return new Promise((resolve) => {
    const check = () =>
      requestAnimationFrame(() =>
        requestIdleCallback(
          () => {
            const still = changed || document.querySelector('[aria-busy="true"]') !== null;
            changed = false;
            if (still && performance.now() < giveUpAt) check();
            else {
              observer.disconnect();
              resolve();
            }
          },
          { timeout: 1000 },
        ),
      );
    check();
  });
}

/** How long the feed took to arrive, from the Resource Timing entry. */
export function feedFetchTime(): number | undefined {
  const entry = performance.getEntriesByType('resource').find((item) => item.name.includes('sessions.json'));
  return entry ? entry.duration : undefined;
}

/** The app's milestone marks (src/perf/marks.ts): milliseconds from navigation start to each, or null if it was not set. */
export function milestoneTimes(names: readonly string[]): (number | null)[] {
  return names.map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null);
}

export interface LoadReference {
  /** responseEnd of the entry module script (index.html's <script type="module" src>). */
  appScript: number | null;
  /** DOMContentLoaded: after the deferred entry module has run to its first await. */
  domContentLoaded: number | null;
  /** responseEnd of the feed: preloaded by index.html, so usually in before the app asks for it. */
  feed: number | null;
}

/** Resource and navigation timings that split the first phase (all before feed:received). */
export function loadReference(): LoadReference {
  const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const end = (match: (name: string) => boolean) => resources.find((entry) => match(entry.name))?.responseEnd ?? null;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    appScript: src === undefined ? null : end((name) => name === src),
    domContentLoaded: navigation?.domContentLoadedEventStart ?? null,
    feed: end((name) => name.includes('sessions.json')),
  };
}

/**
 * The longest task (over 50 ms, the Long Tasks API's threshold; 0 if none)
 * that started within `windowMs` after `from`, read once that window is over:
 * work a view defers past its first paint still keeps a tap waiting.
 */
export function longestTaskAfter({ from, windowMs }: { from: number; windowMs: number }): Promise<number> {
  return new Promise<number>((resolve) => {
    setTimeout(
      () => {
        const after = window.__bench.longTasks.filter((task) => task.start >= from && task.start < from + windowMs);
        resolve(Math.max(0, ...after.map((task) => task.end - task.start)));
      },
      Math.max(0, from + windowMs - performance.now()),
    );
  });
}
