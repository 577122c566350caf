// The clock the live marks follow: ticks on each minute boundary, never more
// often, and not at all while the page is hidden (a background tab should
// cost nothing). Kept apart from React so it is tested with fake timers.
const MINUTE = 60_000;

/** What the clock needs of `document`: whether it is hidden, and its visibility events. */
export interface VisibilitySource {
  readonly hidden: boolean;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** Calls `onTick(now)` at each minute boundary while visible, and once on becoming visible. Returns stop. */
export function startMinuteClock(page: VisibilitySource, onTick: (now: number) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    timer = setTimeout(
      () => {
        onTick(Date.now());
        schedule();
      },
      MINUTE - (Date.now() % MINUTE),
    );
  };
  const onVisibility = () => {
    clearTimeout(timer);
    timer = undefined;
    if (page.hidden) return;
    onTick(Date.now());
    schedule();
  };
  if (!page.hidden) schedule();
  page.addEventListener('visibilitychange', onVisibility);
  return () => {
    clearTimeout(timer);
    page.removeEventListener('visibilitychange', onVisibility);
  };
}
